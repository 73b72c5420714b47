"""Reads of the review queue for held replies: who may decide holds on which channels, the
replies waiting, recent decisions and a ticket's holds (``helpdesk/services/holds.py`` writes
the decisions; ``docs/helpdesk.md`` describes the queue)."""

from django.contrib.auth.models import User
from django.db.models import F, Q, QuerySet

from .models import Channel, GateDecision, Ticket

HOLD_REVIEW_PERMISSION = "helpdesk.review_held_replies"


def hold_channels(*, user: User) -> QuerySet[Channel]:
    """The channels on which *user* may approve or reject held replies: every channel with the
    review permission (Compliance reviewers), else those that name them."""
    if not user.is_active:
        return Channel.objects.none()
    if user.has_perm(HOLD_REVIEW_PERMISSION):
        return Channel.objects.all()
    return Channel.objects.filter(hold_approvers=user)


def held_replies_pending() -> QuerySet[GateDecision]:
    """Replies held for review that nobody decided yet, the soonest due first (the response
    clock keeps running while a reply is held)."""
    return (
        GateDecision.objects.filter(outcome=GateDecision.Outcome.REVIEW, hold_decision__isnull=True)
        .select_related("ticket", "channel", "author")
        .order_by(F("ticket__response_due_at").asc(nulls_last=True), "created_at", "pk")
    )


def held_replies(*, user: User) -> QuerySet[GateDecision]:
    """The review queue of *user*: pending holds on the channels they may decide."""
    return held_replies_pending().filter(channel__in=hold_channels(user=user))


def held_replies_count(*, user: User) -> int:
    """How many held replies wait for *user* (the admin menu's badge); their own excluded."""
    return held_replies(user=user).exclude(author=user).count()


def hold_decisions_recent(*, user: User, limit: int = 20) -> QuerySet[GateDecision]:
    """The latest decided holds on *user*'s channels, for the queue's history."""
    return (
        GateDecision.objects.filter(
            outcome=GateDecision.Outcome.REVIEW,
            hold_decision__isnull=False,
            channel__in=hold_channels(user=user),
        )
        .select_related("ticket", "channel", "author", "hold_decision__reviewer")
        .order_by("-hold_decision__created_at")[:limit]
    )


def ticket_holds(*, ticket: Ticket) -> list[GateDecision]:
    """The replies held on *ticket*, newest first, with what became of them."""
    return list(
        GateDecision.objects.filter(ticket=ticket, outcome=GateDecision.Outcome.REVIEW)
        .select_related("author", "hold_decision__reviewer")
        .order_by("-created_at", "-pk")[:10]
    )


def hold_reviewers() -> QuerySet[User]:
    """Active staff who may decide held replies somewhere: holders of the review permission
    (through a group or directly; superusers only when they hold it so) and the people a channel
    names."""
    app_label, codename = HOLD_REVIEW_PERMISSION.split(".")
    holds = Q(
        user_permissions__codename=codename, user_permissions__content_type__app_label=app_label
    )
    holds |= Q(
        groups__permissions__codename=codename,
        groups__permissions__content_type__app_label=app_label,
    )
    holds |= Q(helpdesk_hold_channels__isnull=False)
    return User.objects.filter(holds, is_active=True).distinct().order_by("username")
