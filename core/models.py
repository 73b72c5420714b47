"""The ground floor's one model: the reviewers' labelled compliance cases.

Both gates hold texts for a person's review: the helpdesk a marketplace reply, the inserts app a
card design. Every such hold is kept here with the text, the risk signals that fired and, once
a reviewer decides, the label (approved = allowed; rejected = blocked, with a category). The
labelled cases are the loop that teaches the linter: ``manage.py compliance_cases export`` writes
them in the corpus schema of ``tests/compliance/corpus`` and the *Compliance holds* report shows
which signals turn out harmless and which harmful. The evidence of each decision stays in the
owning app (the helpdesk's append-only record, the design's sign-off); this table is the
learning copy, written through ``core.compliance_cases`` only.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ComplianceCase(models.Model):
    """One text a gate held for review, and what the reviewer decided about it."""

    class Source(models.TextChoices):
        REPLY = "reply", _("Helpdesk reply")
        DESIGN = "design", _("Insert design")

    class Outcome(models.TextChoices):
        PENDING = "pending", _("Waiting for a reviewer")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn by its author")

    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    source_ref = models.CharField(
        _("reference"), max_length=80, help_text=_("The held item in its app.")
    )
    text = models.TextField(_("text"))
    policy = models.CharField(_("policy"), max_length=20)
    lang = models.CharField(_("language"), max_length=10)
    risk_rule_ids = models.JSONField(_("risk signals"), default=list)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.PENDING
    )
    categories = models.JSONField(_("categories"), default=list, blank=True)
    note = models.TextField(_("reviewer's reason"), blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    held_at = models.DateTimeField(_("held"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    redacted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-held_at", "-pk"]
        verbose_name = _("compliance case")
        verbose_name_plural = _("compliance cases")
        default_permissions = ("view",)
        constraints = [
            models.UniqueConstraint(fields=["source", "source_ref"], name="core_case_one_per_hold")
        ]
        indexes = [models.Index(fields=["outcome", "held_at"])]

    def __str__(self) -> str:
        return f"{self.get_source_display()} {self.source_ref}: {self.get_outcome_display()}"
