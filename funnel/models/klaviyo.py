"""The Klaviyo mirror: which identities were synced and how."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class KlaviyoSync(models.Model):
    """Outbox of calls to Klaviyo, flushed in batches by a task: one row per profile change or
    event, so an outage or a 429 delays a sync but never loses or duplicates it."""

    class Kind(models.TextChoices):
        SUBSCRIBE = "subscribe", _("Subscribe")
        UNSUBSCRIBE = "unsubscribe", _("Unsubscribe")
        EVENT = "event", _("Registered Product event")
        DELETE = "delete", _("Delete the profile (erasure)")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Being sent")
        DONE = "done", _("Done")
        SKIPPED = "skipped", _("Skipped (not marketable)")
        FAILED = "failed", _("Failed")

    kind = models.CharField(max_length=16, choices=Kind.choices)
    identity = models.ForeignKey(
        "customers.ChannelIdentity", on_delete=models.CASCADE, null=True, related_name="+"
    )
    registration = models.ForeignKey(
        "registration.Registration", on_delete=models.CASCADE, null=True, related_name="+"
    )
    # Unsubscribes keep the address: the identity may have been erased by the time they leave.
    email = models.EmailField(blank=True)
    consent_record_id = models.BigIntegerField(null=True, blank=True)
    historical = models.BooleanField(default=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    due_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    claim_token = models.UUIDField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("Klaviyo sync")
        verbose_name_plural = _("Klaviyo syncs")
        indexes = [models.Index(fields=["status", "due_at"], name="funnel_klaviyo_due")]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} ({self.status})"


class KlaviyoProfile(models.Model):
    """Addresses this site has subscribed in Klaviyo (by hash), so an unsubscribe is sent only
    for someone Klaviyo already knows: nobody else's address ever leaves."""

    address_hash = models.CharField(max_length=64, unique=True)
    subscribed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.address_hash[:12]

    @property
    def is_subscribed(self) -> bool:
        return bool(
            self.subscribed_at
            and (self.unsubscribed_at is None or self.unsubscribed_at < self.subscribed_at)
        )
