"""The customers' admin listings: what support and marketers open to look people up."""

import pytest
from django.contrib.auth.models import Group, User

from config.roles import SUPPORT_OWNED

from .factories import AmazonIdentityFactory, IdentityFactory

pytestmark = pytest.mark.django_db

URL = "/admin/snippets/customers/channelidentity/"


@pytest.fixture
def agent(client):
    user = User.objects.create_user(username="care", password="x-Long-passw0rd")
    user.groups.add(Group.objects.get(name=SUPPORT_OWNED))
    client.force_login(user)
    return user


def test_identities_can_be_listed_and_filtered_on_the_computed_owned_column(client, agent):
    IdentityFactory(customer__email="ada@example.org")
    AmazonIdentityFactory(external_id="buyer7xyz@marketplace.amazon.de")

    everyone = client.get(URL)
    assert everyone.status_code == 200
    assert "ada@example.org" in everyone.text and "buyer7xyz@" in everyone.text

    owned = client.get(URL, {"owned": "true"})
    assert owned.status_code == 200
    assert "ada@example.org" in owned.text and "buyer7xyz@" not in owned.text

    rented = client.get(URL, {"owned": "false", "channel": "amazon"})
    assert rented.status_code == 200
    assert "buyer7xyz@" in rented.text and "ada@example.org" not in rented.text

    assert client.get(URL, {"owned": "maybe"}).status_code == 200  # ignored, not an error


def test_shopify_test_notifications_are_listed_apart_for_an_administrator(client):
    from django.test import override_settings

    from .test_shopify_orders_webhook import SECRET, deliver, shopify_sample_order

    with override_settings(SHOPIFY_WEBHOOK_SECRET=SECRET):
        assert deliver(client, shopify_sample_order()).status_code == 200
    client.force_login(User.objects.create_superuser("root", "root@example.org", "x-Long-pw0rd"))
    listing = client.get("/admin/snippets/customers/shopifywebhookreceipt/", {"test": "true"})
    assert listing.status_code == 200 and "#9999" in listing.text
    assert client.get("/admin/snippets/customers/order/").status_code == 200
