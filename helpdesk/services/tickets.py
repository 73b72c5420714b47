"""Ticket state: the channel mail lands in, notes, status and assignment, the response (SLA) clock,
and the event row every change leaves for the timeline and the audit.

The other service modules build on these: inbound mail starts the clock, a reply stops it, a
claim opens a ticket on the site channel. Nothing here sends anything; replies leave only
through ``helpdesk.services.replies``.
"""

import uuid
from datetime import datetime
from types import EllipsisType

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from customers.models import Channel as CustomerChannel

from .. import inbound_mail, selectors
from ..models import Channel, Message, SlaRecord, Ticket, TicketEvent
from ..sla import Clock


class ReplyRefused(Exception):
    """A reply or note that cannot be stored for a reason other than its wording (no authorised
    sender, nothing written); the gate's decision about wording is a ``replies.SendResult``."""


def channel_default(*, kind: str, marketplace: str = "") -> Channel:
    """The channel mail of *kind* lands in, created with safe defaults when none is configured,
    so no customer message is ever dropped for want of configuration."""
    qs = Channel.objects.filter(kind=kind)
    if marketplace:
        qs = qs.filter(marketplace=marketplace)
    channel = qs.order_by("-is_active", "pk").first()
    if channel is not None:
        return channel
    if kind == CustomerChannel.AMAZON:
        tld = marketplace.removeprefix("amazon.")
        name, slug = f"Amazon {tld}", f"amazon-{tld.replace('.', '-')}"
    else:
        name, slug = str(CustomerChannel(kind).label), kind
    try:
        with transaction.atomic():
            return Channel.objects.create(
                kind=kind, marketplace=marketplace, name=name, slug=slug[:40]
            )
    except IntegrityError:
        return qs.get()


# ---------------------------------------------------------------------------------------------
# Notes, status, assignment


def note_add(*, ticket: Ticket, body: str, author: User | None) -> Message:
    """An internal note: stored in the conversation, never sent, never seen by the customer."""
    if not body.strip():
        raise ReplyRefused(_("Write a note first."))
    return Message.objects.create(
        ticket=ticket,
        direction=Message.Direction.NOTE,
        author=author,
        message_id=f"note-{uuid.uuid4().hex}@helpdesk.invalid",
        body_text=body.strip(),
        visible_text=body.strip(),
    )


def ticket_update(
    *,
    ticket: Ticket,
    actor: User | None,
    status: str | None = None,
    assignee: User | EllipsisType | None = ...,
    amazon_order_id: str | None = None,
    tracking_number: str | None = None,
    language: str | None = None,
) -> Ticket:
    """Change a ticket's status, assignee, order number, tracking number or conversation
    language, with an event per change. "No response needed" and "solved" stop a running
    response clock."""
    with transaction.atomic():
        ticket = Ticket.objects.select_for_update().select_related("channel").get(pk=ticket.pk)
        now = timezone.now()
        if status is not None and status != ticket.status:
            Ticket.Status(status)  # refuses unknown values
            ticket_field_change(ticket=ticket, actor=actor, field_name="status", new=status)
            if status == Ticket.Status.NO_RESPONSE_NEEDED:
                ticket_clock_stop(
                    ticket=ticket, at=now, outcome=SlaRecord.Outcome.NO_RESPONSE_NEEDED
                )
            elif status == Ticket.Status.SOLVED:
                ticket_clock_stop(ticket=ticket, at=now, outcome=SlaRecord.Outcome.SOLVED)
        if assignee is not ... and assignee != ticket.assignee:
            ticket_field_change(ticket=ticket, actor=actor, field_name="assignee", new=assignee)
        if amazon_order_id is not None and amazon_order_id != ticket.amazon_order_id:
            if amazon_order_id and not inbound_mail.order_id_in(amazon_order_id):
                raise ValueError(_("An Amazon order number looks like 302-1234567-1234567."))
            ticket_field_change(
                ticket=ticket, actor=actor, field_name="amazon_order_id", new=amazon_order_id
            )
            if ticket.registration is None:
                ticket.registration = selectors.registration_for_order(
                    order_id=amazon_order_id, customer_id=ticket.customer_id
                )
        if tracking_number is not None and tracking_number != ticket.tracking_number:
            ticket_field_change(
                ticket=ticket, actor=actor, field_name="tracking_number", new=tracking_number
            )
            ticket.tracking_number = tracking_number[:64]
        if language and language != ticket.language:
            if language not in dict(settings.LANGUAGES):
                raise ValueError(_("Choose one of the site's languages."))
            ticket_field_change(ticket=ticket, actor=actor, field_name="language", new=language)
        ticket.save()
    return ticket


def ticket_field_change(
    *, ticket: Ticket, actor: User | None, field_name: str, new: object
) -> None:
    """Set one field of *ticket* and record who changed it from what (the caller saves)."""
    ticket_event_add(
        ticket=ticket,
        actor=actor,
        field_name=field_name,
        old=getattr(ticket, field_name) or "",
        new=new or "",
    )
    setattr(ticket, field_name, new)


def ticket_event_add(
    *, ticket: Ticket, actor: User | None, field_name: str, old: object, new: object
) -> None:
    """One line of the ticket's timeline: who changed *field_name* from *old* to *new*."""
    TicketEvent.objects.create(
        ticket=ticket, actor=actor, field=field_name, old=str(old)[:255], new=str(new)[:255]
    )


def ticket_inbound_record(*, ticket: Ticket, message: Message) -> None:
    """A customer's message arrived on *ticket* (mail or a claim): a closed or waiting ticket
    opens again and the response clock starts. Auto-replies move only the activity time."""
    ticket.last_message_at = max(ticket.last_message_at, message.created_at)
    if not message.automatic:
        if ticket.status != Ticket.Status.OPEN:
            ticket_field_change(
                ticket=ticket, actor=None, field_name="status", new=Ticket.Status.OPEN
            )
        ticket_clock_start(ticket=ticket, at=message.created_at)
    ticket.save()


# ---------------------------------------------------------------------------------------------
# The response (SLA) clock: the caller saves the ticket.


def ticket_clock_start(*, ticket: Ticket, at: datetime) -> None:
    """Start the response clock at *at* unless the customer is already waiting."""
    if ticket.awaiting_since is not None:
        return  # the customer is already waiting: the earlier message sets the clock
    clock = Clock.for_channel(ticket.channel)
    ticket.awaiting_since = at
    ticket.response_due_at = clock.add(at, ticket.channel.response_target_minutes)


def ticket_clock_stop(*, ticket: Ticket, at: datetime, outcome: str) -> None:
    """Stop a running clock and keep the wait as an ``SlaRecord`` for the report."""
    if ticket.awaiting_since is None:
        return
    due_at = ticket.response_due_at
    assert due_at is not None, "ticket_clock_start sets the due time with the waiting time"
    clock = Clock.for_channel(ticket.channel)
    SlaRecord.objects.create(
        ticket=ticket,
        channel=ticket.channel,
        first=not ticket.sla_records.exists(),
        started_at=ticket.awaiting_since,
        due_at=due_at,
        stopped_at=at,
        outcome=outcome,
        elapsed_minutes=clock.minutes_between(ticket.awaiting_since, at),
        breached=at > due_at,
    )
    ticket.awaiting_since = None
    ticket.response_due_at = None
