"""Response clocks: Amazon counts every minute (weekends and holidays included), own channels
count configurable business hours; auto-replies don't count; "no response needed" stops it."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from helpdesk.models import SlaRecord, Ticket
from helpdesk.selectors import sla_report
from helpdesk.services.inbound import inbound_receive
from helpdesk.services.replies import reply_send, ticket_acknowledge
from helpdesk.services.tickets import ticket_update
from helpdesk.sla import Clock

from .factories import AmazonTicketFactory, OwnedTicketFactory, inbound

BERLIN_OFFICE = Clock(
    business=True,
    tz="Europe/Berlin",
    weekdays=frozenset({0, 1, 2, 3, 4}),
    opens=time(9, 0),
    closes=time(17, 0),
    holidays=frozenset({date(2026, 12, 24), date(2026, 12, 25)}),
)


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def test_amazon_clock_runs_through_weekends_and_holidays():
    friday_evening = utc(2026, 12, 25, 18, 0)  # a Friday and Christmas Day
    assert Clock().add(friday_evening, 24 * 60) == utc(2026, 12, 26, 18, 0)
    assert Clock().minutes_between(friday_evening, utc(2026, 12, 28, 18, 0)) == 3 * 24 * 60


def test_business_clock_skips_nights_weekends_and_holidays():
    # Wednesday 23 Dec 2026, 16:00 Berlin (15:00 UTC): one hour left that day, then
    # Christmas Eve and Day are holidays, then the weekend: 7 more hours on Monday 28th.
    start = utc(2026, 12, 23, 15, 0)
    due = BERLIN_OFFICE.add(start, 8 * 60)
    assert due == utc(2026, 12, 28, 15, 0)  # Monday 16:00 Berlin
    assert BERLIN_OFFICE.minutes_between(start, due) == 8 * 60


def test_business_clock_started_at_night_starts_at_opening():
    saturday_night = utc(2026, 11, 21, 23, 0)
    assert BERLIN_OFFICE.add(saturday_night, 30) == utc(2026, 11, 23, 8, 30)  # Mon 09:30 CET
    assert BERLIN_OFFICE.minutes_between(saturday_night, utc(2026, 11, 23, 7, 59)) == 0


@pytest.mark.django_db
def test_amazon_ticket_is_due_24_hours_later_even_on_a_weekend(channels):
    with freeze_time("2026-11-21 10:00:00"):  # Saturday
        stored, _ = inbound_receive(message=inbound(), provider="test")
    assert stored.ticket.response_due_at == utc(2026, 11, 22, 10, 0)


@pytest.mark.django_db
def test_owned_ticket_uses_the_channels_business_hours(channels):
    channel = channels["email"]
    channel.business_hours_only = True
    channel.response_target_minutes = 120
    channel.business_time_zone = "Europe/Berlin"
    channel.save()
    with freeze_time("2026-11-21 10:00:00"):  # Saturday
        stored, _ = inbound_receive(
            message=inbound(sender="Anna <anna@example.de>", subject="Frage"), provider="test"
        )
    assert stored.ticket.channel == channel
    assert stored.ticket.response_due_at == utc(2026, 11, 23, 10, 0)  # Monday 11:00 Berlin


@pytest.mark.django_db
def test_no_response_needed_stops_the_clock_without_a_reply(channels, marketplace_agent):
    stored, _ = inbound_receive(message=inbound(text="Thanks, all good!"), provider="t")
    ticket = stored.ticket
    ticket_update(ticket=ticket, actor=marketplace_agent, status=Ticket.Status.NO_RESPONSE_NEEDED)
    ticket.refresh_from_db()
    assert ticket.response_due_at is None
    record = SlaRecord.objects.get()
    assert record.outcome == "no_response_needed" and not record.breached
    assert ticket.events.filter(field="status", new="no_response_needed").exists()


@pytest.mark.django_db
def test_a_new_customer_message_reopens_and_restarts_the_clock(
    channels, marketplace_agent, django_capture_on_commit_callbacks, immediate_tasks
):
    stored, _ = inbound_receive(message=inbound(), provider="t")
    ticket = stored.ticket
    with django_capture_on_commit_callbacks(execute=True):
        reply_send(
            ticket=ticket,
            body="Your parcel is with DHL, tracking 00340434161234567890.",
            author=marketplace_agent,
        )
    ticket.refresh_from_db()
    assert ticket.status == Ticket.Status.PENDING and ticket.response_due_at is None
    inbound_receive(
        message=inbound(message_id="<m2@example.net>", text="It arrived, but broken."),
        provider="t",
    )
    ticket.refresh_from_db()
    assert ticket.status == Ticket.Status.OPEN and ticket.response_due_at is not None


@pytest.mark.django_db
def test_report_counts_response_times_and_breaches_per_channel(
    channels, marketplace_agent, owned_agent
):
    amazon = AmazonTicketFactory(channel=channels["amazon-de"])
    now = timezone.now()
    SlaRecord.objects.create(
        ticket=amazon, channel=amazon.channel, first=True, started_at=now - timedelta(hours=30),
        due_at=now - timedelta(hours=6), stopped_at=now, outcome="replied",
        elapsed_minutes=30 * 60, breached=True,
    )  # fmt: skip
    SlaRecord.objects.create(
        ticket=amazon, channel=amazon.channel, started_at=now - timedelta(hours=2),
        due_at=now + timedelta(hours=22), stopped_at=now, outcome="replied",
        elapsed_minutes=120, breached=False,
    )  # fmt: skip
    SlaRecord.objects.create(
        ticket=amazon, channel=amazon.channel, started_at=now - timedelta(days=40),
        due_at=now - timedelta(days=39), stopped_at=now - timedelta(days=40), outcome="replied",
        elapsed_minutes=5, breached=False,
    )  # fmt: skip
    overdue = AmazonTicketFactory(channel=channels["amazon-de"])
    overdue.awaiting_since = now - timedelta(hours=25)
    overdue.response_due_at = now - timedelta(hours=1)
    overdue.save()
    OwnedTicketFactory(channel=channels["shopify"])

    rows = {r.channel.slug: r for r in sla_report(user=marketplace_agent, days=30)}
    assert set(rows) == {"amazon-de", "amazon-fr"}  # only the agent's channels
    de = rows["amazon-de"]
    assert de.replies == 2 and de.first_replies == 1
    assert de.median_minutes == (30 * 60 + 120) / 2
    assert de.within_target == 50
    assert de.open_overdue == 1 and de.breaches == 2
    assert sla_report(user=marketplace_agent, days=90)[0].replies == 3
    owned_rows = {r.channel.slug for r in sla_report(user=owned_agent, days=7)}
    assert owned_rows == {"shopify", "email", "site"}


@pytest.mark.django_db
def test_automatic_acknowledgement_is_sent_once_and_does_not_count_as_a_response(
    channels, django_capture_on_commit_callbacks, immediate_tasks, mailoutbox
):
    email = channels["email"]
    email.auto_acknowledgement = "Thanks, we got your message and answer within a working day."
    email.save()
    amazon = channels["amazon-de"]
    amazon.auto_acknowledgement = "Thanks!"  # saved behind the form's back: still never sent
    amazon.save()
    with django_capture_on_commit_callbacks(execute=True):
        stored, _ = inbound_receive(
            message=inbound(sender="Anna <anna@example.de>", subject="Frage"), provider="t"
        )
    with django_capture_on_commit_callbacks(execute=True):
        inbound_receive(message=inbound(message_id="<amz@x>"), provider="t")
    ticket = stored.ticket
    ticket.refresh_from_db()
    assert [m.to for m in mailoutbox] == [["anna@example.de"]]
    ack = ticket.messages.get(direction="outbound")
    assert ack.automatic and ack.gate_decision.automatic
    assert ticket.awaiting_since is not None and ticket.first_response_at is None
    assert ticket_acknowledge(ticket_id=ticket.pk) is None  # never twice
