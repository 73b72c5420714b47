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

from django.db.models import QuerySet
from django.utils import timezone

from customers.models import Channel as CustomerChannel

from ..models import Attachment, GateDecision, Message, Ticket


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
    GateDecision.objects.filter(ticket__in=tickets, redacted_at__isnull=True).exclude(
        channel__kind=CustomerChannel.AMAZON
    )._guarded_update(subject="", draft="", checked_text="", redacted_at=now)
    tickets.update(subject="", reply_to="", tracking_number="")
