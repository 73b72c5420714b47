"""The outbox through django-anymail's Postmark backend against a fake Postmark on 127.0.0.1:
one delivery per (enrolment, step), the re-check before the provider call, retries, reaping."""

from datetime import time, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from catalog.models import Brand
from customers.models import ConsentRecord, Suppression
from customers.services import suppression_add
from funnel import outbox
from funnel.models import (
    ContactPreference,
    Delivery,
    DiscountCode,
    DiscountCodePool,
    Enrolment,
    MailType,
    Sequence,
)
from funnel.outbox.dispatch import Dispatcher
from funnel.outbox.record import FAILED, Outcome
from funnel.scheduling import fit_window, retry_delay
from funnel.services import discount_codes_add, enrolment_start, enrolments_start_for_consent

from ..customers.factories import consent
from .conftest import block, make_sequence, marketable, message, register

pytestmark = pytest.mark.django_db(transaction=True)


def due_now():
    Delivery.objects.filter(status=Delivery.Status.SCHEDULED).update(due_at=timezone.now())


def enrol(sequence, identity, registration=None):
    enrolment = enrolment_start(
        sequence=sequence, identity=identity, registration=registration, trigger_key="consent"
    )
    due_now()
    return enrolment


def test_due_delivery_is_sent_once_with_one_click_headers_and_metadata(fake_esp, brand):
    sequence = make_sequence(brand, steps=1)
    identity = marketable("ada@example.org", first_name="Ada")
    enrol(sequence, identity)

    stats = outbox.deliveries_dispatch()
    outbox.deliveries_dispatch()  # a second run finds nothing to send

    assert stats.sent == 1
    assert len(fake_esp.messages) == 1
    sent = fake_esp.messages[0]
    delivery = Delivery.objects.get()
    assert sent["To"] == "Ada Brown <ada@example.org>" or sent["To"].endswith("<ada@example.org>")
    assert sent["Subject"] == "Step 1 for Ada"
    headers = {h["Name"]: h["Value"] for h in sent["Headers"]}
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert headers["List-Unsubscribe"].startswith("<http://")
    assert "/email/unsubscribe/" in headers["List-Unsubscribe"]
    assert sent["Metadata"]["delivery_id"] == str(delivery.public_id)
    assert sent["Tag"] == "funnel-commercial"
    assert delivery.status == Delivery.Status.SENT
    assert delivery.provider_message_id == sent["MessageID"]
    assert delivery.subject == "Step 1 for Ada"


def test_commercial_mail_carries_postal_address_and_unsubscribe_link(fake_esp, brand):
    enrol(make_sequence(brand, steps=1), marketable())
    outbox.deliveries_dispatch()
    html, text = fake_esp.messages[0]["HtmlBody"], fake_esp.messages[0]["TextBody"]
    for body in (html, text):
        assert "Hafenstraße 12" in body
        assert "/email/unsubscribe/" in body
        assert "/email/preferences/" in body


def test_the_message_id_is_on_the_senders_domain_and_the_same_on_a_retry(fake_esp, brand, settings):
    settings.DEFAULT_FROM_EMAIL = "Nordvik <news@nordvik.example>"
    enrol(make_sequence(brand, steps=1), marketable())
    fake_esp.fail_next = 1  # the first try fails, the retry goes out
    outbox.deliveries_dispatch()
    Delivery.objects.update(due_at=timezone.now())
    outbox.deliveries_dispatch()
    delivery = Delivery.objects.get()
    (sent,) = fake_esp.messages
    headers = {h["Name"]: h["Value"] for h in sent["Headers"]}
    assert headers["Message-ID"] == f"<{delivery.public_id}@nordvik.example>"


def test_the_footer_names_the_sender_once(fake_esp, brand):
    enrol(make_sequence(brand, steps=1), marketable("ada@example.org"))
    brand.legal_name = ""  # the brand's own name stands in
    brand.postal_address = "Hafenstraße 12\n20457 Hamburg"
    brand.save()
    other = Brand.objects.create(
        name="Fjell", slug="fjell", legal_name="Fjell AS",
        postal_address="Fjell AS\nStorgata 1\n0155 Oslo",
    )  # fmt: skip
    enrol(make_sequence(other, name="Fjell", steps=1), marketable("bo@example.org"))
    outbox.deliveries_dispatch()
    by_address = {m["To"].split("<")[-1].rstrip(">"): m for m in fake_esp.messages}
    nordvik, fjell = by_address["ada@example.org"], by_address["bo@example.org"]
    assert nordvik["TextBody"].rstrip().endswith("Nordvik Outdoor\nHafenstraße 12\n20457 Hamburg")
    assert "Nordvik Outdoor<br>Hafenstraße 12<br>20457 Hamburg" in nordvik["HtmlBody"]
    for body in (fjell["TextBody"], fjell["HtmlBody"]):
        assert body.count("Fjell AS") == 1


def test_transactional_mail_has_no_list_unsubscribe_header(fake_esp, brand, product):
    sequence = make_sequence(
        brand,
        steps=1,
        trigger=Sequence.Trigger.REGISTRATION_CREATED,
        mail_type=MailType.TRANSACTIONAL,
    )
    identity = marketable()
    enrol(sequence, identity, register(identity, product))
    outbox.deliveries_dispatch()
    headers = {h["Name"] for h in fake_esp.messages[0].get("Headers", [])}
    assert "List-Unsubscribe" not in headers
    assert "Hafenstraße 12" in fake_esp.messages[0]["TextBody"]


def test_merge_fields_fall_back_and_are_escaped_in_html(fake_esp, brand):
    sequence = make_sequence(
        brand,
        steps=1,
        bodies=[
            [
                message(
                    "en",
                    'Hi {{ first_name|default:"friend" }}',
                    'Dear {{ first_name|default:"friend" }}, {{ last_name }}',
                )
            ]
        ],
    )
    enrol(sequence, marketable(first_name="", last_name="<b>O'Neil</b>"))
    outbox.deliveries_dispatch()
    sent = fake_esp.messages[0]
    assert sent["Subject"] == "Hi friend"
    assert "Dear friend, &lt;b&gt;O&#x27;Neil&lt;/b&gt;" in sent["HtmlBody"]
    assert "Dear friend, <b>O'Neil</b>" in sent["TextBody"]


def test_one_delivery_per_enrolment_and_step_is_a_database_rule(brand):
    sequence = make_sequence(brand, steps=1)
    enrolment = enrol(sequence, marketable())
    first = Delivery.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Delivery.objects.create(
            enrolment=enrolment,
            step=first.step,
            customer_id=first.customer_id,
            identity_id=first.identity_id,
            mail_type=first.mail_type,
            due_at=timezone.now(),
        )


def test_withdrawal_after_confirmation_stops_pending_sends(fake_esp, brand):
    sequence = make_sequence(brand, steps=2)
    identity = marketable()
    enrol(sequence, identity)
    consent(identity, ConsentRecord.Action.WITHDRAWN)  # consent_changed → receiver, on commit

    assert Delivery.objects.get().status == Delivery.Status.CANCELLED
    assert Enrolment.objects.get().exit_reason == Enrolment.ExitReason.WITHDREW
    outbox.deliveries_dispatch()
    assert fake_esp.messages == []


def test_withdrawal_seen_only_at_send_time_still_stops_the_send(fake_esp, brand):
    """The re-check right before the provider call, without help from the receivers."""
    from customers.signals import consent_changed
    from funnel import receivers

    sequence = make_sequence(brand, steps=1)
    identity = marketable()
    enrol(sequence, identity)
    consent_changed.disconnect(sender=ConsentRecord, dispatch_uid="funnel.consent_changed")
    try:
        consent(identity, ConsentRecord.Action.WITHDRAWN)
    finally:
        consent_changed.connect(
            receivers.on_consent_changed,
            sender=ConsentRecord,
            dispatch_uid="funnel.consent_changed",
        )
    assert Delivery.objects.get().status == Delivery.Status.SCHEDULED

    stats = outbox.deliveries_dispatch()

    assert stats.cancelled == 1 and fake_esp.messages == []
    assert Delivery.objects.get().status == Delivery.Status.CANCELLED
    assert Enrolment.objects.get().exit_reason == Enrolment.ExitReason.NOT_MARKETABLE


def test_suppressed_address_is_never_sent(fake_esp, brand):
    identity = marketable()
    enrol(make_sequence(brand, steps=1), identity)
    Suppression.objects.create(email=identity.email, reason=Suppression.Reason.BOUNCE)
    outbox.deliveries_dispatch()
    assert fake_esp.messages == []
    assert Delivery.objects.get().status == Delivery.Status.CANCELLED


def test_suppression_signal_ends_the_enrolment(brand):
    identity = marketable()
    enrol(make_sequence(brand, steps=1), identity)
    suppression_add(email=identity.email, reason=Suppression.Reason.COMPLAINT)
    assert Enrolment.objects.get().exit_reason == Enrolment.ExitReason.SUPPRESSED
    assert Delivery.objects.get().status == Delivery.Status.CANCELLED


def test_transient_error_retries_with_backoff_then_sends(fake_esp, brand, settings):
    settings.FUNNEL_RETRY_BASE_SECONDS = 60
    enrol(make_sequence(brand, steps=1), marketable())
    fake_esp.fail_next = 1  # one 500

    before = timezone.now()
    stats = outbox.deliveries_dispatch()
    delivery = Delivery.objects.get()
    assert stats.retried == 1 and delivery.status == Delivery.Status.SCHEDULED
    assert delivery.attempts == 1
    assert "500" in delivery.last_error
    # Equal jitter: between half and all of the 60 s base delay.
    assert (
        before + timedelta(seconds=29) <= delivery.due_at <= timezone.now() + timedelta(seconds=61)
    )
    assert outbox.deliveries_dispatch().sent == 0  # not due yet

    due_now()
    assert outbox.deliveries_dispatch().sent == 1
    assert len(fake_esp.messages) == 1
    assert Delivery.objects.get().attempts == 2


def test_backoff_grows_exponentially_and_is_capped(settings):
    settings.FUNNEL_RETRY_BASE_SECONDS = 10
    settings.FUNNEL_RETRY_MAX_SECONDS = 100
    assert 5 <= retry_delay(1).total_seconds() <= 10
    assert 20 <= retry_delay(3).total_seconds() <= 40
    assert 50 <= retry_delay(12).total_seconds() <= 100


def test_permanent_error_fails_the_delivery_without_retry(fake_esp, brand):
    enrol(make_sequence(brand, steps=2), marketable())
    fake_esp.fail_next, fake_esp.fail_status = 1, 422
    stats = outbox.deliveries_dispatch()
    delivery = Delivery.objects.get()
    assert stats.failed == 1 and delivery.status == Delivery.Status.FAILED
    assert Enrolment.objects.get().exit_reason == Enrolment.ExitReason.FAILED
    due_now()
    assert outbox.deliveries_dispatch().claimed == 0


def test_retries_give_up_after_the_last_attempt(fake_esp, brand, settings):
    settings.FUNNEL_MAX_ATTEMPTS = 3
    enrol(make_sequence(brand, steps=1), marketable())
    fake_esp.fail_next = 10
    for _ in range(3):
        due_now()
        outbox.deliveries_dispatch()
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.FAILED
    assert "Gave up after 3 attempts" in delivery.last_error


def test_next_step_is_scheduled_after_its_delay_and_in_its_window(fake_esp, brand):
    sequence = make_sequence(brand, steps=2, delays=[0, 2])
    second = sequence.steps.order_by("sort_order").last()
    second.window_start, second.window_end = time(9), time(17)
    second.save()
    identity = marketable(time_zone="Asia/Shanghai")
    enrol(sequence, identity)

    outbox.deliveries_dispatch()

    first, following = Delivery.objects.order_by("pk")
    assert following.step_id == second.pk and following.status == Delivery.Status.SCHEDULED
    local = following.due_at.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Shanghai"))
    assert following.due_at >= first.sent_at + timedelta(days=2)
    assert time(9) <= local.time() < time(17)


