"""The automatic first step of the *Insert approval* workflow: the compliance gate decides a
submitted design revision by itself. Imported by ``models`` so Django registers the model with
the app."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from . import gate
from .models import InsertDesign


class InsertPolicyTask(Task):
    """A workflow step that needs no person: it runs the compliance gate on the submitted
    revision and rejects it with the findings (the workflow moves to "needs changes" with them
    as the comment), or approves it so the next step, a human review, can start.

    Put it first in the insert designs' workflow (a data migration does so for "Insert
    approval"). Designs of other models pass through untouched."""

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        obj = task_state.revision.as_object()
        if not isinstance(obj, InsertDesign):
            task_state.approve(user=None, update=False, comment="")
            return task_state
        check = gate.design_check(obj)
        if check.findings:
            comment = "\n".join(
                [str(_("The insert policy found:"))]
                + [f"• {finding}" for finding in check.findings]
            )
            task_state.reject(user=None, update=False, comment=comment)
        elif check.risks:
            from .holds import design_hold_record

            design_hold_record(design=obj, check=check)
            comment = "\n".join(
                [str(_("Held for review: a compliance reviewer confirms each risk."))]
                + [f"• {risk}" for risk in check.risks]
            )
            task_state.approve(user=None, update=False, comment=comment)
        else:
            task_state.approve(
                user=None, update=False, comment=str(_("The insert policy found nothing."))
            )
        return task_state

    def get_actions(self, obj, user):
        return []  # nobody acts on this step: it decides by itself

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return TaskState.objects.none()

    @classmethod
    def get_description(cls):
        return _("Checks marketplace designs against the insert policy and rejects with findings")

    class Meta:
        verbose_name = _("insert policy check")
        verbose_name_plural = _("insert policy checks")
