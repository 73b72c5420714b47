"""The matcher: normalise once, then addresses, phone numbers, emoji and the rule tables.

Nothing here knows a word of any language; the words live in :mod:`compliance.rules`, the
advice in :mod:`compliance.messages`, and the address tables in :mod:`compliance.links`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from . import links
from .contacts import SELLER, UNCLEAR, find_phones
from .emoji import find_emoji
from .langdetect import detect
from .messages import message_for
from .model import (
    AMAZON,
    BLOCKED,
    CONTACT_DIVERSION,
    EMOJI,
    INSERT,
    LANGUAGES,
    LINK,
    MARKETPLACE,
    OBFUSCATED_LINK,
    OWNED,
    POLICIES,
    PROMOTION,
    REVIEW_INCENTIVE,
    Context,
    Finding,
    Rule,
    Verdict,
    check_policy,
)
from .normalize import Normalised
from .rules import ALL_RULES
from .rules._words import ANY_VERDICT, CONCEALED, DISCLOSED

#: Texts up to this length are scanned whole; longer ones only around keyword hits.
_WHOLE_SCAN = 4_000
#: The most a window reaches either side of a keyword (the widest rule is well below this).
_REACH = 400
#: The most of a sentence read either side of a match for ``unless`` and ``requires``.
_SENTENCE_REACH = 600


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    regex: re.Pattern[str]
    unless: re.Pattern[str] | None
    requires: tuple[re.Pattern[str], ...]
    #: How far from a keyword a match of this rule can reach (see ``_reach``).
    reach: int


def _reach(pattern: str) -> int:
    r"""How far from a keyword this rule's regex can read, capped at ``_REACH``.

    Patterns have bounded quantifiers only (a test enforces it), so the regex parser can tell
    the widest match. Lookarounds read past the match ("(?![a-z0-9-])", "(?!\s(?:back|…))")
    and ``\b`` reads one character further; a window end would look like the end of the text
    to them, so the reach adds the widest lookaround and one character.
    """
    parsed = sre_parse.parse(pattern)
    width = int(parsed.getwidth()[1]) + _lookaround_width(parsed) + 1
    return min(_REACH, width)


def _lookaround_width(parsed: Any) -> int:
    widest = 0
    for op, value in parsed:
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            sub = value[1]
            widest = max(widest, int(sub.getwidth()[1]), _lookaround_width(sub))
        elif op in (sre_parse.SUBPATTERN, sre_parse.ATOMIC_GROUP):
            widest = max(widest, _lookaround_width(value[-1]))
        elif op == sre_parse.BRANCH:
            for branch in value[1]:
                widest = max(widest, _lookaround_width(branch))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
            widest = max(widest, _lookaround_width(value[2]))
    return widest


def _compile(rule: Rule) -> _Compiled:
    try:
        regex = re.compile(rule.pattern)
        unless = re.compile(rule.unless) if rule.unless else None
        requires = tuple(re.compile(p) for p in rule.requires)
    except re.error as exc:  # pragma: no cover - a table error is a programming error
        raise ValueError(f"rule {rule.id}: bad pattern: {exc}") from exc
    return _Compiled(rule, regex, unless, requires, _reach(rule.pattern))


_COMPILED: tuple[_Compiled, ...] = tuple(_compile(rule) for rule in ALL_RULES)

#: Per policy, the rules that can report on it: the proving rules, then the risk signals. The
#: owned channel has no review decision, so no risk signal runs on it.
_BY_POLICY: dict[str, tuple[_Compiled, ...]] = {
    policy: tuple(
        c
        for c in _COMPILED
        if policy in c.rule.policies
        and c.rule.category in BLOCKED[policy]
        and not (c.rule.risk and policy == OWNED)
    )
    for policy in POLICIES
}


def _language(lang: str | None, text: str) -> str | None:
    if lang:
        primary = lang.strip().lower().replace("_", "-").split("-")[0]
        if primary in LANGUAGES:
            return primary
        return None
    return detect(text)


class _Collector:
    def __init__(self, norm: Normalised, policy: str, lang: str | None) -> None:
        self.norm = norm
        self.policy = policy
        self.lang = lang
        self.findings: list[Finding] = []
        #: Where the risk signals' matches go (same shape, their own spans).
        self.risks: _Collector | None = None
        # Per category, the (start, end) spans already reported, kept sorted and disjoint.
        self._spans: dict[str, list[tuple[int, int]]] = {}

    def add_normalised(
        self, category: str, rule_id: str, start: int, end: int, message: str = ""
    ) -> None:
        text = self.norm.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        o_start, o_end = self.norm.span(start, end)
        self.add_original(category, rule_id, o_start, o_end, message)

    def add_original(
        self, category: str, rule_id: str, start: int, end: int, message: str = ""
    ) -> None:
        if category not in BLOCKED[self.policy]:
            return
        spans = self._spans.setdefault(category, [])
        i = bisect_left(spans, (start, end))
        if (i > 0 and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end):
            return  # one finding per category and place is enough
        spans.insert(i, (start, end))
        english, local, local_lang = message_for(message or category, self.policy, self.lang)
        self.findings.append(
            Finding(
                category=category,
                rule_id=rule_id,
                start=start,
                end=end,
                excerpt=self.norm.original[start:end],
                message=english,
                message_local=local,
                message_lang=local_lang,
            )
        )


def check(
    text: str,
    policy: str,
    lang: str | None = None,
    context: Context | Mapping[str, Any] | None = None,
) -> Verdict:
    """Judge ``text`` under ``policy``; see the package docstring for the contract."""
    check_policy(policy)
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    ctx = Context.coerce(context)
    used_lang = _language(lang, text)
    norm = Normalised(text, used_lang)
    out = _Collector(norm, policy, used_lang)
    out.risks = _Collector(norm, policy, used_lang)
    if policy in MARKETPLACE:
        _check_addresses(out, ctx)
    if policy == AMAZON:
        _check_phones(out)
        for start, end in find_emoji(text):
            out.add_original(EMOJI, "common.emoji", start, end)
    _check_rules(out, ctx)
    if policy in MARKETPLACE:
        _check_mixed_scripts(out)
    if policy == OWNED:
        _exempt_disclosed_rewards(out)
    out.findings.sort(key=lambda f: (f.start, f.end, f.category))
    risks = out.risks.findings
    risks.sort(key=lambda f: (f.start, f.end, f.category))
    return Verdict(policy=policy, lang=used_lang, findings=out.findings, risks=risks)


_ANY_VERDICT = re.compile(ANY_VERDICT)
_DISCLOSED = re.compile(DISCLOSED)
_CONCEALED = re.compile(CONCEALED)
#: How far around a reward its disclosure and "good or bad" may be written (a short message).
_DISCLOSURE_REACH = 400


def _exempt_disclosed_rewards(out: _Collector) -> None:
    """On the owned channel a reward for any honest review, good or bad, that is disclosed where
    the review is published is lawful (docs/policy.md): drop review_incentive findings whose
    surroundings say both, unless they also ask to keep the reward quiet."""
    original = out.norm.original
    kept: list[Finding] = []
    for finding in out.findings:
        if finding.category == REVIEW_INCENTIVE:
            lo = max(0, finding.start - _DISCLOSURE_REACH)
            hi = min(len(original), finding.end + _DISCLOSURE_REACH)
            around = Normalised(original[lo:hi]).text
            if (
                _ANY_VERDICT.search(around)
                and _DISCLOSED.search(around)
                and not _CONCEALED.search(around)
            ):
                continue
        kept.append(finding)
    out.findings = kept


#: A word that mixes Latin letters with Cyrillic or Greek ones ("Kettlewоrks" with a Cyrillic о):
#: the letters are folded before matching, so rules read the word, but a person should see that
#: someone typed a name so that filters would not.
_MIXED_SCRIPT = re.compile(
    r"\b(?=[^\W\d_]*[a-zA-Z])(?=[^\W\d_]*[\u0370-\u03ff\u0400-\u04ff])[^\W\d_]{2,40}\b"
)


def _check_mixed_scripts(out: _Collector) -> None:
    if out.risks is None or out.norm.original.isascii():
        return
    for m in _MIXED_SCRIPT.finditer(out.norm.original):
        out.risks.add_original(
            OBFUSCATED_LINK, "common.lookalike.mixed_script", m.start(), m.end(), "risk_lookalike"
        )


def _check_addresses(out: _Collector, ctx: Context) -> None:
    norm = out.norm
    for address in links.find_addresses(norm):
        disguised = norm.disguised(address.start, address.end)
        s, e = address.start, address.end
        if out.policy == AMAZON:
            if address.kind == "email":
                out.add_normalised(CONTACT_DIVERSION, "common.contact.email", s, e, "contact_email")
                continue
            amazon = links.is_amazon(address) or address.host in links.AMAZON_SHORT_HOSTS
            if disguised:
                out.add_normalised(OBFUSCATED_LINK, "common.link.obfuscated", s, e)
            elif amazon and links.context_allows(address, ctx):
                continue
            elif amazon:
                kind = links.amazon_path_kind(address)
                if kind == "product":
                    out.add_normalised(
                        PROMOTION, "common.link.amazon_product", s, e, "amazon_product"
                    )
                elif kind in ("short", "other"):
                    out.add_normalised(LINK, "common.link.amazon_other", s, e, "amazon_other")
            else:
                out.add_normalised(LINK, "common.link.external", s, e)
        elif out.policy == INSERT:
            if address.kind == "email":
                continue  # a customer-service address is allowed on an insert
            if links.context_allows(address, ctx) or links.is_insert_target(address):
                continue
            short = bool(links.SHORT_LINK.match(address.path.split("?")[0]))
            message = "short_link" if short else "insert_target"
            out.add_normalised(PROMOTION, "common.link.insert_target", s, e, message)
            if disguised:
                out.add_normalised(OBFUSCATED_LINK, "common.link.obfuscated", s, e)


def _check_phones(out: _Collector) -> None:
    for start, end, whose in find_phones(out.norm):
        if whose == SELLER:
            out.add_normalised(
                CONTACT_DIVERSION, "common.contact.phone", start, end, "contact_phone"
            )
        elif whose == UNCLEAR and out.risks is not None:
            out.risks.add_normalised(
                CONTACT_DIVERSION, "common.contact.phone_unclear", start, end, "risk_phone"
            )


def _windows(
    text: str, keywords: tuple[str, ...], counts: dict[str, int], reach: int = _REACH
) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` windows around every keyword occurrence.

    Every match holds a keyword, so scanning the whole text finds exactly what the windows
    would. When the keywords are dense enough that the windows would cover about all of the
    text anyway, that is the cheaper answer: ``str.count`` settles it without a Python step per
    occurrence. ``counts`` caches the counts for one text (rules share keywords).
    """
    n = len(text)
    total = 0
    for keyword in keywords:
        c = counts.get(keyword)
        if c is None:
            c = counts[keyword] = text.count(keyword)
        total += c
    if not total:
        return []
    if n <= _WHOLE_SCAN or total * 2 * reach >= n:
        return [(0, n)]
    hits: list[int] = []
    for keyword in keywords:
        if not counts[keyword]:
            continue
        i = text.find(keyword)
        while i != -1:
            hits.append(i)
            i = text.find(keyword, i + 1)
    hits.sort()
    windows: list[tuple[int, int]] = []
    for i in hits:
        lo, hi = max(0, i - reach), min(n, i + reach)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def _check_rules(out: _Collector, ctx: Context) -> None:
    text = out.norm.text
    whole = [(0, len(text))]
    counts: dict[str, int] = {}
    for compiled in _BY_POLICY[out.policy]:
        rule = compiled.rule
        windows = _windows(text, rule.keywords, counts, compiled.reach) if rule.keywords else whole
        for lo, hi in windows:
            _scan(out, compiled, lo, hi)
    if ctx.brand_name:
        _check_brand(out, ctx.brand_name)


