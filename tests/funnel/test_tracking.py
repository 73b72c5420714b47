"""Provider events through django-anymail's Postmark tracking webhook (payloads in Postmark's
documented shapes): authenticated, replay-safe, and a hard bounce or complaint suppresses."""

import base64
import json

import pytest
from django.utils import timezone

from customers.models import ConsentRecord, Suppression
from customers.selectors import identity_is_marketable
from funnel.models import Delivery, Enrolment, TrackingEvent
from funnel.services import enrolment_start

from .conftest import make_sequence, marketable

pytestmark = pytest.mark.django_db

URL = "/anymail/postmark/tracking/"


@pytest.fixture
def webhook_settings(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": "hooks:s3cret"}
    settings.MAIL_TRACKING_PROVIDERS = ["postmark"]


def auth(secret="hooks:s3cret"):
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(secret.encode()).decode()}


@pytest.fixture
def sent(brand):
    """A sent first step with a second one scheduled."""
    identity = marketable("ada@example.org")
    enrolment_start(
        sequence=make_sequence(brand, steps=2),
        identity=identity,
        registration=None,
        trigger_key="c",
    )
    delivery = Delivery.objects.get()
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.SENT, sent_at=timezone.now(), provider_message_id="pm-1"
    )
    Delivery.objects.create(
        enrolment=delivery.enrolment,
        step=delivery.enrolment.sequence.steps.order_by("sort_order").last(),
        customer_id=delivery.customer_id,
        identity_id=delivery.identity_id,
        mail_type=delivery.mail_type,
        due_at=timezone.now(),
    )
    delivery.refresh_from_db()
    return delivery


def post(client, payload, **headers):
    return client.post(URL, data=json.dumps(payload), content_type="application/json", **headers)


def event(kind, delivery, **extra):
    base = {
        "MessageID": delivery.provider_message_id,
        "Metadata": {"delivery_id": str(delivery.public_id)},
        "Recipient": "ada@example.org",
        "Tag": "funnel-commercial",
    }
    shapes = {
        "Delivery": {"RecordType": "Delivery", "DeliveredAt": "2026-05-01T10:00:00Z", "Details": "250 OK"},
        "Open": {"RecordType": "Open", "FirstOpen": True, "ReceivedAt": "2026-05-01T10:05:00Z", "UserAgent": "Mail"},
        "Click": {"RecordType": "Click", "OriginalLink": "https://shop.nordvik.example/", "ReceivedAt": "2026-05-01T10:06:00Z"},
        "Bounce": {"RecordType": "Bounce", "ID": 4323372036854775807, "Type": "HardBounce", "TypeCode": 1,
                   "Email": "ada@example.org", "BouncedAt": "2026-05-01T10:01:00Z", "Description": "The server was unable to deliver your message", "Details": "550 5.1.1 user unknown", "Inactive": True},
        "SoftBounce": {"RecordType": "Bounce", "ID": 4323372036854775808, "Type": "SoftBounce", "TypeCode": 4096,
                       "Email": "ada@example.org", "BouncedAt": "2026-05-01T10:01:00Z", "Description": "Mailbox full", "Inactive": False},
        "SpamComplaint": {"RecordType": "SpamComplaint", "ID": 42, "Type": "SpamComplaint", "TypeCode": 512,
                          "Email": "ada@example.org", "BouncedAt": "2026-05-01T10:09:00Z"},
        "SubscriptionChange": {"RecordType": "SubscriptionChange", "ChangedAt": "2026-05-01T10:10:00Z",
                               "Origin": "Recipient", "SuppressSending": True, "SuppressionReason": "ManualSuppression"},
    }  # fmt: skip
    return {**base, **shapes[kind], **extra}


def test_webhook_without_the_secret_changes_nothing(client, webhook_settings, sent):
    response = post(client, event("Bounce", sent))
    assert response.status_code in (400, 401, 403)
    wrong = post(client, event("Bounce", sent), **auth("hooks:guess"))
    assert wrong.status_code in (400, 401, 403)
    assert not Suppression.objects.exists() and not TrackingEvent.objects.exists()


def test_delivered_opened_clicked_update_the_delivery(client, webhook_settings, sent):
    for kind in ("Delivery", "Open", "Click"):
        assert post(client, event(kind, sent), **auth()).status_code == 200
    sent.refresh_from_db()
    assert sent.delivered_at and sent.opened_at and sent.clicked_at
    assert (sent.open_count, sent.click_count) == (1, 1)


def test_replayed_events_change_nothing_twice(client, webhook_settings, sent):
    for _ in range(3):
        post(client, event("Open", sent), **auth())
        post(client, event("Click", sent), **auth())
    sent.refresh_from_db()
    assert (sent.open_count, sent.click_count) == (1, 1)
    assert TrackingEvent.objects.count() == 2
    # A genuinely new open (another time) counts.
    post(client, event("Open", sent, ReceivedAt="2026-05-02T08:00:00Z"), **auth())
    sent.refresh_from_db()
    assert sent.open_count == 2


def test_hard_bounce_suppresses_and_ends_the_enrolment(client, webhook_settings, sent):
    post(client, event("Bounce", sent), **auth())
    post(client, event("Bounce", sent), **auth())  # replay
    suppression = Suppression.objects.get()
    assert suppression.reason == Suppression.Reason.BOUNCE
    assert "550 5.1.1" in suppression.detail or "unable to deliver" in suppression.detail
    assert Enrolment.objects.get().exit_reason == Enrolment.ExitReason.SUPPRESSED
    assert Delivery.objects.get(status=Delivery.Status.CANCELLED)  # the pending second step
    assert not identity_is_marketable(identity_id=sent.identity_id)


def test_soft_bounce_does_not_suppress(client, webhook_settings, sent):
    post(client, event("SoftBounce", sent), **auth())
    assert not Suppression.objects.exists()
    assert Enrolment.objects.get().status == Enrolment.Status.ACTIVE


def test_complaint_suppresses_as_a_complaint(client, webhook_settings, sent):
    post(client, event("SpamComplaint", sent), **auth())
    assert Suppression.objects.get().reason == Suppression.Reason.COMPLAINT
    sent.refresh_from_db()
    assert sent.complained_at is not None
    assert Enrolment.objects.get().status == Enrolment.Status.EXITED


def test_provider_unsubscribe_withdraws_consent_in_the_ledger(client, webhook_settings, sent):
    post(client, event("SubscriptionChange", sent), **auth())
    last = ConsentRecord.objects.order_by("-id").first()
    assert last.action == ConsentRecord.Action.WITHDRAWN
    assert last.source == ConsentRecord.Source.PROVIDER
    assert Enrolment.objects.get().exit_reason == Enrolment.ExitReason.WITHDREW


def test_events_for_someone_elses_mail_are_kept_but_touch_nothing(client, webhook_settings, sent):
    foreign = {**event("Open", sent), "Metadata": {"delivery_id": "not-a-uuid"}, "MessageID": "x"}
    assert post(client, foreign, **auth()).status_code == 200
    sent.refresh_from_db()
    assert sent.open_count == 0
