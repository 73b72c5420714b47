"""Held designs: a Compliance reviewer's sign-off on each risk of a design the insert policy
holds, a request for changes labelled as a blocked case, and the review workflow kept honest
when a design is edited while it waits (``docs/inserts.md``).

``design_sign_off`` is what the moderation step calls (``inserts/signoff.py``); print runs
check for the sign-off it records (``services.printrun_create``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Revision, TaskState, WorkflowState

import compliance
from core.compliance_cases import case_decide, case_record
from core.models import ComplianceCase

from . import gate
from .models import DesignSignOff, InsertDesign, InsertPolicyTask
from .signoff import SIGN_OFF_PERMISSION

if TYPE_CHECKING:
    from django.contrib.auth.models import User

logger = logging.getLogger(__name__)


class SignOffRefused(PermissionDenied):
    """A sign-off that cannot be recorded (not a Compliance reviewer, the texts changed since
    they were read, a risk left unconfirmed). A ``PermissionDenied``: a 403, never a 500."""


def _case_ref(design: InsertDesign, check: gate.DesignCheck) -> str:
    return f"inserts.design:{design.pk}:{check.text_sha256[:16]}"


def design_hold_record(*, design: InsertDesign, check: gate.DesignCheck) -> None:
    """A design was submitted and held for its risks: keep it as a pending labelled case."""
    case_record(
        source=ComplianceCase.Source.DESIGN,
        source_ref=_case_ref(design, check),
        text=check.document,
        policy=check.policy,
        lang=check.lang if check.lang in compliance.LANGUAGES else "en",
        risk_rule_ids=[risk.rule_id for risk in check.risks],
    )


def design_sign_off(
    *,
    design: InsertDesign,
    user: User,
    confirmed: Iterable[str],
    text_sha256: str,
    comment: str = "",
) -> DesignSignOff:
    """A Compliance reviewer confirms each risk of *design*'s latest revision, read as the
    texts with digest *text_sha256*: the sign-off that lets it be published and printed.

    Refused (``SignOffRefused``) unless *user* may sign off held designs, the texts are still
    the ones read and every risk is among *confirmed*; ``gate.InsertBlocked`` when a rule
    blocks the design outright."""
    if not user.has_perm(SIGN_OFF_PERMISSION):
        raise SignOffRefused(_("Only a compliance reviewer signs off a held design."))
    with transaction.atomic():
        design = InsertDesign.objects.select_for_update().get(pk=design.pk)
        revision = design.latest_revision
        if revision is None:
            raise SignOffRefused(_("This design has no saved revision to sign off."))
        check = gate.design_check(revision.as_object())
        if check.findings:
            raise gate.InsertBlocked(check.findings, _("This design cannot be signed off:"))
        if not check.risks:
            raise SignOffRefused(_("This design holds no risk to sign off."))
        if text_sha256 != check.text_sha256:
            raise SignOffRefused(
                _("The design changed since you read it: read it again before you sign off.")
            )
        missing = {risk.key for risk in check.risks} - set(confirmed)
        if missing:
            raise SignOffRefused(
                _("Confirm each risk before you approve: %(count)s not confirmed.")
                % {"count": len(missing)}
            )
        sign_off = DesignSignOff.objects.create(
            design=design,
            revision=revision,
            text_sha256=check.text_sha256,
            risks=[{**risk.to_dict(), "key": risk.key} for risk in check.risks],
            reviewer=user,
            comment=comment,
        )
        design_hold_record(design=design, check=check)
        case_decide(
            source=ComplianceCase.Source.DESIGN,
            source_ref=_case_ref(design, check),
            outcome=ComplianceCase.Outcome.APPROVED,
            reviewer=user,
            note=comment,
        )
    logger.info("Design %s signed off by %s (%s risks)", design.pk, user, len(check.risks))
    return sign_off


def design_hold_reject(
    *, design: InsertDesign, user: User, category: str = "", comment: str = ""
) -> None:
    """A reviewer requests changes to a design: when its latest revision was held for its
    risks, the case is labelled blocked for *category* (the first risk's when none is given)."""
    revision = design.latest_revision
    if revision is None:
        return
    check = gate.design_check(revision.as_object())
    if not check.held:
        return
    if category not in compliance.CATEGORIES:
        category = check.risks[0].category
    design_hold_record(design=design, check=check)
    case_decide(
        source=ComplianceCase.Source.DESIGN,
        source_ref=_case_ref(design, check),
        outcome=ComplianceCase.Outcome.REJECTED,
        reviewer=user,
        categories=[category],
        note=comment,
    )


def design_review_recheck(*, revision: Revision) -> None:
    """Keep the workflow honest when a design is edited while it waits for review.

    The policy step checks the revision that was submitted; an editor may save a new revision
    while the design waits for a reviewer, and the reviewer's approval publishes the latest one.
    When such an edit brings in something the policy blocks, the waiting step is rejected at
    once with the findings (the design goes to "needs changes"), instead of the reviewer's
    approval being refused later by the publish gate.
    """
    if revision.base_content_type.model_class() is not InsertDesign:
        return
    state = (
        WorkflowState.objects.active()
        .filter(
            base_content_type_id=revision.base_content_type_id,
            object_id=revision.object_id,
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        .select_related("current_task_state__task")
        .first()
    )
    if state is None or state.current_task_state is None:
        return
    current = state.current_task_state
    if current.status != TaskState.STATUS_IN_PROGRESS:
        return
    if isinstance(current.task.specific, InsertPolicyTask):
        return  # it decides on its own
    findings = gate.design_findings(revision.as_object())
    if findings:
        comment = "\n".join(
            [_("A change made during review brings in what the insert policy blocks:")]
            + [f"• {finding}" for finding in findings]
        )
        current.reject(user=None, comment=comment)
