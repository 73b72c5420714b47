"""The Shopify orders webhooks: HMAC on the raw body, replay-safe, records the order against the
customer (what the funnel then does with it: ``tests/funnel/test_attribution.py``)."""

import base64
import hashlib
import hmac
import json

import pytest
from django.utils import timezone

from catalog.models import SKU, Brand, MarketplaceIdentifier, Product
from customers.models import Channel, ChannelIdentity, Customer, Order, ShopifyWebhookReceipt
from customers.webhooks import signature_is_valid

from .factories import IdentityFactory

URL = "/webhooks/shopify/orders-create"
CANCELLED_URL = "/webhooks/shopify/orders-cancelled"
SECRET = "shpss_test_secret"


@pytest.fixture(autouse=True)
def shopify_secret(settings):
    settings.SHOPIFY_WEBHOOK_SECRET = SECRET


@pytest.fixture
def variant(db):
    brand = Brand.objects.create(name="Nordvik", slug="nordvik")
    product = Product.objects.create(brand=brand, name="Trail Headlamp 400", slug="headlamp")
    sku = SKU.objects.create(product=product, code="NV-HL400-BLK")
    MarketplaceIdentifier.objects.create(sku=sku, kind="shopify_variant", value="44810000001")
    return sku


def order_payload(**overrides):
    """The fields Shopify's orders/create payload carries that we use (shape as documented)."""
    payload = {
        "id": 5503468159287,
        "name": "#1043",
        "email": "ada@example.org",
        "created_at": "2026-05-02T11:15:43+02:00",
        "currency": "EUR",
        "total_price": "64.90",
        "buyer_accepts_marketing": True,
        "customer": {
            "id": 7310284519,
            "email": "ada@example.org",
            "first_name": "Ada",
            "last_name": "Lovelace",
        },
        "line_items": [
            {
                "id": 1,
                "variant_id": 44810000001,
                "sku": "NV-HL400-BLK",
                "title": "Trail Headlamp 400",
                "quantity": 2,
            },
            {"id": 2, "variant_id": 999, "sku": "UNKNOWN", "title": "Gift card", "quantity": 1},
        ],
    }
    payload.update(overrides)
    return payload


def sign(body: bytes, secret=SECRET) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def deliver(
    client, payload, *, webhook_id="wh-1", signature=None, topic="orders/create", **headers
):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return client.post(
        CANCELLED_URL if topic == "orders/cancelled" else URL,
        data=body,
        content_type="application/json",
        HTTP_X_SHOPIFY_HMAC_SHA256=signature if signature is not None else sign(body),
        HTTP_X_SHOPIFY_TOPIC=topic,
        HTTP_X_SHOPIFY_WEBHOOK_ID=webhook_id,
        HTTP_X_SHOPIFY_SHOP_DOMAIN="nordvik.myshopify.com",
        **headers,
    )


def shopify_sample_order():
    """The sample order Shopify's "Send test notification" delivers (its shape and its test
    values as documented for orders/create: a made-up id, an already cancelled order, test)."""
    return {
        "id": 820982911946154508,
        "name": "#9999",
        "email": "jon@example.com",
        "contact_email": "jon@example.com",
        "created_at": "2026-05-02T11:28:07-05:00",
        "currency": "USD",
        "total_price": "598.94",
        "financial_status": "voided",
        "buyer_accepts_marketing": True,
        "cancel_reason": "customer",
        "cancelled_at": "2026-05-02T11:28:07-05:00",
        "test": True,
        "customer": {
            "id": 115310627314723954,
            "email": "john@example.com",
            "first_name": "John",
            "last_name": "Smith",
        },
        "line_items": [
            {
                "id": 866550311766439020,
                "variant_id": 808950810,
                "sku": "IPOD2008RED",
                "title": "IPod Nano - 8GB",
                "quantity": 1,
                "price": "199.00",
            }
        ],
    }


@pytest.mark.django_db
def test_a_signed_order_is_recorded_against_the_customer(client, variant):
    response = deliver(client, order_payload())
    assert response.status_code == 200
    order = Order.objects.get()
    assert (order.channel, order.external_id, str(order.total), order.currency) == (
        "shopify",
        "5503468159287",
        "64.90",
        "EUR",
    )
    assert order.placed_at == timezone.datetime(2026, 5, 2, 9, 15, 43, tzinfo=timezone.UTC)
    assert order.customer.email == "ada@example.org" and order.customer.first_name == "Ada"
    identity = order.identity
    assert (identity.channel, identity.external_id, identity.owned) == (
        Channel.SHOPIFY,
        "7310284519",
        True,
    )
    lines = {line.title: line for line in order.lines.all()}
    assert lines["Trail Headlamp 400"].sku == variant and lines["Trail Headlamp 400"].quantity == 2
    assert lines["Gift card"].sku is None