def test_last_step_completes_the_enrolment(fake_esp, brand):
    enrol(make_sequence(brand, steps=1), marketable())
    outbox.deliveries_dispatch()
    assert Enrolment.objects.get().status == Enrolment.Status.COMPLETED


def test_sending_window_runs_over_midnight():
    import zoneinfo

    utc = zoneinfo.ZoneInfo("UTC")
    at = timezone.datetime(2026, 3, 1, 23, 30, tzinfo=utc)
    assert fit_window(at, (time(22), time(2)), utc) == at
    later = fit_window(timezone.datetime(2026, 3, 1, 12, 0, tzinfo=utc), (time(22), time(2)), utc)
    assert later == timezone.datetime(2026, 3, 1, 22, 0, tzinfo=utc)


def test_a_paused_customer_is_deferred_until_the_pause_ends(fake_esp, brand):
    identity = marketable()
    enrol(make_sequence(brand, steps=1), identity)
    until = timezone.now() + timedelta(days=30)
    ContactPreference.objects.create(customer=identity.customer, paused_until=until)
    stats = outbox.deliveries_dispatch()
    delivery = Delivery.objects.get()
    assert stats.deferred == 1 and fake_esp.messages == []
    assert delivery.status == Delivery.Status.SCHEDULED and delivery.due_at == until
    assert delivery.attempts == 0


def test_an_own_store_purchase_ends_the_sequence_before_the_next_step(fake_esp, brand):
    from customers.models import Channel, Order

    identity = marketable()
    enrol(make_sequence(brand, steps=1), identity)
    Order.objects.create(
        customer=identity.customer,
        channel=Channel.SHOPIFY,
        external_id="1001",
        placed_at=timezone.now(),
    )
    outbox.deliveries_dispatch()
    assert fake_esp.messages == []
    assert Enrolment.objects.get().exit_reason == Enrolment.ExitReason.PURCHASED


def test_unpublished_sequence_holds_its_mail(fake_esp, brand):
    sequence = make_sequence(brand, steps=1)
    enrol(sequence, marketable())
    sequence.unpublish()
    assert outbox.deliveries_dispatch().claimed == 0
    sequence.save_revision().publish()
    assert outbox.deliveries_dispatch().sent == 1


def test_each_recipient_gets_one_discount_code_and_a_retry_reuses_it(fake_esp, brand):
    pool = DiscountCodePool.objects.create(name="Welcome")
    discount_codes_add(pool=pool, codes=["CODE-A", "CODE-B", "CODE-C"])
    body = [
        message(
            "en",
            "Gift",
            "Here:",
            block("discount_code", {"pool": pool.pk, "intro": "Your code", "note": ""}),
        )
    ]
    sequence = make_sequence(brand, steps=1, bodies=[body])
    first, second = marketable(), marketable()
    enrol(sequence, first)
    enrol(sequence, second)
    fake_esp.fail_next = 1  # the first send fails after its code was taken

    outbox.deliveries_dispatch()
    due_now()
    outbox.deliveries_dispatch()

    codes = [
        code
        for m in fake_esp.messages
        for code in ("CODE-A", "CODE-B", "CODE-C")
        if code in m["TextBody"]
    ]
    assert sorted(codes) == ["CODE-A", "CODE-B"]
    assert DiscountCode.objects.filter(delivery__isnull=False).count() == 2


def test_empty_discount_pool_waits_and_retries(fake_esp, brand):
    pool = DiscountCodePool.objects.create(name="Empty")
    body = [message("en", "Gift", "Here:", block("discount_code", {"pool": pool.pk}))]
    enrol(make_sequence(brand, steps=1, bodies=[body]), marketable())
    stats = outbox.deliveries_dispatch()
    delivery = Delivery.objects.get()
    assert stats.retried == 1 and "no unused codes" in delivery.last_error
    assert fake_esp.messages == []


