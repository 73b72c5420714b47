"""Lines of text in any script, for reportlab's canvas: a font for every character, right-to-left
runs in their place, Arabic joined, long text wrapped or shrunk — nothing vanishes.

reportlab draws a string in one font and in the order it is given. A customer's name may mix
scripts ("Αλέξανδρος 🎉", "محمد Ali") and no single font covers them all, so a line is built in
three steps:

1. **A font per character** (``itemize``): the first font of the chain whose character map has
   it (the chain starts with the document's own face; see ``fonts.chain``). Marks, joiners and
   variation selectors stay with the character before them, spaces and punctuation with their
   neighbours, so a word is never split between faces.
2. **Levels and order** (``_levels``): the Unicode bidirectional algorithm (UAX #9) as
   python-bidi implements it gives each character its embedding level; runs of one level and
   one font are then put in visual order by rule L2. (reportlab's own RTL support needs
   ``rlbidi``, which is not on PyPI.)
3. **Shaping** (``_shape``): each run goes through HarfBuzz (uharfbuzz, through reportlab's
   ``shapeFragWord``), which joins Arabic letters, positions marks, applies ligatures and puts a
   right-to-left run's glyphs in visual order. Glyphs keep a character map entry (the joined
   forms map to Unicode's presentation forms), so the text can be searched and extracted.
   HarfBuzz rather than arabic-reshaper: reportlab drives it natively, and it is the complete
   shaper (marks, lam-alef, Hebrew points, any script), where arabic-reshaper only swaps Arabic
   letters for their presentation forms.

``wrap`` breaks a text into lines that fit a width (at spaces, between CJK characters, inside a
word only when a word alone is too wide); ``fit`` shrinks the size until the lines fit a
number of lines, and never cuts: a name prints whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from bidi import algorithm as uax9
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeFragWord
from reportlab.pdfgen.canvas import Canvas

from . import fonts

#: OpenType features: kerning on; standard and discretionary ligatures off. A Latin "fi" drawn
#: as one glyph extracts as "ﬁ" (U+FB01), so "Zertifikat" could not be found in the PDF, and a
#: discretionary ligature turns a name such as "محمد" into one glyph. Arabic joining and its
#: required ligatures (lam-alef) are ``rlig`` and the positional features, which stay on.
FEATURES = {"kern": True, "liga": False, "dlig": False}

_STICKY = {"Mn", "Me", "Mc", "Cf", "Sk"}
_EMOJI_MODIFIERS = range(0x1F3FB, 0x1F400)
_CJK_BREAK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\u3040-\u30ff\uff00-\uffef]")


@dataclass(frozen=True)
class Run:
    """Part of a line in one font, ready to draw: *text* is what reportlab draws (a shaped
    string, in visual order), *source* the characters it came from, in logical order."""

    text: str
    source: str
    font: str
    size: float
    width: float
    rtl: bool


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    text: str
    size: float

    @property
    def width(self) -> float:
        return sum(run.width for run in self.runs)

    @property
    def rtl(self) -> bool:
        """True when the line's base direction is right to left (its first strong character)."""
        return uax9.get_base_level(self.text) == 1