@pytest.mark.django_db
def test_shopifys_marketing_flag_is_not_consent(client, variant):
    from customers.selectors import marketable_identities

    deliver(client, order_payload(buyer_accepts_marketing=True))
    assert not marketable_identities().exists()


@pytest.mark.django_db
def test_a_bad_or_missing_signature_is_refused_and_records_nothing(client, variant):
    assert deliver(client, order_payload(), signature="").status_code == 403
    assert deliver(client, order_payload(), signature=sign(b"other body")).status_code == 403
    forged = sign(json.dumps(order_payload()).encode(), secret="guessed")
    assert deliver(client, order_payload(), signature=forged).status_code == 403
    assert not Order.objects.exists() and not Customer.objects.exists()


@pytest.mark.django_db
def test_the_signature_covers_the_raw_bytes():
    body = b'{"id": 1,  "email":"a@b.example"}'
    assert signature_is_valid(body, sign(body), SECRET)
    assert not signature_is_valid(b'{"id": 1, "email":"a@b.example"}', sign(body), SECRET)


@pytest.mark.django_db
def test_a_replayed_webhook_changes_nothing(client, variant):
    for _ in range(3):
        assert deliver(client, order_payload(), webhook_id="wh-same").status_code == 200
    # Shopify may also send the same order under a new webhook id.
    assert deliver(client, order_payload(), webhook_id="wh-other").status_code == 200
    assert Order.objects.count() == 1
    assert Order.objects.get().lines.count() == 2
    assert ShopifyWebhookReceipt.objects.count() == 2


@pytest.mark.django_db
def test_an_existing_customer_is_matched_by_shopify_id_then_by_email(client, variant):
    known = IdentityFactory(customer__email="ada@example.org")
    deliver(client, order_payload())
    assert Customer.objects.count() == 1
    assert Order.objects.get().customer == known.customer
    # Next order: matched by the Shopify customer id even with another address on it.
    payload = order_payload(id=2, email="ada.work@example.org")
    payload["customer"]["email"] = "ada.work@example.org"
    deliver(client, payload, webhook_id="wh-2")
    assert Order.objects.get(external_id="2").customer == known.customer
    assert ChannelIdentity.objects.filter(channel="shopify").count() == 1


def line(**fields):
    return [{"variant_id": 44810000001, "sku": "NV-HL400-BLK", "title": "Lamp", **fields}]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        b"\xff\xfe not utf-8",
        json.dumps({"id": 3}).encode(),
        json.dumps({"email": "x@y.z"}).encode(),
        # Signed, but not in the shape Shopify documents:
        order_payload(id={"a": 1}),
        order_payload(id=True),
        order_payload(id=1.5),
        order_payload(id="12\x00"),
        order_payload(customer="ada@example.org"),
        order_payload(customer=[7310284519]),
        order_payload(email=5, customer=None),
        order_payload(email=["ada@example.org"], customer=None),
        order_payload(email="not an address", customer=None),
        order_payload(email="ada\x00@example.org"),
        order_payload(
            customer={"id": 7310284519, "email": "ada@example.org", "first_name": "A\x00"}
        ),
        order_payload(customer={"id": "9" * 300, "email": "ada@example.org"}),
        order_payload(line_items={"id": 1}),
        order_payload(line_items="Trail Headlamp 400"),
        order_payload(line_items=["Trail Headlamp 400"]),
        order_payload(line_items=line(quantity=10**12)),
        order_payload(line_items=line(quantity=-5)),
        order_payload(line_items=line(title="Lamp\x00")),
        order_payload(line_items=line(sku=["NV-HL400-BLK"])),
        order_payload(line_items=line(variant_id={"id": 1})),
        order_payload(total_price="NaN"),
        order_payload(total_price="Infinity"),
        order_payload(total_price="1e20"),
        order_payload(currency="EURO"),
        order_payload(created_at="2026-13-45T99:00:00"),
        order_payload(created_at=1777712143),
        order_payload(email="a@marketplace.amazon.example.com", customer=None),
    ],
)
def test_an_unusable_body_gets_a_400_not_a_500_and_records_nothing(client, variant, body):
    response = deliver(client, body, webhook_id="wh-bad")
    assert response.status_code == 400
    assert response.content.startswith(b"Unusable order: ")
    assert not ShopifyWebhookReceipt.objects.exists()
    assert not Order.objects.exists() and not Customer.objects.exists()


