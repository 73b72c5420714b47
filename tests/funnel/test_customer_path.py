"""The path of one customer, end to end through the real services: register with marketing
consent → care mail enrolment → double opt-in → welcome enrolment and Klaviyo → mails at the
fake ESP → a click → a Shopify order credited to it → one-click unsubscribe stops the rest."""

import base64
import hashlib
import hmac
import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from customers.models import ConsentRecord
from customers.selectors import identity_is_marketable
from funnel import outbox
from funnel.models import Delivery, Enrolment, MailType, OrderAttribution, Sequence
from registration.models import ConsentText
from registration.services import Provenance, double_opt_in_confirm, registration_submit

from .conftest import make_sequence
from .test_tracking import auth, event, post

pytestmark = pytest.mark.django_db(transaction=True)


def due_now():
    Delivery.objects.filter(status="scheduled").update(due_at=timezone.now())


def test_one_customer_from_registration_to_unsubscribe(
    client, settings, immediate_tasks, fake_esp, fake_klaviyo, brand, product
):
    settings.SHOPIFY_WEBHOOK_SECRET = "shpss"
    settings.MAIL_TRACKING_PROVIDERS = ["postmark"]  # the click arrives by Postmark's webhook
    product.skus.first()
    welcome = make_sequence(brand, name="Welcome", steps=3)
    make_sequence(
        brand,
        name="Care",
        steps=1,
        trigger=Sequence.Trigger.REGISTRATION_CREATED,
        mail_type=MailType.TRANSACTIONAL,
        exit_on_purchase=False,
    )
    text = ConsentText.objects.create(
        purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
        locale="de",
        text="Ja, Nordvik darf mir Neuigkeiten und Angebote per E-Mail schicken.",
    )

    registration = registration_submit(
        product=product,
        sku=product.skus.first(),
        first_name="Anna",
        last_name="Becker",
        email="anna.becker@example.de",
        purchase_channel="amazon",
        marketplace="amazon.de",
        amazon_order_id="",
        retailer="",
        purchase_date=timezone.localdate(),
        serial="",
        country="DE",
        marketing_text=text,
        safety_text=None,
        provenance=Provenance(locale="de", network_address="203.0.113.9"),
    )
    identity = registration.identity
    # Registered, consent given but not confirmed: care mail yes, marketing no, Klaviyo nothing.
    assert set(Enrolment.objects.values_list("sequence__name", flat=True)) == {"Care"}
    assert fake_klaviyo.requests == []

    grant = ConsentRecord.objects.get(customer=identity.customer, action="granted")
    double_opt_in_confirm(
        customer_id=identity.customer_id,
        identity_id=identity.pk,
        grant_ids=(grant.pk,),
        network_address="203.0.113.9",
    )
    assert set(Enrolment.objects.values_list("sequence__name", flat=True)) == {"Care", "Welcome"}
    assert fake_klaviyo.emails_in("subscription-bulk-create") == ["anna.becker@example.de"]
    assert fake_klaviyo.emails_in("event-bulk-create") == ["anna.becker@example.de"]

    due_now()
    outbox.deliveries_dispatch()
    funnel_mail = [m for m in fake_esp.messages if m.get("Tag", "").startswith("funnel-")]
    assert sorted(m["Subject"] for m in funnel_mail) == ["Schritt 1", "Schritt 1"]  # German
    welcome_mail = next(m for m in fake_esp.messages if m.get("Tag") == "funnel-commercial")
    care_mail = next(m for m in fake_esp.messages if m.get("Tag") == "funnel-transactional")
    assert "List-Unsubscribe" in {h["Name"] for h in welcome_mail["Headers"]}
    assert "List-Unsubscribe" not in {h["Name"] for h in care_mail.get("Headers", [])}

    # She clicks the welcome mail; two days later she buys in the own store.
    sent = Delivery.objects.get(public_id=welcome_mail["Metadata"]["delivery_id"])
    clicked_at = (timezone.now() - timedelta(days=2)).astimezone(timezone.UTC)
    click = event("Click", sent, Recipient="anna.becker@example.de")
    click["ReceivedAt"] = clicked_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert post(client, click, **auth()).status_code == 200  # Postmark's click webhook
    order = {
        "id": 820982911946154508,
        "email": "anna.becker@example.de",
        "created_at": timezone.now().isoformat(),
        "currency": "EUR",
        "total_price": "49.90",
        "customer": {"id": 115310627314723954, "email": "anna.becker@example.de"},
        "line_items": [
            {"variant_id": 1, "sku": "NV-HL400-BLK", "title": "Headlamp", "quantity": 1}
        ],
    }
    body = json.dumps(order).encode()
    signature = base64.b64encode(hmac.new(b"shpss", body, hashlib.sha256).digest()).decode()
    response = client.post(
        "/webhooks/shopify/orders-create",
        data=body,
        content_type="application/json",
        HTTP_X_SHOPIFY_HMAC_SHA256=signature,
        HTTP_X_SHOPIFY_TOPIC="orders/create",
        HTTP_X_SHOPIFY_WEBHOOK_ID="b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
    )
    assert response.status_code == 200
    assert OrderAttribution.objects.get().delivery == sent
    assert Enrolment.objects.get(sequence=welcome).exit_reason == "purchased"

    # A later commercial mail would have been stopped anyway; she now unsubscribes from the
    # one-click header of the mail she got.
    header = {h["Name"]: h["Value"] for h in welcome_mail["Headers"]}["List-Unsubscribe"]
    path = re.sub(r"^<https?://[^/]+", "", header).rstrip(">")
    response = client.post(
        path, data="List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not identity_is_marketable(identity_id=identity.pk)
    assert fake_klaviyo.emails_in("subscription-bulk-delete") == ["anna.becker@example.de"]
    due_now()
    assert outbox.deliveries_dispatch().sent == 0
