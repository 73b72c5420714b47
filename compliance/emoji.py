"""Emoji in the original text.

Unicode's Extended_Pictographic property is the base. Left out, unless followed by the emoji
variation selector U+FE0F: typographic symbols that happen to carry the property (© ® ™ ‼ ⁉ ℹ,
arrows, the small squares and triangles used as bullets). ★ and ☆ are not pictographic at all:
a star rating is judged by the review rules, not as an emoji.
"""

from __future__ import annotations

import re

from .emoji_data import EXTENDED_PICTOGRAPHIC

#: Pictographic by Unicode, but ordinary typography in seller text.
TEXT_SYMBOLS: frozenset[str] = frozenset(
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194\u2195\u2196\u2197\u2198\u2199\u21a9\u21aa"
    "\u2328\u23cf\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb\u25fc\u27a1\u2934\u2935\u2b05\u2b06"
    "\u2b07\u3030\u303d"
)

_VS16 = "\ufe0f"
_ZWJ = "\u200d"
_KEYCAP = "\u20e3"


def _pictographic_class() -> str:
    return "".join(
        f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}"
        for lo, hi in EXTENDED_PICTOGRAPHIC
    )


# Regional indicators (flags), skin tones, ZWJ, VS16 and the keycap mark join a sequence.
_JOINERS = "\\U0001f1e6-\\U0001f1ff\\U0001f3fb-\\U0001f3ff\\u200d\\ufe0f\\u20e3"
_RUN = re.compile(f"[0-9#*]?[{_pictographic_class()}{_JOINERS}]+")
_REGIONAL = re.compile("[\U0001f1e6-\U0001f1ff]")
_PICTO = re.compile(f"[{_pictographic_class()}]")

#: A handful of ranges holding every pictograph and joiner (emoji_data ends at U+1FFFD). The
#: exact class is a long list of ranges and costs about ten times more per character, so it
#: only runs where this one found something.
_COARSE = re.compile("[\u00a9\u00ae\u2000-\u3299\ufe0f\U0001f000-\U0001ffff]+")


def find_emoji(text: str) -> list[tuple[int, int]]:
    """Spans of emoji sequences in ``text``; neighbouring emoji form one span."""
    if text.isascii():
        return []
    spans: list[tuple[int, int]] = []
    for coarse in _COARSE.finditer(text):
        # one character earlier for a keycap's digit ("1️⃣")
        for m in _RUN.finditer(text, max(0, coarse.start() - 1), coarse.end()):
            run = m.group()
            if _is_emoji(run):
                start, end = m.span()
                if spans and spans[-1][1] >= start - 1 and text[spans[-1][1] : start].isspace():
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((start, end))
    return spans


def _is_emoji(run: str) -> bool:
    if _KEYCAP in run and run[0] in "0123456789#*":
        return True
    if len(_REGIONAL.findall(run)) >= 2:
        return True
    for i, ch in enumerate(run):
        if ch in (_VS16, _ZWJ, _KEYCAP) or ch in "0123456789#*":
            continue
        if not _PICTO.match(ch):
            continue
        if ch not in TEXT_SYMBOLS:
            return True
        if run[i + 1 : i + 2] == _VS16:
            return True
    return False
