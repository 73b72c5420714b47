"""Writes that come from the Shopify Admin API: the connection check, and own-store orders
backfilled and kept in step (the webhooks record orders as they happen; this catches up with
what they missed and with what changed later: fulfilments and their delivery dates, refunds,
cancellations).

The sync pages through ``orders`` by cursor, oldest change first (``sortKey: UPDATED_AT``),
asking only for orders changed since the last run (``updated_at:>=…``) unless a backfill asks
for all of them. Each page is stored in its own transaction and moves the watermark, so a run
that fails half-way resumes where it stopped. Test orders never become orders; an order
without a customer (no e-mail, no customer id) is skipped and counted.
"""

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import shopify_admin
from .models import (
    Channel,
    Order,
    OrderFulfilment,
    OrderRefund,
    ShopifyStoreSettings,
    ShopifySyncState,
    ShopifyWebhookReceipt,
)
from .shopify import GraphQLOrder, ShopifyPayloadError, parse_graphql_order
from .shopify_orders import shopify_order_get_or_create
from .signals import order_cancelled

log = logging.getLogger(__name__)

# --- the connection check -----------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str


def shopify_connection_check(
    *, shopify_client: shopify_admin.ShopifyClient | None = None
) -> CheckResult:
    """Ask the store for its name (``shop { name }``) and keep the outcome on the admin's
    setting. Tries at most twice: someone is waiting for the answer. A store the app was
    uninstalled from is asked too; when it answers, the app was installed again and syncing and
    consent pushes resume (logged, like the disconnection)."""
    try:
        client = shopify_client or shopify_admin.client(max_attempts=2, even_if_disconnected=True)
        name = shopify_admin.shop_name(client)
        result = CheckResult(
            True,
            _("Connected to “%(name)s” (%(domain)s, API version %(version)s).")
            % {"name": name, "domain": client.config.domain, "version": client.config.api_version},
        )
    except shopify_admin.ShopifyError as error:
        result = CheckResult(False, _("The check failed: %(error)s") % {"error": error})
    with transaction.atomic():
        stored = ShopifyStoreSettings.load()  # type: ignore[no-untyped-call]
        stored.last_check_at = timezone.now()
        stored.last_check_ok = result.ok
        stored.last_check_message = result.message[:300]
        fields = ["last_check_at", "last_check_ok", "last_check_message"]
        if result.ok and stored.disconnected_at is not None:
            log.warning(
                "shopify: connected again after %s (%s)",
                stored.disconnected_reason,
                stored.disconnected_at.isoformat(),
            )
            stored.disconnected_at = None
            stored.disconnected_reason = ""
            fields += ["disconnected_at", "disconnected_reason"]
            from wagtail.log_actions import log as log_action

            from .shopify_consent import RECONNECTED_ACTION

            log_action(stored, RECONNECTED_ACTION)  # the user is the request's, when there is one
        stored.save(update_fields=fields)
    return result


# --- orders -------------------------------------------------------------------------------

_ORDER_FIELDS = """
      id legacyResourceId name email createdAt updatedAt cancelledAt cancelReason test
      currencyCode
      totalPriceSet { shopMoney { amount currencyCode } }
      customer { id legacyResourceId firstName lastName defaultEmailAddress { emailAddress } }
      lineItems(first: 100) {
        nodes { id sku title quantity variant { id legacyResourceId } }
        pageInfo { hasNextPage endCursor }
      }
      fulfillments(first: 20) {
        id status displayStatus createdAt deliveredAt
        trackingInfo(first: 1) { company number url }
      }
      refunds(first: 20) {
        id createdAt note
        totalRefundedSet { shopMoney { amount currencyCode } }
        refundLineItems(first: 100) {
          nodes { quantity lineItem { id } }
          pageInfo { hasNextPage endCursor }
        }
      }
"""

ORDERS_QUERY = (
    "query OrdersPage($first: Int!, $after: String, $query: String) {\n"
    "  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {\n"
    "    pageInfo { hasNextPage endCursor }\n"
    "    nodes {" + _ORDER_FIELDS + "    }\n  }\n}"
)

SYNC_NAME = "orders"


@dataclass
class SyncResult:
    pages: int = 0
    seen: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    watermark: datetime | None = None


