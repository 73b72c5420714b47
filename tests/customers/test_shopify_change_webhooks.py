"""``orders/updated``, ``fulfillments/create`` and ``refunds/create``: HMAC-verified, once per
webhook id; with the Admin API connected each enqueues a refresh of its order from the API (the
fake store, through the official library), which stores fulfilments with their delivery date and
refunds; without it the body's own facts are kept (a cancellation) and the rest waits for the
reconcile."""

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from customers.models import Order, ShopifyWebhookReceipt
from customers.signals import order_cancelled

from .fake_shopify import (
    customer_node,
    fulfillment_node,
    line_node,
    order_node,
    refund_node,
)
from .test_shopify_orders_webhook import SECRET, order_payload, sign

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 5, 2, 9, 15, 43, tzinfo=UTC)
ADA = customer_node(7310284519, "ada@example.org", "Ada", "Lovelace")


@pytest.fixture(autouse=True)
def shopify_secret(settings):
    settings.SHOPIFY_WEBHOOK_SECRET = SECRET


def post(client, path, payload, *, topic, webhook_id, signature=None):
    body = json.dumps(payload).encode()
    return client.post(
        f"/webhooks/shopify/{path}",
        data=body,
        content_type="application/json",
        HTTP_X_SHOPIFY_HMAC_SHA256=signature if signature is not None else sign(body),
        HTTP_X_SHOPIFY_TOPIC=topic,
        HTTP_X_SHOPIFY_WEBHOOK_ID=webhook_id,
        HTTP_X_SHOPIFY_SHOP_DOMAIN="nordvik.myshopify.com",
    )


@pytest.fixture
def store(shopify_connected, immediate_tasks):
    shopify_connected.orders = [
        order_node(
            5503468159287,
            customer=ADA,
            name="#1043",
            created=T0,
            lines=[line_node(1, sku="NV-HL400-BLK", title="Trail Headlamp 400", quantity=2)],
            fulfillments=[
                fulfillment_node(
                    81, created=T0 + timedelta(days=1), delivered=T0 + timedelta(days=3)
                )
            ],
            refunds=[
                refund_node(91, created=T0 + timedelta(days=5), amount="32.45", lines=[(1, 1)])
            ],
        )
    ]
    return shopify_connected


def test_a_fulfilment_webhook_refreshes_its_order_from_the_store_once(
    client, store, django_capture_on_commit_callbacks
):
    body = {"id": 81, "order_id": 5503468159287, "status": "success"}
    with django_capture_on_commit_callbacks(execute=True):
        for _delivery in range(2):  # Shopify repeats a delivery until it sees a 200
            response = post(
                client, "fulfillments-create", body, topic="fulfillments/create", webhook_id="f1"
            )
            assert response.status_code == 200
    order = Order.objects.get(external_id="5503468159287")
    assert order.fulfilments.get().delivered_at == T0 + timedelta(days=3)
    assert order.refunds.get().amount == Decimal("32.45")
    assert store.operations() == ["OrderById"]  # the repeat changed nothing
    assert ShopifyWebhookReceipt.objects.filter(topic="fulfillments/create").count() == 1


def test_a_refund_webhook_brings_the_refund_in(client, store, django_capture_on_commit_callbacks):
    body = {"id": 91, "order_id": 5503468159287, "note": "Dent"}
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, "refunds-create", body, topic="refunds/create", webhook_id="wh-r1")
    assert response.status_code == 200
    order = Order.objects.get(external_id="5503468159287")
    assert order.lines.get().refunded_quantity == 1


def test_an_updated_order_that_is_cancelled_is_cancelled_and_refreshed(
    client, store, django_capture_on_commit_callbacks
):
    post(client, "orders-create", order_payload(), topic="orders/create", webhook_id="wh-c1")
    seen = []

    def on_cancel(**kwargs):
        seen.append(kwargs["order_id"])

    order_cancelled.connect(on_cancel)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = post(
                client,
                "orders-updated",
                order_payload(cancelled_at="2026-05-03T10:00:00+00:00", cancel_reason="customer"),
                topic="orders/updated",
                webhook_id="wh-u1",
            )
    finally:
        order_cancelled.disconnect(on_cancel)
    assert response.status_code == 200
    order = Order.objects.get(external_id="5503468159287")
    assert order.cancelled_at is not None and seen == [order.pk]
    assert order.fulfilments.count() == 1  # and the refresh from the store came in
    assert store.operations() == ["OrderById"]


def test_without_the_admin_api_the_body_is_kept_and_nothing_is_asked(
    client, settings, fake_shopify, django_capture_on_commit_callbacks
):
    settings.SHOPIFY_SHOP_DOMAIN = ""
    settings.SHOPIFY_ACCESS_TOKEN = ""
    refund = {"id": 9, "order_id": 5503468159287}
    with django_capture_on_commit_callbacks(execute=True):
        updated = post(
            client, "orders-updated", order_payload(), topic="orders/updated", webhook_id="u2"
        )
        refunded = post(client, "refunds-create", refund, topic="refunds/create", webhook_id="r2")
    assert (updated.status_code, refunded.status_code) == (200, 200)
    assert Order.objects.filter(external_id="5503468159287").exists()
    assert ShopifyWebhookReceipt.objects.filter(topic="refunds/create").get().order is not None
    assert fake_shopify.requests == []


def test_forged_or_unusable_change_webhooks_record_nothing(client, store):
    body = {"id": 81, "order_id": 5503468159287}
    forged = post(
        client, "fulfillments-create", body, topic="fulfillments/create", webhook_id="x",
        signature="AAAA",
    )  # fmt: skip
    assert forged.status_code == 403
    bad = {"id": 9, "order_id": "five"}
    unusable = post(client, "refunds-create", bad, topic="refunds/create", webhook_id="y")
    assert unusable.status_code == 400 and "order_id" in unusable.content.decode()
    assert not ShopifyWebhookReceipt.objects.exists()
    assert store.requests == []
