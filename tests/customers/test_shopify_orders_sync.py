"""Own-store orders from the Shopify Admin API: a backfill that pages by cursor, an incremental
reconcile by ``updated_at``, lines mapped to the catalogue's SKUs, fulfilments with their
delivery date, refunds and cancellations — against the fake GraphQL Admin API through the
official library, and together with the orders the webhook recorded."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from catalog.models import SKU, Brand, MarketplaceIdentifier, Product
from customers.models import (
    Channel,
    ChannelIdentity,
    Order,
    OrderFulfilment,
    OrderRefund,
    ShopifySyncState,
)
from customers.shopify_admin import ShopifyUnavailable
from customers.shopify_sync import order_sync_shopify, shopify_orders_sync
from customers.signals import order_cancelled, order_recorded

from .fake_shopify import (
    customer_node,
    fulfillment_node,
    line_node,
    order_node,
    refund_node,
)

T0 = datetime(2026, 5, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def skus(db):
    brand = Brand.objects.create(name="Nordvik", slug="nordvik")
    product = Product.objects.create(brand=brand, name="Trail Headlamp 400", slug="headlamp")
    lamp = SKU.objects.create(product=product, code="NV-HL400-BLK")
    MarketplaceIdentifier.objects.create(sku=lamp, kind="shopify_variant", value="44810000001")
    strap = SKU.objects.create(product=product, code="NV-STRAP")
    return lamp, strap


ADA = customer_node(7310284519, "ada@example.org", "Ada", "Lovelace")
GRACE = customer_node(7310284520, "grace@example.org", "Grace", "Hopper")


def lamp_line(number=1, quantity=1):
    return line_node(
        number, sku="OTHER-CODE", title="Trail Headlamp 400", quantity=quantity, variant=44810000001
    )


def strap_line(number=2):
    return line_node(number, sku="NV-STRAP", title="Head strap", quantity=1)


@pytest.fixture
def store(shopify_connected):
    fake = shopify_connected
    fake.orders = [
        order_node(
            5001,
            customer=ADA,
            name="#1001",
            created=T0,
            lines=[lamp_line(11, 2), strap_line(12)],
            fulfillments=[
                fulfillment_node(
                    81,
                    created=T0 + timedelta(days=1),
                    delivered=T0 + timedelta(days=3),
                    tracking=("DHL", "00340434161234567890", "https://www.dhl.de/track?x=1"),
                )
            ],
        ),
        order_node(5002, customer=GRACE, name="#1002", created=T0 + timedelta(hours=1)),
        order_node(
            5003,
            customer=ADA,
            name="#1003",
            created=T0 + timedelta(hours=2),
            lines=[lamp_line(31)],
            refunds=[
                refund_node(
                    91, created=T0 + timedelta(days=4), amount="32.45", lines=[(31, 1)], note="Dent"
                )
            ],
        ),
        order_node(
            5004,
            customer=GRACE,
            name="#1004",
            created=T0 + timedelta(hours=3),
            cancelled=T0 + timedelta(hours=4),
            cancel_reason="CUSTOMER",
        ),
        order_node(5005, customer=ADA, name="#1005", created=T0 + timedelta(hours=5), test=True),
        order_node(5006, customer=None, name="#1006", created=T0 + timedelta(hours=6)),
    ]
    return fake


def test_a_backfill_pages_through_every_order_by_cursor(store, shopify_client, skus):
    result = shopify_orders_sync(full=True, page_size=2, shopify_client=shopify_client)

    assert (result.pages, result.seen, result.created, result.skipped) == (3, 6, 4, 2)
    pages = [r["variables"] for r in store.requests]
    assert pages[0]["after"] is None
    assert all(p["after"] for p in pages[1:])  # each page asks after the cursor of the last
    assert {p["first"] for p in pages} == {2}
    assert pages[0]["query"] is None  # a backfill asks for every order

    lamp, strap = skus
    first = Order.objects.get(channel=Channel.SHOPIFY, external_id="5001")
    assert first.reference == "#1001"
    assert first.customer.email == "ada@example.org"
    lines = {line.external_id: line for line in first.lines.all()}
    assert lines["11"].sku == lamp and lines["11"].quantity == 2  # by the Shopify variant
    assert lines["12"].sku == strap  # by the SKU code
    fulfilment = first.fulfilments.get()
    assert fulfilment.delivered_at == T0 + timedelta(days=3)
    assert (fulfilment.tracking_company, fulfilment.tracking_number) == (
        "DHL",
        "00340434161234567890",
    )
    refunded = Order.objects.get(external_id="5003")
    assert refunded.refunds.get().amount == Decimal("32.45")
    assert refunded.lines.get().refunded_quantity == 1
    cancelled = Order.objects.get(external_id="5004")
    assert cancelled.cancelled_at == T0 + timedelta(hours=4)
    assert cancelled.cancel_reason == "customer"
    assert not Order.objects.filter(external_id__in=["5005", "5006"]).exists()  # test, no one
    assert ChannelIdentity.objects.filter(
        channel=Channel.SHOPIFY, external_id="7310284519"
    ).exists()
    assert ShopifySyncState.objects.get().watermark == T0 + timedelta(hours=6)


def test_the_reconcile_asks_only_for_changes_and_applies_them(
    store, shopify_client, skus, django_capture_on_commit_callbacks
):
    shopify_orders_sync(full=True, shopify_client=shopify_client)
    store.requests.clear()
    later = T0 + timedelta(days=5)
    store.orders[1] = order_node(
        5002,
        customer=GRACE,
        name="#1002",
        created=T0 + timedelta(hours=1),
        updated=later,
        lines=[strap_line(21)],
        fulfillments=[fulfillment_node(82, created=later, delivered=later + timedelta(days=2))],
        refunds=[refund_node(92, created=later, amount="64.90", lines=[(21, 1)])],
        cancelled=later,
        cancel_reason="FRAUD",
    )
    cancellations = []

    def on_cancel(**kwargs):
        cancellations.append(kwargs["order_id"])

    order_cancelled.connect(on_cancel)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            result = shopify_orders_sync(shopify_client=shopify_client)
    finally:
        order_cancelled.disconnect(on_cancel)

    [request] = store.requests
    assert request["variables"]["query"] == "updated_at:>='2026-05-02T15:00:00+00:00'"
    assert result.seen == 2  # the order updated later, and the newest one again (>=)
    order = Order.objects.get(external_id="5002")
    assert order.cancelled_at == later and order.cancel_reason == "fraud"
    assert order.fulfilments.get().delivered_at == later + timedelta(days=2)
    assert order.refunds.get().amount == Decimal("64.90")
    assert cancellations == [order.pk]
    assert ShopifySyncState.objects.get().watermark == later


def test_syncing_twice_changes_nothing_the_second_time(
    store, shopify_client, skus, django_capture_on_commit_callbacks
):
    shopify_orders_sync(full=True, shopify_client=shopify_client)
    counts = (Order.objects.count(), OrderFulfilment.objects.count(), OrderRefund.objects.count())
    recorded = []

    def on_record(**kwargs):
        recorded.append(kwargs)

    order_recorded.connect(on_record)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            again = shopify_orders_sync(full=True, shopify_client=shopify_client)
    finally:
        order_recorded.disconnect(on_record)
    assert (again.created, again.updated) == (0, 0)
    assert counts == (
        Order.objects.count(),
        OrderFulfilment.objects.count(),
        OrderRefund.objects.count(),
    )
    assert recorded == []


def test_an_order_the_webhook_recorded_is_completed_not_duplicated(store, shopify_client, skus):
    from customers.shopify import parse_order
    from customers.shopify_orders import order_record_shopify

    webhook_body = {
        "id": 5003,
        "name": "#1003",
        "email": "ada@example.org",
        "created_at": "2026-05-02T11:00:00+00:00",
        "currency": "EUR",
        "total_price": "64.90",
        "customer": {"id": 7310284519, "email": "ada@example.org"},
        # an order recorded before lines carried their id
        "line_items": [
            {"variant_id": 44810000001, "sku": "OTHER-CODE", "title": "Trail Headlamp 400"}
        ],
    }
    order_record_shopify(order=parse_order(webhook_body), webhook_id="wh-1")

    shopify_orders_sync(full=True, shopify_client=shopify_client)

    order = Order.objects.get(external_id="5003")
    assert Order.objects.filter(external_id="5003").count() == 1
    line = order.lines.get()
    assert (line.external_id, line.refunded_quantity) == ("31", 1)
    assert order.refunds.count() == 1


def test_a_store_that_fails_half_way_keeps_what_was_stored_and_resumes(store, shopify_client, skus):
    shopify_client.max_attempts = 2
    original = store.answer

    def fail_after_first_page(operation, query, variables):
        if variables.get("after"):
            return 503, {"errors": "Service Unavailable"}
        return original(operation, query, variables)

    store.answer = fail_after_first_page
    with pytest.raises(ShopifyUnavailable):
        shopify_orders_sync(full=True, page_size=2, shopify_client=shopify_client)
    state = ShopifySyncState.objects.get()
    assert state.watermark == T0 + timedelta(hours=1)  # the first page's newest change
    assert "503" in state.last_error
    assert Order.objects.count() == 2

    store.answer = original
    store.requests.clear()
    shopify_orders_sync(page_size=2, shopify_client=shopify_client)
    assert store.requests[0]["variables"]["query"] == "updated_at:>='2026-05-02T10:00:00+00:00'"
    assert Order.objects.count() == 4
    assert ShopifySyncState.objects.get().last_error == ""


def test_a_throttled_backfill_waits_and_completes(store, shopify_client, skus):
    store.available = 300.0  # one page's worth; every page asks for 252
    waits = []
    shopify_client.sleep = lambda s: (waits.append(s), store.advance(s))
    result = shopify_orders_sync(full=True, page_size=1, shopify_client=shopify_client)
    assert result.seen == 6 and Order.objects.count() == 4
    assert waits and all(w > 0 for w in waits)
    assert len(store.requests) == 6  # the client waited each time: Shopify never throttled


def test_an_order_out_of_shape_is_skipped_and_the_rest_stored(store, shopify_client, skus):
    store.orders[1]["lineItems"] = "not a connection"
    result = shopify_orders_sync(full=True, shopify_client=shopify_client)
    assert result.skipped == 3
    assert not Order.objects.filter(external_id="5002").exists()
    assert Order.objects.filter(external_id="5001").exists()


def test_an_amazon_relay_address_never_becomes_an_own_store_customer(db, skus):
    from customers.shopify import parse_graphql_order

    relay = customer_node(99, "x7y8@marketplace.amazon.de")
    node = order_node(6001, customer=relay, created=T0)
    assert order_sync_shopify(order=parse_graphql_order(node)) == "skipped"
    assert not Order.objects.exists()


def test_the_reconcile_task_does_nothing_without_a_store(settings, db):
    from customers.tasks import shopify_orders_reconcile_task

    settings.SHOPIFY_SHOP_DOMAIN = ""
    settings.SHOPIFY_ACCESS_TOKEN = ""
    assert shopify_orders_reconcile_task.call() == {"connected": False}


def test_the_reconcile_task_syncs_the_connected_store(store, skus):
    from customers.tasks import shopify_orders_reconcile_task

    assert shopify_orders_reconcile_task.call()["created"] == 4


def test_the_command_refuses_a_bad_date(db):
    with pytest.raises(CommandError, match="not a date"):
        call_command("shopify_orders_sync", "--since", "yesterday")


def test_the_command_backfills(store, skus, capsys):
    call_command("shopify_orders_sync", "--full", "--paged", "--page-size", "4")
    assert "6 orders: 4 created" in capsys.readouterr().out


def test_a_webhook_body_naming_a_line_id_twice_is_recorded_not_a_server_error(db, skus):
    from customers.shopify import parse_order
    from customers.shopify_orders import order_record_shopify

    body = {
        "id": 5009,
        "email": "ada@example.org",
        "line_items": [{"id": 7, "sku": "NV-STRAP"}, {"id": 7, "sku": "NV-STRAP"}],
    }
    order, created = order_record_shopify(order=parse_order(body), webhook_id="wh-dup")
    assert created and sorted(order.lines.values_list("external_id", flat=True)) == ["", "7"]


def test_an_erasure_takes_what_the_store_said_and_a_later_sync_does_not_bring_it_back(
    store, shopify_client, skus
):
    from customers.services import customer_erase
    from registration.selectors import customer_data_export

    shopify_orders_sync(full=True, shopify_client=shopify_client)
    ada = Order.objects.get(external_id="5001").customer
    exported = customer_data_export(customer=ada)["orders"]
    assert any(d["tracking_number"] for o in exported for d in o["deliveries"])
    assert any(r["note"] == "Dent" for o in exported for r in o["refunds"])

    customer_erase(customer=ada, actor="test")
    fulfilment = OrderFulfilment.objects.get(order__external_id="5001")
    assert fulfilment.tracking_number == "" and fulfilment.tracking_url == ""
    assert OrderRefund.objects.get(order__external_id="5003").note == ""

    shopify_orders_sync(full=True, shopify_client=shopify_client)
    assert OrderFulfilment.objects.get(order__external_id="5001").tracking_number == ""
    assert OrderRefund.objects.get(order__external_id="5003").note == ""
