"""Enrolments, deliveries (the outbox), their tracking events and the dispatcher's state.

One ``Delivery`` row per (enrolment, step), enforced by the database (invariant 5 of
``docs/architecture.md``), claimed by exactly one worker at a time.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .sequences import MailType, Sequence, SequenceStep


class Enrolment(models.Model):
    """A person going through one sequence. Created only for identities the ownership selector
    returns (commercial) or for the registering owned identity (transactional)."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        EXITED = "exited", _("Left early")

    class ExitReason(models.TextChoices):
        PURCHASED = "purchased", _("Bought in the own store")
        WITHDREW = "withdrew", _("Withdrew consent")
        SUPPRESSED = "suppressed", _("Address suppressed")
        NOT_MARKETABLE = "not_marketable", _("No longer marketable")
        ERASED = "erased", _("Data erased")
        FAILED = "failed", _("A step could not be sent")

    sequence = models.ForeignKey(Sequence, on_delete=models.PROTECT, related_name="enrolments")
    customer = models.ForeignKey(
        "customers.Customer", on_delete=models.PROTECT, related_name="enrolments"
    )
    identity = models.ForeignKey(
        "customers.ChannelIdentity", on_delete=models.PROTECT, related_name="enrolments"
    )
    registration = models.ForeignKey(
        "registration.Registration",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="enrolments",
    )
    trigger_key = models.CharField(
        max_length=64,
        help_text=_("What started it; one enrolment per sequence, address and trigger."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    exit_reason = models.CharField(
        _("left because"), max_length=16, choices=ExitReason.choices, blank=True
    )
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("ended by"),
        help_text=_("Empty when the system ended it; the exit reason says why."),
    )

    class Meta:
        ordering = ["-enrolled_at"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["sequence", "identity", "trigger_key"], name="funnel_enrolment_once"
            )
        ]
        indexes = [models.Index(fields=["customer", "status"])]

    def __str__(self) -> str:
        return f"{self.sequence} · {self.identity_id}"


class Delivery(models.Model):
    """One step for one enrolment: the outbox row. At most one per (enrolment, step)."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    enrolment = models.ForeignKey(Enrolment, on_delete=models.PROTECT, related_name="deliveries")
    step = models.ForeignKey(
        SequenceStep,
        on_delete=models.SET_NULL,
        null=True,
        related_name="deliveries",
        verbose_name=_("step"),
    )
    # Copied from the enrolment so cancellation and the pre-send check need no join.
    customer = models.ForeignKey("customers.Customer", on_delete=models.PROTECT, related_name="+")
    identity = models.ForeignKey(
        "customers.ChannelIdentity", on_delete=models.PROTECT, related_name="+"
    )
    mail_type = models.CharField(max_length=16, choices=MailType.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.SCHEDULED
    )
    due_at = models.DateTimeField(_("due"))
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=120, blank=True)
    claim_token = models.UUIDField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    provider_message_id = models.CharField(_("provider message id"), max_length=120, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    cancel_reason = models.CharField(_("cancelled because"), max_length=120, blank=True)
    locale = models.CharField(_("language"), max_length=10, blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    opened_at = models.DateTimeField(_("first opened"), null=True, blank=True)
    clicked_at = models.DateTimeField(_("first clicked"), null=True, blank=True)
    bounced_at = models.DateTimeField(_("bounced"), null=True, blank=True)
    complained_at = models.DateTimeField(_("complained"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    open_count = models.PositiveIntegerField(_("opens"), default=0)
    click_count = models.PositiveIntegerField(_("clicks"), default=0)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-due_at"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            # Invariant 5: each (enrolment, step) produces at most one delivery.
            models.UniqueConstraint(fields=["enrolment", "step"], name="funnel_delivery_once"),
            models.CheckConstraint(
                condition=~Q(status="sending") | Q(claim_token__isnull=False),
                name="funnel_delivery_sending_is_claimed",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "due_at"], name="funnel_delivery_due"),
            models.Index(fields=["customer", "status"], name="funnel_delivery_customer"),
            models.Index(fields=["provider_message_id"], name="funnel_delivery_message"),
            # A worker reads its claim back by token: without this, every claim scans the table.
            models.Index(
                fields=["claim_token"],
                name="funnel_delivery_claim",
                condition=Q(claim_token__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.step or _('removed step')} → {self.identity_id} ({self.status})"


class TrackingEvent(models.Model):
    """A provider's event, kept once: the unique (provider, event id) makes replays no-ops."""

    provider = models.CharField(max_length=40)
    event_id = models.CharField(max_length=200)
    event_type = models.CharField(max_length=30)
    delivery = models.ForeignKey(
        Delivery, on_delete=models.CASCADE, null=True, blank=True, related_name="events"
    )
    occurred_at = models.DateTimeField()
    detail = models.CharField(max_length=500, blank=True)
    received_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-occurred_at"]
        verbose_name = _("tracking event")
        verbose_name_plural = _("tracking events")
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="funnel_event_once")
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.event_type} {self.event_id}"


class DispatchState(models.Model):
    """The tick's memory between runs: which dispatch task it enqueued last, so a stopped
    worker does not come back to thousands of queued dispatch tasks."""

    name = models.CharField(max_length=40, unique=True)
    task_result_id = models.CharField(max_length=64, blank=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name
