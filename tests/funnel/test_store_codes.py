"""A funnel step that hands out a code of a pool made in the store: with Shopify connected
(the fake Admin API, through the official library) each recipient's code is created in Shopify
once, recorded with the delivery that carried it, and a retried send reuses it."""

from decimal import Decimal

import pytest

from funnel import outbox
from funnel.models import DiscountCode, DiscountCodePool

from ..customers.conftest import fake_shopify, shopify_connected  # noqa: F401
from .conftest import block, make_sequence, marketable, message
from .test_outbox import due_now, enrol

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_funnel_code_is_made_in_the_store_once_and_reused_on_a_retry(
    fake_esp,
    brand,
    shopify_connected,  # noqa: F811
):
    store = shopify_connected
    pool = DiscountCodePool.objects.create(
        name="Welcome", store_value_type="fixed_amount", store_value=Decimal("5.00")
    )
    body = [message("en", "Gift", "Here:", block("discount_code", {"pool": pool.pk}))]
    identity = marketable()
    enrol(make_sequence(brand, steps=1, bodies=[body]), identity)
    fake_esp.fail_next = 1  # the first send fails after its code was made

    outbox.deliveries_dispatch()
    due_now()
    outbox.deliveries_dispatch()

    code = DiscountCode.objects.get(pool=pool)
    assert code.delivery is not None and code.identity == identity
    assert code.created_in_store_at is not None
    assert [d["code"] for d in store.discounts] == [code.code]  # once, despite the retry
    [sent] = fake_esp.messages
    assert code.code in sent["TextBody"]
    given = store.discounts[0]
    assert given["customerGets"]["value"] == {
        "discountAmount": {"amount": "5.00", "appliesOnEachItem": False}
    }
    assert given["context"] == {"all": "ALL"}  # the pool does not limit it to the customer
    assert given["endsAt"] is None


def test_a_store_that_cannot_make_the_code_delays_the_mail(
    fake_esp,
    brand,
    shopify_connected,  # noqa: F811
):
    store = shopify_connected
    store.fail_next = 99
    pool = DiscountCodePool.objects.create(
        name="Welcome", store_value_type="percentage", store_value=Decimal("15")
    )
    body = [message("en", "Gift", "Here:", block("discount_code", {"pool": pool.pk}))]
    enrol(make_sequence(brand, steps=1, bodies=[body]), marketable())

    stats = outbox.deliveries_dispatch()

    assert stats.retried == 1 and fake_esp.messages == []
    assert store.discounts == []
