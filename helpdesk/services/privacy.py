"""Erasure: what a data-subject erasure (``customers.services.customer_erase``) does to the
helpdesk. The conversation record is append-only down to database triggers
(``helpdesk.audit_guard``); the one change they allow it is this redaction: the person's words
and files are blanked once, and the skeleton (times, directions, gate verdicts) stays as the
record."""

from django.utils import timezone

from core.compliance_cases import cases_redact
from core.models import ComplianceCase

from ..models import Attachment, GateDecision, Message, Ticket
from .holds import case_ref


def customer_redact(*, customer_id: int) -> None:
    """A data-subject erasure reached the helpdesk: blank the personal content of the person's
    conversations once (the triggers allow exactly this transition), delete stored files, keep
    the skeleton (times, directions, gate verdicts) as the record."""
    now = timezone.now()
    tickets = Ticket.objects.filter(customer_id=customer_id)
    messages = Message.objects.filter(ticket__in=tickets, redacted_at__isnull=True)
    for message in messages.only("pk", "raw"):
        if message.raw.name:
            message.raw.storage.delete(message.raw.name)
    attachments = Attachment.objects.filter(message__ticket__in=tickets, redacted_at__isnull=True)
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
    # The labelled copies of held replies go too; their labels stay.
    cases_redact(
        source=ComplianceCase.Source.REPLY,
        source_refs=[case_ref(d) for d in decisions.filter(outcome=GateDecision.Outcome.REVIEW)],
    )
    decisions._guarded_update(subject="", draft="", checked_text="", redacted_at=now)
    tickets.update(subject="", reply_to="", tracking_number="")
