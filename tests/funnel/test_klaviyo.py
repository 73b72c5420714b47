"""Klaviyo sync with the real klaviyo-api SDK against a fake Klaviyo on 127.0.0.1."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from customers.models import ConsentRecord, Suppression
from customers.services import suppression_add
from funnel import klaviyo
from funnel.models import KlaviyoSync

from ..customers.factories import AmazonIdentityFactory, IdentityFactory, consent
from .conftest import marketable, register

pytestmark = pytest.mark.django_db(transaction=True)

SUBSCRIBE = "profile-subscription-bulk-create-jobs"
UNSUBSCRIBE = "profile-subscription-bulk-delete-jobs"
EVENTS = "event-bulk-create-jobs"


def paths(fake):
    return [request["path"] for request in fake.requests]


def test_a_confirmed_opt_in_subscribes_with_consent_and_sends_one_registered_product_event(
    fake_klaviyo, immediate_tasks, product
):
    identity = IdentityFactory(customer__email="ada@example.org")
    registration = register(identity, product, locale="de", purchase_channel="amazon")
    consent(identity, ConsentRecord.Action.GRANTED)
    assert fake_klaviyo.requests == []  # nothing leaves before the confirmation

    consent(identity, ConsentRecord.Action.CONFIRMED)

    assert sorted(paths(fake_klaviyo)) == [f"/api/{EVENTS}", f"/api/{SUBSCRIBE}"]
    subscribe = next(r for r in fake_klaviyo.requests if SUBSCRIBE in r["path"])
    assert subscribe["auth"] == "Klaviyo-API-Key pk_test"
    assert subscribe["revision"]
    data = subscribe["json"]["data"]
    assert data["relationships"]["list"]["data"]["id"] == "LIST123"
    profile = data["attributes"]["profiles"]["data"][0]["attributes"]
    assert profile["email"] == "ada@example.org"
    assert profile["subscriptions"]["email"]["marketing"]["consent"] == "SUBSCRIBED"
    assert profile["subscriptions"]["email"]["marketing"]["consented_at"]
    event = next(r for r in fake_klaviyo.requests if EVENTS in r["path"])["json"]
    entry = event["data"]["attributes"]["events-bulk-create"]["data"][0]["attributes"]
    one = entry["events"]["data"][0]["attributes"]
    assert entry["profile"]["data"]["attributes"]["email"] == "ada@example.org"
    assert one["metric"]["data"]["attributes"]["name"] == "Registered Product"
    assert one["unique_id"] == f"registration-{registration.public_id}"
    assert one["properties"] == {
        "product": "Trail Headlamp 400",
        "sku": "NV-HL400-BLK",
        "locale": "de",
        "purchase_channel": "amazon",
        "warranty_ends_on": registration.warranty_ends_on.isoformat(),
    }


def test_withdrawal_unsubscribes_the_profile(fake_klaviyo, immediate_tasks):
    identity = marketable("ada@example.org")
    consent(identity, ConsentRecord.Action.WITHDRAWN)
    assert paths(fake_klaviyo) == [f"/api/{SUBSCRIBE}", f"/api/{UNSUBSCRIBE}"]
    assert fake_klaviyo.emails_in(UNSUBSCRIBE) == ["ada@example.org"]
    assert KlaviyoSync.objects.get(kind="unsubscribe").email == ""  # not kept once sent


def test_a_suppression_unsubscribes_the_profile(fake_klaviyo, immediate_tasks):
    identity = marketable("ada@example.org")
    suppression_add(email=identity.email, reason=Suppression.Reason.COMPLAINT)
    assert fake_klaviyo.emails_in(UNSUBSCRIBE) == ["ada@example.org"]


def test_nobody_klaviyo_never_knew_is_sent_to_it_to_unsubscribe(fake_klaviyo, immediate_tasks):
    identity = IdentityFactory()
    consent(identity, ConsentRecord.Action.GRANTED)
    consent(identity, ConsentRecord.Action.WITHDRAWN)
    suppression_add(email=identity.email, reason=Suppression.Reason.BOUNCE)
    assert fake_klaviyo.requests == []


def test_rate_limit_is_retried_by_the_sdk(fake_klaviyo, immediate_tasks):
    fake_klaviyo.fail_next, fake_klaviyo.fail_status = 1, 429
    marketable("ada@example.org")
    assert [r["status"] for r in fake_klaviyo.requests] == [429, 202]
    assert KlaviyoSync.objects.get().status == KlaviyoSync.Status.DONE


def test_a_server_error_is_retried_later_by_the_outbox(fake_klaviyo, immediate_tasks):
    fake_klaviyo.fail_next, fake_klaviyo.fail_status = 1, 500
    marketable("ada@example.org")
    row = KlaviyoSync.objects.get()
    assert row.status == KlaviyoSync.Status.PENDING and row.due_at > timezone.now()
    assert "500" in row.last_error
    KlaviyoSync.objects.update(due_at=timezone.now())
    assert klaviyo.klaviyo_flush().done == 1
    assert [r["status"] for r in fake_klaviyo.requests] == [500, 202]


def test_every_call_has_a_timeout(fake_klaviyo, immediate_tasks, settings):
    settings.KLAVIYO_TIMEOUT_SECONDS = 0.3
    fake_klaviyo.delay = 120  # a provider that hangs (answered at once when the test ends)
    started = timezone.now()
    marketable("ada@example.org")
    assert (timezone.now() - started).total_seconds() < 60  # gave up long before the answer
    assert KlaviyoSync.objects.get().status == KlaviyoSync.Status.PENDING


def test_nothing_is_queued_when_klaviyo_is_not_configured(settings, immediate_tasks):
    settings.KLAVIYO_API_KEY = ""
    marketable()
    assert not KlaviyoSync.objects.exists()


def test_backfill_syncs_only_marketable_contacts_in_batches_and_only_once(fake_klaviyo, product):
    wanted = {marketable(f"m{n}@example.org").email for n in range(130)}
    pending = IdentityFactory()
    consent(pending, ConsentRecord.Action.GRANTED)
    withdrawn = marketable("gone@example.org")
    consent(withdrawn, ConsentRecord.Action.WITHDRAWN)
    suppressed = marketable("bounced@example.org")
    Suppression.objects.create(email=suppressed.email, reason=Suppression.Reason.BOUNCE)
    AmazonIdentityFactory()
    register(IdentityFactory._meta.model.objects.get(email="m1@example.org"), product)
    fake_klaviyo.requests.clear()  # the live opt-ins above were queued but not flushed
    KlaviyoSync.objects.all().delete()

    call_command("klaviyo_backfill")

    subscribes = [r for r in fake_klaviyo.requests if SUBSCRIBE in r["path"]]
    assert len(subscribes) == 2  # 100 + 30 profiles per job
    assert set(fake_klaviyo.emails_in(SUBSCRIBE)) == wanted
    assert all(r["json"]["data"]["attributes"]["historical_import"] for r in subscribes)
    assert fake_klaviyo.emails_in(EVENTS) == ["m1@example.org"]

    fake_klaviyo.requests.clear()
    call_command("klaviyo_backfill")
    assert fake_klaviyo.requests == []


def test_an_erasure_asks_klaviyo_to_delete_the_profile_and_forgets_the_address(
    fake_klaviyo, immediate_tasks
):
    from customers.services import customer_erase
    from funnel.models import KlaviyoProfile

    identity = marketable("ada@example.org")
    stranger = IdentityFactory(customer__email="never-synced@example.org")
    customer_erase(customer=identity.customer, actor="dpo")
    customer_erase(customer=stranger.customer, actor="dpo")

    deletions = [r for r in fake_klaviyo.requests if "data-privacy-deletion-jobs" in r["path"]]
    assert [r["json"]["data"]["attributes"]["profile"]["data"]["attributes"]["email"]
            for r in deletions] == ["ada@example.org"]  # fmt: skip
    assert not KlaviyoProfile.objects.exists()
    assert not KlaviyoSync.objects.exclude(email="").exists()  # no address kept
