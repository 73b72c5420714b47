"""The vocabulary of the linter: policies, categories, rules, context, findings and verdicts.

Everything here is a plain frozen value so callers (the inserts and helpdesk apps, the command
line, outside tools) can keep, compare and serialise results without knowing how they were made.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

INSERT = "insert"
AMAZON = "amazon_message"
OWNED = "owned_message"
POLICIES: tuple[str, ...] = (INSERT, AMAZON, OWNED)

#: Policies used in rule tables: the two marketplace-facing ones, and all three.
MARKETPLACE: tuple[str, ...] = (AMAZON, INSERT)
EVERYWHERE: tuple[str, ...] = POLICIES

LINK = "link"
OBFUSCATED_LINK = "obfuscated_link"
CONTACT_DIVERSION = "contact_diversion"
DISCOUNT = "discount"
PROMOTION = "promotion"
REVIEW_SOLICITATION = "review_solicitation"
REVIEW_INCENTIVE = "review_incentive"
NEWSLETTER_SIGNUP = "newsletter_signup"
SOCIAL_MEDIA = "social_media"
EMOJI = "emoji"
OPT_OUT = "opt_out"
COMPETITOR_DISPARAGEMENT = "competitor_disparagement"

CATEGORIES: tuple[str, ...] = (
    LINK,
    OBFUSCATED_LINK,
    CONTACT_DIVERSION,
    DISCOUNT,
    PROMOTION,
    REVIEW_SOLICITATION,
    REVIEW_INCENTIVE,
    NEWSLETTER_SIGNUP,
    SOCIAL_MEDIA,
    EMOJI,
    OPT_OUT,
    COMPETITOR_DISPARAGEMENT,
)

#: What each policy blocks (docs/policy.md). A rule only reports on a policy it names *and* whose
#: list holds its category, so a table entry can never widen a policy by accident.
BLOCKED: Mapping[str, frozenset[str]] = {
    AMAZON: frozenset(
        {
            LINK,
            OBFUSCATED_LINK,
            CONTACT_DIVERSION,
            DISCOUNT,
            PROMOTION,
            REVIEW_SOLICITATION,
            REVIEW_INCENTIVE,
            NEWSLETTER_SIGNUP,
            SOCIAL_MEDIA,
            EMOJI,
            OPT_OUT,
        }
    ),
    # obfuscated_link is not an insert category of its own in docs/policy.md; on an insert a disguised
    # address that is not an allowed target is reported as promotion *and* obfuscated_link.
    INSERT: frozenset(
        {
            DISCOUNT,
            PROMOTION,
            REVIEW_SOLICITATION,
            REVIEW_INCENTIVE,
            SOCIAL_MEDIA,
            NEWSLETTER_SIGNUP,
            COMPETITOR_DISPARAGEMENT,
            OBFUSCATED_LINK,
        }
    ),
    # Promotion is the point of the owned channel: only what is unlawful anywhere is flagged.
    OWNED: frozenset({REVIEW_INCENTIVE}),
}

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "zh", "ja")


def check_policy(policy: str) -> str:
    """Return ``policy`` or raise ``ValueError`` naming the accepted values."""
    if policy not in POLICIES:
        raise ValueError(
            f"unknown policy {policy!r}: expected one of {', '.join(repr(p) for p in POLICIES)}"
        )
    return policy


@dataclass(frozen=True, slots=True)
class Rule:
    """One line of a rule table.

    ``pattern`` is matched against the normalised text (NFKC, lower case, invisible characters
    removed, look-alike letters folded, spelled-out dots turned into dots). ``unless`` is searched
    in the sentence around a match and cancels it: that is where transactional uses live ("we
    refunded the discount"). ``requires`` are patterns that must each be found in that sentence
    for the match to count: a rule for "a reward, a review and a good rating" matches two of
    them and requires the third, whatever the order. ``around`` widens both searches by that
    many sentences on either side ("We'd love a review. Good or bad, it helps."). ``keywords``
    are plain lower-case substrings at least one of which occurs inside every match; the
    pattern is only tried near them, which keeps the linter fast (a test checks the promise on
    the corpus). Leave them empty to always try the pattern. ``message`` names an entry of
    :mod:`compliance.messages`; empty means the category's entry. ``risk`` marks a broad signal
    rather than a proof: its matches become ``Verdict.risks``, which hold a marketplace text for
    a person's review instead of blocking it (the risk tables live in
    :mod:`compliance.rules.risks`).
    """

    id: str
    category: str
    pattern: str
    note: str
    policies: tuple[str, ...]
    message: str = ""
    unless: str | None = None
    keywords: tuple[str, ...] = ()
    risk: bool = False
    requires: tuple[str, ...] = ()
    around: int = 0

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.id}: unknown category {self.category!r}")
        for policy in self.policies:
            check_policy(policy)


@dataclass(frozen=True, slots=True)
class Context:
    """What the calling app knows about the sender.

    ``allowed_url_prefixes`` are addresses that are acceptable link/QR targets, compared without
    scheme and ``www.`` (``https://brand.example/r/`` admits ``brand.example/r/X7K2``).
    ``allowed_domains`` admit every page of a host and its subdomains. Neither opens the Amazon
    wall: on ``amazon_message`` only Amazon addresses can be admitted, because a link to the
    seller's own site is a diversion whatever the app knows. ``brand_name`` lets the linter
    recognise "buy directly from <brand>" phrasing and the brand's own social handle.
    """

    allowed_url_prefixes: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    brand_name: str | None = None

    @classmethod
    def coerce(cls, value: Context | Mapping[str, Any] | None) -> Context:
        """Accept a ``Context``, a plain dict with the same keys, or ``None``."""
        if value is None:
            return EMPTY_CONTEXT
        if isinstance(value, Context):
            return value
        if isinstance(value, Mapping):
            unknown = set(value) - {"allowed_url_prefixes", "allowed_domains", "brand_name"}
            if unknown:
                raise ValueError(f"unknown context keys: {', '.join(sorted(unknown))}")
            prefixes = value.get("allowed_url_prefixes") or ()
            domains = value.get("allowed_domains") or ()
            if isinstance(prefixes, str) or isinstance(domains, str):
                raise ValueError(
                    "allowed_url_prefixes and allowed_domains must be lists of strings"
                )
            brand = value.get("brand_name")
            return cls(
                allowed_url_prefixes=tuple(str(p) for p in prefixes),
                allowed_domains=tuple(str(d) for d in domains),
                brand_name=str(brand) if brand else None,
            )
        raise TypeError(f"context must be a Context, a dict or None, not {type(value).__name__}")


EMPTY_CONTEXT = Context()


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing that blocks the text.

    ``start``/``end`` index the text as the caller passed it, so ``text[start:end] == excerpt``
    even when the match was found in the normalised form. ``message`` is English;
    ``message_local`` is the same advice in ``message_lang`` (the text's language), identical to
    ``message`` for English or unknown languages.
    """

    category: str
    rule_id: str
    start: int
    end: int
    excerpt: str
    message: str
    message_local: str
    message_lang: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "rule_id": self.rule_id,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "message_local": self.message_local,
            "message_lang": self.message_lang,
        }


