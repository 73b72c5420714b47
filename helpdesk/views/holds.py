"""The compliance reviewers' queue of held replies and the decision screen."""

from django.contrib import messages as flash
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from .. import hold_selectors, selectors
from ..forms import (
    HoldApproveForm,
    HoldRejectForm,
)
from ..models import GateDecision
from ..services.holds import HoldNotPermitted, HoldRefused, hold_reject, may_decide_holds
from ..services.replies import hold_approve
from .tickets import _attachment_url, _hold_context


def _forbidden(request, reason: str):
    """A plain 403 with the reason (the admin would otherwise turn a refusal into a redirect
    to the dashboard)."""
    return render(
        request,
        "helpdesk/forbidden.html",
        {"reason": reason, "page_title": _("Not permitted")},
        status=403,
    )


def held_replies(request):
    """The replies held for review on the channels the user may decide, soonest due first."""
    if not hold_selectors.hold_channels(user=request.user).exists():
        return _forbidden(request, _("You may not decide held replies."))
    holds = list(hold_selectors.held_replies(user=request.user))
    return render(
        request,
        "helpdesk/holds.html",
        {
            "holds": [_hold_context(d) for d in holds],
            "recent": hold_selectors.hold_decisions_recent(user=request.user),
            "page_title": _("Held replies"),
        },
    )


def held_reply(request, pk: int):
    """One held reply: the conversation, the exact text with each risk marked, and the
    approve and reject forms. Only people who may decide holds on its channel see it."""
    decision = get_object_or_404(
        GateDecision.objects.select_related("ticket__channel", "channel", "author"),
        pk=pk,
        outcome=GateDecision.Outcome.REVIEW,
    )
    if not may_decide_holds(user=request.user, channel=decision.channel):
        return _forbidden(
            request,
            _("You may not decide held replies on %(channel)s.") % {"channel": decision.channel},
        )
    approve_form = HoldApproveForm(initial={"sha256": decision.checked_sha256})
    reject_form = HoldRejectForm(
        initial={"category": next((r.get("category") for r in decision.risks), "")}
    )
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "approve":
                approve_form = HoldApproveForm(request.POST)
                if approve_form.is_valid():
                    hold_approve(
                        decision=decision,
                        reviewer=request.user,
                        reason=approve_form.cleaned_data["reason"],
                        approved_sha256=approve_form.cleaned_data["sha256"],
                    )
                    flash.success(request, _("Approved: the reply is being sent."))
                    return redirect("helpdesk_holds")
            elif action == "reject":
                reject_form = HoldRejectForm(request.POST)
                if reject_form.is_valid():
                    hold_reject(
                        decision=decision,
                        reviewer=request.user,
                        reason=reject_form.cleaned_data["reason"],
                        category=reject_form.cleaned_data["category"],
                    )
                    flash.success(request, _("Rejected: the reply will not be sent."))
                    return redirect("helpdesk_holds")
            status = 400
        except HoldNotPermitted as error:
            return _forbidden(request, str(error))
        except HoldRefused as error:
            flash.error(request, str(error))
            status = 409
    ticket = decision.ticket
    return render(
        request,
        "helpdesk/hold.html",
        {
            "hold": _hold_context(decision),
            "ticket": ticket,
            "timeline": selectors.ticket_timeline(ticket=ticket, attachment_url=_attachment_url),
            "approve_form": approve_form,
            "reject_form": reject_form,
            "own": decision.author_id == request.user.pk,
            "page_title": _("Held reply on %(ticket)s") % {"ticket": ticket.reference},
        },
        status=status,
    )


# ---------------------------------------------------------------------------------------------
# Report and discount codes