def shopify_orders_sync(
    *,
    full: bool = False,
    since: datetime | None = None,
    page_size: int = 50,
    max_pages: int | None = None,
    shopify_client: shopify_admin.ShopifyClient | None = None,
) -> SyncResult:
    """Store the store's orders changed since the last run (*full*: every order; *since*: from
    that time). Raises ``ShopifyError`` (kept as the sync's last error) when the store cannot be
    read; what was stored before that stays, with the watermark it reached."""
    client = shopify_client or shopify_admin.client()
    state, _created = ShopifySyncState.objects.get_or_create(name=SYNC_NAME)
    if state.shop_domain and state.shop_domain != client.config.domain:
        state.watermark = None  # another store: its orders start from the beginning
    start = since if since is not None else (None if full else state.watermark)
    search = f"updated_at:>='{start.isoformat()}'" if start else None
    result = SyncResult(watermark=state.watermark)
    after: str | None = None
    try:
        while max_pages is None or result.pages < max_pages:
            data = client.execute(
                ORDERS_QUERY,
                operation_name="OrdersPage",
                variables={"first": page_size, "after": after, "query": search},
            )
            connection = data.get("orders") or {}
            nodes = connection.get("nodes") or []
            result.pages += 1
            _store_page(nodes, result)
            state.watermark = result.watermark
            state.shop_domain = client.config.domain
            state.updated_at = timezone.now()
            state.save(update_fields=["watermark", "shop_domain", "updated_at"])
            page_info = connection.get("pageInfo") or {}
            after = page_info.get("endCursor")
            if not page_info.get("hasNextPage") or not after:
                break
    except shopify_admin.ShopifyError as error:
        state.last_error = str(error)[:500]
        state.last_run_at = timezone.now()
        state.save(update_fields=["last_error", "last_run_at"])
        raise
    state.last_error = ""
    state.last_run_at = timezone.now()
    state.last_run_seen = result.seen
    state.save(update_fields=["last_error", "last_run_at", "last_run_seen"])
    log.info(
        "shopify orders sync: %s pages, %s seen, %s new, %s updated, %s unchanged, %s skipped",
        result.pages,
        result.seen,
        result.created,
        result.updated,
        result.unchanged,
        result.skipped,
    )
    return result


def _store_page(nodes: list[Any], result: SyncResult) -> None:
    with transaction.atomic():
        for node in nodes:
            result.seen += 1
            try:
                order = parse_graphql_order(node)
            except ShopifyPayloadError as error:
                log.warning("shopify order skipped: %s", error)
                result.skipped += 1
                continue
            if order.updatedAt and (result.watermark is None or order.updatedAt > result.watermark):
                result.watermark = order.updatedAt
            outcome = order_sync_shopify(order=order)
            if outcome == "created":
                result.created += 1
            elif outcome == "updated":
                result.updated += 1
            elif outcome == "unchanged":
                result.unchanged += 1
            else:
                result.skipped += 1


def order_sync_shopify(*, order: GraphQLOrder) -> str:
    """Store one order as the Admin API reports it: created (with its customer, as a webhook
    would), or brought up to date: cancellation, lines and refunded quantities, fulfilments,
    refunds. Returns "created", "updated", "unchanged" or "skipped" (a test order, or one
    without a customer). Safe to call again with the same order."""
    if order.test:
        return "skipped"
    with transaction.atomic():
        try:
            with transaction.atomic():
                recorded, created = shopify_order_get_or_create(order.as_order())
        except (ShopifyPayloadError, ValueError) as error:
            log.warning("shopify order %s skipped: %s", order.legacyResourceId, error)
            return "skipped"
        locked = Order.objects.select_for_update().select_related("customer").get(pk=recorded.pk)
        if locked.customer.erased_at is not None:
            return "unchanged"  # the person was erased: the store's details are not taken again
        changed = _order_fields(locked, order)
        changed |= _lines(locked, order)
        changed |= _fulfilments(locked, order)
        changed |= _refunds(locked, order)
    return "created" if created else ("updated" if changed else "unchanged")


def _order_fields(recorded: Order, order: GraphQLOrder) -> bool:
    money = order.totalPriceSet.shopMoney if order.totalPriceSet else None
    wanted = {
        "reference": (order.name or str(order.legacyResourceId))[:100],
        "store_updated_at": order.updatedAt,
        "total": money.amount if money else recorded.total,
        "currency": order.currencyCode or recorded.currency,
    }
    newly_cancelled = order.cancelledAt is not None and recorded.cancelled_at is None
    if newly_cancelled:
        wanted["cancelled_at"] = order.cancelledAt
        wanted["cancel_reason"] = order.cancelReason[:40]
    fields = [name for name, value in wanted.items() if getattr(recorded, name) != value]
    for name in fields:
        setattr(recorded, name, wanted[name])
    if fields:
        recorded.save(update_fields=fields)
    if newly_cancelled and recorded.channel == Channel.SHOPIFY:
        transaction.on_commit(
            lambda: order_cancelled.send(
                sender=Order,
                order_id=recorded.pk,
                customer_id=recorded.customer_id,
                channel=recorded.channel,
            )
        )
    # store_updated_at alone is bookkeeping, not a change a person would notice
    return bool(set(fields) - {"store_updated_at"})


