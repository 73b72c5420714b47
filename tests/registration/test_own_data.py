"""The customer's own data page: registrations, download, withdrawal, erasure; and the consent
evidence PDF for the legal team."""

import io
import json

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from pypdf import PdfReader

from customers.models import ConsentRecord, Customer
from customers.selectors import customer_consent_state
from registration import tokens
from registration.models import Registration

from .conftest import MARKETING_DE, form_token, valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def registered(
    client, pages, consent_texts, sku, immediate_tasks, django_capture_on_commit_callbacks
):
    marketing = consent_texts[("marketing_email", "de")]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{pages['de'].url}register/",
            {**valid_post(sku), "marketing": "on", "token": form_token(marketing=marketing)},
        )
    registration = Registration.objects.get()
    path = "/my/" + mail.outbox[0].body.split("/my/")[1].split()[0]
    return registration, path


def test_the_mail_link_opens_the_customers_own_data_page(client, registered):
    registration, path = registered
    body = client.get(path).content.decode()
    assert "Ihre registrierten Produkte" in body
    assert str(registration.public_id) in body
    assert f"/support/claim/{registration.public_id}/" in body
    assert "wartet auf Ihre Bestätigung" in body


def test_the_download_holds_everything_about_the_customer(client, registered):
    _registration, path = registered
    response = client.get(f"{path}data.json")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["customer"]["email"] == "anna@example.de"
    assert data["registrations"][0]["serial"] == "HL4-000001"
    assert data["consent_ledger"][0]["wording"] == MARKETING_DE


def test_withdrawing_writes_a_ledger_row(client, registered):
    registration, path = registered
    response = client.post(path, {"action": "withdraw"})
    assert "keine Werbe-E-Mails" in response.content.decode()
    customer = registration.customer
    assert customer_consent_state(customer=customer, purpose="marketing_email") == "withdrawn"
    assert ConsentRecord.objects.latest("id").source == "preferences"


def test_erasure_needs_the_box_ticked(client, registered):
    _registration, path = registered
    client.post(path, {"action": "erase"})
    assert Customer.objects.get().erased_at is None


def test_erasure_anonymises_registrations_keeps_the_warranty_and_leaves_a_tombstone(
    client, registered
):
    registration, path = registered
    response = client.post(path, {"action": "erase", "sure": "yes"})
    assert "Ihre Daten wurden gelöscht" in response.content.decode()
    registration.refresh_from_db()
    assert registration.anonymised_at is not None
    assert registration.amazon_order_id == "" and registration.retailer == ""
    assert registration.serial == "HL4-000001"
    assert registration.warranty_ends_on.year == 2029
    customer = Customer.objects.get()
    assert customer.email == "" and customer.erased_at
    assert ConsentRecord.objects.filter(action="erased").exists()
    assert client.get(path).status_code == 400  # the link leads nowhere now


def test_an_expired_or_forged_link_offers_to_send_a_new_one(client, registered, settings):
    _registration, path = registered
    settings.REGISTRATION_DATA_LINK_DAYS = -1
    assert "abgelaufen" in client.get(path, headers={"accept-language": "de"}).content.decode()
    assert client.get("/my/forged/").status_code == 400


def test_asking_for_a_new_link_does_not_reveal_who_registered(
    client, registered, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post("/my/", {"email": "anna@example.de"}, headers={"accept-language": "de"})
        unknown = client.post(
            "/my/", {"email": "nobody@example.org"}, headers={"accept-language": "de"}
        )
    assert known.content == unknown.content
    assert [m.to for m in mail.outbox[1:]] == [["anna@example.de"]]
    assert "/my/" in mail.outbox[1].body


def test_the_consent_evidence_pdf_lists_every_row_with_the_exact_wording(client, registered):
    registration, _path = registered
    user = User.objects.create_user("legal", password="x-long-password-1")
    user.groups.add(Group.objects.get(name="Compliance reviewers"))
    client.force_login(user)
    response = client.get(f"/admin/registration/evidence/{registration.customer_id}.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Consent evidence" in text and "anna@example.de" in text
    assert "Nordvik darf mir Neuigkeiten" in " ".join(text.split())
    assert registration.customer.consents.get().ip_hash in text.replace("\n", "")


def test_the_evidence_pdf_is_refused_without_permission(client, registered):
    registration, _path = registered
    user = User.objects.create_user("intern", password="x-long-password-1")
    user.groups.add(Group.objects.get(name="Brand managers"))
    client.force_login(user)
    response = client.get(f"/admin/registration/evidence/{registration.customer_id}.pdf")
    assert response.status_code in (302, 403)


def test_tokens_are_bound_to_their_purpose():
    data = tokens.data_token(customer_public_id="abc")
    assert tokens.read_confirm_token(data) is None
