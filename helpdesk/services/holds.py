"""Held replies: who may decide them, rejection and withdrawal, the record every decision
leaves, and the reviewers' e-mail digest.

On a marketplace channel a reply whose linter decision is ``review`` (risk signals, no rule
proving a violation) is not sent: ``replies.reply_send`` stores it as a held ``GateDecision``.
A Compliance reviewer (permission ``helpdesk.review_held_replies``, every channel) or a person
the channel names under "may approve held replies" decides it, with a reason:

- approve: ``replies.hold_approve``, part of the send gate, stores exactly the held text as the
  reply, and delivery sends it only while its digest is the approved one;
- reject (``hold_reject``): it never leaves; the reason and the category it breaks are kept;
- the agent may instead send a rephrased reply, which is checked again and withdraws the
  earlier hold (``hold_withdraw_pending``), so only the newest wording can ever leave.

Nobody approves their own reply. Every decision is a ``HoldDecision`` (append-only), a line of
the ticket's timeline and a labelled case for the linter (``core.compliance_cases``). The
response clock keeps running while a reply is held.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

import compliance
from core.compliance_cases import case_decide, case_record
from core.models import ComplianceCase

from ..models import Channel, GateDecision, HoldDecision, HoldDigest, Ticket
from .tickets import ticket_event_add

logger = logging.getLogger(__name__)

REVIEW_PERMISSION = "helpdesk.review_held_replies"
REVIEW = GateDecision.Outcome.REVIEW


class HoldRefused(Exception):
    """A decision on a held reply that cannot be taken (decided already, no reason given, the
    text changed since it was read); nothing was changed."""


class HoldNotPermitted(PermissionDenied):
    """The person may not decide this held reply (a 403 wherever it reaches a view)."""


def may_decide_holds(*, user: User, channel: Channel) -> bool:
    """Whether *user* may approve or reject held replies on *channel*."""
    if not user.is_active:
        return False
    if user.has_perm(REVIEW_PERMISSION):
        return True
    return channel.hold_approvers.filter(pk=user.pk).exists()


def hold_check_decidable(*, decision: GateDecision, user: User, approving: bool) -> None:
    """Refuse unless *user* may take a decision on the held reply *decision* now."""
    if decision.outcome != REVIEW:
        raise HoldRefused(_("This reply was not held for review."))
    if not may_decide_holds(user=user, channel=decision.channel):
        raise HoldNotPermitted(
            _("You may not decide held replies on %(channel)s.") % {"channel": decision.channel}
        )
    if HoldDecision.objects.filter(decision=decision).exists():
        raise HoldRefused(_("This held reply has been decided already."))
    if approving and decision.author_id is not None and decision.author_id == user.pk:
        raise HoldNotPermitted(_("Nobody approves their own reply: another reviewer decides it."))


def case_ref(decision: GateDecision) -> str:
    return f"helpdesk.gatedecision:{decision.pk}"


def case_language(text: str, lang: str | None) -> str:
    """The text's language as the corpus names it."""
    if lang in compliance.LANGUAGES:
        return str(lang)
    return compliance.detect_language(text) or "en"


def hold_record_held(*, decision: GateDecision, lang: str | None) -> None:
    """A reply was held: a line in the ticket's timeline and a pending labelled case."""
    ticket_event_add(
        ticket=decision.ticket, actor=decision.author, field_name="hold", old="", new="held"
    )
    case_record(
        source=ComplianceCase.Source.REPLY,
        source_ref=case_ref(decision),
        text=decision.checked_text,
        policy=decision.policy,
        lang=case_language(decision.checked_text, lang),
        risk_rule_ids=[str(r.get("rule_id", "")) for r in decision.risks],
        held_at=decision.created_at,
    )


def hold_record_decided(*, hold: HoldDecision) -> None:
    """A held reply was decided: a line in the ticket's timeline and the case's label."""
    decision = hold.decision
    ticket_event_add(
        ticket=decision.ticket, actor=hold.reviewer, field_name="hold", old="held", new=hold.verdict
    )
    case_decide(
        source=ComplianceCase.Source.REPLY,
        source_ref=case_ref(decision),
        outcome=hold.verdict,
        reviewer=hold.reviewer,
        categories=[hold.category] if hold.category else [],
        note=hold.reason,
        decided_at=hold.created_at,
    )