#: The three decisions, from the most to the least permissive.
ALLOW = "allow"
REVIEW = "review"
BLOCK = "block"
DECISIONS: tuple[str, ...] = (ALLOW, REVIEW, BLOCK)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer for one text.

    ``findings`` are what a precise rule proves: any finding makes the decision ``block``.
    ``risks`` (same shape as findings) are broad signals that a text may break the policy without
    a rule proving it: with risks and no findings the decision is ``review``, a person decides.
    The owned channel has no ``review``: its risks are reported but never hold a text.
    ``allowed`` is true only for ``allow``.
    """

    policy: str
    lang: str | None
    findings: list[Finding] = field(default_factory=list)
    risks: list[Finding] = field(default_factory=list)

    @property
    def decision(self) -> str:
        if self.findings:
            return BLOCK
        if self.risks and self.policy != OWNED:
            return REVIEW
        return ALLOW

    @property
    def allowed(self) -> bool:
        return self.decision == ALLOW

    @property
    def categories(self) -> list[str]:
        """Distinct categories found, in order of first appearance."""
        return list(dict.fromkeys(f.category for f in self.findings))

    @property
    def risk_categories(self) -> list[str]:
        """Distinct categories of the risks, in order of first appearance."""
        return list(dict.fromkeys(r.category for r in self.risks))

    def to_dict(self) -> dict[str, Any]:
        return {
            "allowed": self.allowed,
            "decision": self.decision,
            "policy": self.policy,
            "lang": self.lang,
            "categories": self.categories,
            "findings": [f.to_dict() for f in self.findings],
            "risk_categories": self.risk_categories,
            "risks": [r.to_dict() for r in self.risks],
        }
