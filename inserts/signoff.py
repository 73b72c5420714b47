"""Held designs: a Compliance reviewer's sign-off of a design's risks, and the moderation step
that takes it.

A marketplace design on which the ``insert`` policy finds no violation but broad risk signals
fire (``review``) can be saved and previewed; it is approved for printing only when a
Compliance reviewer confirms each risk in the *Compliance review of inserts* step of the
*Insert approval* workflow (``InsertReviewTask``). The sign-off records who confirmed what, for
exactly which texts (their digest); publishing and every print run look for it
(``gate.ensure_printable``), and a print run records it. Imported by ``models`` so Django
registers both models with the app.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from core.append_only import AppendOnlyModel

SIGN_OFF_PERMISSION = "inserts.sign_off_insertdesign"


class DesignSignOff(AppendOnlyModel):
    """A Compliance reviewer confirmed each risk of one design's exact texts. Never changed or
    deleted: print runs point at it as the record of who signed off."""

    design = models.ForeignKey(
        "inserts.InsertDesign",
        verbose_name=_("design"),
        on_delete=models.PROTECT,
        related_name="sign_offs",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    text_sha256 = models.CharField(_("digest of the texts"), max_length=64, db_index=True)
    risks = models.JSONField(_("risks confirmed"), default=list)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed off by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    comment = models.TextField(_("comment"), blank=True)
    signed_at = models.DateTimeField(_("signed off"), default=timezone.now)

    class Meta:
        ordering = ["-signed_at", "-pk"]
        verbose_name = _("sign-off of a held design")
        verbose_name_plural = _("sign-offs of held designs")
        default_permissions = ("view",)

    def __str__(self) -> str:
        return _("Signed off by %(who)s on %(when)s (%(count)s risks confirmed)") % {
            "who": self.reviewer,
            "when": f"{timezone.localtime(self.signed_at):%Y-%m-%d %H:%M}",
            "count": len(self.risks),
        }

    def confirmed_keys(self) -> list[str]:
        return [str(risk.get("key", "")) for risk in self.risks]


class RiskKeys(forms.Field):
    """A list of risk keys from repeated form fields (checkboxes, hidden inputs)."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        return [str(v) for v in (value or [])]


class SignOffForm(forms.Form):
    """The moderation step's sign-off: one ticked box per risk shown (``shown`` lists them,
    ``text_sha256`` names the texts read); the task checks both against the design again."""

    confirmed = RiskKeys(required=False)
    shown = RiskKeys(required=False)
    text_sha256 = forms.CharField(widget=forms.HiddenInput, max_length=64)
    comment = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def clean(self):
        cleaned = super().clean()
        missing = set(cleaned.get("shown") or []) - set(cleaned.get("confirmed") or [])
        if missing or not cleaned.get("shown"):
            raise ValidationError(
                _("Confirm each risk before you approve: %(count)s not confirmed.")
                % {"count": len(missing)}
            )
        return cleaned


class ReviewRejectForm(forms.Form):
    """Request changes, saying what the design breaks (kept as the labelled case's category
    when the design was held for its risks)."""

    category = forms.ChoiceField(label=_("What the design breaks"), required=False)
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, **kwargs):
        import compliance
        from core.compliance_cases import CATEGORY_LABELS

        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("Not a policy matter")), *(
            (c, CATEGORY_LABELS.get(c, c)) for c in compliance.CATEGORIES
        )]  # fmt: skip


class InsertReviewTask(AbstractGroupApprovalTask):
    """The Compliance reviewers' step of the *Insert approval* workflow.

    A design without risks is approved as in any group approval. A held design (risk signals,
    no violation) offers no plain approval: the reviewer ticks each risk and signs off
    (``holds.design_sign_off``), which records the sign-off and then approves, so the
    publish that ends the workflow finds it. "Request changes" may name the category the
    design breaks."""

    def _held(self, obj) -> bool:
        from . import gate
        from .models import InsertDesign

        if not isinstance(obj, InsertDesign):
            return False
        return gate.design_check(obj.get_latest_revision_as_object()).held

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and self._held(obj):
            return [
                ("reject", _("Request changes"), True),
                ("sign_off", _("Confirm each risk and approve"), True),
            ]
        return actions

    def get_form_for_action(self, action):
        if action == "sign_off":
            return SignOffForm
        if action == "reject":
            return ReviewRejectForm
        return super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action == "sign_off":
            return "inserts/admin/sign_off_modal.html"
        return super().get_template_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        from . import holds

        design = task_state.workflow_state.content_object
        if action_name == "sign_off":
            holds.design_sign_off(
                design=design,
                user=user,
                confirmed=kwargs.get("confirmed") or [],
                text_sha256=kwargs.get("text_sha256", ""),
                comment=kwargs.get("comment", ""),
            )
            task_state.approve(user=user, comment=kwargs.get("comment", ""))
            return None
        if action_name == "approve" and self._held(design):
            raise PermissionDenied(_("A held design is approved by confirming each risk."))
        if action_name == "reject":
            holds.design_hold_reject(
                design=design,
                user=user,
                category=kwargs.get("category", ""),
                comment=kwargs.get("comment", ""),
            )
            task_state.reject(user=user, comment=kwargs.get("comment", ""))
            return None
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Compliance reviewers approve insert designs; a design held for its risks is "
            "approved only by confirming each risk"
        )

    class Meta:
        verbose_name = _("compliance review of inserts")
        verbose_name_plural = _("compliance reviews of inserts")
