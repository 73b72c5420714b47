"""Tickets and their stopped response clocks: the state an agent works on, and what the SLA
report reads."""

import re

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .channels import Channel

#: Amazon order ids: 3-7-7 digits (e.g. 302-1234567-1234567).
AMAZON_ORDER_RE = re.compile(r"\b(\d{3}-\d{7}-\d{7})\b")


class Ticket(models.Model):
    """One conversation with one customer on one channel. The SLA clock runs while
    ``awaiting_since`` is set: from the first unanswered customer message until a human reply
    (auto-replies don't count), "no response needed" or solving the ticket."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        PENDING = "pending", _("Waiting for customer")
        NO_RESPONSE_NEEDED = "no_response_needed", _("No response needed")
        SOLVED = "solved", _("Solved")

    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="tickets")
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    customer = models.ForeignKey(
        "customers.Customer", on_delete=models.PROTECT, related_name="tickets"
    )
    identity = models.ForeignKey(
        "customers.ChannelIdentity",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="tickets",
    )
    reply_to = models.EmailField(
        _("replies go to"), help_text=_("The buyer's relay address on Amazon.")
    )
    amazon_order_id = models.CharField(
        _("Amazon order number"), max_length=19, blank=True, db_index=True
    )
    tracking_number = models.CharField(_("tracking number"), max_length=64, blank=True)
    registration = models.ForeignKey(
        "registration.Registration",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tickets",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="helpdesk_tickets",
        verbose_name=_("assignee"),
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    awaiting_since = models.DateTimeField(_("waiting since"), null=True, blank=True)
    response_due_at = models.DateTimeField(_("response due"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    last_message_at = models.DateTimeField(_("last message"), default=timezone.now)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    claim_acknowledged_at = models.DateTimeField(
        _("claim acknowledged"), null=True, blank=True, editable=False
    )
    purged_at = models.DateTimeField(
        _("content removed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the retention period of this closed ticket ended and its content went."),
    )

    #: Not a column: set on the past tickets ``selectors.customer_360`` lists, whether the agent
    #: looking may open that ticket.
    can_open: bool

    class Meta:
        ordering = ["response_due_at", "-last_message_at"]
        verbose_name = _("ticket")
        verbose_name_plural = _("tickets")
        indexes = [
            models.Index(fields=["channel", "status", "response_due_at"]),
            models.Index(fields=["reply_to", "amazon_order_id"]),
        ]
        permissions = [
            ("work_marketplace_tickets", _("Can answer Amazon tickets")),
            ("work_owned_tickets", _("Can answer own-store, site and e-mail tickets")),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.subject}"

    @property
    def reference(self) -> str:
        return f"#{self.pk}"

    @property
    def is_overdue(self) -> bool:
        return bool(self.response_due_at and self.response_due_at < timezone.now())

    @property
    def sla_state(self) -> str:
        """``overdue``, ``due-soon`` (within a quarter of the target, at most 4 h), ``ok``, or
        empty while no clock runs: the badge the inbox and the ticket show."""
        if not self.response_due_at:
            return ""
        now = timezone.now()
        if self.response_due_at < now:
            return "overdue"
        margin = min(self.channel.response_target_minutes / 4, 240)
        if (self.response_due_at - now).total_seconds() < margin * 60:
            return "due-soon"
        return "ok"


class SlaRecord(models.Model):
    """One stopped response clock: when the customer started waiting, when the answer was due,
    when and how the wait ended, and how long it took in the channel's clock (24/7 on Amazon,
    business minutes where the channel counts business hours). The SLA report reads these."""

    class Outcome(models.TextChoices):
        REPLIED = "replied", _("Replied")
        NO_RESPONSE_NEEDED = "no_response_needed", _("No response needed")
        SOLVED = "solved", _("Solved without reply")

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="sla_records")
    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="sla_records")
    first = models.BooleanField(_("first response"), default=False)
    started_at = models.DateTimeField()
    due_at = models.DateTimeField()
    stopped_at = models.DateTimeField()
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    elapsed_minutes = models.PositiveIntegerField()
    breached = models.BooleanField()

    class Meta:
        ordering = ["-stopped_at"]
        indexes = [models.Index(fields=["channel", "stopped_at"])]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.ticket.reference} {self.outcome} {self.elapsed_minutes} min"