def test_reaper_returns_a_stale_claim_the_provider_never_saw(fake_esp, brand):
    enrol(make_sequence(brand, steps=1), marketable())
    dispatcher = Dispatcher(worker="dead-worker")
    _token, _deliveries = dispatcher.claim()  # claimed, then the worker "dies"

    assert outbox.deliveries_reap(stale_after=timedelta(minutes=10)).released == 0
    stats = outbox.deliveries_reap(stale_after=timedelta(0))
    assert stats.released == 1
    assert Delivery.objects.get().status == Delivery.Status.SCHEDULED
    assert outbox.deliveries_dispatch().sent == 1
    assert len(fake_esp.messages) == 1


def test_reaper_records_a_claim_the_provider_accepted_instead_of_resending(fake_esp, brand):
    enrol(make_sequence(brand, steps=2), marketable())
    dispatcher = Dispatcher(worker="dies-after-send")
    _token, deliveries = dispatcher.claim()
    from django.core.mail import mailers

    connection = mailers["default"]
    dispatcher.send_one(deliveries[0], connection)  # accepted; the worker dies before recording

    stats = outbox.deliveries_reap(stale_after=timedelta(0))

    assert stats.confirmed == 1 and stats.released == 0
    delivery = Delivery.objects.order_by("pk").first()
    assert delivery.status == Delivery.Status.SENT
    assert delivery.provider_message_id == fake_esp.messages[0]["MessageID"]
    assert Delivery.objects.count() == 2  # and the next step is scheduled
    due_now()
    outbox.deliveries_dispatch()
    assert sorted(fake_esp.count_by_delivery().values()) == [1, 1]


def test_a_late_result_from_a_reclaimed_worker_changes_nothing(fake_esp, brand):
    enrol(make_sequence(brand, steps=1), marketable())
    slow = Dispatcher(worker="slow")
    token, deliveries = slow.claim()
    outbox.deliveries_reap(stale_after=timedelta(0))
    outbox.deliveries_dispatch()  # another worker sends it
    slow.recorder.record(token, [Outcome(deliveries[0], FAILED, error="late")])
    assert Delivery.objects.get().status == Delivery.Status.SENT


def test_enrolment_is_idempotent_per_trigger(brand):
    sequence = make_sequence(brand, steps=1)
    identity = marketable()
    enrolments_start_for_consent(customer_id=identity.customer_id)
    enrolments_start_for_consent(customer_id=identity.customer_id)
    assert Enrolment.objects.count() == 1 and Delivery.objects.count() == 1
    assert Enrolment.objects.get().sequence == sequence


def test_smart_sending_spaces_marketing_mail_across_sequences(fake_esp, brand, settings):
    settings.FUNNEL_SMART_SENDING_HOURS = 16
    identity = marketable()
    welcome = make_sequence(brand, name="Welcome", steps=1)
    tips = make_sequence(brand, name="Tips", steps=1)
    always = make_sequence(brand, name="Urgent", steps=1, smart_sending=False)
    for sequence in (welcome, tips, always):
        enrolment_start(sequence=sequence, identity=identity, registration=None, trigger_key="c")
    due_now()

    stats = outbox.deliveries_dispatch()

    assert stats.sent == 2 and stats.deferred == 1  # one smart, one exempt
    waiting = Delivery.objects.get(status=Delivery.Status.SCHEDULED)
    assert waiting.enrolment.sequence.smart_sending
    assert waiting.due_at > timezone.now() + timedelta(hours=15)
    assert waiting.attempts == 0

    # Sixteen hours later it goes.
    Delivery.objects.filter(status=Delivery.Status.SENT).update(
        sent_at=timezone.now() - timedelta(hours=17)
    )
    due_now()
    assert outbox.deliveries_dispatch().sent == 1
