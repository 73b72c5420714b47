"""Intake bookkeeping: which provider deliveries were handled, and the mail that could not be
stored as a ticket message and waits for a person (the quarantine)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .record import Message


class QuarantinedMail(models.Model):
    """A delivery intake could not store as a ticket message, kept as received: the raw message
    (``.eml``) or, when not even the provider's post could be read, the post itself. A retry runs
    intake again; nothing here is ever dropped."""

    class Kind(models.TextChoices):
        MESSAGE = "message", _("Mail message")
        PAYLOAD = "payload", _("Provider post")

    class Status(models.TextChoices):
        QUARANTINED = "quarantined", _("Waiting")
        RELEASED = "released", _("Stored as a ticket message")

    provider = models.CharField(_("provider"), max_length=40)
    webhook = models.CharField(
        _("webhook"), max_length=40, blank=True, help_text=_("The provider's webhook name.")
    )
    event_id = models.CharField(_("provider's event id"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    content_type = models.CharField(_("content type"), max_length=255)
    raw = models.FileField(_("as received"), upload_to="helpdesk/quarantine/%Y/%m/")
    size = models.PositiveIntegerField(_("size"), default=0)
    sha256 = models.CharField(max_length=64)
    sender = models.CharField(_("sender"), max_length=320, blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    envelope_sender = models.CharField(max_length=320, blank=True)
    envelope_recipient = models.CharField(max_length=320, blank=True)
    error = models.TextField(_("why it waits"))
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.QUARANTINED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=1)
    message = models.ForeignKey(
        Message,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("stored as"),
    )
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    last_attempt_at = models.DateTimeField(_("last attempt"), default=timezone.now)
    released_at = models.DateTimeField(_("released"), null=True, blank=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("released by"),
    )

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("quarantined mail")
        verbose_name_plural = _("quarantined mail")
        default_permissions = ("view",)
        permissions = [("retry_quarantinedmail", _("Can run intake again on quarantined mail"))]

    def __str__(self) -> str:
        return self.subject or self.sender or _("Mail %(id)s") % {"id": self.pk}

    @property
    def download_name(self) -> str:
        extension = "eml" if self.kind == self.Kind.MESSAGE else "txt"
        return f"quarantined-{self.pk}.{extension}"


class InboundEvent(models.Model):
    """One delivery a provider made, by its own event id (Postmark's ``MessageID``, Mailgun's
    token): a redelivery finds it and stores nothing twice, also for mail without a Message-ID.
    The digest of what the mail says tells a redelivery from another mail that reuses a
    Message-ID."""

    provider = models.CharField(max_length=40)
    event_id = models.CharField(max_length=255, blank=True)
    digest = models.CharField(max_length=64, blank=True, db_index=True)
    message = models.ForeignKey(
        Message, on_delete=models.PROTECT, null=True, blank=True, related_name="inbound_events"
    )
    quarantined = models.ForeignKey(
        QuarantinedMail,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="inbound_events",
    )
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "event_id"],
                condition=~Q(event_id=""),
                name="helpdesk_inboundevent_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.event_id}"
