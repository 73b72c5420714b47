"""The own-store backfill through a Shopify bulk operation: the query started, polled and its
JSONL file read line by line and rebuilt into orders, against the fake store through the
official library (and httpx for the file). It records what the paged sync records."""

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command

from customers.models import Order, OrderFulfilment, OrderLine, OrderRefund, ShopifySyncState
from customers.shopify_admin import ShopifyError
from customers.shopify_bulk import (
    BulkFailed,
    bulk_orders_query,
    orders_from_lines,
    shopify_orders_bulk_sync,
)
from customers.shopify_sync import shopify_orders_sync

from . import test_shopify_orders_sync as paged
from .fake_shopify import customer_node, line_node, order_node
from .fake_shopify_bulk import jsonl_lines

# the paged sync's store (six orders: lines, a fulfilment, a refund, a cancellation, a test
# order and one without a customer) and catalogue
store = paged.store
skus = paged.skus
T0 = paged.T0


def recorded() -> list[tuple]:
    """Every recorded order with its lines, fulfilments and refunds, without database ids."""
    rows = []
    for order in Order.objects.order_by("external_id"):
        rows.append(
            (
                *[
                    getattr(order, name)
                    for name in (
                        "channel",
                        "external_id",
                        "reference",
                        "placed_at",
                        "currency",
                        "total",
                        "cancelled_at",
                        "cancel_reason",
                        "store_updated_at",
                    )
                ],
                order.customer.email,
                sorted(
                    OrderLine.objects.filter(order=order).values_list(
                        "external_id",
                        "sku_id",
                        "external_sku",
                        "title",
                        "quantity",
                        "refunded_quantity",
                    )
                ),
                sorted(
                    OrderFulfilment.objects.filter(order=order).values_list(
                        "external_id",
                        "status",
                        "display_status",
                        "fulfilled_at",
                        "delivered_at",
                        "tracking_company",
                        "tracking_number",
                        "tracking_url",
                    )
                ),
                sorted(
                    OrderRefund.objects.filter(order=order).values_list(
                        "external_id", "refunded_at", "amount", "currency", "note"
                    )
                ),
            )
        )
    return rows


def bulk(client, **options):
    return shopify_orders_bulk_sync(full=True, shopify_client=client, **options)


def test_a_bulk_backfill_records_what_the_paged_sync_records(store, shopify_client, skus):
    shopify_orders_sync(full=True, page_size=2, shopify_client=shopify_client)
    by_pages = recorded()
    assert len(by_pages) == 4 and any(row[-1] for row in by_pages)  # a refund among them
    Order.objects.all().delete()
    store.requests.clear()

    result = bulk(shopify_client)

    assert (result.seen, result.created, result.updated, result.skipped) == (6, 4, 0, 2)
    assert recorded() == by_pages
    assert store.operations() == ["BulkOrdersRun", "BulkOperationStatus", "BulkOperationStatus"]
    assert store.downloads == 1
    asked = store.requests[0]["variables"]["query"]
    assert "lineItems" in asked and "refundLineItems" in asked and "fulfillments" in asked
    assert ShopifySyncState.objects.get().watermark == T0 + timedelta(hours=6)


def test_the_file_is_flat_and_rebuilt_by_parent_id(store):
    order = store.orders[2]  # a line and a refund of it
    lines = jsonl_lines(order)
    assert [line.get("__parentId") for line in lines] == [
        None,
        order["id"],
        order["refunds"][0]["id"],
    ]
    assert "lineItems" not in lines[0] and "refundLineItems" not in lines[0]["refunds"][0]

    (rebuilt,) = orders_from_lines(lines)

    assert rebuilt["lineItems"]["nodes"][0]["id"] == order["lineItems"]["nodes"][0]["id"]
    part = rebuilt["refunds"][0]["refundLineItems"]["nodes"][0]
    assert (part["quantity"], part["lineItem"]) == (1, {"id": "gid://shopify/LineItem/31"})


def test_a_child_out_of_its_order_stops_the_reading(store):
    first, second = jsonl_lines(store.orders[0]), jsonl_lines(store.orders[1])
    shuffled = [first[0], *second, *first[1:]]  # the first order's lines after the second order
    with pytest.raises(ShopifyError, match="not grouped by order"):
        list(orders_from_lines(shuffled))