def hold_reject(
    *, decision: GateDecision, reviewer: User, reason: str, category: str
) -> HoldDecision:
    """Reject a held reply: it never leaves. The reason and the category it breaks are kept
    (the agent sees them on the ticket; the linter's loop learns from them)."""
    reason = (reason or "").strip()
    if not reason:
        raise HoldRefused(_("Give a reason for your decision."))
    if category not in compliance.CATEGORIES:
        raise HoldRefused(_("Choose what the reply breaks."))
    with transaction.atomic():
        Ticket.objects.select_for_update().get(pk=decision.ticket_id)
        decision = GateDecision.objects.select_related("ticket", "channel").get(pk=decision.pk)
        hold_check_decidable(decision=decision, user=reviewer, approving=False)
        hold = HoldDecision.objects.create(
            decision=decision,
            verdict=HoldDecision.Verdict.REJECTED,
            reviewer=reviewer,
            reason=reason,
            category=category,
        )
        hold_record_decided(hold=hold)
    return hold


def hold_withdraw_pending(
    *, ticket: Ticket, actor: User | None, keep: GateDecision | None = None
) -> int:
    """The agent sent a new version of the reply (the caller holds the ticket's lock): earlier
    replies still waiting for review are withdrawn, so a reviewer can no longer approve them."""
    pending = GateDecision.objects.filter(
        ticket=ticket, outcome=REVIEW, hold_decision__isnull=True
    ).select_related("ticket")
    if keep is not None:
        pending = pending.exclude(pk=keep.pk)
    count = 0
    for decision in pending:
        hold = HoldDecision.objects.create(
            decision=decision,
            verdict=HoldDecision.Verdict.WITHDRAWN,
            reviewer=actor,
            reason=_("Replaced by a new reply from the agent."),
        )
        hold_record_decided(hold=hold)
        count += 1
    return count


# ---------------------------------------------------------------------------------------------
# The reviewers' e-mail digest (``manage.py held_replies_digest`` from cron)


def held_replies_digest_send(*, now: datetime | None = None) -> int:
    """E-mail every reviewer the held replies waiting for them, soonest due first. A reviewer
    gets a digest only when something was held since their last one, and at most once every
    ``HELPDESK_HOLD_DIGEST_MINUTES``; their own replies are not listed. Returns the number of
    digests sent. A failed send is logged and tried again at the next run."""
    from .. import hold_selectors

    now = now or timezone.now()
    interval = timedelta(minutes=getattr(settings, "HELPDESK_HOLD_DIGEST_MINUTES", 60))
    pending = list(hold_selectors.held_replies_pending())
    if not pending:
        return 0
    sent = 0
    for user in hold_selectors.hold_reviewers():
        if not user.email:
            continue
        mine = [
            d
            for d in pending
            if d.author_id != user.pk and may_decide_holds(user=user, channel=d.channel)
        ]
        if not mine:
            continue
        last = HoldDigest.objects.filter(recipient=user).order_by("-sent_at").first()
        if last is not None and (
            last.sent_at > now - interval or all(d.created_at <= last.sent_at for d in mine)
        ):
            continue
        try:
            _digest_mail(user=user, holds=mine).send()
        except Exception as error:  # the next run tries again; nothing is recorded as sent
            logger.warning("Held-reply digest to %s failed: %s", user.email, error)
            continue
        HoldDigest.objects.create(recipient=user, sent_at=now, holds=len(mine))
        sent += 1
    return sent


def _digest_mail(*, user: User, holds: list[GateDecision]) -> EmailMessage:
    language = settings.LANGUAGE_CODE
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None and profile.get_preferred_language():
        language = profile.get_preferred_language()
    base = settings.SITE_URL.rstrip("/")
    with translation.override(language):
        subject = _("%(count)s held replies wait for your review") % {"count": len(holds)}
        lines = [
            _(
                "These replies to marketplace buyers were held for compliance review and have "
                "not been sent. The customer's response clock keeps running."
            ),
            "",
        ]
        for decision in holds:
            ticket = decision.ticket
            due = (
                _("due %(time)s")
                % {
                    "time": formats.date_format(
                        timezone.localtime(ticket.response_due_at), "SHORT_DATETIME_FORMAT"
                    )
                }
                if ticket.response_due_at
                else _("no response due")
            )
            signals = ", ".join(dict.fromkeys(str(r.get("category", "")) for r in decision.risks))
            lines.append(
                f"- {ticket.reference} {ticket.subject} · {decision.channel} · {due} · {signals}"
            )
            lines.append(f"  {base}{reverse('helpdesk_hold', args=[decision.pk])}")
        lines += [
            "",
            _("All held replies: %(url)s") % {"url": f"{base}{reverse('helpdesk_holds')}"},
        ]
    return EmailMessage(
        subject=subject,
        body="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )
