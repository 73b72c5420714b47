"""Normalisation with a map back to the caller's offsets.

A trick that hides a word from a person's eye must not hide it from the linter, yet a finding
must point at what the person wrote. So the text goes through layers, each keeping, for every
character it produces, the span of original characters it came from:

1. *fold*: Unicode NFKC (full-width forms, ligatures, mathematical letters), invisible
   characters removed (zero-width, word joiner, soft hyphen, bidi controls, tag characters),
   Cyrillic and Greek look-alikes folded to Latin, lower case.
2. *join*: runs of single spaced-out characters joined ("w w w . s h o p . d e").
3. *dots*: spelled-out or disguised dots inside something that ends like a domain turned into
   "." ("shop Punkt de", "shop[.]de", "shop点com", "shop。com", "shop . de").

Characters produced by a disguise (a folded look-alike or full-width letter, a removed invisible
character, a joined run, a spelled-out dot) are marked, so an address found across them is an
``obfuscated_link`` rather than a plain ``link``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from .domain_words import AMBIGUOUS_TLDS, STOP_LABELS, TLDS

# --- layer 1: fold -------------------------------------------------------------------------

INVISIBLE: frozenset[int] = frozenset(
    [
        *(0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFEFF, 0xFFA0),
        *range(0x180B, 0x1810),  # Mongolian free variation selectors, vowel separator
        *range(0x200B, 0x2010),  # zero-width space/non-joiner/joiner, LRM, RLM
        *range(0x202A, 0x202F),  # bidi embeddings and overrides
        *range(0x2060, 0x2070),  # word joiner, invisible operators, bidi isolates
        *range(0xFE00, 0xFE10),  # variation selectors
        *range(0x1BCA0, 0x1BCA4),  # shorthand format controls
        *range(0xE0000, 0xE0080),  # tag characters (can smuggle hidden ASCII)
        *range(0xE0100, 0xE01F0),  # variation selectors supplement
    ]
)

#: Look-alike letters that NFKC leaves alone. Folded everywhere: the supported languages are
#: written in Latin or CJK script, so a Cyrillic "о" inside a Latin word is a disguise.
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ь": "b", "ո": "n", "ս": "u", "ց": "g",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin look-alikes
    "ı": "i", "ɑ": "a", "ɡ": "g", "ɩ": "i", "ʟ": "l", "ᴏ": "o", "ꓲ": "I",
}  # fmt: skip

_HOMOGLYPH_TABLE = str.maketrans(HOMOGLYPHS)

# Blocks whose characters are checked once at import: every one that is NFKC-stable, not a
# combining mark, not invisible and not a look-alike can be copied through untouched, which keeps
# accented Latin, CJK and kana text on the fast path.
_SCANNED_BLOCKS = (
    (0x00A0, 0x024F),
    (0x0300, 0x036F),
    (0x0370, 0x052F),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x3000, 0x30FF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
)


def _build_special_class() -> str:
    safe: list[tuple[int, int]] = []
    for lo, hi in _SCANNED_BLOCKS:
        run_start: int | None = None
        for cp in range(lo, hi + 2):
            ok = False
            if cp <= hi:
                ch = chr(cp)
                ok = (
                    cp not in INVISIBLE
                    and ch not in HOMOGLYPHS
                    and not unicodedata.combining(ch)
                    and unicodedata.category(ch) not in ("Mn", "Mc", "Me", "Cf", "Cn", "Cs", "Co")
                    and unicodedata.normalize("NFKC", ch) == ch
                )
            if ok and run_start is None:
                run_start = cp
            elif not ok and run_start is not None:
                safe.append((run_start, cp - 1))
                run_start = None
    parts = ["\\x00-\\x7f"]
    for lo, hi in safe:
        parts.append(f"\\u{lo:04x}" if lo == hi else f"\\u{lo:04x}-\\u{hi:04x}")
    return "".join(parts)


_COMBINING_CLASS = "\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f"
# A cluster that needs work: any character followed by combining marks, or one special character.
_SPECIAL = re.compile(f"(?s:.)[{_COMBINING_CLASS}]+|[^{_build_special_class()}]")

# Characters whose folding to ASCII counts as a disguise when it happens inside an address.
_ASCII_VISIBLE = re.compile(r"[a-zA-Z0-9./:@]")

DISGUISED = 1  # this character came from a disguise
CUT_BEFORE = 2  # an invisible character was removed just before this one


class _Map:
    """How one layer's output maps back to its input: the identity except for a few pieces.

    A piece replaces input ``[in_start, in_end)`` by output ``[out_start, out_end)``. In a block
    piece every output character stands for the whole input span (a folded cluster, a
    spelled-out dot); in a shifted piece output character k stands for input character
    ``in_start + k`` (a letter of a spaced-out run: kept, but marked). A deletion is a piece
    with no output (removed invisible characters). Between pieces the output is the input,
    shifted. Only the pieces are stored, so the cost follows the number of changes, not the
    length of the text.
    """

    __slots__ = ("flags", "in_ends", "in_starts", "out_ends", "out_starts", "shifted")

    def __init__(self) -> None:
        self.out_starts: list[int] = []
        self.out_ends: list[int] = []
        self.in_starts: list[int] = []
        self.in_ends: list[int] = []
        self.flags: list[int] = []
        self.shifted: list[bool] = []

    def add(
        self, out_start: int, out_end: int, in_start: int, in_end: int, flag: int, shifted: bool
    ) -> None:
        self.out_starts.append(out_start)
        self.out_ends.append(out_end)
        self.in_starts.append(in_start)
        self.in_ends.append(in_end)
        self.flags.append(flag)
        self.shifted.append(shifted)

    def point(self, p: int) -> tuple[int, int]:
        """Input span of output character ``p``."""
        i = bisect_right(self.out_starts, p) - 1
        if i < 0:
            return p, p + 1
        out_end = self.out_ends[i]
        if p < out_end:
            if self.shifted[i]:
                k = self.in_starts[i] + p - self.out_starts[i]
                return k, k + 1
            return self.in_starts[i], self.in_ends[i]
        k = self.in_ends[i] + p - out_end
        return k, k + 1

    def back(self, start: int, end: int) -> tuple[int, int]:
        """Input span of the output span ``[start, end)`` (``end > start``)."""
        return self.point(start)[0], self.point(end - 1)[1]

    def disguised(self, start: int, end: int) -> bool:
        """A disguised character in ``[start, end)``, or an invisible one cut out after its
        first character."""
        lo = max(0, bisect_right(self.out_starts, start) - 1)
        hi = bisect_left(self.out_starts, end)
        for i in range(lo, hi):
            flag = self.flags[i]
            if not flag:
                continue
            out_start, out_end = self.out_starts[i], self.out_ends[i]
            if out_start == out_end:  # a cut just before output character out_start
                if flag & CUT_BEFORE and start < out_start < end:
                    return True
                continue
            first, last = max(out_start, start), min(out_end, end) - 1
            if first > last:
                continue
            if flag & DISGUISED or (flag & CUT_BEFORE and last > start):
                return True
        return False


def _fold(text: str) -> tuple[str, _Map | None]:
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    pieces = _Map()
    pos = 0
    n_out = 0
    for m in _SPECIAL.finditer(text):
        s, e = m.span()
        if s > pos:
            out.append(text[pos:s])
            n_out += s - pos
        cluster = m.group()
        kept = "".join(c for c in cluster if ord(c) not in INVISIBLE)
        pos = e
        folded = unicodedata.normalize("NFKC", kept).translate(_HOMOGLYPH_TABLE) if kept else ""
        if not folded:
            # removed: the next character is marked as following a cut
            pieces.add(n_out, n_out, s, e, CUT_BEFORE, False)
            continue
        flag = DISGUISED if folded != kept and _ASCII_VISIBLE.search(folded) else 0
        if kept != cluster:
            flag |= CUT_BEFORE
        out.append(folded)
        pieces.add(n_out, n_out + len(folded), s, e, flag, False)
        n_out += len(folded)
    if pos < len(text):
        out.append(text[pos:])
    folded_text = "".join(out)
    lowered = folded_text.lower()
    if len(lowered) != len(folded_text):
        # A handful of characters (e.g. "İ") grow when lower-cased; keep the length stable.
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in folded_text)
    return lowered, (pieces if pieces.out_starts else None)


# --- layer 2: spaced-out characters ---------------------------------------------------------

_SPACED = re.compile(
    r"(?<![^\s(\[\"'«„“])[a-z0-9.:/@-](?:  ?[a-z0-9.:/@-]){4,}(?![^\s.,;!?)\]\"'»“”])"
)


#: Shorter spaced pieces of an address that a long run misses when a word sits between them
#: ("w w w . meubles-oka . f r"): a spaced-out "www" and a spaced-out ending after a dot that
#: stands on its own. Neither occurs in prose.
_SPACED_PIECE = re.compile(
    r"(?<![^\s(\[\"'«„“])w  ?w  ?w(?:  ?\.)?(?![a-z0-9])|(?<=\s)\.  ?[a-z]  ?[a-z](?:  ?[a-z])?(?![a-z0-9])"
)


def _join_spaced(text: str) -> tuple[str, _Map] | None:
    edits: list[tuple[int, int]] = []
    for m in _SPACED.finditer(text):
        run = m.group()
        if sum(ch.isalnum() for ch in run) < 4:
            continue
        edits.append(m.span())
    for m in _SPACED_PIECE.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in edits):
            edits.append(m.span())
    edits.sort()
    if not edits:
        return None
    out: list[str] = []
    pieces = _Map()
    pos = 0
    n_out = 0
    for s, e in edits:
        out.append(text[pos:s])
        n_out += s - pos
        for i in range(s, e):
            if text[i] != " ":
                out.append(text[i])
                pieces.add(n_out, n_out + 1, i, i + 1, DISGUISED, True)
                n_out += 1
        pos = e
    out.append(text[pos:])
    return "".join(out), pieces


# --- layer 3: disguised dots inside domains ---------------------------------------------------

_DOT_WORDS = "dot|punkt|point|punto|punt|ponto"
_OBF_SEP = re.compile(
    r"[ \t]{0,3}[\[({<][ \t]{0,2}(?:\.|" + _DOT_WORDS + r")[ \t]{0,2}[\])}>][ \t]{0,3}"
    r"|[ \t]{1,3}(?:" + _DOT_WORDS + r")[ \t]{1,3}"
    r"|[ \t]{0,3}(?:点|ドット|。|｡)[ \t]{0,3}"
    r"|[ \t]{1,3}\.[ \t]{0,3}"
    r"|\.[ \t]{1,3}"
)
_LABEL_AFTER = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?![a-z0-9-])")
_LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")

_ALL_AMBIGUOUS = frozenset().union(*AMBIGUOUS_TLDS.values())


def _label_before(text: str, end: int) -> int:
    """Start of the domain label that ends at ``end`` (== ``end`` when there is none)."""
    i = end
    while i > 0 and end - i < 63 and text[i - 1] in _LABEL_CHARS:
        i -= 1
    if i > 0 and text[i - 1] in _LABEL_CHARS:
        return end  # longer than a label can be
    return i


def _dots(text: str, lang: str | None) -> tuple[str, _Map] | None:
    if not _OBF_SEP.search(text):
        return None
    ambiguous = AMBIGUOUS_TLDS.get(lang or "", _ALL_AMBIGUOUS) | AMBIGUOUS_TLDS["en"]
    edits: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _OBF_SEP.search(text, pos)
        if m is None:
            break
        first = _label_before(text, m.start())
        if first == m.start():
            pos = m.end()
            continue
        # Walk the chain: label (sep label)*, where sep is a plain dot or a disguised one.
        seps: list[tuple[int, int, bool]] = []  # (start, end, disguised)
        labels = [text[first : m.start()]]
        cur: re.Match[str] | None = m
        end = m.start()
        while cur is not None and len(labels) < 6:
            lab = _LABEL_AFTER.match(text, cur.end())
            if lab is None:
                break
            seps.append((cur.start(), cur.end(), cur.group() != "."))
            labels.append(lab.group())
            end = lab.end()
            nxt = _OBF_SEP.match(text, end)
            cur = nxt if nxt is not None else _PLAIN_DOT.match(text, end)
        pos = max(m.end(), end)
        if not seps or not any(obf for _, _, obf in seps):
            continue
        # Trim trailing labels until the chain ends in a TLD.
        while len(labels) > 1 and labels[-1] not in TLDS:
            labels.pop()
            seps.pop()
            end = -1
        if len(labels) < 2 or not any(obf for _, _, obf in seps):
            continue
        if end == -1:
            end = seps[-1][1] + len(labels[-1])
        tld = labels[-1]
        head = labels[0]
        # Brackets, CJK dots and a space before a dot are never prose; "dot" words and a full
        # stop followed by a space may be ("the product. It works").
        strong = any(_STRONG_SEP.search(text, s, e) for s, e, obf in seps if obf) or bool(
            _AT_WORD_BEFORE.search(text, max(0, first - 16), first)
        )
        if head != "www" and not strong:
            if not any(c.isalpha() for c in head) or len(head) < 2:
                continue
            if any(label in STOP_LABELS for label in labels[:-1]):
                continue  # "…message. Le point de charge": prose, not a domain
            if tld in ambiguous and not _clear_end(text, end):
                continue
        edits.extend((s, e) for s, e, obf in seps if obf)
    if not edits:
        return None
    out: list[str] = []
    pieces = _Map()
    p = 0
    n_out = 0
    for s, e in edits:
        out.append(text[p:s])
        n_out += s - p
        out.append(".")
        pieces.add(n_out, n_out + 1, s, e, DISGUISED, False)
        n_out += 1
        p = e
    out.append(text[p:])
    return "".join(out), pieces


_STRONG_SEP = re.compile(r"[\[({<点。｡]|ドット|[ \t]\.")
#: A spelled-out "at" right before the name: an e-mail address ("info arroba tienda punto es").
_AT_WORD_BEFORE = re.compile(
    r"(?:\barroba|\bchiocciola|\bklammeraffe|\barobase|[\[(]\s?at\s?[\])]|\bat|@)[ \t]{1,3}$"
)
_PLAIN_DOT = re.compile(r"\.(?=[a-z0-9])")


def _clear_end(text: str, end: int) -> bool:
    """True when a spelled-out domain visibly ends at ``end`` (not mid-sentence)."""
    rest = text[end : end + 3]
    if not rest:
        return True
    if rest[0] == "/":
        return True
    if rest[0] in " \t":
        tail = rest[1:].lstrip(" \t")
        return not tail or not tail[0].isalpha()
    return not rest[0].isalnum()


# --- the composed result ----------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]")


class Normalised:
    """The normalised text with the way back to the original offsets."""

    __slots__ = ("_layers", "_sentences", "original", "text")

    def __init__(self, original: str, lang: str | None = None) -> None:
        self.original = original
        # (map, output length, input length), bottom layer first; identity layers are left out
        self._layers: list[tuple[_Map, int, int]] = []
        text, pieces = _fold(original)
        if pieces is not None:
            self._layers.append((pieces, len(text), len(original)))
        joined = _join_spaced(text)
        if joined is not None:
            self._layers.append((joined[1], len(joined[0]), len(text)))
            text = joined[0]
        dotted = _dots(text, lang)
        if dotted is not None:
            self._layers.append((dotted[1], len(dotted[0]), len(text)))
            text = dotted[0]
        self.text = text
        self._sentences: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span ``[start, end)``."""
        if end <= start:
            p = start
            for pieces, n_out, n_in in reversed(self._layers):
                p = pieces.point(p)[0] if p < n_out else n_in
            return p, p
        for pieces, _n_out, _n_in in reversed(self._layers):
            start, end = pieces.back(start, end)
        return start, end

    def disguised(self, start: int, end: int) -> bool:
        """Whether the normalised span was produced, even in part, by a disguise."""
        if end <= start:
            return False
        for pieces, _n_out, _n_in in reversed(self._layers):
            if pieces.disguised(start, end):
                return True
            start, end = pieces.back(start, end)
        return False

    def sentence(self, start: int, end: int, around: int = 0) -> tuple[int, int]:
        """Bounds of the sentence(s) holding the normalised span ``[start, end)``, widened by
        ``around`` sentences on either side."""
        if self._sentences is None:
            self._sentences = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        marks = self._sentences
        i = bisect_right(marks, start) - around
        lo = marks[i - 1] if i > 0 else 0
        j = bisect_left(marks, end) + around
        hi = marks[j] if j < len(marks) else len(self.text)
        return lo, hi
