"""The registration form: what it saves in one transaction, what it refuses and how, in the
customer's language; the confirmation mail and the double opt-in."""

import io
import re
from datetime import date, timedelta

import pytest
from django.core import mail
from pypdf import PdfReader

from core.network import hash_network_address
from customers.models import ConsentRecord, Customer
from customers.selectors import customer_consent_state, marketable_identities
from registration import signals
from registration.models import Registration
from registration.services import add_months

from .conftest import MARKETING_DE, form_token, valid_post

pytestmark = pytest.mark.django_db


def register_url(page):
    return f"{page.url}register/"


def post(client, page, data, **headers):
    return client.post(register_url(page), data, REMOTE_ADDR="198.51.100.23", **headers)


@pytest.fixture
def de(pages, consent_texts):
    return pages["de"]


def test_the_form_shows_the_current_consent_wording_unticked(client, de, code):
    response = client.get(f"{register_url(de)}?code={code.code}")
    body = response.content.decode()
    assert response.status_code == 200
    assert MARKETING_DE in body
    assert 'name="marketing"' in body
    assert not re.search(r'name="marketing"[^>]*checked', body)
    assert f'value="{code.code}"' in body
    assert "Produkt registrieren" in body  # German chrome


def test_registering_without_marketing_saves_everything_but_consent(
    client, de, code, sku, immediate_tasks, django_capture_on_commit_callbacks
):
    sent = []
    signals.registration_created.connect(
        lambda sender, registration_id, **kw: sent.append(registration_id),
        weak=False,
        dispatch_uid="t",
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = post(
                client, de, {**valid_post(sku), "code": code.code, "token": form_token()}
            )
    finally:
        signals.registration_created.disconnect(dispatch_uid="t")
    assert response.status_code == 303
    registration = Registration.objects.get()
    assert sent == [registration.pk]
    assert registration.short_code == code
    assert registration.locale == "de"
    assert registration.serial == "HL4-000001"
    assert registration.warranty_starts_on == date(2026, 1, 31)
    assert registration.warranty_ends_on == date(2029, 1, 31)  # 24 + 12 months for registering
    assert registration.identity.channel == "site" and registration.identity.owned
    assert registration.customer.email == "anna@example.de"
    assert not ConsentRecord.objects.exists()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Ihre Garantieregistrierung für Trail Headlamp 400"
    assert "/confirm/" not in message.body
    assert "/my/" in message.body
    (_name, pdf, kind) = message.attachments[0]
    assert kind == "application/pdf"
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Garantiezertifikat" in text and "HL4-000001" in text
    follow = client.get(response["Location"])
    assert "Ihr Produkt ist registriert" in follow.content.decode()
    assert "a•••@example.de" in follow.content.decode()


def test_marketing_consent_is_granted_then_confirmed_by_the_link(
    client, de, code, sku, consent_texts, immediate_tasks, django_capture_on_commit_callbacks
):
    marketing = consent_texts[("marketing_email", "de")]
    data = {
        **valid_post(sku),
        "code": code.code,
        "marketing": "on",
        "token": form_token(marketing=marketing),
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, de, data).status_code == 303
    grant = ConsentRecord.objects.get()
    assert (grant.action, grant.purpose, grant.source) == (
        "granted",
        "marketing_email",
        "registration_form",
    )
    assert grant.text == MARKETING_DE and grant.text_version == marketing.version_label
    assert grant.short_code == code.code and grant.locale == "de"
    assert grant.ip_hash == hash_network_address("198.51.100.23")
    assert not marketable_identities().exists()

    body = mail.outbox[0].body
    link = re.search(r"http\S+/confirm/\S+/", body).group(0)
    path = link.split("localhost:8000")[-1]
    page = client.get(path)
    assert "Ja, bestätigen" in page.content.decode()
    assert ConsentRecord.objects.count() == 1  # opening the link confirms nothing by itself
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(path, REMOTE_ADDR="192.0.2.99")
    assert "Adresse ist bestätigt" in done.content.decode()
    confirmation = ConsentRecord.objects.latest("id")
    assert confirmation.action == "confirmed" and confirmation.source == "double_opt_in"
    assert confirmation.text == MARKETING_DE
    assert confirmation.ip_hash == hash_network_address("192.0.2.99")
    assert list(marketable_identities().values_list("email", flat=True)) == ["anna@example.de"]

    again = client.post(path)
    assert "bereits bestätigt" in again.content.decode()
    assert ConsentRecord.objects.count() == 2


def test_the_wording_shown_is_recorded_even_if_a_new_version_appears_meanwhile(
    client, de, sku, consent_texts
):
    shown = consent_texts[("marketing_email", "de")]
    token = form_token(marketing=shown)
    from registration.models import ConsentText

    ConsentText.objects.create(purpose="marketing_email", locale="de", text="Neue Fassung.")
    post(client, de, {**valid_post(sku), "marketing": "on", "token": token})
    assert ConsentRecord.objects.get().text == MARKETING_DE


def test_safety_notices_are_a_separate_purpose_that_never_makes_marketable(
    client, de, sku, consent_texts
):
    safety = consent_texts[("safety_notices", "de")]
    post(client, de, {**valid_post(sku), "safety": "on", "token": form_token(safety=safety)})
    grant = ConsentRecord.objects.get()
    assert grant.purpose == "safety_notices"
    customer = Customer.objects.get()
    assert customer_consent_state(customer=customer, purpose="marketing_email") is None


def test_an_expired_confirmation_link_offers_a_new_one(
    client, de, sku, consent_texts, settings, immediate_tasks, django_capture_on_commit_callbacks
):
    marketing = consent_texts[("marketing_email", "de")]
    with django_capture_on_commit_callbacks(execute=True):
        post(
            client,
            de,
            {**valid_post(sku), "marketing": "on", "token": form_token(marketing=marketing)},
        )
    path = "/confirm/" + mail.outbox[0].body.split("/confirm/")[1].split()[0]
    settings.REGISTRATION_CONFIRM_LINK_DAYS = -1
    page = client.get(path)
    assert "abgelaufen" in page.content.decode()
    assert client.post(path).status_code == 200  # no action: still the expired page
    with django_capture_on_commit_callbacks(execute=True):
        resent = client.post(path, {"action": "resend"})
    assert "neuen Link geschickt" in resent.content.decode()
    assert len(mail.outbox) == 2
    assert "/confirm/" in mail.outbox[1].body
    settings.REGISTRATION_CONFIRM_LINK_DAYS = 7
    new_path = "/confirm/" + mail.outbox[1].body.split("/confirm/")[1].split()[0]
    client.post(new_path)
    assert ConsentRecord.objects.latest("id").action == "confirmed"


def test_a_forged_confirmation_link_confirms_nothing(client, de):
    response = client.post("/confirm/not-a-real-token/")
    assert response.status_code == 400
    assert not ConsentRecord.objects.exists()


@pytest.mark.parametrize(
    "override,field,message",
    [
        ({"amazon_order_id": "12345"}, "amazon_order_id", "17 Ziffern"),
        ({"amazon_order_id": ""}, "amazon_order_id", "Amazon-Bestellnummer"),
        ({"marketplace": ""}, "marketplace", "Amazon-Marktplatz"),
        (
            {"purchase_date": (date.today() + timedelta(days=3)).isoformat()},
            "purchase_date",
            "Zukunft",
        ),
        ({"serial": "XYZ"}, "serial", "HL4-204518"),
        ({"serial": ""}, "serial", "muss ausgefüllt werden"),
        ({"email": "abc123@marketplace.amazon.de"}, "email", "Weiterleitungsadresse"),
        # Not the relay pattern, but a domain the customer table refuses all the same.
        ({"email": "a@marketplace.amazon.example.com"}, "email", "Weiterleitungsadresse"),
        ({"email": "not-an-address"}, "email", "E-Mail-Adresse"),
        ({"purchase_channel": "other", "retailer": ""}, "retailer", "Namen des Geschäfts"),
        ({"first_name": "\u200b\u200b"}, "first_name", "Vornamen"),
    ],
)
def test_bad_input_gets_a_german_error_and_keeps_the_entries(
    client, de, sku, override, field, message
):
    response = post(client, de, {**valid_post(sku), **override, "token": form_token()})
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body, body[body.find("error-summary") : body.find("error-summary") + 600]
    assert 'value="Becker"' in body  # nothing typed is lost
    assert not Registration.objects.exists()


def test_order_numbers_are_accepted_as_people_paste_them(client, de, sku):
    response = post(
        client,
        de,
        {**valid_post(sku), "amazon_order_id": "302 1234567–1234567", "token": form_token()},
    )
    assert response.status_code == 303
    assert Registration.objects.get().amazon_order_id == "302-1234567-1234567"


def test_a_serial_can_be_registered_only_once(client, de, sku):
    assert post(client, de, {**valid_post(sku), "token": form_token()}).status_code == 303
    again = post(client, de, {**valid_post(sku, email="other@example.org"), "token": form_token()})
    assert "bereits registriert" in again.content.decode()
    assert Registration.objects.count() == 1


def test_a_serialized_code_prefills_the_serial(client, de, sku):
    from registration.services import shortcodes_issue

    (unit,) = shortcodes_issue(sku=sku, serials=["HL4-777777"])
    body = client.get(f"{register_url(de)}?code={unit.code}").content.decode()
    assert 'value="HL4-777777"' in body


def test_a_code_of_another_product_is_not_taken_as_provenance(client, de, sku, plain_product):
    from registration.services import shortcodes_issue

    (foreign,) = shortcodes_issue(sku=plain_product.skus.get())
    post(client, de, {**valid_post(sku), "code": foreign.code, "token": form_token()})
    assert Registration.objects.get().short_code is None


def test_warranty_end_clamps_to_the_end_of_the_month():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2025, 5, 15), 36) == date(2028, 5, 15)


