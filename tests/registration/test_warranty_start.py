"""The warranty of an Amazon purchase starts on the day the synced order was delivered when
Amazon reported it, else on the purchase date the customer typed."""

from datetime import UTC, date, datetime

import pytest

from amazon.models import AmazonOrder, SellerAccount
from registration.services import Provenance, registration_submit

pytestmark = pytest.mark.django_db

ORDER_ID = "302-1234567-1234567"
TYPED = date(2026, 3, 1)


def synced(delivered_on: date | None) -> AmazonOrder:
    account = SellerAccount.objects.create(name="Nordvik EU", slug="nordvik-eu", region="eu")
    moment = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    return AmazonOrder.objects.create(
        account=account,
        amazon_order_id=ORDER_ID,
        marketplace="amazon.de",
        purchased_at=moment,
        last_updated_at=moment,
        status="Shipped",
        delivered_on=delivered_on,
    )


def register(product, sku, *, channel: str = "amazon", serial: str = "HL4-123456"):
    return registration_submit(
        product=product, sku=sku, first_name="Anna", last_name="Berg", email="anna@example.de",
        purchase_channel=channel, marketplace="amazon.de" if channel == "amazon" else "",
        amazon_order_id=ORDER_ID if channel == "amazon" else "",
        retailer="" if channel == "amazon" else "Outdoor Shop", purchase_date=TYPED,
        serial=serial, country="DE", marketing_text=None, safety_text=None,
        provenance=Provenance(locale="de"),
    )  # fmt: skip


def test_an_amazon_warranty_starts_on_the_synced_delivery_date(product, sku):
    synced(delivered_on=date(2026, 3, 6))
    registration = register(product, sku)
    assert registration.purchase_date == TYPED
    assert registration.warranty_starts_on == date(2026, 3, 6)
    assert registration.warranty_ends_on == date(2029, 3, 6)  # 24 months + 12 for registering


def test_without_a_known_delivery_the_typed_purchase_date_counts(product, sku):
    synced(delivered_on=None)
    registration = register(product, sku)
    assert registration.warranty_starts_on == TYPED
    assert registration.warranty_ends_on == date(2029, 3, 1)


def test_an_order_not_synced_counts_from_the_typed_purchase_date(product, sku):
    assert register(product, sku).warranty_starts_on == TYPED


def test_another_shop_always_counts_from_the_typed_purchase_date(product, sku):
    synced(delivered_on=date(2026, 3, 6))
    assert register(product, sku, channel="other").warranty_starts_on == TYPED
