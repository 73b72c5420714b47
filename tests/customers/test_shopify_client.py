"""The Shopify Admin API client: the official ShopifyAPI package against a fake GraphQL Admin API
on 127.0.0.1 (``fake_shopify.py``) — throttle, retries, refusals and the configuration."""

import logging

import pytest

from customers.shopify_admin import (
    ShopifyAuthError,
    ShopifyClient,
    ShopifyQueryError,
    ShopifyThrottled,
    ShopifyUnavailable,
    ThrottleBucket,
    forget_token,
    shop_name,
    store_config,
)

from .fake_shopify import TOKEN, FakeShopify

ORDERS = "query OrdersPage($first: Int!) { orders(first: $first) { nodes { id } } }"


def test_the_shop_name_comes_through_the_official_library(shopify_client, shopify_connected):
    assert shop_name(shopify_client) == "Nordvik Outdoor"
    [request] = shopify_connected.requests
    assert request["path"] == "/admin/api/2026-10/graphql.json"
    assert request["token"] == TOKEN
    assert request["operation"] == "ShopName"
    assert request["user_agent"].startswith("ShopifyPythonAPI/")


def test_a_throttled_answer_waits_for_the_restore_rate_then_succeeds(
    shopify_client, shopify_connected
):
    fake = shopify_connected
    fake.available = 52.0  # the query asks for 252 points, the bucket refills 100 a second
    waits = []
    shopify_client.sleep = lambda seconds: (waits.append(seconds), fake.advance(seconds))

    data = shopify_client.execute(ORDERS, operation_name="OrdersPage", variables={"first": 5})

    assert data == {"orders": {"nodes": [], "pageInfo": data["orders"]["pageInfo"]}}
    assert fake.operations() == ["OrdersPage", "OrdersPage"]
    assert waits == [pytest.approx(2.0)]  # (252 - 52) / 100


def test_a_cost_limited_burst_waits_instead_of_being_throttled(settings, db):
    fake = FakeShopify(maximum=300, restore_rate=50).start()
    try:
        settings.SHOPIFY_SHOP_DOMAIN = "nordvik.myshopify.com"
        settings.SHOPIFY_ACCESS_TOKEN = TOKEN
        settings.SHOPIFY_API_BASE_URL = fake.url
        waits = []
        client = ShopifyClient(
            store_config(),
            sleep=lambda s: (waits.append(s), fake.advance(s)),
            clock=fake.now,
            bucket=ThrottleBucket(),
        )
        for _ in range(4):
            client.execute(ORDERS, operation_name="OrdersPage", variables={"first": 5})
    finally:
        fake.stop()
    # 252 requested, 63 spent each time: 300 → 237, then the client waits for what is missing
    assert len(fake.requests) == 4  # never a THROTTLED answer
    assert waits == [pytest.approx(0.3), pytest.approx(1.26), pytest.approx(1.26)]


def test_throttling_that_never_ends_gives_up_after_the_set_attempts(
    shopify_client, shopify_connected
):
    shopify_connected.throttle_next = 10
    shopify_client.max_attempts = 3
    with pytest.raises(ShopifyThrottled):
        shopify_client.execute(ORDERS, operation_name="OrdersPage", variables={"first": 5})
    assert len(shopify_connected.requests) == 3


def test_a_wrong_token_is_a_clear_error_and_is_not_retried(settings, shopify_client):
    fake_token = "shpat_wrong"
    shopify_client.config = type(shopify_client.config)(
        "nordvik.myshopify.com", fake_token, "2026-10", "environment", settings.SHOPIFY_API_BASE_URL
    )
    with pytest.raises(ShopifyAuthError, match="401"):
        shop_name(shopify_client)


def test_a_wrong_token_is_asked_once(settings, shopify_client, shopify_connected):
    shopify_connected.token = "shpat_other"
    with pytest.raises(ShopifyAuthError):
        shop_name(shopify_client)
    assert len(shopify_connected.requests) == 1


def test_5xx_is_retried_with_backoff_and_then_answers(settings, shopify_client, shopify_connected):
    settings.SHOPIFY_RETRY_BASE_SECONDS = 1
    shopify_connected.fail_next = 2
    waits = []
    shopify_client.sleep = waits.append
    assert shop_name(shopify_client) == "Nordvik Outdoor"
    assert len(shopify_connected.requests) == 3
    assert 0.5 <= waits[0] <= 1.0 and 1.0 <= waits[1] <= 2.0  # exponential, with jitter


