"""Klaviyo sync with the real klaviyo-api SDK against a fake Klaviyo on 127.0.0.1."""

from datetime import datetime

import pytest
from django.contrib.auth.models import Group, User
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


def test_a_confirmed_opt_in_subscribes_live_and_sends_one_registered_product_event(
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
    # A live sign-up: Klaviyo stamps the consent itself; consented_at is for historical
    # imports only and Klaviyo answers 400 to it without historical_import.
    assert profile["subscriptions"]["email"]["marketing"] == {"consent": "SUBSCRIBED"}
    assert not data["attributes"].get("historical_import")
    assert [r["status"] for r in fake_klaviyo.requests] == [202, 202]
    assert set(KlaviyoSync.objects.values_list("status", flat=True)) == {"done"}
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
    assert [r["status"] for r in subscribes] == [202, 202]
    assert set(fake_klaviyo.emails_in(SUBSCRIBE)) == wanted
    assert all(r["json"]["data"]["attributes"]["historical_import"] for r in subscribes)
    # Each past consent carries the time the customer confirmed it, from the ledger.
    confirmed_at = dict(
        ConsentRecord.objects.filter(action=ConsentRecord.Action.CONFIRMED).values_list(
            "identity__email", "created_at"
        )
    )
    for request in subscribes:
        for profile in request["json"]["data"]["attributes"]["profiles"]["data"]:
            marketing = profile["attributes"]["subscriptions"]["email"]["marketing"]
            sent = datetime.fromisoformat(marketing["consented_at"])
            assert sent == confirmed_at[profile["attributes"]["email"]]
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


def test_klaviyo_refuses_consented_at_on_a_live_subscription(fake_klaviyo):
    """The fake answers as Klaviyo does, so the test above would see the 400 the old
    payload got."""
    from klaviyo_api import KlaviyoAPI

    api = KlaviyoAPI("pk_test", max_retries=0, test_host=fake_klaviyo.url)
    profile = klaviyo.subscribe_profile("ada@example.org", timezone.now())
    with pytest.raises(Exception) as refused:
        api.Profiles.bulk_subscribe_profiles(
            klaviyo.subscribe_payload([profile], historical=False), _request_timeout=5
        )
    assert refused.value.status == 400
    assert "historical_import" in klaviyo.describe(refused.value)


def marketer(client):
    from config.roles import MARKETERS

    user = User.objects.create_user("marketer", "marketer@brand.example", "x-Long-passw0rd")
    user.groups.add(Group.objects.get(name=MARKETERS))
    client.force_login(user)
    return user


def test_a_failed_sync_is_listed_with_klaviyos_answer_and_can_be_tried_again(
    client, fake_klaviyo, immediate_tasks
):
    fake_klaviyo.fail_next, fake_klaviyo.fail_status = 1, 400
    fake_klaviyo.fail_detail = "The list LIST123 does not accept API subscriptions."
    marketable("ada@example.org")
    row = KlaviyoSync.objects.get()
    assert row.status == KlaviyoSync.Status.FAILED  # a 4xx is not retried by itself
    marketer(client)

    dashboard = client.get("/admin/")
    assert "1 sync to Klaviyo failed" in dashboard.text
    page = client.get("/admin/funnel/klaviyo/")
    assert page.status_code == 200
    assert "ada@example.org" in page.text
    assert "Klaviyo answered 400: invalid: The list LIST123 does not accept API" in page.text

    response = client.post("/admin/funnel/klaviyo/", {"sync": row.pk})
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.status == KlaviyoSync.Status.DONE and row.last_error == ""
    assert [r["status"] for r in fake_klaviyo.requests] == [400, 202]
    assert "No failed syncs." in client.get("/admin/funnel/klaviyo/").text


def test_all_failed_syncs_can_be_tried_again_at_once_and_a_bad_choice_changes_nothing(
    client, fake_klaviyo
):
    fake_klaviyo.fail_until = float("inf")
    fake_klaviyo.fail_status = 400
    for n in range(3):
        marketable(f"m{n}@example.org")
    klaviyo.klaviyo_flush()
    assert KlaviyoSync.objects.filter(status="failed").count() == 3
    marketer(client)
    assert client.post("/admin/funnel/klaviyo/", {"sync": "x"}).status_code == 302
    assert KlaviyoSync.objects.filter(status="failed").count() == 3

    fake_klaviyo.fail_until = 0
    client.post("/admin/funnel/klaviyo/")
    assert klaviyo.klaviyo_flush().done == 3


def test_the_sync_page_is_for_those_allowed_to_see_it(client, fake_klaviyo):
    from config.roles import SUPPORT_OWNED

    user = User.objects.create_user("care", password="x-Long-passw0rd")
    user.groups.add(Group.objects.get(name=SUPPORT_OWNED))
    client.force_login(user)
    assert client.get("/admin/funnel/klaviyo/").status_code in (302, 403)
    assert client.post("/admin/funnel/klaviyo/").status_code in (302, 403)
