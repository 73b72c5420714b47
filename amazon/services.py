"""Writes of the Amazon app: the connection check, the order sync, the review requests
(Solicitations API), and the erasure of buyer personal data 30 days after delivery."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Any

import httpx
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from sp_api.api import Orders, Sellers, Solicitations
from sp_api.base import ApiResponse, SellingApiException

from catalog.models import SKU, MarketplaceIdentifier

from .connection import Connection, ConnectionProblem
from .marketplaces import BY_DOMAIN, BY_ID
from .models import (
    AmazonOrder,
    AmazonOrderItem,
    AmazonReturn,
    ReviewRequest,
    ReviewRequestSchedule,
    SellerAccount,
)
from .selectors import review_orders_due

log = logging.getLogger(__name__)

#: Amazon's Data Protection Policy: buyer personal data is deleted at most 30 days after the
#: order's delivery. Not a setting: a longer period would break the policy.
BUYER_PII_RETENTION_DAYS = 30
#: Amazon answers orders updated until two minutes before the request; asking for later gives
#: an InvalidInput error.
SETTLE = timedelta(minutes=2)
#: A first sync reaches back this far; the backfill command goes further.
FIRST_SYNC_DAYS = 30
PAGE_SIZE = 100


def _amazon_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(value: Any) -> datetime | None:
    if not value:
        return None
    parsed = parse_datetime(str(value))
    if parsed is not None and timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, UTC)
    return parsed


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


# ---------------------------------------------------------------------------------------------
# Connection check


@dataclass
class CheckResult:
    ok: bool
    message: str
    marketplaces: list[str]


def account_check(
    *, account: SellerAccount, sleep: Callable[[float], None] | None = None
) -> CheckResult:
    """Ask Amazon which marketplaces the account participates in (the cheapest call that
    needs a valid refresh token and the app's authorisation) and record the outcome on the
    account. A refused token or missing role is a result, not an exception."""
    connection = Connection(account, sleep=sleep) if sleep else Connection(account)
    try:
        client = connection.client(Sellers, connection.any_marketplace())
        response = connection.call(
            "getMarketplaceParticipations", client.get_marketplace_participation
        )
    except ConnectionProblem as problem:
        result = CheckResult(False, _problem_text(problem), [])
    except SellingApiException as error:  # 5xx: Amazon's side
        result = CheckResult(False, f"{getattr(error, 'amzn_code', '') or error.code}: {error}", [])
    except httpx.HTTPError as error:  # no answer at all
        result = CheckResult(False, f"NetworkError: {error.__class__.__name__}", [])
    else:
        ids = [
            str(entry.get("marketplace", {}).get("id", ""))
            for entry in (response.payload or [])
            if isinstance(entry, dict) and entry.get("participation", {}).get("isParticipating")
        ]
        domains = [BY_ID[i].domain for i in ids if i in BY_ID]
        result = CheckResult(
            True, "Connected: " + (", ".join(domains) or "no marketplace"), domains
        )
    SellerAccount.objects.filter(pk=account.pk).update(
        last_check_at=timezone.now(),
        last_check_ok=result.ok,
        last_check_message=result.message[:500],
    )
    return result


def _problem_text(problem: ConnectionProblem) -> str:
    code = problem.code or str(problem.status)
    return f"{code}: {problem}"


# ---------------------------------------------------------------------------------------------
# Orders


@dataclass
class SyncStats:
    orders: int = 0
    created: int = 0
    items: int = 0
    pages: int = 0


def orders_sync(
    *,
    account_id: int,
    since: datetime | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
    now: datetime | None = None,
) -> SyncStats:
    """Fetch every order of the account's marketplaces updated since the last sync (or
    *since*, for a backfill) up to two minutes ago, page by page (``NextToken``), with their
    items, and record them; each order is written once however often it is fetched. The
    account's cursor moves only when every page arrived, so a failure mid-way is fetched
    again next time and nothing is lost. A backfill (*since*) never moves the cursor back."""
    account = SellerAccount.objects.get(pk=account_id)
    if not account.marketplaces:
        return SyncStats()
    connection = Connection(account)
    if sleep:
        connection.sleep = sleep
    if clock:
        connection.clock = clock
    until = (now or timezone.now()) - SETTLE
    after = since or account.orders_synced_until or until - timedelta(days=FIRST_SYNC_DAYS)
    stats = SyncStats()
    client = connection.client(Orders, account.marketplaces[0])
    marketplace_ids = [BY_DOMAIN[m].marketplace_id for m in account.marketplaces]
    query: dict[str, Any] = {
        "LastUpdatedAfter": _amazon_time(after),
        "LastUpdatedBefore": _amazon_time(until),
        "MarketplaceIds": marketplace_ids,
        "MaxResultsPerPage": PAGE_SIZE,
    }
    token = ""
    while True:
        params = {"NextToken": token} if token else dict(query)
        response = connection.call("getOrders", _bound(client.get_orders, **params))
        stats.pages += 1
        payload = response.payload or {}
        for raw in payload.get("Orders", []) or []:
            order, created, stale_items = _order_record(account, raw)
            stats.orders += 1
            stats.created += int(created)
            if stale_items:
                stats.items += _items_sync(connection, client, order)
        token = str(payload.get("NextToken") or "")
        if not token:
            break
    if since is None or account.orders_synced_until is None or until > account.orders_synced_until:
        SellerAccount.objects.filter(pk=account.pk).update(orders_synced_until=until)
    log.info(
        "Amazon orders synced for %s: %s orders (%s new), %s items, %s pages",
        account.slug,
        stats.orders,
        stats.created,
        stats.items,
        stats.pages,
    )
    return stats


def _bound(
    operation: Callable[..., ApiResponse], *args: Any, **kwargs: Any
) -> Callable[[], ApiResponse]:
    """*operation* with its arguments, to be called (again, after a 429) by ``Connection.call``."""
    return partial(operation, *args, **kwargs)


def _order_record(account: SellerAccount, raw: dict[str, Any]) -> tuple[AmazonOrder, bool, bool]:
    """Create or update one order from getOrders' ``Order`` object; says whether it is new
    and whether its items need fetching (new, or changed at Amazon since they were)."""
    market = BY_ID.get(str(raw.get("MarketplaceId", "")))
    updated = _parse(raw.get("LastUpdateDate")) or timezone.now()
    total = raw.get("OrderTotal") or {}
    values = {
        "account": account,
        "marketplace": market.domain if market else "",
        "purchased_at": _parse(raw.get("PurchaseDate")) or updated,
        "last_updated_at": updated,
        "status": str(raw.get("OrderStatus", ""))[:40],
        "fulfillment_channel": str(raw.get("FulfillmentChannel", ""))[:3],
        "earliest_delivery_date": _parse(raw.get("EarliestDeliveryDate")),
        "latest_delivery_date": _parse(raw.get("LatestDeliveryDate")),
        "currency": str(total.get("CurrencyCode", ""))[:3],
        "total": _decimal(total.get("Amount")),
        "synced_at": timezone.now(),
    }
    with transaction.atomic():
        order, created = AmazonOrder.objects.select_for_update().update_or_create(
            amazon_order_id=str(raw["AmazonOrderId"])[:32], defaults=values
        )
    stale = order.items_synced_at is None or order.items_synced_at < updated
    return order, created, stale


def _items_sync(connection: Connection, client: Any, order: AmazonOrder) -> int:
    count = 0
    token = ""
    while True:
        params = {"NextToken": token} if token else {}
        response = connection.call(
            "getOrderItems", _bound(client.get_order_items, order.amazon_order_id, **params)
        )
        payload = response.payload or {}
        with transaction.atomic():
            for raw in payload.get("OrderItems", []) or []:
                asin = str(raw.get("ASIN", ""))[:10]
                seller_sku = str(raw.get("SellerSKU", ""))[:80]
                AmazonOrderItem.objects.update_or_create(
                    order=order,
                    order_item_id=str(raw.get("OrderItemId", ""))[:32],
                    defaults={
                        "asin": asin,
                        "seller_sku": seller_sku,
                        "title": str(raw.get("Title", ""))[:500],
                        "quantity_ordered": int(raw.get("QuantityOrdered") or 0),
                        "quantity_shipped": int(raw.get("QuantityShipped") or 0),
                        "sku": catalogue_sku(
                            marketplace=order.marketplace, asin=asin, seller_sku=seller_sku
                        ),
                    },
                )
                count += 1
        token = str(payload.get("NextToken") or "")
        if not token:
            break
    AmazonOrder.objects.filter(pk=order.pk).update(items_synced_at=order.last_updated_at)
    return count


def catalogue_sku(*, marketplace: str, asin: str, seller_sku: str) -> SKU | None:
    """The catalogue SKU of an order line: the SKU listing *asin* on *marketplace*
    (``catalog.MarketplaceIdentifier``), else the one whose code is the seller SKU."""
    identifier = (
        MarketplaceIdentifier.objects.filter(
            kind=MarketplaceIdentifier.Kind.ASIN, marketplace=marketplace, value=asin.upper()
        )
        .select_related("sku")
        .first()
    )
    if identifier is not None:
        sku: SKU = identifier.sku
        return sku
    if seller_sku:
        return SKU.objects.filter(code=seller_sku).first()
    return None


def accounts_to_sync() -> list[int]:
    return list(
        SellerAccount.objects.filter(active=True)
        .exclude(marketplaces=[])
        .values_list("pk", flat=True)
    )


# ---------------------------------------------------------------------------------------------
# Review requests (Solicitations API)

#: The solicitation type Amazon offers for a review request; the only one the API has.
REVIEW_ACTION = "productReviewAndSellerFeedback"
#: A claim whose worker never recorded Amazon's answer (a crash) is taken again after this.
#: Amazon offers the request once per order, so a request the crashed worker did send is
#: answered "not eligible" the second time, never sent twice.
REVIEW_CLAIM_STALE = timedelta(hours=1)
#: A request that failed for a passing reason (``ReviewRequest.RETRYABLE_CODES``) is asked
#: again on the first run this long after, while the order is inside the window.
REVIEW_RETRY_AFTER = timedelta(hours=1)


@dataclass
class ReviewStats:
    requested: int = 0
    not_eligible: int = 0
    failed: int = 0
    skipped: int = 0


def review_schedules_due() -> list[int]:
    """Enabled schedules of accounts whose sync is on (an account switched off sends nothing)."""
    return list(
        ReviewRequestSchedule.objects.filter(enabled=True, account__active=True).values_list(
            "pk", flat=True
        )
    )


def review_requests_send(
    *,
    schedule_id: int,
    today: date | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> ReviewStats:
    """Ask Amazon for a review of every order of the schedule's marketplace delivered between
    the schedule's day and day 30 before *today* that has not been asked yet: claim the order
    (one ``ReviewRequest`` row per order, a database rule), ask which solicitations Amazon
    offers for it (``getSolicitationActionsForOrder``) and send the review request only when
    ``productReviewAndSellerFeedback`` is among them. Amazon's answer is the only filter: no
    buyer is left out for a complaint, a return or a low rating (that would be review gating,
    ``docs/amazon.md``)."""
    schedule = ReviewRequestSchedule.objects.select_related("account").get(pk=schedule_id)
    stats = ReviewStats()
    account = schedule.account
    if not schedule.enabled or schedule.marketplace not in (account.marketplaces or []):
        return stats
    connection = Connection(account)
    if sleep:
        connection.sleep = sleep
    if clock:
        connection.clock = clock
    try:
        client = connection.client(Solicitations, schedule.marketplace)
    except ConnectionProblem as problem:
        log.warning("Review requests for %s skipped: %s", account.slug, _problem_text(problem))
        return stats
    marketplace_id = BY_DOMAIN[schedule.marketplace].marketplace_id
    for order in review_orders_due(schedule=schedule, today=today or timezone.localdate()):
        claim = _review_claim(order)
        if claim is None:
            stats.skipped += 1
            continue
        outcome, code, message = _review_ask(
            connection, client, order.amazon_order_id, marketplace_id
        )
        ReviewRequest.objects.filter(pk=claim.pk).update(
            outcome=outcome,
            error_code=code[:80],
            error_message=message[:500],
            decided_at=timezone.now(),
        )
        if outcome == ReviewRequest.Outcome.REQUESTED:
            stats.requested += 1
        elif outcome == ReviewRequest.Outcome.NOT_ELIGIBLE:
            stats.not_eligible += 1
        else:
            stats.failed += 1
            if code == "QuotaExceeded":
                # Amazon keeps throttling: the rest waits for the next run, not a 429 each.
                break
    return stats


def _review_claim(order: AmazonOrder) -> ReviewRequest | None:
    """The order's review request row, made by this run; ``None`` when another run made it
    (the unique order column decides between two concurrent runs). A stale claim, or a
    request that failed for a passing reason an hour ago, is taken over by exactly one run
    (a conditional UPDATE)."""
    now = timezone.now()
    try:
        with transaction.atomic():
            return ReviewRequest.objects.create(
                order=order, marketplace=order.marketplace, claimed_at=now
            )
    except IntegrityError:
        outcome = ReviewRequest.Outcome
        taken = (
            ReviewRequest.objects.filter(order=order)
            .filter(
                Q(outcome=outcome.PENDING, claimed_at__lt=now - REVIEW_CLAIM_STALE)
                | Q(
                    outcome=outcome.FAILED,
                    error_code__in=ReviewRequest.RETRYABLE_CODES,
                    decided_at__lt=now - REVIEW_RETRY_AFTER,
                )
            )
            .update(outcome=outcome.PENDING, claimed_at=now)
        )
        return ReviewRequest.objects.get(order=order) if taken else None


def _review_ask(
    connection: Connection, client: Any, order_id: str, marketplace_id: str
) -> tuple[str, str, str]:
    """(outcome, error code, error message) of one order's review request."""
    try:
        response = connection.call(
            "getSolicitationActionsForOrder",
            _bound(
                client.get_solicitation_actions_for_order, order_id, marketplaceIds=marketplace_id
            ),
        )
        if not _offers_review(response.payload):
            return ReviewRequest.Outcome.NOT_ELIGIBLE, "", ""
        connection.call(
            "createProductReviewAndSellerFeedbackSolicitation",
            _bound(
                client.create_product_review_and_seller_feedback_solicitation,
                order_id,
                marketplaceIds=marketplace_id,
            ),
        )
    except ConnectionProblem as problem:
        return ReviewRequest.Outcome.FAILED, problem.code or str(problem.status), str(problem)
    except SellingApiException as error:  # 5xx: Amazon's side
        code = getattr(error, "amzn_code", "") or "ServerError"
        message = f"HTTP {error.code}: {getattr(error, 'message', '') or ''}"
        return ReviewRequest.Outcome.FAILED, str(code), message
    except httpx.HTTPError as error:  # no answer at all
        return ReviewRequest.Outcome.FAILED, "NetworkError", error.__class__.__name__
    return ReviewRequest.Outcome.REQUESTED, "", ""


