"""What the customer reads about their registration: a short reference instead of the UUID, and
a used confirmation link that says it is already confirmed rather than failing."""

import io
import re

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from pypdf import PdfReader

from registration import links, services
from registration.models import Registration

from .conftest import form_token, valid_post

pytestmark = pytest.mark.django_db

#: Crockford base-32 (no I, L, O, U), two groups of four.
READABLE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


@pytest.fixture
def de(pages, consent_texts):
    return pages["de"]


def register(client, page, sku, **extra):
    return client.post(
        f"{page.url}register/",
        {**valid_post(sku), "token": form_token(**extra.pop("token", {})), **extra},
        REMOTE_ADDR="198.51.100.23",
    )


def test_the_customer_reads_a_short_reference_everywhere_and_never_the_uuid(
    client, de, sku, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, de, sku)
    registration = Registration.objects.get()
    shown, internal = registration.reference_display, str(registration.public_id)
    assert READABLE.match(shown), shown
    assert shown.replace("-", "") == registration.reference

    done = client.get(response["Location"]).content.decode()
    message = mail.outbox[0]
    html = message.alternatives[0][0]
    name, pdf, _kind = message.attachments[0]
    certificate = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    own_data = client.get(links.data_path(registration.customer)).content.decode()
    for where, text in {
        "thank-you page": done,
        "mail text": message.body,
        "mail HTML": html,
        "certificate": certificate,
        "own-data page": own_data,
    }.items():
        assert shown in text, where
        # The UUID stays internal: only links carry it, no text a person reads shows it.
        readable = re.sub(r'https?://\S+|href="[^"]*"|/support/claim/\S+', "", text)
        assert internal not in readable, where
    assert name == f"warranty-{registration.reference}.pdf"


def test_references_are_unique_and_a_clash_draws_again(sku, monkeypatch):
    from registration.models import new_registration_reference

    first = services._fresh_reference()
    Registration.objects.filter(pk=None).update()  # nothing stored yet
    taken = _registration(sku, reference=first)
    drawn = iter([taken.reference, "ZZZZ9999"])
    monkeypatch.setattr(services, "new_registration_reference", lambda: next(drawn))
    assert services._fresh_reference() == "ZZZZ9999"
    with pytest.raises(IntegrityError), transaction.atomic():
        _registration(sku, reference=taken.reference)
    assert len(new_registration_reference()) == 8


def _registration(sku, *, reference):
    from datetime import date

    from customers.models import Customer

    customer = Customer.objects.create(email=f"{reference.lower()}@example.org")
    identity = customer.identities.create(channel="site", external_id=customer.email)
    return Registration.objects.create(
        reference=reference, customer=customer, identity=identity, product=sku.product, sku=sku,
        purchase_channel="other", purchase_date=date(2026, 1, 1),
        warranty_starts_on=date(2026, 1, 1), warranty_ends_on=date(2028, 1, 1),
    )  # fmt: skip


def test_a_used_confirmation_link_says_already_confirmed_not_an_error(
    client, de, sku, consent_texts, settings, immediate_tasks, django_capture_on_commit_callbacks
):
    marketing = consent_texts[("marketing_email", "de")]
    with django_capture_on_commit_callbacks(execute=True):
        register(client, de, sku, marketing="on", token={"marketing": marketing})
    path = "/confirm/" + mail.outbox[0].body.split("/confirm/")[1].split()[0]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(path)

    opened_again = client.get(path)
    page = opened_again.content.decode()
    assert opened_again.status_code == 200
    assert "Ihre Adresse ist bereits bestätigt" in page
    assert "Ja, bestätigen" not in page  # no button to press again

    settings.REGISTRATION_CONFIRM_LINK_DAYS = -1  # an old mail opened much later
    expired = client.get(path).content.decode()
    assert "Ihre Adresse ist bereits bestätigt" in expired
    assert "abgelaufen" not in expired
