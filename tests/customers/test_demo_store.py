"""The demo's stand-in Shopify store (``customers/demo_store.py``, on when ``SHOPIFY_DEMO_STORE``
is): the real client, through the official library and over HTTP, checks the connection, syncs
James Carter's orders, makes a discount code in it, once, and tells it a confirmed consent — so ``make run`` shows own-store
orders and store-made codes without credentials. Never in production."""

import pytest

from customers import demo_store
from customers.models import Channel, Order
from customers.shopify_admin import ShopifyAuthError, client, shop_name
from customers.shopify_consent import shopify_consent_push
from customers.shopify_sync import shopify_orders_sync
from funnel.models import DiscountCode, DiscountCodePool
from funnel.store_codes import discount_code_create_in_store, discount_code_reserve_for_store

from ..config.test_settings import PRODUCTION, settings_in_subprocess
from .factories import IdentityFactory, confirmed


@pytest.fixture
def demo(settings, live_server):
    settings.SHOPIFY_SHOP_DOMAIN = demo_store.DOMAIN
    settings.SHOPIFY_ACCESS_TOKEN = demo_store.TOKEN
    settings.SHOPIFY_API_BASE_URL = f"{live_server.url}/demo-store"
    settings.SHOPIFY_RETRY_BASE_SECONDS = 0
    return live_server


@pytest.mark.urls("tests.customers.demo_store_urls")
def test_the_demo_store_answers_the_real_client(demo, settings, transactional_db):
    assert shop_name(client()) == demo_store.SHOP_NAME

    result = shopify_orders_sync(full=True)
    assert result.created == 3
    order = Order.objects.get(channel=Channel.SHOPIFY, reference="#1031")
    assert order.customer.email == "james.carter@example.co.uk"
    assert order.delivered_at and order.refunded_amount

    james = IdentityFactory(
        customer=order.customer, email=order.customer.email, external_id=order.customer.email
    )
    confirmed(james)
    assert shopify_consent_push(customer_id=james.customer_id) == "subscribed"
    assert shopify_consent_push(customer_id=james.customer_id) == "unchanged"
    pool = DiscountCodePool.objects.create(
        name="Demo", store_value_type="percentage", store_value=10, store_limit_to_customer=True
    )
    code_id, code = discount_code_reserve_for_store(pool=pool, identity_id=james.pk)
    assert discount_code_create_in_store(code_id=code_id) == code
    DiscountCode.objects.filter(pk=code_id).update(created_in_store_at=None)
    assert discount_code_create_in_store(code_id=code_id) == code  # TAKEN: made once
    assert DiscountCode.objects.get(pk=code_id).created_in_store_at is not None

    settings.SHOPIFY_ACCESS_TOKEN = "shpat_wrong"
    with pytest.raises(ShopifyAuthError):
        shop_name(client())


def test_the_demo_store_is_refused_in_production(tmp_path):
    result = settings_in_subprocess(tmp_path, **PRODUCTION, SHOPIFY_DEMO_STORE="true")
    assert result.returncode != 0
    assert "SHOPIFY_DEMO_STORE is for the demo only" in result.stderr


@pytest.mark.urls("tests.customers.demo_store_urls")
def test_the_demo_store_answers_the_store_actions(demo, transactional_db):
    from customers.shopify_actions import (
        StoreActionFailed,
        cancel_order,
        draft_replacement,
        refund_line,
    )

    shopify_orders_sync(full=True)
    order = Order.objects.get(channel=Channel.SHOPIFY, reference="#1031")
    line = order.lines.first()

    refund = refund_line(client(), line, quantity=1, note="Broken", notify=False)
    assert refund.shopify_id.startswith("gid://shopify/Refund/")
    assert (str(refund.amount), refund.currency) == ("39.90", "GBP")  # paid back, not 0
    draft = draft_replacement(client(), line, note="Replacement")
    assert draft.shopify_id.startswith("gid://shopify/DraftOrder/") and draft.url
    with pytest.raises(StoreActionFailed, match="fulfilled line items"):
        # the demo's delivered order, as if the fulfilment were not yet synced here
        order.fulfilments.all().delete()
        cancel_order(client(), order, reason="CUSTOMER", note="", notify=False)