def _offers_review(payload: Any) -> bool:
    """Whether getSolicitationActionsForOrder's HAL answer lists the review action (in
    ``_links.actions``, or ``_embedded.actions`` for an answer without links)."""
    if not isinstance(payload, dict):
        return False
    names = set()
    for container in (payload.get("_links") or {}, payload.get("_embedded") or {}):
        for action in container.get("actions") or [] if isinstance(container, dict) else []:
            if isinstance(action, dict):
                names.add(str(action.get("name", "")))
    return REVIEW_ACTION in names


# ---------------------------------------------------------------------------------------------
# Retention


def buyer_pii_expired(*, now: datetime | None = None) -> Q:
    """Orders delivered more than :data:`BUYER_PII_RETENTION_DAYS` days before *now*: the known
    delivery date, else Amazon's latest promised delivery date, else the purchase date plus 30
    days, so an order without delivery news is not kept for ever. The purge erases them, and
    ``buyer_data.buyer_data_fetch`` refuses to fetch for them."""
    cutoff = (now or timezone.now()) - timedelta(days=BUYER_PII_RETENTION_DAYS)
    return (
        Q(delivered_on__lte=cutoff.date())
        | Q(delivered_on__isnull=True, latest_delivery_date__lte=cutoff)
        | Q(
            delivered_on__isnull=True,
            latest_delivery_date__isnull=True,
            purchased_at__lte=cutoff - timedelta(days=BUYER_PII_RETENTION_DAYS),
        )
    )


