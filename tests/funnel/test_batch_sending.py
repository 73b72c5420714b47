"""Batch sending where the provider fills in per-recipient values itself: django-anymail's
Mailgun backend with merge_data / merge_metadata / merge_headers, against a fake Mailgun that
substitutes like Mailgun does. Each recipient must get exactly what one-by-one sending gives."""

import time

import pytest
from django.core import signing
from django.utils import timezone

from funnel import outbox
from funnel.models import Delivery, Enrolment
from funnel.services import enrolment_start

from .conftest import make_sequence, marketable, message
from .fakes import FakeMailgun, FakePostmark

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def mailgun(settings):
    server = FakeMailgun().start()
    settings.MAILERS = {"default": {"BACKEND": "anymail.backends.mailgun.EmailBackend"}}
    settings.ANYMAIL = {
        "MAILGUN_API_KEY": "key-test",
        "MAILGUN_SENDER_DOMAIN": "mg.brand.example",
        "MAILGUN_API_URL": server.url + "/v3",
    }
    settings.FUNNEL_MAILER = "default"
    yield server
    server.stop()


def enrol_people(brand, count):
    body = [
        message(
            "en",
            'News for {{ first_name|default:"you" }}',
            'Hi {{ first_name|default:"there" }} {{ last_name }}, about your gear.',
        ),
        message("de", "Neuigkeiten", 'Hallo {{ first_name|default:"du" }}!'),
    ]
    sequence = make_sequence(brand, steps=1, bodies=[body])
    names = [("Ada", "O'Neil", "en"), ("", "<b>Bold</b>", "en"), ("Jonas", "", "de")]
    for n in range(count):
        first, last, locale = names[n % len(names)]
        identity = marketable(f"p{n}@example.org", first_name=first, last_name=last, locale=locale)
        enrolment_start(sequence=sequence, identity=identity, registration=None, trigger_key="c")
    Delivery.objects.update(due_at=timezone.now())


def test_one_call_per_step_and_language_and_each_recipient_gets_their_own_mail(
    mailgun, brand, settings
):
    settings.DEFAULT_FROM_EMAIL = "Nordvik <news@brand.example>"
    enrol_people(brand, 9)

    stats = outbox.deliveries_dispatch()

    assert stats.sent == 9
    assert len(mailgun.calls) == 2  # English and German, each one call
    assert sorted(m["to"].split("<")[-1].rstrip(">") for m in mailgun.messages) == sorted(
        f"p{n}@example.org" for n in range(9)
    )
    by_address = {m["to"].split("<")[-1].rstrip(">"): m for m in mailgun.messages}
    ada = by_address["p0@example.org"]
    assert ada["subject"] == "News for Ada"
    assert "Hi Ada O&#x27;Neil, about your gear." in ada["html"]
    assert "Hi Ada O'Neil, about your gear." in ada["text"]
    nameless = by_address["p1@example.org"]
    assert nameless["subject"] == "News for you"
    assert "Hi there &lt;b&gt;Bold&lt;/b&gt;" in nameless["html"]
    assert by_address["p2@example.org"]["subject"] == "Neuigkeiten"
    for address, sent in by_address.items():
        delivery = Delivery.objects.get(identity__email=address)
        assert sent["variables"]["delivery_id"] == str(delivery.public_id)
        assert sent["headers"]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "/email/unsubscribe/" in sent["headers"]["List-Unsubscribe"]
        assert sent["headers"]["List-Unsubscribe"].strip("<>") in sent["text"]
        assert delivery.status == Delivery.Status.SENT and delivery.provider_message_id
        # Each recipient's own Message-ID, on the sender's domain (not the host's).
        assert sent["headers"]["Message-Id"] == f"<{delivery.public_id}@brand.example>"


def test_batched_mail_is_identical_to_one_by_one_mail(mailgun, brand, settings, monkeypatch):
    # Signed links carry the second they were made: both renderings must sign in the same one,
    # however long a busy machine takes between them.
    now = signing.b62_encode(int(time.time()))
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", lambda self: now)
    enrol_people(brand, 3)
    outbox.deliveries_dispatch()
    batched = {m["to"]: (m["subject"], m["text"], m["html"]) for m in mailgun.messages}

    # The same deliveries rendered one by one (Postmark has no inline merge: one call each).
    postmark = FakePostmark().start()
    try:
        settings.MAILERS = {"default": {"BACKEND": "anymail.backends.postmark.EmailBackend"}}
        settings.ANYMAIL = {
            "POSTMARK_SERVER_TOKEN": FakePostmark.token,
            "POSTMARK_API_URL": postmark.url + "/",
        }
        Delivery.objects.update(status="scheduled", due_at=timezone.now(), claim_token=None)
        Enrolment.objects.update(status="active", ended_at=None)
        outbox.deliveries_dispatch()
        single = {m["To"]: (m["Subject"], m["TextBody"], m["HtmlBody"]) for m in postmark.messages}
    finally:
        postmark.stop()
    assert batched == single


def test_a_failed_batch_call_retries_every_recipient_in_it(mailgun, brand):
    enrol_people(brand, 4)
    mailgun.fail_next, mailgun.fail_status = 1, 503
    stats = outbox.deliveries_dispatch()
    assert stats.sent + stats.retried == 4 and stats.retried >= 1
    Delivery.objects.filter(status="scheduled").update(due_at=timezone.now())
    outbox.deliveries_dispatch()
    counts = {}
    for sent in mailgun.messages:
        counts[sent["variables"]["delivery_id"]] = (
            counts.get(sent["variables"]["delivery_id"], 0) + 1
        )
    assert sorted(counts.values()) == [1, 1, 1, 1]


def test_batching_can_be_turned_off(mailgun, brand, settings):
    settings.FUNNEL_BATCH_MERGE_FORMAT = "off"
    enrol_people(brand, 3)
    outbox.deliveries_dispatch()
    assert len(mailgun.calls) == 3
