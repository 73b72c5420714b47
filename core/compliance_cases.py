"""The reviewers' labelled compliance cases: writes (a hold is kept, a reviewer's decision labels
it, an erasure blanks it) and reads (the export in the corpus schema, the holds report).

The helpdesk calls these when a reply is held and decided, the inserts app when a design is held
and signed off or sent back (``core.models`` says why the cases live on the ground floor). A
case is labelled by a person: approved means the text is allowed, rejected means it is blocked
for the category the reviewer chose. Withdrawn holds (the author rephrased first) and pending
ones are never exported: nobody decided them.
"""

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import ComplianceCase

Outcome = ComplianceCase.Outcome

#: What a reviewer can say a held text breaks: the linter's categories, in words (the keys are
#: ``compliance.CATEGORIES``, which the ground floor names without importing the linter).
CATEGORY_LABELS = {
    "link": _("A link"),
    "obfuscated_link": _("A disguised address"),
    "contact_diversion": _("Contact outside the marketplace"),
    "discount": _("A discount or coupon"),
    "promotion": _("Promotion or marketing"),
    "review_solicitation": _("Asking for a (positive) review"),
    "review_incentive": _("Something of value for a review"),
    "newsletter_signup": _("A newsletter or mailing list"),
    "social_media": _("Social media or a messenger"),
    "emoji": _("Emoji or decoration"),
    "opt_out": _("Marketing opt-out wording"),
    "competitor_disparagement": _("Knocking other sellers"),
}


def case_record(
    *,
    source: str,
    source_ref: str,
    text: str,
    policy: str,
    lang: str,
    risk_rule_ids: Sequence[str],
    held_at: datetime | None = None,
) -> ComplianceCase:
    """Keep a held text as a pending case, once per hold (a second call changes nothing)."""
    case, _created = ComplianceCase.objects.get_or_create(
        source=source,
        source_ref=source_ref,
        defaults={
            "text": text,
            "policy": policy,
            "lang": lang,
            "risk_rule_ids": list(dict.fromkeys(risk_rule_ids)),
            "held_at": held_at or timezone.now(),
        },
    )
    return case


def case_decide(
    *,
    source: str,
    source_ref: str,
    outcome: str,
    reviewer: AbstractBaseUser | None,
    categories: Sequence[str] = (),
    note: str = "",
    decided_at: datetime | None = None,
) -> int:
    """Label the case of one hold with a reviewer's decision; the number of cases labelled (0
    when the hold was never kept). A rejection names at least one category."""
    Outcome(outcome)  # refuses unknown values
    if outcome == Outcome.REJECTED and not categories:
        raise ValueError("A rejected case names the category it breaks.")
    with transaction.atomic():
        return ComplianceCase.objects.filter(
            source=source, source_ref=source_ref, outcome=Outcome.PENDING
        ).update(
            outcome=outcome,
            categories=list(categories) if outcome == Outcome.REJECTED else [],
            note=note,
            reviewer=reviewer,
            decided_at=decided_at or timezone.now(),
        )


def cases_redact(*, source: str, source_refs: Iterable[str]) -> int:
    """A data-subject erasure: blank the texts and reasons of these holds, keep the labels."""
    return (
        ComplianceCase.objects.filter(
            source=source, source_ref__in=list(source_refs), redacted_at__isnull=True
        )
        .exclude(text="", note="")
        .update(text="", note="", redacted_at=timezone.now())
    )


# ---------------------------------------------------------------------------------------------
# Reads


