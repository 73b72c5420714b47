"""Phone numbers, and whether one offered in an Amazon message is a diversion.

POLICY.md allows "a carrier's or manufacturer's warranty phone number" and blocks the seller's
own number offered to move the conversation off Amazon. The text cannot prove whose number it
is, so the linter reads the sentence around it: a manufacturer or carrier named there makes it
a third party's number; a messenger or "instead of Amazon" makes it a diversion whatever else
is said; any other number (a signature line, "call us") is the seller's.
"""

from __future__ import annotations

import re

from .normalize import Normalised

_PHONE = re.compile(r"(?<![0-9a-z+/.,-])(?:\+|00)?\(?\d[\d \t()./-]{5,22}\d(?![0-9a-z])")
_ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_MONEY_AFTER = re.compile(r"\s?(?:€|\$|£|¥|%|eur|usd|gbp|元|円|块|cm|mm|kg|g\b|ml|l\b|x\b)")
_MONEY_BEFORE = re.compile(r"(?:€|\$|£|¥)\s?$")

#: Words that say the next number is a telephone number.
PHONE_CUES = re.compile(
    r"(?:\btel\b|\btel\.|phone|\bcall|\bring\b|\btext\b|\bsms\b|\breach\s(?:me|us)\b|hotline|helpline|mobile|\bcell\b|whatsapp|"
    r"telefon|anruf|\bruf|erreich|handy|téléphone|\btél|appel|joignable|portable|"
    r"tel[eé]fono|llam|m[oó]vil|chiam|cellulare|numero verde|"
    r"电话|手机|致电|热线|電話|携帯|联系)"
)

#: A third party's number: the manufacturer or a carrier is named in the same sentence.
THIRD_PARTY = re.compile(
    r"(?:manufacturer|\bmaker\b|hersteller|fabricant|constructeur|fabricante|produttore|"
    r"fabbricante|制造商|厂家|厂商|原厂|メーカー|"
    r"\bdhl\b|\bups\b|\bdpd\b|\bgls\b|hermes|fedex|\btnt\b|royal mail|\bevri\b|parcelforce|"
    r"colissimo|chronopost|la poste|mondial relay|\bseur\b|correos|\bmrw\b|nacex|\bbrt\b|"
    r"poste italiane|\bsda\b|usps|amazon logistics|顺丰|中通|圆通|申通|韵达|邮政|ヤマト|佐川|"
    r"日本郵便)"
)

#: Whatever else is said, these make a number a way off Amazon.
DIVERSION = re.compile(
    r"(?:whatsapp|wechat|微信|telegram|viber|\bline\b|instead of amazon|outside (?:of )?amazon|"
    r"than (?:via |through |on )?amazon|statt über amazon|als über amazon|nicht über amazon|"
    r"außerhalb (?:von )?amazon|hors (?:d')?amazon|en dehors d'amazon|fuera de amazon|"
    r"invece di (?:usare )?amazon|fuori da amazon|比亚马逊|不通过亚马逊)"
)


def find_phones(norm: Normalised) -> list[tuple[int, int, bool]]:
    """Phone numbers as ``(start, end, third_party)`` spans of the normalised text."""
    text = norm.text
    out: list[tuple[int, int, bool]] = []
    for m in _PHONE.finditer(text):
        number = m.group().rstrip(" .-/(")
        start, end = m.start(), m.start() + len(number)
        digits = sum(ch.isdigit() for ch in number)
        if not 7 <= digits <= 15:
            continue
        if _ORDER_ID.search(number) or _DATE.fullmatch(number):
            continue
        if _MONEY_AFTER.match(text, end) or _MONEY_BEFORE.search(text[max(0, start - 3) : start]):
            continue
        before = text[max(0, start - 40) : start]
        if not (number.startswith(("+", "00")) or PHONE_CUES.search(before)):
            continue
        lo, hi = norm.sentence(start, end)
        sentence = text[lo:hi]
        third_party = bool(THIRD_PARTY.search(sentence)) and not DIVERSION.search(sentence)
        out.append((start, end, third_party))
    return out