@cache
def _cmap(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def covers(font: str, char: str) -> bool:
    return ord(char) in _cmap(font)


def _neutral(char: str) -> bool:
    return unicodedata.category(char)[0] in "ZP" or char in "-‐–—/·.,:;"


def itemize(text: str, chain: Sequence[str]) -> list[tuple[str, str]]:
    """*text* cut into ``(piece, font)`` in logical order: each piece in the first font of
    *chain* that has all its characters, marks and joiners kept with their base character."""
    chosen: list[str | None] = []
    for index, char in enumerate(text):
        code = ord(char)
        sticky = unicodedata.category(char) in _STICKY or code in _EMOJI_MODIFIERS
        if index and sticky and chosen[-1] is not None:
            chosen.append(chosen[-1])
        elif _neutral(char):
            chosen.append(None)  # decided by its neighbours below
        else:
            chosen.append(next((f for f in chain if covers(f, char)), chain[0]))
    # Spaces and punctuation take the font before them when it has them, else the one after;
    # never the emoji face (its space is an emoji's width).
    for index, font in enumerate(chosen):
        if font is not None:
            continue
        before = next((f for f in reversed(chosen[:index]) if f is not None), None)
        after = next((f for f in chosen[index + 1 :] if f is not None), None)
        char = text[index]
        for candidate in (before, after, *chain):
            if candidate not in (None, fonts.EMOJI) and covers(candidate, char):
                chosen[index] = candidate
                break
        else:
            chosen[index] = chain[0]
    pieces: list[tuple[str, str]] = []
    for char, font in zip(text, chosen, strict=True):
        assert font is not None
        if pieces and pieces[-1][1] == font:
            pieces[-1] = (pieces[-1][0] + char, font)
        else:
            pieces.append((char, font))
    return pieces


#: The bidirectional classes python-bidi's pure-Python algorithm knows (Unicode 6.2: before the
#: isolates); any other character (an isolate, an unassigned code point) counts as a neutral.
_KNOWN_CLASSES = frozenset(
    [
        "L",
        "R",
        "AL",
        "EN",
        "ES",
        "ET",
        "AN",
        "CS",
        "NSM",
        "BN",
        "B",
        "S",
        "WS",
        "ON",
        "LRE",
        "LRO",
        "RLE",
        "RLO",
        "PDF",
    ]
)


#: Bidi_Paired_Bracket pairs (UAX #9, BD16) that names and addresses use; Python's unicodedata
#: does not carry the property.
_BRACKETS = dict(
    zip(
        "([{⁅⁽₍⌈⌊〈⟦⟨⟪⦃⦅⦇⦉〈《「『【〔〖〘〚﹙﹛﹝（［｛｟｢",
        ")]}⁆⁾₎⌉⌋〉⟧⟩⟫⦄⦆⦈⦊〉》」』】〕〗〙〛﹚﹜﹞）］｝｠｣",
        strict=True,
    )
)
_CLOSERS = frozenset(_BRACKETS.values())


def _strong(kind: str) -> str | None:
    """A resolved type as N0 reads it: numbers count as R."""
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else None


def _resolve_bracket_pairs(storage: dict) -> None:
    """UAX #9 rule N0, which python-bidi's pure-Python algorithm predates: a pair of brackets
    takes the direction of what it encloses (the embedding direction when that occurs inside,
    else the opposite one when the text before the pair has it too), so "(أحمد)" in a Latin
    line and "(Levi)" in a Hebrew one keep their brackets facing each other."""
    chars = storage["chars"]
    for run in storage["runs"]:
        start, end = run["start"], run["start"] + run["length"]
        if start >= end:
            continue
        embedding = "R" if chars[start]["level"] % 2 else "L"
        opposite = "L" if embedding == "R" else "R"
        stack: list[tuple[str, int]] = []
        pairs: list[tuple[int, int]] = []
        for index in range(start, end):  # BD16
            char = chars[index]
            if char["type"] != "ON":
                continue
            if char["ch"] in _BRACKETS:
                if len(stack) == 63:
                    break
                stack.append((_BRACKETS[char["ch"]], index))
            elif char["ch"] in _CLOSERS:
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == char["ch"]:
                        pairs.append((stack[depth][1], index))
                        del stack[depth:]
                        break
        for opening, closing in sorted(pairs):
            inside = {_strong(chars[k]["type"]) for k in range(opening + 1, closing)}
            if embedding in inside:
                direction = embedding
            elif opposite in inside:
                before = next(
                    (
                        _strong(chars[k]["type"])
                        for k in range(opening - 1, start - 1, -1)
                        if _strong(chars[k]["type"])
                    ),
                    run["sor"],
                )
                direction = opposite if before == opposite else embedding
            else:
                continue
            for bracket in (opening, closing):
                chars[bracket]["type"] = direction
                follower = bracket + 1
                while follower < end and chars[follower]["orig"] == "NSM":
                    chars[follower]["type"] = direction
                    follower += 1


def _levels(text: str) -> list[int]:
    """The embedding level of each character of one line (UAX #9, rules P2–I2 and L1), by
    python-bidi's reference implementation. Characters the algorithm sets aside (rule X9:
    joiners, embedding controls) take the level of the character before them. (Its Rust
    implementation gives only the reordered string, not the levels a line of several faces
    needs; the pure-Python one predates isolates and bracket pairs: an isolate is read as a
    neutral, and bracket pairs are resolved here, ``_resolve_bracket_pairs``.)"""
    proxy = "".join(c if uax9.bidirectional(c) in _KNOWN_CLASSES else "\ufffd" for c in text)
    storage = uax9.get_empty_storage()
    base = uax9.get_base_level(proxy)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uax9.get_embedding_levels(proxy, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    uax9.explicit_embed_and_overrides(storage)
    uax9.resolve_weak_types(storage)
    _resolve_bracket_pairs(storage)
    uax9.resolve_neutral_types(storage, False)
    uax9.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    resolved: list[int] = []
    for level in levels:
        resolved.append(level if level is not None else (resolved[-1] if resolved else base))
    # L1: whitespace at the end of the line goes back to the paragraph's level.
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
        resolved[end] = base
    return resolved


def _shape(text: str, font: str, size: float, rtl: bool) -> tuple[str, float]:
    """*text* (logical order) shaped by HarfBuzz in *font*: what to draw and its width."""
    if rtl and not any(uax9.bidirectional(c) in ("R", "AL") for c in text):
        # Only neutrals resolved right to left (a dash between two Arabic words in another
        # face): HarfBuzz would set them left to right, so mirror and reverse them here.
        text = "".join(uax9.MIRRORED.get(c, c) for c in reversed(text))
    word = [pdfmetrics.stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)]
    shaped = shapeFragWord(word, features=FEATURES)
    if len(shaped) == 2:
        return shaped[1][1], float(shaped[0])
    # HarfBuzz split nothing across fonts here (one font per run); join defensively.
    drawn = shaped[1][1]
    for _frag, piece in shaped[2:]:
        drawn += piece
    return drawn, float(shaped[0])


def line(text: str, size: float, chain: Sequence[str]) -> Line:
    """One line of *text*, its runs in visual order, shaped."""
    fonts.register()
    text = text.replace("\n", " ")
    if not text:
        return Line((), "", size)
    levels = _levels(text)
    per_char_font: list[str] = []
    for piece, font in itemize(text, chain):
        per_char_font += [font] * len(piece)
    # Runs of one level and one font, in logical order.
    spans: list[tuple[int, int, int, str]] = []  # start, end, level, font
    for index, (level, font) in enumerate(zip(levels, per_char_font, strict=True)):
        if spans and spans[-1][2] == level and spans[-1][3] == font:
            start, _end, _level, _font = spans[-1]
            spans[-1] = (start, index + 1, level, font)
        else:
            spans.append((index, index + 1, level, font))
    # L2: from the highest level down to the lowest odd one, reverse every sequence of runs at
    # that level or above.
    order = list(range(len(spans)))
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if spans[order[index]][2] >= level:
                end = index
                while end < len(order) and spans[order[end]][2] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    runs = []
    for span_index in order:
        start, end, level, font = spans[span_index]
        source = text[start:end]
        drawn, width = _shape(source, font, size, rtl=bool(level % 2))
        runs.append(Run(drawn, source, font, size, width, bool(level % 2)))
    return Line(tuple(runs), text, size)


def width(text: str, size: float, chain: Sequence[str]) -> float:
    """The width of *text* set as one line at *size* (shaped: kerning and joining counted)."""
    return _unit_width(text, tuple(chain)) * size


@lru_cache(maxsize=4096)
def _unit_width(text: str, chain: tuple[str, ...]) -> float:
    # Advances scale with the size (these fonts have no optical sizes), so wrapping and
    # shrinking measure each candidate line once.
    return line(text, 1.0, chain).width


def draw(
    canvas: Canvas, x: float, y: float, built: Line, *, align: str = "left", fill=None
) -> None:
    """Draw *built* with its baseline at *y*; *x* is the left edge, the right edge
    (``align="right"``) or the centre (``"centre"``)."""
    left = {"right": x - built.width, "centre": x - built.width / 2}.get(align, x)
    for run in built.runs:
        canvas.setFont(run.font, run.size)
        if fill is not None:
            canvas.setFillColor(fill)
        canvas.drawString(left, y, run.text)
        left += run.width


def _break_points(text: str) -> list[int]:
    """Where a line may end, as indices into *text*: after a space, and between two CJK
    characters (Chinese needs no spaces)."""
    points = []
    for index in range(1, len(text)):
        before, after = text[index - 1], text[index]
        if before == " " or (_CJK_BREAK.match(before) and _CJK_BREAK.match(after)):
            points.append(index)
    return points


def wrap(text: str, max_width: float, size: float, chain: Sequence[str]) -> list[str]:
    """*text* in lines no wider than *max_width* at *size*, in logical order. A word wider than
    the line on its own is broken between characters (never between a letter and its mark)."""
    text = " ".join(text.split())
    lines: list[str] = []
    rest = text
    while rest:
        if width(rest, size, chain) <= max_width:
            lines.append(rest)
            break
        fitting = None
        for point in _break_points(rest):
            if width(rest[:point].rstrip(), size, chain) <= max_width:
                fitting = point
            else:
                break
        if fitting is None:  # one long word: cut it where it still fits
            fitting = 1
            for point in range(1, len(rest)):
                if unicodedata.category(rest[point]) in _STICKY:
                    continue
                if width(rest[:point], size, chain) <= max_width:
                    fitting = point
                else:
                    break
        lines.append(rest[:fitting].rstrip())
        rest = rest[fitting:].lstrip()
    return lines


def fit(
    text: str,
    max_width: float,
    size: float,
    chain: Sequence[str],
    *,
    max_lines: int = 2,
    min_size: float = 7,
) -> list[Line]:
    """*text* as lines for a box *max_width* wide: at *size* when it fits in *max_lines*, else
    at the largest size down to *min_size* that does, else at *min_size* in as many lines as it
    takes. Nothing is cut."""
    current = size
    while True:
        lines = wrap(text, max_width, current, chain)
        if len(lines) <= max_lines or current <= min_size:
            return [line(piece, current, chain) for piece in lines]
        current = max(min_size, current - 0.5)