def test_the_same_customer_is_matched_by_email(client, de, sku):
    post(client, de, {**valid_post(sku), "token": form_token()})
    post(
        client,
        de,
        {**valid_post(sku, serial="HL4-000002", email="ANNA@example.de "), "token": form_token()},
    )
    assert Customer.objects.count() == 1
    assert Registration.objects.count() == 2


def test_the_confirmation_names_the_sender_once_with_a_message_id_on_the_senders_domain(
    client, de, sku, brand, settings, immediate_tasks, django_capture_on_commit_callbacks
):
    settings.DEFAULT_FROM_EMAIL = "Nordvik <hallo@nordvik.example>"
    brand.legal_name = "Nordvik Outdoor GmbH"
    brand.postal_address = "Nordvik Outdoor GmbH\nHafenstraße 12\n20457 Hamburg"
    brand.save()
    with django_capture_on_commit_callbacks(execute=True):
        post(client, de, {**valid_post(sku), "token": form_token()})
    (message,) = mail.outbox
    assert message.body.count("Nordvik Outdoor GmbH") == 1
    assert "Nordvik Outdoor GmbH\nHafenstraße 12\n20457 Hamburg" in message.body
    (html, _kind) = message.alternatives[0]
    assert html.count("Nordvik Outdoor GmbH") == 1
    message_id = message.message()["Message-ID"]
    assert message_id.startswith("<") and message_id.endswith("@nordvik.example>")