def _scan(out: _Collector, compiled: _Compiled, lo: int, hi: int) -> None:
    text = out.norm.text
    rule = compiled.rule
    for m in compiled.regex.finditer(text, lo, hi):
        start, end = m.span()
        if start == end:
            continue
        if compiled.unless is not None or compiled.requires:
            s_lo, s_hi = out.norm.sentence(start, end, rule.around)
            # a run-on "sentence" (no full stop in 50 KB) must not make each match cost its length
            s_lo, s_hi = max(s_lo, start - _SENTENCE_REACH), min(s_hi, end + _SENTENCE_REACH)
            if compiled.unless is not None and compiled.unless.search(text, s_lo, s_hi):
                continue
            if not all(r.search(text, s_lo, s_hi) for r in compiled.requires):
                continue
        target = out.risks if rule.risk and out.risks is not None else out
        target.add_normalised(rule.category, rule.id, start, end, rule.message)


_BRAND_SHOP = (
    r"(?:\b(?:buy|shop|kaufen|bestellen|achetez|commandez|compra|acquista)\s"
    r"(?:\w{{1,12}}\s)?(?:directly\s|direkt\s|directement\s|directamente\s|direttamente\s)?"
    r"(?:from|at|bei|chez|en|da|su|sur)\s{brand}\b|\b{brand}[ -]?(?:online-?)?"
    r"(?:shop|store|webshop|boutique|tienda|negozio)\b)"
)


def _check_brand(out: _Collector, brand: str) -> None:
    folded = Normalised(brand).text.strip()
    if len(folded) < 2:
        return
    if folded not in out.norm.text:
        return
    pattern = re.compile(_BRAND_SHOP.format(brand=re.escape(folded)))
    for m in pattern.finditer(out.norm.text):
        out.add_normalised(
            PROMOTION, "common.promotion.brand_shop", m.start(), m.end(), "brand_shop"
        )
