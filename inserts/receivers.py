"""Keeps the workflow honest when a design is edited while it waits for review.

The policy step checks the revision that was submitted; an editor may save a new revision while
the design waits for a reviewer, and the reviewer's approval publishes the latest one. When such
an edit brings in something the policy blocks, the waiting step is rejected at once with the
findings (the design goes to "needs changes"), instead of the reviewer's approval being refused
later by the publish gate."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.models import Revision, TaskState, WorkflowState

from . import gate
from .models import InsertDesign, InsertPolicyTask


@receiver(post_save, sender=Revision, dispatch_uid="inserts.recheck_during_review")
def recheck_during_review(sender, instance: Revision, created: bool, **kwargs) -> None:
    if not created or instance.base_content_type.model_class() is not InsertDesign:
        return
    state = (
        WorkflowState.objects.active()
        .filter(
            base_content_type_id=instance.base_content_type_id,
            object_id=instance.object_id,
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
    findings = gate.design_findings(instance.as_object())
    if findings:
        comment = "\n".join(
            [_("A change made during review brings in what the insert policy blocks:")]
            + [f"• {finding}" for finding in findings]
        )
        current.reject(user=None, comment=comment)