def cases_for_export() -> Iterator[dict[str, Any]]:
    """Every labelled case as a corpus record (``tests/compliance/corpus``): ``text``,
    ``policy``, ``lang``, ``expected_allowed``, ``expected_categories``, ``note``. Pending,
    withdrawn and erased cases are left out."""
    labelled = (
        ComplianceCase.objects.filter(outcome__in=[Outcome.APPROVED, Outcome.REJECTED])
        .exclude(text="")
        .order_by("decided_at", "pk")
    )
    for case in labelled.iterator():
        approved = case.outcome == Outcome.APPROVED
        signals = ", ".join(case.risk_rule_ids) or "none"
        note = f"{case.source} {case.source_ref} {case.outcome} by a reviewer; signals: {signals}"
        if case.note.strip():
            note += f"; reason: {case.note.strip()}"
        yield {
            "text": case.text,
            "policy": case.policy,
            "lang": case.lang,
            "expected_allowed": approved,
            "expected_categories": [] if approved else list(case.categories),
            "note": note,
        }


@dataclass
class HoldWeek:
    """Holds of one week (Monday first) by what became of them."""

    start: date
    held: int = 0
    approved: int = 0
    rejected: int = 0
    withdrawn: int = 0
    pending: int = 0

    @property
    def approval_rate(self) -> float | None:
        decided = self.approved + self.rejected
        return self.approved / decided if decided else None


@dataclass
class SignalStat:
    """How the holds one risk signal fired on were decided."""

    rule_id: str
    approved: int = 0
    rejected: int = 0
    categories: Counter[str] = field(default_factory=Counter)

    @property
    def decided(self) -> int:
        return self.approved + self.rejected

    @property
    def harmless_share(self) -> float:
        return self.approved / self.decided if self.decided else 0.0

    @property
    def top_category(self) -> str:
        return self.categories.most_common(1)[0][0] if self.categories else ""


@dataclass
class HoldsReport:
    weeks: list[HoldWeek]
    approved: int
    rejected: int
    pending: int
    #: signals whose holds were mostly approved: candidates to narrow
    harmless: list[SignalStat]
    #: signals whose holds were mostly rejected: candidates for a block rule
    harmful: list[SignalStat]

    @property
    def approval_rate(self) -> float | None:
        decided = self.approved + self.rejected
        return self.approved / decided if decided else None


def holds_report(
    *, weeks: int = 12, source: str = "", now: datetime | None = None, top: int = 10
) -> HoldsReport:
    """Holds per week over the last *weeks* weeks (newest first), the approval rate and the
    risk signals that most often turned out harmless (approved) or harmful (rejected)."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    first = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    since = timezone.make_aware(datetime.combine(first, datetime.min.time()))
    cases = ComplianceCase.objects.filter(held_at__gte=since)
    if source:
        cases = cases.filter(source=source)
    by_week = {
        first + timedelta(weeks=n): HoldWeek(first + timedelta(weeks=n)) for n in range(weeks)
    }
    signals: dict[str, SignalStat] = {}
    totals: Counter[str] = Counter()
    for held_at, outcome, rule_ids, categories in cases.values_list(
        "held_at", "outcome", "risk_rule_ids", "categories"
    ):
        day = timezone.localtime(held_at).date()
        week = by_week.get(day - timedelta(days=day.weekday()))
        if week is not None:
            week.held += 1
            setattr(week, outcome, getattr(week, outcome) + 1)
        totals[outcome] += 1
        if outcome not in (Outcome.APPROVED, Outcome.REJECTED):
            continue
        for rule_id in dict.fromkeys(rule_ids or []):
            stat = signals.setdefault(rule_id, SignalStat(rule_id))
            if outcome == Outcome.APPROVED:
                stat.approved += 1
            else:
                stat.rejected += 1
                stat.categories.update(categories or [])
    stats = list(signals.values())
    harmless = sorted(
        (s for s in stats if s.approved), key=lambda s: (-s.approved, -s.harmless_share, s.rule_id)
    )
    harmful = sorted(
        (s for s in stats if s.rejected), key=lambda s: (-s.rejected, s.harmless_share, s.rule_id)
    )
    return HoldsReport(
        weeks=sorted(by_week.values(), key=lambda w: w.start, reverse=True),
        approved=totals[Outcome.APPROVED],
        rejected=totals[Outcome.REJECTED],
        pending=totals[Outcome.PENDING],
        harmless=harmless[:top],
        harmful=harmful[:top],
    )
