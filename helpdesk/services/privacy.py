"""Erasure: what a data-subject erasure (``customers.services.customer_erase``) does to the
helpdesk. The conversation record is append-only down to database triggers
(``helpdesk.audit_guard``); the one change they allow it is this redaction: the person's words
and files are blanked once, and the skeleton (times, directions, gate verdicts) stays as the
record.

Kept as evidence for legal claims (GDPR Art. 17(3)(e)): on Amazon channels, every send-gate
decision with the text it checked and every reply that was sent, as it left. They are the
seller's defence in an A-to-z Guarantee claim or a policy complaint, and they hold what the
seller wrote, not what the person wrote. Only the erased person's own tickets are touched:
a ticket belongs to the customer whose relay or e-mail address wrote it, never to someone who
merely typed the same order number (``identity_links``).
"""

from datetime import datetime

from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from core.compliance_cases import cases_redact
from core.models import ComplianceCase
from customers.models import Channel as CustomerChannel
from customers.models import Customer, Order
from customers.services import customer_erase
from registration.models import Registration

from ..models import Attachment, GateDecision, Message, StoreAction, Ticket
from .holds import case_ref

CLOSED = (Ticket.Status.SOLVED, Ticket.Status.NO_RESPONSE_NEEDED)
PURGE_BATCH = 200


def customer_redact(*, customer_id: int) -> None:
    """A data-subject erasure reached the helpdesk: blank the personal content of the person's
    conversations once (the triggers allow exactly this transition), delete stored files, keep
    the skeleton (times, directions, gate verdicts) and the evidence named above."""
    tickets_redact(tickets=Ticket.objects.filter(customer_id=customer_id), now=timezone.now())


def evidence_messages(tickets: QuerySet[Ticket]) -> QuerySet[Message]:
    """The messages of *tickets* kept as evidence: replies sent on an Amazon channel."""
    return Message.objects.filter(
        ticket__in=tickets,
        ticket__channel__kind=CustomerChannel.AMAZON,
        direction=Message.Direction.OUTBOUND,
        delivery_status=Message.Delivery.SENT,
    )


def tickets_redact(*, tickets: QuerySet[Ticket], now: datetime) -> None:
    """Blank the content of *tickets* once, except the evidence (``evidence_messages`` and the
    gate decisions of Amazon channels), delete their stored files, and leave the skeleton."""
    messages = Message.objects.filter(ticket__in=tickets, redacted_at__isnull=True).exclude(
        pk__in=evidence_messages(tickets).values("pk")
    )
    for message in messages.only("pk", "raw"):
        if message.raw.name:
            message.raw.storage.delete(message.raw.name)
    attachments = Attachment.objects.filter(message__in=messages, redacted_at__isnull=True)
    for attachment in attachments.only("pk", "file"):
        if attachment.file.name:
            attachment.file.storage.delete(attachment.file.name)
    attachments._guarded_update(file="", filename="", redacted_at=now)
    messages._guarded_update(
        body_text="",
        visible_text="",
        quoted_text="",
        body_html="",
        quoted_html="",
        raw="",
        redacted_at=now,
    )
    decisions = GateDecision.objects.filter(ticket__in=tickets, redacted_at__isnull=True)
    # The labelled copies of held replies go on every channel (a copy is no evidence); their
    # labels stay.
    cases_redact(
        source=ComplianceCase.Source.REPLY,
        source_refs=[case_ref(d) for d in decisions.filter(outcome=GateDecision.Outcome.REVIEW)],
    )
    # Amazon gate decisions are kept as evidence for legal claims (GDPR Art. 17(3)(e)).
    decisions.exclude(channel__kind=CustomerChannel.AMAZON)._guarded_update(
        subject="", draft="", checked_text="", redacted_at=now
    )
    # Store actions keep who did what to which order; the agent's free text goes.
    actions = StoreAction.objects.filter(ticket__in=tickets, redacted_at__isnull=True)
    for action in actions.only("pk", "parameters"):
        kept = {k: v for k, v in action.parameters.items() if k not in ("reason", "note")}
        StoreAction.objects.filter(pk=action.pk)._guarded_update(
            parameters=kept, detail="", redacted_at=now
        )
    tickets.update(subject="", reply_to="", tracking_number="")


def tickets_purge(*, closed_before: datetime, dry_run: bool = False) -> list[str]:
    """Retention: closed tickets with no activity since *closed_before* lose their content and
    their files, as an erasure would take them (``tickets_redact``: the evidence for legal
    claims stays, and so does the skeleton). A customer known only through such tickets (an
    Amazon buyer with no order, registration or own address) is erased with them. Returns a
    line per ticket and per customer (with *dry_run*, what would go)."""
    due = (
        Ticket.objects.filter(
            status__in=CLOSED,
            purged_at__isnull=True,
            last_message_at__lt=closed_before,
            updated_at__lt=closed_before,
        )
        .select_related("channel")
        .order_by("pk")
    )
    lines = [_purge_line(ticket) for ticket in due]
    ids = [ticket.pk for ticket in due]
    leftovers = _customers_left_with_nothing(ids)
    lines += [f"customer #{pk}: known only through these tickets, erased" for pk in leftovers]
    if dry_run or not ids:
        return lines
    now = timezone.now()
    for start in range(0, len(ids), PURGE_BATCH):  # a first run may meet years of tickets
        with transaction.atomic():
            tickets = Ticket.objects.filter(pk__in=ids[start : start + PURGE_BATCH])
            tickets_redact(tickets=tickets, now=now)
            tickets.update(purged_at=now)
    for customer in Customer.objects.filter(pk__in=leftovers, erased_at__isnull=True):
        customer_erase(customer=customer, actor="retention", reason="Closed tickets purged")
    return lines


def _purge_line(ticket: Ticket) -> str:
    messages = ticket.messages.filter(redacted_at__isnull=True)
    kept = evidence_messages(Ticket.objects.filter(pk=ticket.pk)).count()
    files = Attachment.objects.filter(message__ticket=ticket, redacted_at__isnull=True).count()
    evidence = f", kept as evidence: {kept} sent Amazon replies and their gate decisions"
    return (
        f"ticket {ticket.reference} ({ticket.channel}, {ticket.get_status_display()}, last "
        f"message {ticket.last_message_at:%Y-%m-%d}): {messages.count() - kept} messages, "
        f"{files} attachments{evidence if kept else ''}"
    )


def _customers_left_with_nothing(ticket_ids: list[int]) -> list[int]:
    """Customers of *ticket_ids* with no own address, order or registration, and no ticket
    that is not being purged: once those tickets are purged, only a name and a relay address
    would be left."""
    other_tickets = Ticket.objects.filter(customer_id=OuterRef("pk"), purged_at__isnull=True)
    return list(
        Customer.objects.filter(tickets__in=ticket_ids, email="", erased_at__isnull=True)
        .exclude(Exists(other_tickets.exclude(pk__in=ticket_ids)))
        .exclude(Exists(Order.objects.filter(customer_id=OuterRef("pk"))))
        .exclude(Exists(Registration.objects.filter(customer_id=OuterRef("pk"))))
        .distinct()
        .values_list("pk", flat=True)
    )