def buyer_pii_purge(*, now: datetime | None = None, dry_run: bool = False) -> list[str]:
    """Erase the buyer's personal data (name, e-mail, shipping address, however it arrived) of
    every order past :func:`buyer_pii_expired` (Amazon's Data Protection Policy), and the
    buyer's comments on its returns (on a return whose order is not synced, 30 days after the
    return). Who fetched it and when stays: that record names no buyer."""
    due = AmazonOrder.objects.filter(pii_erased_at__isnull=True).filter(buyer_pii_expired(now=now))
    due = due.exclude(buyer_name="", buyer_email="", shipping_address="")
    lines: list[str] = []
    for order in due.iterator():
        lines.append(f"Amazon order {order.amazon_order_id}: buyer data")
        if not dry_run:
            AmazonOrder.objects.filter(pk=order.pk).update(
                buyer_name="", buyer_email="", shipping_address="", pii_erased_at=timezone.now()
            )
    return lines + _return_comments_purge(now=now, dry_run=dry_run)


def _return_comments_purge(*, now: datetime | None, dry_run: bool) -> list[str]:
    # The comment is encrypted, so "not empty" cannot be asked of the database: every return
    # not erased yet is read, and marked erased once (so it is read once).
    cutoff = (now or timezone.now()) - timedelta(days=BUYER_PII_RETENTION_DAYS)
    expired_orders = AmazonOrder.objects.filter(buyer_pii_expired(now=now)).values("pk")
    due = AmazonReturn.objects.filter(comment_erased_at__isnull=True).filter(
        Q(order__in=expired_orders) | Q(order__isnull=True, returned_at__lte=cutoff)
    )
    lines: list[str] = []
    for found in due.only("pk", "amazon_order_id", "customer_comment").iterator():
        if found.customer_comment:
            lines.append(f"Amazon return of order {found.amazon_order_id}: buyer comment")
        if not dry_run:
            AmazonReturn.objects.filter(pk=found.pk).update(
                customer_comment="", comment_erased_at=timezone.now()
            )
    return lines
