"""A backfill of own-store orders through a Shopify bulk operation, which Shopify recommends over
paging when every order is wanted: the store runs the query on its side, without the
cost-based throttle, and hands back one JSONL file.

1. ``bulkOperationRunQuery`` starts the orders query (``BULK_ORDERS_QUERY``: the fields the
   recording needs, nothing more). Only one bulk query may run per app and store: when another
   one is in progress, Shopify answers with a ``userError`` ("A bulk query operation for this
   app and shop is already in progress"); the backfill then waits for that one to end
   (``currentBulkOperation``) and asks again, a bounded number of times.
2. The operation is polled (``node(id:)`` on the ``BulkOperation``) until its ``status`` leaves
   CREATED/RUNNING: COMPLETED gives a ``url`` (none when ``objectCount`` is 0: nothing to do);
   FAILED (with an ``errorCode``: ACCESS_DENIED, INTERNAL_SERVER_ERROR, TIMEOUT), CANCELED or
   EXPIRED raise a ``ShopifyError`` fit to show staff, before anything is recorded (a
   ``partialDataUrl`` is never read).
3. The file is streamed line by line with httpx (never held in memory). Bulk results are
   flat: every object is one JSON line. The order is a line without ``__parentId``; with it
   come its lists that are not connections (``fulfillments`` with their ``trackingInfo``,
   ``refunds``). Each node of a connection is a line of its own whose ``__parentId`` is the id
   of the object it belongs to: a ``LineItem`` names its order, a ``RefundLineItem`` names its
   refund. Shopify writes a parent before its children and the children of one order before
   the next order, so an order is whole when the next order (or the end of the file) is read;
   a child whose parent is not the order being read means the file is not in that shape and
   stops the backfill (orders already recorded stay, each whole).
4. Each rebuilt order has the shape of the ``OrdersPage`` query's nodes (``lineItems { nodes }``,
   ``refundLineItems { nodes }``) and goes through ``parse_graphql_order`` to
   ``shopify_sync.order_sync_shopify``, so webhooks, the reconcile and both backfills record an
   order one way; each order is stored in its own transaction.

The sync's watermark moves only when the whole file was read (the file is not sorted by
``updatedAt``). Waiting uses the client's injectable ``sleep`` and ``clock``.
"""

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import partial
from typing import Any

import httpx
from django.utils import timezone
from django.utils.translation import gettext as _

from . import shopify_admin
from .models import ShopifySyncState
from .shopify import ShopifyPayloadError, parse_graphql_order
from .shopify_sync import SYNC_NAME, SyncResult, order_sync_shopify

log = logging.getLogger(__name__)

#: The inner query of the bulk operation. Connections need no page sizes in a bulk query;
#: ``fulfillments``, ``trackingInfo`` and ``refunds`` are lists, read whole with their order.
BULK_ORDERS_FIELDS = """
      id legacyResourceId name email createdAt updatedAt cancelledAt cancelReason test
      currencyCode
      totalPriceSet { shopMoney { amount currencyCode } }
      customer { id legacyResourceId firstName lastName defaultEmailAddress { emailAddress } }
      lineItems { edges { node { id sku title quantity variant { id legacyResourceId } } } }
      fulfillments {
        id status displayStatus createdAt deliveredAt
        trackingInfo { company number url }
      }
      refunds {
        id createdAt note
        totalRefundedSet { shopMoney { amount currencyCode } }
        refundLineItems { edges { node { id quantity lineItem { id } } } }
      }
"""

RUN_MUTATION = """mutation BulkOrdersRun($query: String!) {
  bulkOperationRunQuery(query: $query) {
    bulkOperation { id status }
    userErrors { field message code }
  }
}"""

_OPERATION_FIELDS = "id status errorCode objectCount rootObjectCount url createdAt completedAt"
STATUS_QUERY = (
    "query BulkOperationStatus($id: ID!) {\n"
    "  node(id: $id) { ... on BulkOperation { " + _OPERATION_FIELDS + " } }\n}"
)
CURRENT_QUERY = (
    "query CurrentBulkOperation {\n"
    "  currentBulkOperation(type: QUERY) { " + _OPERATION_FIELDS + " }\n}"
)

RUNNING = {"CREATED", "RUNNING", "CANCELING"}
#: How a ``LineItem`` or ``RefundLineItem`` line joins its parent: the connection it is a node of.
CONNECTIONS = {"LineItem": "lineItems", "RefundLineItem": "refundLineItems"}
IN_PROGRESS = "already in progress"


def bulk_orders_query(search: str | None) -> str:
    """The query the bulk operation runs (*search*: Shopify's order search syntax)."""
    arguments = f"(query: {json.dumps(search)}, sortKey: UPDATED_AT)" if search else ""
    return (
        "{\n  orders"
        + arguments
        + " {\n    edges { node {"
        + BULK_ORDERS_FIELDS
        + "    } }\n  }\n}"
    )


