"""The conversation record: messages, attachments, gate decisions and ticket events, inserted once
and never changed or deleted through the ORM, down to database triggers (``helpdesk.audit_guard``).
The only transitions allowed are an outbound message's delivery progress and the one redaction a
data-subject erasure makes."""

import hashlib
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.append_only import AppendOnlyError, AppendOnlyModel

from .channels import POLICY_CHOICES, Channel
from .tickets import Ticket


class AuditImmutableError(AppendOnlyError):
    """A row of the conversation record was about to be changed or removed."""


class AppendOnlyRecord(AppendOnlyModel):
    """A row of the conversation record: inserted once, never changed or deleted through the
    ORM (``core.append_only``), nor by raw SQL (``helpdesk.audit_guard``). Delivery progress and
    redaction go through ``_guarded_update`` in ``helpdesk.services``."""

    refusal_error = AuditImmutableError

    class Meta:
        abstract = True


class GateDecision(AppendOnlyRecord):
    """What the send gate said about one attempted reply: the exact text it checked, the
    policy, every finding and every risk signal. Kept forever — allowed, held for review or
    blocked — as the record that nothing promotional left on a marketplace channel.

    ``outcome`` is the linter's decision: ``allow`` (sent), ``block`` (a rule proves a
    violation: nothing is stored to send) or ``review`` (risk signals, no proof: the reply is
    held until a reviewer decides, ``helpdesk.models.holds.HoldDecision``). ``allowed`` is true
    only for ``allow``.
    """

    class Outcome(models.TextChoices):
        ALLOW = "allow", _("Allowed")
        REVIEW = "review", _("Held for review")
        BLOCK = "block", _("Blocked")

    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="gate_decisions")
    channel = models.ForeignKey(
        Channel, on_delete=models.PROTECT, related_name="+", verbose_name=_("channel")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    policy = models.CharField(_("policy"), max_length=20, choices=POLICY_CHOICES)
    allowed = models.BooleanField(_("allowed"))
    outcome = models.CharField(
        _("decision"), max_length=10, choices=Outcome.choices, default=Outcome.BLOCK
    )
    automatic = models.BooleanField(_("automatic reply"), default=False)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    draft = models.TextField(_("the agent's text"))
    checked_text = models.TextField(_("text as it would leave"))
    checked_sha256 = models.CharField(max_length=64)
    language = models.CharField(_("language"), max_length=10, blank=True)
    findings = models.JSONField(_("findings"), default=list, blank=True)
    risks = models.JSONField(_("risk signals"), default=list, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    redacted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("gate decision")
        verbose_name_plural = _("gate decisions")
        default_permissions = ("view",)
        permissions = [
            ("review_held_replies", _("Can approve or reject held replies on every channel"))
        ]

    def __str__(self) -> str:
        verdict = self.get_outcome_display()
        return f"{self.ticket.reference} {verdict} {self.created_at:%Y-%m-%d %H:%M}"

    @staticmethod
    def digest(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()


class Message(AppendOnlyRecord):
    """One message of a conversation, inbound, outbound or an internal note, kept as it was.

    Content columns never change (database triggers, ``helpdesk.audit_guard``); an outbound
    message's delivery columns move forward as the provider answers, and an erasure may blank
    the personal content once (``redacted_at``).
    """

    class Direction(models.TextChoices):
        INBOUND = "inbound", _("From the customer")
        OUTBOUND = "outbound", _("Reply")
        NOTE = "note", _("Internal note")

    class Delivery(models.TextChoices):
        NONE = "", _("—")
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="messages")
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    automatic = models.BooleanField(
        _("automatic"),
        default=False,
        help_text=_("An auto-reply: it neither starts nor stops the response clock."),
    )
    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    in_reply_to = models.CharField(max_length=255, blank=True, db_index=True)
    references_header = models.TextField("References", blank=True)
    from_address = models.CharField(_("from"), max_length=320, blank=True)
    to_addresses = models.TextField(_("to"), blank=True)
    cc_addresses = models.TextField(_("cc"), blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    body_text = models.TextField(_("text"), blank=True)
    visible_text = models.TextField(blank=True)
    quoted_text = models.TextField(blank=True)
    body_html = models.TextField(_("HTML (sanitised)"), blank=True)
    quoted_html = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    provider = models.CharField(_("provider"), max_length=40, blank=True)
    provider_event_id = models.CharField(max_length=255, blank=True)
    raw = models.FileField(_("raw message"), upload_to="helpdesk/raw/%Y/%m/", blank=True)
    gate_decision = models.OneToOneField(
        GateDecision,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="message",
    )
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    # Delivery progress of an outbound message (the only columns that move).
    delivery_status = models.CharField(
        _("delivery"), max_length=10, choices=Delivery.choices, blank=True, default=""
    )
    delivery_attempts = models.PositiveSmallIntegerField(default=0)
    delivered_at = models.DateTimeField(null=True, blank=True)
    provider_message_id = models.CharField(max_length=255, blank=True)
    delivery_error = models.TextField(blank=True)
    redacted_at = models.DateTimeField(null=True, blank=True, editable=False)

    #: Columns whose values can never change (``audit_guard`` freezes them in the database).
    FROZEN = (
        "id", "ticket_id", "direction", "author_id", "automatic", "message_id", "in_reply_to",
        "references_header", "from_address", "to_addresses", "cc_addresses", "subject", "headers",
        "provider", "provider_event_id", "gate_decision_id", "created_at",
    )  # fmt: skip
    #: Personal content an erasure may blank once (setting ``redacted_at``).
    REDACTABLE = ("body_text", "visible_text", "quoted_text", "body_html", "quoted_html", "raw")
    #: What delivery progress may change.
    DELIVERY = (
        "delivery_status", "delivery_attempts", "delivered_at", "provider_message_id",
        "delivery_error",
    )  # fmt: skip

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.get_direction_display()} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_note(self) -> bool:
        return self.direction == self.Direction.NOTE


def attachment_path(instance: "Attachment", filename: str) -> str:
    # A random folder per file: the customer's file name is kept for display only.
    return f"helpdesk/attachments/{timezone.now():%Y/%m}/{uuid.uuid4().hex}/{filename[-100:]}"


class Attachment(AppendOnlyRecord):
    """A file that came with a message, stored as received, with its digest for the record."""

    message = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, max_length=255)
    filename = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64)
    content_id = models.CharField(max_length=255, blank=True)
    inline = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    redacted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        default_permissions = ("view",)

    def __str__(self) -> str:
        return self.filename


class TicketEvent(AppendOnlyRecord):
    """Who changed what on a ticket (status, assignee, order number, links), for the timeline
    and the audit."""

    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    field = models.CharField(max_length=40)
    old = models.CharField(max_length=255, blank=True)
    new = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.field}: {self.old} → {self.new}"
