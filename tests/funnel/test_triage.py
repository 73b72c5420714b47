"""The send-time rulebook on its own: deliveries built in memory, the facts given by hand, and
no database (pytest-django refuses any query these tests would make)."""

from datetime import UTC, datetime, time, timedelta

from customers.models import ChannelIdentity, Customer
from funnel.models import Delivery, Enrolment, MailType, Sequence, SequenceStep
from funnel.outbox.record import CANCEL, DEFER
from funnel.outbox.triage import SendFacts, triage

#: A Monday, 13:00 in Berlin.
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def delivery(
    pk=1,
    *,
    mail_type=MailType.COMMERCIAL,
    window=None,
    removed_step=False,
    enrolment_status=Enrolment.Status.ACTIVE,
    enrolled_at=NOW - timedelta(days=1),
    time_zone="Europe/Berlin",
    **sequence_fields,
) -> Delivery:
    customer = Customer(pk=pk, first_name="Ada", time_zone=time_zone)
    identity = ChannelIdentity(pk=pk, customer=customer, email=f"ada{pk}@example.com")
    sequence = Sequence(pk=1, name="Welcome", mail_type=mail_type, **sequence_fields)
    step = SequenceStep(pk=1, sequence=sequence, name="Step 1")
    if window:
        step.window_start, step.window_end = window
    enrolment = Enrolment(
        pk=pk, sequence=sequence, status=enrolment_status, enrolled_at=enrolled_at
    )
    return Delivery(
        pk=pk,
        enrolment=enrolment,
        step=None if removed_step else step,
        customer_id=customer.pk,
        identity=identity,
        mail_type=mail_type,
    )


def facts(*deliveries, **known) -> SendFacts:
    """Everyone in *deliveries* reachable unless *known* says otherwise."""
    known.setdefault("reachable", frozenset((d.mail_type, d.identity_id) for d in deliveries))
    return SendFacts(now=NOW, **known)


def one(outcomes):
    (outcome,) = outcomes
    return outcome


def test_a_reachable_delivery_of_an_active_enrolment_is_sent():
    mail = delivery()
    assert triage([mail], facts(mail)) == ([mail], [])


def test_a_removed_step_or_an_ended_enrolment_cancels_without_an_exit():
    gone_step = delivery(1, removed_step=True)
    ended = delivery(2, enrolment_status=Enrolment.Status.EXITED)
    ready, held = triage([gone_step, ended], facts(gone_step, ended))
    assert ready == []
    assert [(o.kind, o.error, o.exit_reason) for o in held] == [
        (CANCEL, "the step was removed from the sequence", ""),
        (CANCEL, "the enrolment has ended", ""),
    ]


def test_someone_no_longer_reachable_is_cancelled_and_leaves_the_sequence():
    mail = delivery()
    ready, held = triage([mail], facts(mail, reachable=frozenset()))
    assert ready == []
    assert one(held).kind == CANCEL
    assert one(held).exit_reason == Enrolment.ExitReason.NOT_MARKETABLE


def test_reachability_is_asked_per_mail_type():
    mail = delivery(mail_type=MailType.COMMERCIAL)
    only_transactional = frozenset({(MailType.TRANSACTIONAL, mail.identity_id)})
    _ready, held = triage([mail], facts(mail, reachable=only_transactional))
    assert one(held).exit_reason == Enrolment.ExitReason.NOT_MARKETABLE


def test_a_withdrawal_stops_the_mail():
    mail = delivery(mail_type=MailType.TRANSACTIONAL, exit_on_withdrawal=True)
    _ready, held = triage([mail], facts(mail, withdrawn=frozenset({mail.customer_id})))
    assert (one(held).kind, one(held).exit_reason) == (CANCEL, Enrolment.ExitReason.WITHDREW)


def test_an_own_store_order_after_enrolling_ends_a_purchase_exit_sequence():
    mail = delivery(exit_on_purchase=True)
    bought = {mail.customer_id: NOW - timedelta(hours=1)}
    _ready, held = triage([mail], facts(mail, last_order=bought))
    assert (one(held).kind, one(held).exit_reason) == (CANCEL, Enrolment.ExitReason.PURCHASED)


def test_an_order_before_enrolling_or_a_sequence_without_purchase_exit_does_not_stop_it():
    earlier = delivery(1, exit_on_purchase=True)
    no_exit = delivery(2, exit_on_purchase=False)
    orders = {1: NOW - timedelta(days=3), 2: NOW - timedelta(hours=1)}
    ready, held = triage([earlier, no_exit], facts(earlier, no_exit, last_order=orders))
    assert (ready, held) == ([earlier, no_exit], [])


def test_a_pause_defers_to_its_end_and_is_no_cancellation():
    mail = delivery()
    until = NOW + timedelta(days=7)
    _ready, held = triage([mail], facts(mail, paused={mail.customer_id: until}))
    assert (one(held).kind, one(held).until) == (DEFER, until)


def test_a_stop_rule_wins_over_a_deferral():
    mail = delivery()
    paused = {mail.customer_id: NOW + timedelta(days=7)}
    _ready, held = triage([mail], facts(mail, reachable=frozenset(), paused=paused))
    assert one(held).kind == CANCEL


def test_smart_sending_defers_marketing_mail_sent_too_recently():
    mail = delivery(smart_sending=True)
    last = NOW - timedelta(hours=2)
    spacing = timedelta(hours=16)
    _ready, held = triage([mail], facts(mail, spacing=spacing, recent={mail.customer_id: last}))
    assert (one(held).kind, one(held).until) == (DEFER, last + spacing)


def test_smart_sending_lets_one_marketing_mail_per_person_through_in_a_batch():
    first, second = delivery(1, smart_sending=True), delivery(1, smart_sending=True)
    known = facts(first, spacing=timedelta(hours=16))
    ready, held = triage([first, second], known)
    assert ready == [first]
    assert (one(held).kind, one(held).until) == (DEFER, NOW + timedelta(hours=16))
    assert known.recent == {}  # the facts themselves are not changed


def test_smart_sending_leaves_care_mail_and_opted_out_sequences_alone():
    care = delivery(1, mail_type=MailType.TRANSACTIONAL, smart_sending=True)
    opted_out = delivery(2, smart_sending=False)
    recent = {1: NOW - timedelta(hours=1), 2: NOW - timedelta(hours=1)}
    known = facts(care, opted_out, spacing=timedelta(hours=16), recent=recent)
    assert triage([care, opted_out], known) == ([care, opted_out], [])


def test_smart_sending_off_ignores_recent_mail():
    mail = delivery(smart_sending=True)
    known = facts(mail, spacing=timedelta(0), recent={mail.customer_id: NOW})
    assert triage([mail], known) == ([mail], [])


def test_outside_the_window_the_mail_waits_for_its_opening_in_the_customers_time_zone():
    mail = delivery(window=(time(9), time(11)), time_zone="Asia/Shanghai")  # 20:00 there
    _ready, held = triage([mail], facts(mail))
    assert one(held).kind == DEFER
    assert one(held).until == datetime(2026, 3, 3, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


def test_a_window_opening_within_a_minute_counts_as_open():
    opening = (NOW + timedelta(seconds=30)).astimezone(UTC).time()
    mail = delivery(window=(opening, time(23)), time_zone="UTC")
    assert triage([mail], facts(mail)) == ([mail], [])