class BulkFailed(shopify_admin.ShopifyError):
    """The bulk operation ended without a file to read (FAILED, CANCELED, EXPIRED)."""


def _failure_message(operation: dict[str, Any]) -> str:
    status = str(operation.get("status") or "")
    code = str(operation.get("errorCode") or "")
    if code == "ACCESS_DENIED":
        return _(
            "Shopify's bulk operation failed: access denied. The app needs the read_orders "
            "scope (and read_all_orders for orders older than 60 days)."
        )
    if code == "TIMEOUT":
        return _(
            "Shopify's bulk operation failed: it took too long. Nothing was recorded; try "
            "again with --since, or use --paged."
        )
    if code == "INTERNAL_SERVER_ERROR":
        return _(
            "Shopify's bulk operation failed with an internal error. Nothing was recorded; try "
            "again later."
        )
    return _("Shopify's bulk operation ended as %(status)s %(code)s. Nothing was recorded.") % {
        "status": status,
        "code": code,
    }


def _operation(client: shopify_admin.ShopifyClient, operation_id: str) -> dict[str, Any] | None:
    data = client.execute(
        STATUS_QUERY, operation_name="BulkOperationStatus", variables={"id": operation_id}
    )
    return data.get("node")


def _wait_for_end(
    client: shopify_admin.ShopifyClient,
    fetch: Callable[[], dict[str, Any] | None],
    *,
    poll_seconds: float,
    max_wait_seconds: float,
) -> dict[str, Any] | None:
    """Poll *fetch* (which returns the operation, or None) until it is no longer running."""
    started = client.clock()
    while True:
        operation = fetch()
        if not operation or operation.get("status") not in RUNNING:
            return operation
        if client.clock() - started >= max_wait_seconds:
            raise shopify_admin.ShopifyError(
                _(
                    "Shopify's bulk operation %(id)s is still %(status)s after %(minutes)s "
                    "minutes; run the backfill again later."
                )
                % {
                    "id": operation.get("id", ""),
                    "status": operation.get("status", ""),
                    "minutes": round(max_wait_seconds / 60),
                }
            )
        log.info(
            "shopify bulk operation %s %s, %s objects so far",
            operation.get("id"),
            operation.get("status"),
            operation.get("objectCount"),
        )
        client.sleep(poll_seconds)


def bulk_operation_run(
    client: shopify_admin.ShopifyClient,
    query: str,
    *,
    poll_seconds: float = 5.0,
    max_wait_seconds: float = 6 * 3600.0,
    attempts: int = 3,
) -> dict[str, Any]:
    """Start *query* as a bulk query and wait until it ends; the COMPLETED ``BulkOperation``.
    Waits for another bulk query of this app that is in progress, *attempts* times at most."""

    def current() -> dict[str, Any] | None:
        data = client.execute(CURRENT_QUERY, operation_name="CurrentBulkOperation")
        return data.get("currentBulkOperation")

    for attempt in range(1, attempts + 1):
        data = client.execute(
            RUN_MUTATION, operation_name="BulkOrdersRun", variables={"query": query}
        )
        answer = data.get("bulkOperationRunQuery") or {}
        errors = answer.get("userErrors") or []
        busy = any(IN_PROGRESS in str(e.get("message", "")) for e in errors)
        if busy and attempt < attempts:
            log.warning("shopify bulk query: another one is in progress; waiting for it to end")
            _wait_for_end(
                client, current, poll_seconds=poll_seconds, max_wait_seconds=max_wait_seconds
            )
            continue
        if busy:
            raise shopify_admin.ShopifyError(
                _(
                    "Another bulk query of this app is in progress in the store; run the "
                    "backfill again when it has ended."
                )
            )
        if errors or not answer.get("bulkOperation"):
            messages = "; ".join(str(e.get("message", e)) for e in errors)
            raise shopify_admin.ShopifyError(
                _("Shopify refused the bulk query: %(errors)s") % {"errors": messages[:500]}
            )
        operation_id = str(answer["bulkOperation"]["id"])
        log.info("shopify bulk operation %s started", operation_id)
        ended = _wait_for_end(
            client,
            partial(_operation, client, operation_id),
            poll_seconds=poll_seconds,
            max_wait_seconds=max_wait_seconds,
        )
        if not ended:
            raise BulkFailed(
                _("Shopify no longer knows the bulk operation %(id)s.") % {"id": operation_id}
            )
        if ended.get("status") != "COMPLETED":
            log.warning(
                "shopify bulk operation %s %s %s",
                operation_id,
                ended.get("status"),
                ended.get("errorCode"),
            )
            raise BulkFailed(_failure_message(ended))
        return ended
    raise AssertionError("unreachable")  # the loop returns or raises on its last attempt


