"""The compliance gate every path to print goes through (docs/architecture.md, invariant 2).

Three outcomes, as the linter decides: a design it finds nothing in may be printed; a design a
precise rule blocks may not (``InsertBlocked``, with the findings); a design on which only broad
risk signals fire (``review``) may be saved and previewed, and printed only once a Compliance
reviewer has confirmed each risk in the moderation step (``InsertHeld`` until then; the
sign-off is ``signoff.DesignSignOff``, bound to the digest of the exact texts).

A marketplace design is read by the ``insert`` policy, an own-store design by ``owned_message``
(offers are the point there; only what is unlawful anywhere, such as paying for reviews, is
flagged). Every text of every block is checked as one document, so a phrase split across two
blocks is still seen, and each finding is traced back to the block it came from. On top of the
linter, two structural rules: an offer block never appears on a marketplace design, and a QR code
only leads to a registration, warranty, manual or support page.

Called by ``InsertDesign.publish`` (admin, shell, scheduled publishing, workflow), by the
workflow's ``InsertPolicyTask``, by ``services.printrun_create`` and again by
``services.printrun_render`` (the task and ``print_inserts``), so no path prints unchecked text.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

import compliance

from .blocks import QR_PURPOSE_VALUES

if TYPE_CHECKING:
    from .signoff import DesignSignOff

MARKETPLACE = "marketplace"
OWNED_STORE = "owned_store"


@dataclass(frozen=True)
class DesignFinding:
    """One reason a design cannot be printed: which block, which words, why."""

    location: str
    category: str
    rule_id: str
    excerpt: str
    message: str
    message_local: str = ""
    #: offsets into the design's document (all texts joined), -1 for structural findings
    start: int = -1
    end: int = -1

    def __str__(self) -> str:
        return f"{self.location}: “{self.excerpt}” — {self.message} [{self.category}]"

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def key(self) -> str:
        """Names this risk in a sign-off: the rule and where it fired in the document."""
        return f"{self.rule_id}@{self.start}-{self.end}"


@dataclass(frozen=True)
class DesignCheck:
    """Everything the gate says about one design: what blocks it, what holds it for a
    reviewer, and the exact document (all texts, front then back) it read."""

    findings: list[DesignFinding]
    risks: list[DesignFinding] = field(default_factory=list)
    document: str = ""
    policy: str = ""
    lang: str | None = None

    @property
    def text_sha256(self) -> str:
        """The digest a sign-off is bound to: the policy and the exact texts."""
        return hashlib.sha256(f"{self.policy}\n\n{self.document}".encode()).hexdigest()

    @property
    def held(self) -> bool:
        return bool(self.risks) and not self.findings


class InsertBlocked(PermissionDenied):
    """The design may not be published or printed. A ``PermissionDenied``, so an admin path that
    hits it unexpectedly answers 403, never 500."""

    def __init__(self, findings: list[DesignFinding], what: str = ""):
        self.findings = findings
        lines = [str(what or _("The insert policy blocks this design:"))]
        lines += [f"  {finding}" for finding in findings]
        super().__init__("\n".join(lines))


class InsertHeld(InsertBlocked):
    """The design carries risks no Compliance reviewer has signed off yet: it may be saved and
    previewed, not published or printed. ``findings`` are the risks still to confirm."""

    def __init__(self, risks: list[DesignFinding], what: str = ""):
        super().__init__(
            risks,
            f"{what or _('This design cannot be published or printed:')} "
            f"{_('it waits for a compliance reviewer to confirm each risk.')}",
        )


def policy_for(channel: str) -> str:
    return "insert" if channel == MARKETPLACE else "owned_message"


def linter_language(language_code: str) -> str | None:
    code = (language_code or "").lower()
    return code.split("-")[0] if code else None


def allowed_url_prefixes() -> tuple[str, ...]:
    """Where an address printed on a marketplace card may lead: the short-code route of this
    site (what the QR codes encode), plus the prefixes in INSERTS_ALLOWED_URL_PREFIXES (for
    example the brand's manual pages)."""
    own = f"{settings.SITE_URL}/r/"
    return (own, *getattr(settings, "INSERTS_ALLOWED_URL_PREFIXES", ()))


def _sides(design) -> list[tuple[str, object]]:
    return [(_("Front"), design.front), (_("Back"), design.back)]


def design_texts(design) -> list[tuple[str, str]]:
    """(location, text) for every text of every block, front then back."""
    texts: list[tuple[str, str]] = []
    for side, stream in _sides(design):
        counts: dict[str, int] = {}
        for child in stream:
            counts[child.block_type] = counts.get(child.block_type, 0) + 1
            location = f"{side} · {child.block.label} {counts[child.block_type]}"
            for text in child.block.insert_texts(child.value):
                if text and text.strip():
                    texts.append((location, text.strip()))
    return texts


def design_findings(design) -> list[DesignFinding]:
    """Everything that blocks *design* (an ``InsertDesign`` or a revision's object)."""
    return design_check(design).findings


def design_check(design) -> DesignCheck:
    """What blocks *design* and what holds it for a reviewer (an ``InsertDesign`` or a
    revision's object)."""
    findings: list[DesignFinding] = []
    marketplace = design.channel == MARKETPLACE
    for side, stream in _sides(design):
        counts: dict[str, int] = {}
        for child in stream:
            counts[child.block_type] = counts.get(child.block_type, 0) + 1
            location = f"{side} · {child.block.label} {counts[child.block_type]}"
            if child.block_type == "offer" and marketplace:
                findings.append(
                    DesignFinding(
                        location=location,
                        category="promotion",
                        rule_id="inserts.offer_block",
                        excerpt=child.value["headline"],
                        message=_("Offers and coupons are not allowed on marketplace inserts."),
                    )
                )
            if child.block_type == "qr_code" and child.value["purpose"] not in QR_PURPOSE_VALUES:
                findings.append(
                    DesignFinding(
                        location=location,
                        category="promotion",
                        rule_id="inserts.qr_target",
                        excerpt=str(child.value["purpose"]),
                        message=_(
                            "A QR code may only lead to a registration, warranty, manual or "
                            "support page."
                        ),
                    )
                )
    policy = policy_for(design.channel)
    texts = design_texts(design)
    if not texts:
        return DesignCheck(findings=findings, policy=policy)
    # One document, blocks separated by blank lines, so phrases split across blocks are seen.
    separator = "\n\n"
    spans: list[tuple[int, int, str]] = []
    pieces: list[str] = []
    offset = 0
    for location, text in texts:
        spans.append((offset, offset + len(text), location))
        pieces.append(text)
        offset += len(text) + len(separator)
    document = separator.join(pieces)
    brand = getattr(getattr(design, "brand", None), "name", None)
    verdict = compliance.check(
        document,
        policy,
        lang=linter_language(design.locale.language_code),
        context=compliance.Context(allowed_url_prefixes=allowed_url_prefixes(), brand_name=brand),
    )

    def placed(finding: compliance.Finding) -> DesignFinding:
        where = [loc for start, end, loc in spans if finding.start < end and finding.end > start]
        return DesignFinding(
            location=" + ".join(dict.fromkeys(where)) or _("Design"),
            category=finding.category,
            rule_id=finding.rule_id,
            excerpt=finding.excerpt,
            message=finding.message,
            message_local=finding.message_local,
            start=finding.start,
            end=finding.end,
        )

    findings += [placed(f) for f in verdict.findings]
    # The owned store's design has no review: its risks hold nothing.
    risks = [placed(r) for r in verdict.risks] if verdict.decision == compliance.REVIEW else []
    return DesignCheck(
        findings=findings, risks=risks, document=document, policy=policy, lang=verdict.lang
    )


def product_names_check(design, names: list[str]) -> list[DesignFinding]:
    """What the policy finds in the product names a design's product block prints (the
    catalogue's names in the card's language): a name such as "Best-rated headlamp" must not
    reach a marketplace parcel either."""
    if not any(
        child.block_type == "product" for _side, stream in _sides(design) for child in stream
    ):
        return []
    brand = getattr(getattr(design, "brand", None), "name", None)
    findings = []
    for name in dict.fromkeys(n for n in names if n and n.strip()):
        verdict = compliance.check(
            name,
            policy_for(design.channel),
            lang=linter_language(design.locale.language_code),
            context=compliance.Context(
                allowed_url_prefixes=allowed_url_prefixes(), brand_name=brand
            ),
        )
        findings += [
            DesignFinding(
                location=_("Product name “%(name)s”") % {"name": name},
                category=f.category,
                rule_id=f.rule_id,
                excerpt=f.excerpt,
                message=f.message,
                message_local=f.message_local,
                start=f.start,
                end=f.end,
            )
            for f in verdict.findings
        ]
    return findings


def ensure_printable(design, what: str = "") -> DesignSignOff | None:
    """Raise ``InsertBlocked`` with the findings when *design* may not be published or printed,
    ``InsertHeld`` when it carries risks no Compliance reviewer has signed off. Returns the
    sign-off that lets a held design through (``None`` when it needs none)."""
    check = design_check(design)
    if check.findings:
        raise InsertBlocked(check.findings, what)
    if not check.risks:
        return None
    sign_off = sign_off_for(design, check)
    if sign_off is None:
        raise InsertHeld(check.risks, what)
    return sign_off


def sign_off_for(design, check: DesignCheck) -> DesignSignOff | None:
    """The Compliance reviewer's sign-off of exactly these texts that confirmed every one of
    *check*'s risks, if there is one."""
    from .signoff import DesignSignOff

    needed = {risk.key for risk in check.risks}
    for sign_off in DesignSignOff.objects.filter(
        design_id=design.pk, text_sha256=check.text_sha256
    ).order_by("-signed_at", "-pk"):
        if needed <= set(sign_off.confirmed_keys()):
            return sign_off
    return None
