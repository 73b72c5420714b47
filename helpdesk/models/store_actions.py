"""Every change an agent asked of the own store from a ticket (refund a line, a replacement
draft order, cancel an order), refused or done: who, when, from which ticket, on which order,
with what, what came of it and the store's ids. Append-only, like the conversation record, down
to database triggers (``helpdesk.audit_guard.STORE_ACTION_GUARDS``); an erasure blanks the free
text once (``helpdesk.services.privacy.tickets_redact``)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .record import AppendOnlyRecord
from .tickets import Ticket


class StoreAction(AppendOnlyRecord):
    class Kind(models.TextChoices):
        REFUND = "refund", _("Refund a line")
        RESEND = "resend", _("Replacement (draft order)")
        CANCEL = "cancel", _("Cancel the order")

    class Outcome(models.TextChoices):
        DONE = "done", _("Done")
        REFUSED = "refused", _("Refused here")
        FAILED = "failed", _("Refused or failed in the store")

    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="store_actions")
    order = models.ForeignKey(
        "customers.Order", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    kind = models.CharField(_("action"), max_length=10, choices=Kind.choices)
    parameters = models.JSONField(_("parameters"), default=dict, blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    detail = models.TextField(_("detail"), blank=True)
    shopify_ids = models.JSONField(_("Shopify ids"), default=list, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    #: When an erasure or the retention blanked the free text (the reason, the note, the
    #: detail); the rest stays.
    redacted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("store action")
        verbose_name_plural = _("store actions")
        default_permissions = ("view",)
        permissions = [
            ("store_actions", _("Can refund, replace and cancel own-store orders from a ticket"))
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.get_outcome_display()}"
