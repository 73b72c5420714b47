"""Held replies: what a reviewer decided about a reply the send gate held for review, and the
reviewers' e-mail digests.

A held reply is the ``GateDecision`` whose ``outcome`` is ``review``: it already records the
exact text (subject and body as they would leave), its digest, the risk signals and who wrote
it. ``HoldDecision`` is the one answer to it — approved (the exact text, by its digest, may
leave), rejected (never leaves) or withdrawn (the agent rephrased first) — append-only like the
rest of the conversation record, down to database triggers (``helpdesk.audit_guard``). Being
one-to-one, a hold is decided once, whoever clicks first.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .record import AppendOnlyRecord, GateDecision


class HoldDecision(AppendOnlyRecord):
    """A reviewer's decision about one held reply, with the reason; for an approval, the
    digest of the exact text approved (``reply_deliver`` sends nothing else)."""

    class Verdict(models.TextChoices):
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn by the agent")

    decision = models.OneToOneField(
        GateDecision,
        on_delete=models.PROTECT,
        related_name="hold_decision",
        verbose_name=_("held reply"),
    )
    verdict = models.CharField(_("verdict"), max_length=10, choices=Verdict.choices)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    reason = models.TextField(_("reason"))
    category = models.CharField(
        _("category"), max_length=40, blank=True, help_text=_("Rejections: what the text breaks.")
    )
    approved_sha256 = models.CharField(_("digest of the approved text"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("decision on a held reply")
        verbose_name_plural = _("decisions on held replies")
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.decision.ticket.reference} {self.get_verdict_display()}"


class HoldDigest(models.Model):
    """One e-mail digest of held replies sent to one reviewer: when, and how many holds it
    listed. The next digest only goes out when something new was held since."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)
    holds = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-sent_at"]
        indexes = [models.Index(fields=["recipient", "sent_at"])]
        default_permissions = ()

    def __str__(self) -> str:
        return f"{self.recipient} {self.sent_at:%Y-%m-%d %H:%M} ({self.holds})"
