import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from config.roles import SUPPORT_MARKETPLACE, SUPPORT_OWNED

# The fake SP-API server and a seller account pointed at it, for the Amazon order sidebar.
from tests.amazon.conftest import account, clock, fake  # noqa: F401

# The registration form's page tree, product and consent texts, for tests that register
# through the form as a customer would.
from tests.registration.conftest import (  # noqa: F401
    brand,
    consent_texts,
    locales,
    pages,
    product,
    sku,
)

from .factories import AmazonChannelFactory, ChannelFactory

PAYLOADS = Path(__file__).parent / "payloads"
WEBHOOK_AUTH = "inbound:s3cret-webhook-pass"
MAILGUN_KEY = "mg-test-signing-key-2b7e4f"


def payload(name: str) -> dict:
    return json.loads((PAYLOADS / name).read_text())


@pytest.fixture(autouse=True)
def _helpdesk_settings(settings):
    settings.HELPDESK_AMAZON_SENDER = "Nordvik Outdoor <seller@nordvik.example>"
    settings.HELPDESK_SUPPORT_SENDER = "Nordvik Care <care@nordvik.example>"
    settings.ANYMAIL = {"WEBHOOK_SECRET": WEBHOOK_AUTH, "MAILGUN_WEBHOOK_SIGNING_KEY": MAILGUN_KEY}
    settings.INBOUND_MAIL_PROVIDERS = ["postmark", "mailgun"]


@pytest.fixture
def channels(db):
    return {
        "amazon-de": AmazonChannelFactory(marketplace="amazon.de", slug="amazon-de"),
        "amazon-fr": AmazonChannelFactory(marketplace="amazon.fr", slug="amazon-fr"),
        "shopify": ChannelFactory(
            kind="shopify",
            slug="shopify",
            name="Own store",
            inbound_address="shop@nordvik.example",
            store_url="https://shop.nordvik.example",
            loyalty_url="https://shop.nordvik.example/club",
        ),
        "email": ChannelFactory(
            kind="email", slug="email", name="E-mail", inbound_address="care@nordvik.example"
        ),
        "site": ChannelFactory(kind="site", slug="site", name="Warranty claims"),
    }


def _agent(username: str, group: str):
    user = get_user_model().objects.create_user(username, password="agent-pass-123")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def marketplace_agent(db):
    return _agent("amazon.agent", SUPPORT_MARKETPLACE)


@pytest.fixture
def owned_agent(db):
    return _agent("store.agent", SUPPORT_OWNED)


# The fake Shopify Admin API and a client on its clock (tests/customers/conftest.py).
from tests.customers.conftest import (  # noqa: E402, F401
    fake_shopify,
    shopify_client,
    shopify_connected,
)