def test_a_second_run_creates_nothing(store, shopify_client, skus):
    bulk(shopify_client)
    before = recorded()

    again = bulk(shopify_client)

    assert (again.seen, again.created, again.updated, again.unchanged) == (6, 0, 0, 4)
    assert recorded() == before


def test_the_reconcile_asks_the_bulk_query_only_for_changes(store, shopify_client, skus):
    bulk(shopify_client)
    store.orders[1]["updatedAt"] = (T0 + timedelta(days=9)).isoformat().replace("+00:00", "Z")
    store.orders[1]["cancelledAt"] = store.orders[1]["updatedAt"]

    result = shopify_orders_bulk_sync(shopify_client=shopify_client)

    assert "updated_at:>=" in store.bulk[2]["query"]
    assert (result.seen, result.updated) == (2, 1)  # the change, and the watermark's own order
    assert Order.objects.get(external_id="5002").cancelled_at is not None


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("ACCESS_DENIED", "access denied"),
        ("INTERNAL_SERVER_ERROR", "internal error"),
        ("TIMEOUT", "took too long"),
    ],
)
def test_a_failed_operation_says_why_and_records_nothing(
    store, shopify_client, skus, code, message
):
    store.bulk_fail = code

    with pytest.raises(BulkFailed, match=message):
        bulk(shopify_client)

    assert not Order.objects.exists()
    assert store.downloads == 0
    state = ShopifySyncState.objects.get()
    assert message in state.last_error and state.watermark is None


def test_a_bulk_query_already_in_progress_is_waited_for(store, shopify_client, skus):
    store.busy_next = 1

    result = bulk(shopify_client)

    assert result.created == 4
    assert store.operations()[:4] == [
        "BulkOrdersRun",
        "CurrentBulkOperation",
        "CurrentBulkOperation",
        "BulkOrdersRun",
    ]


def test_a_store_that_stays_busy_gets_a_clear_error(store, shopify_client, skus):
    store.busy_next = 5

    with pytest.raises(ShopifyError, match="Another bulk query of this app is in progress"):
        bulk(shopify_client)

    assert not Order.objects.exists()


def test_an_empty_result_has_no_file(store, shopify_client, skus):
    store.orders = []

    result = bulk(shopify_client)

    assert (result.seen, result.created) == (0, 0)
    assert store.bulk[1]["status"] == "COMPLETED" and store.downloads == 0


def test_three_hundred_orders_are_read_line_by_line(store, shopify_client, skus, monkeypatch):
    people = [customer_node(7_400_000_000 + n, f"buyer{n}@example.org") for n in range(20)]
    store.orders = [
        order_node(
            900_000 + n,
            customer=people[n % 20],
            created=T0 + timedelta(minutes=n),
            lines=[line_node(8_000_000 + n, sku="NV-STRAP", title="Head strap")],
        )
        for n in range(300)
    ]
    from customers import shopify_bulk

    read = []
    reading = shopify_bulk._lines

    def counted(url, **options):
        for line in reading(url, **options):
            read.append(line)
            yield line

    recorded_when = []
    recording = shopify_bulk._record

    def record(node, result):
        recorded_when.append(len(read))
        recording(node, result)

    monkeypatch.setattr(shopify_bulk, "_lines", counted)
    monkeypatch.setattr(shopify_bulk, "_record", record)

    result = bulk(shopify_client)

    assert result.created == 300 and len(read) == 600
    assert recorded_when[:2] == [3, 5]  # each order is recorded as soon as the next one begins
    assert OrderLine.objects.filter(order__external_id="900299").get().external_id == "8000299"


def test_the_query_filters_by_change_only_when_asked():
    assert "query:" not in bulk_orders_query(None)
    assert 'orders(query: "updated_at:>=' in bulk_orders_query("updated_at:>='2026-01-01'")


def test_the_command_uses_the_bulk_operation_by_default(store, skus, capsys):
    call_command("shopify_orders_sync", "--full", "--poll-seconds", "0")
    out = capsys.readouterr().out
    assert "bulk operation: 6 orders: 4 created, 0 updated" in out
    assert "BulkOrdersRun" in store.operations() and "OrdersPage" not in store.operations()


def test_the_command_reports_a_failed_operation(store, skus):
    store.bulk_fail = "ACCESS_DENIED"
    with pytest.raises(CommandError, match="read_orders"):
        call_command("shopify_orders_sync", "--full", "--poll-seconds", "0")