def test_5xx_that_lasts_fails_after_the_set_attempts(settings, shopify_client, shopify_connected):
    shopify_connected.fail_next = 99
    shopify_connected.fail_status = 502
    shopify_client.max_attempts = 4
    shopify_client.sleep = lambda s: None
    with pytest.raises(ShopifyUnavailable, match="502"):
        shop_name(shopify_client)
    assert len(shopify_connected.requests) == 4


def test_an_unreachable_store_fails_after_the_set_attempts(settings, db):
    fake = FakeShopify().start()
    settings.SHOPIFY_SHOP_DOMAIN = "nordvik.myshopify.com"
    settings.SHOPIFY_ACCESS_TOKEN = TOKEN
    settings.SHOPIFY_API_BASE_URL = fake.url
    fake.stop()  # nothing listens on the port any more
    waits = []
    client = ShopifyClient(store_config(), sleep=waits.append, max_attempts=2)
    with pytest.raises(ShopifyUnavailable):
        shop_name(client)
    assert len(waits) == 1


def test_graphql_errors_are_raised_with_shopifys_message(shopify_client):
    with pytest.raises(ShopifyQueryError, match="doesn't exist"):
        shopify_client.execute("query Unknown { nothing }", operation_name="Unknown")


def test_every_call_is_logged_with_its_operation_status_and_cost(shopify_client, caplog):
    with caplog.at_level(logging.INFO, logger="customers.shopify_admin"):
        shop_name(shopify_client)
    [line] = [r.getMessage() for r in caplog.records]
    assert line.startswith("shopify ShopName status=ok cost requested=1 actual=1")
    assert "available=1999/2000" in line
    assert TOKEN not in line


def test_the_session_is_cleared_after_each_call(shopify_client):
    import shopify

    shop_name(shopify_client)
    assert shopify.ShopifyResource.get_site() is None
    assert "X-Shopify-Access-Token" not in shopify.ShopifyResource.get_headers()


# --- a Dev Dashboard app's client credentials ----------------------------------------------


@pytest.fixture
def credentials_client(settings, db, shopify_connected):
    from .fake_shopify import CLIENT_ID, CLIENT_SECRET

    settings.SHOPIFY_ACCESS_TOKEN = ""
    settings.SHOPIFY_CLIENT_ID = CLIENT_ID
    settings.SHOPIFY_CLIENT_SECRET = CLIENT_SECRET
    shopify_connected.token = "nothing-granted-yet"
    config = store_config()
    assert config.uses_client_credentials and CLIENT_SECRET not in repr(config)
    forget_token(config)
    fake = shopify_connected
    return ShopifyClient(config, sleep=fake.advance, clock=fake.now, bucket=ThrottleBucket())


def test_client_credentials_are_exchanged_once_for_a_token_that_is_reused(
    credentials_client, shopify_connected
):
    fake = shopify_connected
    assert shop_name(credentials_client) == "Nordvik Outdoor"
    assert shop_name(credentials_client) == "Nordvik Outdoor"
    assert fake.operations() == ["token", "ShopName", "ShopName"]
    assert fake.requests[0]["form"]["grant_type"] == "client_credentials"
    assert {r["token"] for r in fake.requests[1:]} == {"shpat_cc_0001"}


def test_a_token_is_renewed_before_it_ends_and_when_refused(credentials_client, shopify_connected):
    fake = shopify_connected
    shop_name(credentials_client)
    fake.advance(86399 - 200)  # within the margin before the 24 hours end
    shop_name(credentials_client)
    assert fake.granted == ["shpat_cc_0001", "shpat_cc_0002"]

    fake.token = "rotated-elsewhere"  # the store no longer accepts the token we hold
    assert shop_name(credentials_client) == "Nordvik Outdoor"
    assert fake.granted[-1] == "shpat_cc_0003"


def test_wrong_client_credentials_are_a_clear_error(settings, credentials_client):
    from dataclasses import replace

    credentials_client.config = replace(credentials_client.config, client_secret="wrong")
    forget_token(credentials_client.config)
    with pytest.raises(ShopifyAuthError, match="client credentials"):
        shop_name(credentials_client)