def _lines(recorded: Order, order: GraphQLOrder) -> bool:
    refunded: dict[str, int] = {}
    for refund in order.refunds:
        for part in refund.refundLineItems.nodes if refund.refundLineItems else []:
            if part.lineItem is not None:
                refunded[part.lineItem.id] = refunded.get(part.lineItem.id, 0) + part.quantity
    existing = {line.external_id: line for line in recorded.lines.all()}
    unnamed = [line for key, line in existing.items() if not key]
    changed = False
    for item in order.lines:
        line = existing.get(item.id)
        if line is None and unnamed:
            # recorded before lines carried their store id: the first with the same SKU/title
            line = next(
                (old for old in unnamed if (old.external_sku, old.title) == (item.sku, item.title)),
                None,
            )
            if line is not None:
                unnamed.remove(line)
                line.external_id = item.id
                line.save(update_fields=["external_id"])
        if line is None:
            continue  # a line added by an order edit after the order was recorded: not added
        quantity = refunded.get(item.id, 0)
        if line.refunded_quantity != quantity:
            line.refunded_quantity = quantity
            line.save(update_fields=["refunded_quantity"])
            changed = True
    return changed


def _fulfilments(recorded: Order, order: GraphQLOrder) -> bool:
    changed = False
    for item in order.fulfillments:
        tracking = item.trackingInfo[0] if item.trackingInfo else None
        values = {
            "status": item.status[:32],
            "display_status": item.displayStatus[:32],
            "fulfilled_at": item.createdAt or recorded.placed_at,
            "delivered_at": item.deliveredAt,
            "tracking_company": tracking.company[:100] if tracking else "",
            "tracking_number": tracking.number[:100] if tracking else "",
            "tracking_url": tracking.url[:500]
            if tracking and tracking.url.startswith(("https://", "http://"))
            else "",
        }
        row, created = OrderFulfilment.objects.get_or_create(
            order=recorded, external_id=item.id, defaults=values
        )
        if created:
            changed = True
            continue
        fields = [name for name, value in values.items() if getattr(row, name) != value]
        for name in fields:
            setattr(row, name, values[name])
        if fields:
            row.save(update_fields=fields)
            changed = True
    return changed


def _refunds(recorded: Order, order: GraphQLOrder) -> bool:
    changed = False
    for item in order.refunds:
        money = item.totalRefundedSet.shopMoney if item.totalRefundedSet else None
        values: dict[str, Any] = {
            "refunded_at": item.createdAt or timezone.now(),
            "amount": money.amount if money else None,
            "currency": money.currencyCode if money else "",
            "note": item.note[:255],
        }
        row, created = OrderRefund.objects.get_or_create(
            order=recorded, external_id=item.id, defaults=values
        )
        if created:
            changed = True
            continue
        fields = [name for name, value in values.items() if getattr(row, name) != value]
        for name in fields:
            setattr(row, name, values[name])
        if fields:
            row.save(update_fields=fields)
            changed = True
    return changed


# --- one order, when a webhook says it changed -----------------------------------------------

ORDER_QUERY = "query OrderById($id: ID!) {\n  order(id: $id) {" + _ORDER_FIELDS + "  }\n}"


def shopify_order_refresh(
    *, order_id: int, shopify_client: shopify_admin.ShopifyClient | None = None
) -> str:
    """Read one order from the Admin API and store it as the sync does (``order_sync_shopify``):
    what an ``orders/updated``, ``fulfillments/create`` or ``refunds/create`` webhook leads to.
    Returns the outcome, or "missing" when the store no longer has the order."""
    client = shopify_client or shopify_admin.client()
    data = client.execute(
        ORDER_QUERY,
        operation_name="OrderById",
        variables={"id": f"gid://shopify/Order/{order_id}"},
    )
    node = data.get("order")
    if node is None:
        return "missing"
    try:
        order = parse_graphql_order(node)
    except ShopifyPayloadError as error:
        log.warning("shopify order %s skipped: %s", order_id, error)
        return "skipped"
    return order_sync_shopify(order=order)


def shopify_webhook_refresh(
    *, topic: str, webhook_id: str, shop_domain: str, order_id: int, reference: str = ""
) -> bool:
    """A webhook that says an order changed (``fulfillments/create``, ``refunds/create``,
    ``orders/updated``): its receipt, once per webhook id, and — when the Admin API is
    connected — a refresh of that order, enqueued on commit. Returns False for a repeat."""
    from django.db import IntegrityError

    try:
        with transaction.atomic():
            ShopifyWebhookReceipt.objects.create(
                webhook_id=webhook_id[:100],
                topic=topic[:60],
                shop_domain=shop_domain[:255],
                order_reference=(reference or str(order_id))[:100],
                order=Order.objects.filter(
                    channel=Channel.SHOPIFY, marketplace="", external_id=str(order_id)
                ).first(),
            )
    except IntegrityError:
        return False
    if shopify_admin.connected():
        transaction.on_commit(lambda: _enqueue_refresh(order_id))
    else:
        log.info("shopify %s for order %s: the Admin API is not connected", topic, order_id)
    return True


def _enqueue_refresh(order_id: int) -> None:
    from .tasks import shopify_order_refresh_task

    shopify_order_refresh_task.enqueue(order_id)