@pytest.mark.django_db
def test_shopifys_own_null_fields_are_read_as_absent(client, variant):
    payload = order_payload(
        name=None, currency=None, total_price=None, cancel_reason=None, cancelled_at=None
    )
    payload["customer"]["first_name"] = None
    payload["line_items"][0]["sku"] = None
    assert deliver(client, payload).status_code == 200
    order = Order.objects.get()
    assert order.total is None and order.currency == "" and order.cancelled_at is None
    assert order.lines.get(external_sku="44810000001").sku == variant  # found by variant


@pytest.mark.django_db
@pytest.mark.parametrize("topic", ["orders/create", "orders/cancelled"])
def test_a_test_notification_is_kept_apart_and_creates_no_customer_or_order(client, topic):
    response = deliver(client, shopify_sample_order(), topic=topic)
    assert response.status_code == 200
    assert not Customer.objects.exists() and not Order.objects.exists()
    assert not ChannelIdentity.objects.exists()
    receipt = ShopifyWebhookReceipt.objects.get()
    assert (receipt.test, receipt.topic, receipt.order_reference) == (True, topic, "#9999")


@pytest.mark.django_db
def test_an_order_flagged_as_test_in_the_header_is_kept_apart_too(client, variant):
    response = deliver(client, order_payload(test=False), HTTP_X_SHOPIFY_TEST="true")
    assert response.status_code == 200
    assert not Order.objects.exists() and ShopifyWebhookReceipt.objects.get().test


@pytest.mark.django_db
def test_a_cancellation_marks_the_recorded_order_cancelled_once(client, variant):
    deliver(client, order_payload())
    cancelled = order_payload(cancelled_at="2026-05-03T08:00:00+02:00", cancel_reason="customer")
    for _ in range(2):  # Shopify repeats deliveries
        response = deliver(client, cancelled, webhook_id="wh-cancel", topic="orders/cancelled")
        assert response.status_code == 200
    order = Order.objects.get()
    assert order.cancelled_at == timezone.datetime(2026, 5, 3, 6, 0, tzinfo=timezone.UTC)
    assert order.cancel_reason == "customer"
    assert order.lines.count() == 2  # the order stays on record for support


@pytest.mark.django_db
def test_a_cancellation_that_arrives_first_records_the_order_as_cancelled(client, variant):
    cancelled = order_payload(cancelled_at="2026-05-03T08:00:00+02:00", cancel_reason="fraud")
    assert (
        deliver(client, cancelled, webhook_id="wh-2", topic="orders/cancelled").status_code == 200
    )
    assert deliver(client, order_payload(), webhook_id="wh-1").status_code == 200  # late create
    order = Order.objects.get()
    assert order.cancelled_at is not None and order.cancel_reason == "fraud"


@pytest.mark.django_db
def test_an_order_body_replayed_as_a_cancellation_cancels_nothing(client, variant):
    deliver(client, order_payload())
    response = deliver(client, order_payload(), webhook_id="wh-replay", topic="orders/cancelled")
    assert response.status_code == 400
    assert Order.objects.get().cancelled_at is None


@pytest.mark.django_db
def test_without_a_configured_secret_nothing_is_accepted(client, variant, settings):
    settings.SHOPIFY_WEBHOOK_SECRET = ""
    assert deliver(client, order_payload()).status_code == 503
    assert not Order.objects.exists()


@pytest.mark.django_db
def test_other_topics_are_acknowledged_and_ignored(client, variant):
    assert deliver(client, order_payload(), topic="orders/paid").status_code == 200
    assert not Order.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_an_order_and_its_cancellation_arriving_at_the_same_moment_record_one_cancelled_order(
    variant, on_postgres
):
    if not on_postgres:
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL's concurrency")
    from customers.shopify import parse_order
    from customers.shopify_orders import order_cancel_shopify, order_record_shopify

    from ..helpdesk.test_code_race import run_together

    cancelled_at = "2026-05-03T08:00:00+02:00"
    for n in range(1, 6):
        created = parse_order(order_payload(id=n))
        cancelled = parse_order(order_payload(id=n, cancelled_at=cancelled_at))
        errors = run_together(
            lambda o=created, n=n: order_record_shopify(order=o, webhook_id=f"c{n}"),
            lambda o=cancelled, n=n: order_cancel_shopify(order=o, webhook_id=f"x{n}"),
        )
        assert errors == []
        assert Order.objects.get(external_id=str(n)).cancelled_at is not None
    assert Customer.objects.count() == 1
