import pytest

from customers.shopify_admin import ShopifyClient, ThrottleBucket, store_config

from .fake_shopify import TOKEN, FakeShopify


@pytest.fixture
def fake_shopify():
    fake = FakeShopify().start()
    yield fake
    fake.stop()


@pytest.fixture
def shopify_connected(settings, fake_shopify):
    """The store connected through the environment, pointed at the fake."""
    settings.SHOPIFY_SHOP_DOMAIN = "nordvik.myshopify.com"
    settings.SHOPIFY_ACCESS_TOKEN = TOKEN
    settings.SHOPIFY_API_BASE_URL = fake_shopify.url
    # Code that builds its own client (the admin's check, the macro, the task) never waits:
    # no backoff between retries. Tests of the waits inject ``sleep`` into their client.
    settings.SHOPIFY_RETRY_BASE_SECONDS = 0
    return fake_shopify


@pytest.fixture
def shopify_client(db, shopify_connected):
    """A client on the fake's clock: its waits move the fake's time instead of sleeping."""
    fake = shopify_connected
    return ShopifyClient(
        store_config(), sleep=fake.advance, clock=fake.now, bucket=ThrottleBucket()
    )
