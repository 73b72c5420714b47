"""The helpdesk's adapter to the pure-Python ``compliance`` linter: findings and risk signals as
plain values, positioned in the agent's text, and the highlighting the views show.

This module is not the send gate. It only answers "what does the policy find in this text?";
whether anything leaves is decided in one place, ``helpdesk.services.replies`` (``reply_send``
and ``reply_deliver``), which stores each answer as a ``GateDecision``. Override
``linter_context`` to tell the linter more about the brand (its own domains, say).
"""

from dataclasses import asdict, dataclass

from django.conf import settings

import compliance


@dataclass(frozen=True)
class GateFinding:
    """One finding, positioned in the text the agent wrote (``start``/``end`` index the
    agent's draft, or ``where`` says it sits in the subject or the channel's signature)."""

    category: str
    rule_id: str
    start: int
    end: int
    excerpt: str
    message: str
    message_local: str
    where: str = "draft"  # draft | subject | signature | footer

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "GateFinding":
        return cls(**{k: data.get(k, "") for k in cls.__dataclass_fields__})


def linter_context() -> compliance.Context:
    from catalog.models import Brand

    brand = Brand.objects.order_by("pk").values_list("name", flat=True).first()
    return compliance.Context(brand_name=brand or settings.WAGTAIL_SITE_NAME)


@dataclass(frozen=True)
class GateVerdict:
    """The linter's answer for one text: ``findings`` prove a violation (``block``), ``risks``
    are broad signals a person must look at (``review``; never on the owned channel), and the
    language the advice is in."""

    findings: list[GateFinding]
    risks: list[GateFinding]
    lang: str | None


def verdict_for(text: str, policy: str, *, lang: str | None = None, context=None) -> GateVerdict:
    """The linter's findings and risk signals for *text* under *policy*, offsets into *text*."""
    verdict = compliance.check(text, policy, lang=_lang(lang), context=context)
    return GateVerdict(
        findings=[_gate_finding(f) for f in verdict.findings],
        # The owned channel has no review: its risks hold nothing and are not reported.
        risks=[_gate_finding(r) for r in verdict.risks] if verdict.decision != "allow" else [],
        lang=verdict.lang,
    )


def findings_for(
    text: str, policy: str, *, lang: str | None = None, context=None
) -> list[GateFinding]:
    """The linter's findings for *text* under *policy*, offsets into *text*."""
    return verdict_for(text, policy, lang=lang, context=context).findings


def _gate_finding(f: compliance.Finding) -> GateFinding:
    return GateFinding(
        category=f.category,
        rule_id=f.rule_id,
        start=f.start,
        end=f.end,
        excerpt=f.excerpt,
        message=f.message,
        message_local=getattr(f, "message_local", "") or f.message,
    )


#: What the Amazon rules call an offer: on an own channel these are fine for customers who may
#: be marketed to and nobody else.
PROMOTION_CATEGORIES = frozenset({"discount", "promotion", "newsletter_signup", "social_media"})


def promotion_findings(text: str, *, context=None) -> list[GateFinding]:
    """The offers in *text* (a discount, a sale, the loyalty club, a newsletter, social
    media), found by the Amazon rules, which look for exactly that."""
    from .models.channels import AMAZON_MESSAGE

    return [
        f
        for f in findings_for(text, AMAZON_MESSAGE, context=context)
        if f.category in PROMOTION_CATEGORIES
    ]


def _lang(lang: str | None) -> str | None:
    if not lang:
        return None  # the linter detects the language of the text
    return lang.split("-")[0].lower()


def highlight_segments(text: str, findings: list[GateFinding]) -> list[tuple[str, bool, str]]:
    """Split *text* into ``(piece, is_finding, title)`` runs for the template: overlapping
    findings are merged into one highlighted run whose title lists each message."""
    spans = sorted(
        (max(0, f.start), min(len(text), f.end), f.message_local or f.message)
        for f in findings
        if f.where == "draft" and f.end > f.start
    )
    merged: list[list] = []
    for start, end, message in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if message not in merged[-1][2]:
                merged[-1][2].append(message)
        else:
            merged.append([start, end, [message]])
    pieces: list[tuple[str, bool, str]] = []
    cursor = 0
    for start, end, messages in merged:
        if start > cursor:
            pieces.append((text[cursor:start], False, ""))
        pieces.append((text[start:end], True, " ".join(messages)))
        cursor = end
    if cursor < len(text):
        pieces.append((text[cursor:], False, ""))
    return pieces
