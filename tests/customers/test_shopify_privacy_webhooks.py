"""Shopify's mandatory privacy webhooks, wired to the services the own-data page uses:
``customers/redact`` erases the person, ``customers/data_request`` mails them the link to their
own-data page, ``shop/redact`` is acknowledged; all HMAC-verified (401 otherwise, as Shopify
asks), once per webhook id, and never a server error."""

import json

import pytest
from django.core import mail

from customers.models import ConsentRecord, Customer, ShopifyWebhookReceipt

from .factories import IdentityFactory, confirmed
from .test_shopify_orders_webhook import SECRET, sign

pytestmark = pytest.mark.django_db

URL = "/webhooks/shopify/privacy"


@pytest.fixture(autouse=True)
def shopify_secret(settings):
    settings.SHOPIFY_WEBHOOK_SECRET = SECRET


def post(client, topic, payload, *, webhook_id="p1", signature=None):
    body = json.dumps(payload).encode()
    return client.post(
        URL,
        data=body,
        content_type="application/json",
        HTTP_X_SHOPIFY_HMAC_SHA256=signature if signature is not None else sign(body),
        HTTP_X_SHOPIFY_TOPIC=topic,
        HTTP_X_SHOPIFY_WEBHOOK_ID=webhook_id,
        HTTP_X_SHOPIFY_SHOP_DOMAIN="nordvik.myshopify.com",
    )


def request_for(customer_id=7310284519, email="ada@example.org"):
    """The documented shape of a customers/redact or customers/data_request body."""
    return {
        "shop_id": 954889,
        "shop_domain": "nordvik.myshopify.com",
        "customer": {"id": customer_id, "email": email, "phone": "555-625-1199"},
        "orders_to_redact": [299938, 280263],
    }


@pytest.fixture
def ada():
    site = IdentityFactory(customer__email="ada@example.org", customer__locale="de")
    confirmed(site)
    IdentityFactory(
        customer=site.customer,
        channel="shopify",
        external_id="7310284519",
        email="ada@example.org",
        source="shopify_webhook",
    )
    return site.customer


def test_customers_redact_erases_the_person_once(client, ada):
    assert post(client, "customers/redact", request_for()).status_code == 200
    ada.refresh_from_db()
    assert ada.erased_at is not None and ada.email == ""
    assert ConsentRecord.objects.filter(customer=ada, action="erased").exists()
    assert post(client, "customers/redact", request_for()).status_code == 200  # repeated
    assert ShopifyWebhookReceipt.objects.filter(topic="customers/redact").count() == 1


def test_a_redact_for_someone_unknown_erases_nobody(client, ada):
    response = post(client, "customers/redact", request_for(customer_id=1, email="x@example.org"))
    assert response.status_code == 200
    ada.refresh_from_db()
    assert ada.erased_at is None


def test_customers_data_request_mails_the_link_to_their_own_data(
    client, ada, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, "customers/data_request", request_for(email=""))
    assert response.status_code == 200
    [sent] = mail.outbox
    assert sent.to == ["ada@example.org"]
    assert "/my/" in sent.body  # the own-data page, where everything is downloaded


def test_shop_redact_is_acknowledged_and_erases_nothing(client, ada):
    response = post(
        client, "shop/redact", {"shop_id": 954889, "shop_domain": "nordvik.myshopify.com"}
    )
    assert response.status_code == 200
    assert ShopifyWebhookReceipt.objects.get(topic="shop/redact").shop_domain
    assert Customer.objects.get(pk=ada.pk).erased_at is None


def test_forged_or_unusable_privacy_webhooks_do_nothing(client, ada):
    assert post(client, "customers/redact", request_for(), signature="AAAA").status_code == 401
    assert post(client, "customers/redact", [1, 2]).status_code == 400
    bad_id = request_for(customer_id="seven")
    assert post(client, "customers/redact", bad_id, webhook_id="p3").status_code == 400
    assert post(client, "orders/create", request_for(), webhook_id="p4").status_code == 400
    ada.refresh_from_db()
    assert ada.erased_at is None and not ShopifyWebhookReceipt.objects.exists()