def _lines(url: str, *, timeout: float) -> Iterator[dict[str, Any]]:
    """The file's objects, one line at a time, as it downloads."""
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True) as response:
            response.raise_for_status()
            for number, text in enumerate(response.iter_lines(), start=1):
                if not text.strip():
                    continue
                try:
                    value = json.loads(text)
                except ValueError:
                    value = None
                if not isinstance(value, dict):
                    raise shopify_admin.ShopifyError(
                        _("Line %(number)s of the bulk operation's file is not a JSON object.")
                        % {"number": number}
                    )
                yield value
    except httpx.HTTPError as error:
        raise shopify_admin.ShopifyUnavailable(
            _("The bulk operation's file could not be read: %(error)s") % {"error": error}
        ) from None


def orders_from_lines(lines: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rebuild each order (in the ``OrdersPage`` nodes' shape) from the flat JSONL objects:
    yielded when the next order begins or the file ends. Only one order is held at a time."""
    order: dict[str, Any] | None = None
    parents: dict[str, dict[str, Any]] = {}
    for line in lines:
        parent_id = line.pop("__parentId", None)
        if parent_id is None:
            if order is not None:
                yield order
            order = line
            order["lineItems"] = {"nodes": []}
            parents = {str(order.get("id")): order}
            for refund in order.get("refunds") or []:
                refund["refundLineItems"] = {"nodes": []}
                parents[str(refund.get("id"))] = refund
            continue
        parent = parents.get(str(parent_id))
        kind = str(line.get("id") or "").removeprefix("gid://shopify/").split("/")[0]
        field = CONNECTIONS.get(kind)
        if parent is None or field is None or field not in parent:
            raise shopify_admin.ShopifyError(
                _(
                    "The bulk operation's file is not grouped by order (%(id)s under %(parent)s); "
                    "the orders before it were recorded."
                )
                % {"id": line.get("id", ""), "parent": parent_id}
            )
        parent[field]["nodes"].append(line)
    if order is not None:
        yield order


def shopify_orders_bulk_sync(
    *,
    full: bool = False,
    since: datetime | None = None,
    shopify_client: shopify_admin.ShopifyClient | None = None,
    poll_seconds: float = 5.0,
    max_wait_seconds: float = 6 * 3600.0,
    download_timeout: float = 120.0,
) -> SyncResult:
    """Store the store's orders through one bulk operation (*full*: every order; *since*: changed
    from then; otherwise changed since the last run's watermark). Raises ``ShopifyError``
    (kept as the sync's last error); orders recorded before a failure stay, each whole."""
    client = shopify_client or shopify_admin.client()
    state, _created = ShopifySyncState.objects.get_or_create(name=SYNC_NAME)
    watermark = state.watermark if state.shop_domain in ("", client.config.domain) else None
    start = since if since is not None else (None if full else watermark)
    search = f"updated_at:>='{start.isoformat()}'" if start else None
    result = SyncResult(watermark=watermark)
    try:
        operation = bulk_operation_run(
            client,
            bulk_orders_query(search),
            poll_seconds=poll_seconds,
            max_wait_seconds=max_wait_seconds,
        )
        url = operation.get("url")
        log.info(
            "shopify bulk operation %s completed: %s objects",
            operation.get("id"),
            operation.get("objectCount"),
        )
        if url:
            for node in orders_from_lines(_lines(url, timeout=download_timeout)):
                _record(node, result)
    except shopify_admin.ShopifyError as error:
        state.last_error = str(error)[:500]
        state.last_run_at = timezone.now()
        state.save(update_fields=["last_error", "last_run_at"])
        raise
    state.watermark = result.watermark
    state.shop_domain = client.config.domain
    state.last_error = ""
    state.last_run_at = state.updated_at = timezone.now()
    state.last_run_seen = result.seen
    state.save(
        update_fields=[
            "watermark",
            "shop_domain",
            "last_error",
            "last_run_at",
            "updated_at",
            "last_run_seen",
        ]
    )
    log.info(
        "shopify orders bulk sync: %s seen, %s new, %s updated, %s unchanged, %s skipped",
        result.seen,
        result.created,
        result.updated,
        result.unchanged,
        result.skipped,
    )
    return result


def _record(node: dict[str, Any], result: SyncResult) -> None:
    result.seen += 1
    try:
        order = parse_graphql_order(node)
    except ShopifyPayloadError as error:
        log.warning("shopify order skipped: %s", error)
        result.skipped += 1
        return
    if order.updatedAt and (result.watermark is None or order.updatedAt > result.watermark):
        result.watermark = order.updatedAt
    outcome = order_sync_shopify(order=order)  # one transaction per order
    if outcome in ("created", "updated", "unchanged"):
        setattr(result, outcome, getattr(result, outcome) + 1)
    else:
        result.skipped += 1
