"""Emoji spans: the fast pre-scan never hides what the exact scan would find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance import emoji
from compliance.emoji_data import EXTENDED_PICTOGRAPHIC

JOINERS = [0x200D, 0xFE0F, 0x20E3, *range(0x1F1E6, 0x1F200), *range(0x1F3FB, 0x1F400)]


def _exact_scan(text: str) -> list[tuple[int, int]]:
    """``find_emoji`` without the coarse pre-scan: the exact pattern over the whole text."""
    spans: list[tuple[int, int]] = []
    for m in emoji._RUN.finditer(text):
        if emoji._is_emoji(m.group()):
            start, end = m.span()
            if spans and spans[-1][1] >= start - 1 and text[spans[-1][1] : start].isspace():
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return spans


def test_coarse_class_holds_every_pictograph_and_joiner() -> None:
    code_points = [cp for lo, hi in EXTENDED_PICTOGRAPHIC for cp in range(lo, hi + 1)]
    for cp in code_points + JOINERS:
        assert emoji._COARSE.fullmatch(chr(cp)), hex(cp)


def test_keycap_flag_and_family_sequences_are_one_span_each() -> None:
    text = "Press 1️⃣ then 🇩🇪 and 👨‍👩‍👧 ok"
    spans = emoji.find_emoji(text)
    assert [text[s:e] for s, e in spans] == ["1️⃣", "🇩🇪", "👨‍👩‍👧"]


pieces = st.sampled_from(
    [
        "a",
        " ",
        "1",
        "#",
        "😊",
        "❤",
        "\ufe0f",
        "\u20e3",
        "\u200d",
        "🇫",
        "🇷",
        "©",
        "™",
        "★",
        "€",
        "中",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(pieces, max_size=30))
def test_pre_scan_finds_exactly_what_the_exact_scan_finds(parts: list[str]) -> None:
    text = "".join(parts)
    assert emoji.find_emoji(text) == _exact_scan(text)
