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
from dataclasses import dataclass

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


@dataclass(slots=True)
class _Layer:
    text: str
    # For each output character, the span of the layer below it came from; None = identity.
    starts: list[int] | None
    ends: list[int] | None
    flags: bytearray | None


def _fold(text: str) -> _Layer:
    if text.isascii():
        return _Layer(text.lower(), None, None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    flags = bytearray()
    pos = 0
    n_out = 0
    pending_cut = False
    for m in _SPECIAL.finditer(text):
        s, e = m.span()
        if s > pos:
            out.append(text[pos:s])
            starts.extend(range(pos, s))
            ends.extend(range(pos + 1, s + 1))
            flags.extend(bytes(s - pos))
            if pending_cut:
                flags[n_out] |= CUT_BEFORE
                pending_cut = False
            n_out += s - pos
        cluster = m.group()
        kept = "".join(c for c in cluster if ord(c) not in INVISIBLE)
        pos = e
        if not kept:
            pending_cut = True
            continue
        folded = unicodedata.normalize("NFKC", kept).translate(_HOMOGLYPH_TABLE)
        if not folded:
            pending_cut = True
            continue
        flag = DISGUISED if folded != kept and _ASCII_VISIBLE.search(folded) else 0
        if kept != cluster:
            flag |= CUT_BEFORE
        out.append(folded)
        starts.extend([s] * len(folded))
        ends.extend([e] * len(folded))
        flags.extend([flag] * len(folded))
        if pending_cut:
            flags[n_out] |= CUT_BEFORE
            pending_cut = False
        n_out += len(folded)
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
        flags.extend(bytes(len(text) - pos))
        if pending_cut:
            flags[n_out] |= CUT_BEFORE
    folded_text = "".join(out)
    lowered = folded_text.lower()
    if len(lowered) != len(folded_text):
        # A handful of characters (e.g. "İ") grow when lower-cased; keep the length stable.
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in folded_text)
    if not any(flags):
        return _Layer(lowered, starts, ends, None)
    return _Layer(lowered, starts, ends, flags)


# --- layer 2: spaced-out characters ---------------------------------------------------------

_SPACED = re.compile(
    r"(?<![^\s(\[\"'«„“])[a-z0-9.:/@-](?:  ?[a-z0-9.:/@-]){4,}(?![^\s.,;!?)\]\"'»“”])"
)


def _join_spaced(text: str) -> _Layer | None:
    edits: list[tuple[int, int]] = []
    for m in _SPACED.finditer(text):
        run = m.group()
        if sum(ch.isalnum() for ch in run) < 4:
            continue
        edits.append(m.span())
    if not edits:
        return None
    out: list[str] = []
    starts: list[int] = []
    flags = bytearray()
    pos = 0
    for s, e in edits:
        out.append(text[pos:s])
        starts.extend(range(pos, s))
        flags.extend(bytes(s - pos))
        for i in range(s, e):
            if text[i] != " ":
                out.append(text[i])
                starts.append(i)
                flags.append(DISGUISED)
        pos = e
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    flags.extend(bytes(len(text) - pos))
    return _Layer("".join(out), starts, [i + 1 for i in starts], flags)


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

#: Top-level domains worth recognising in seller text. File extensions that are also TLDs
#: (.md, .py, .zip, .mov) are left out on purpose.
TLDS: frozenset[str] = frozenset(
    [
        "com",
        "net",
        "org",
        "info",
        "biz",
        "shop",
        "store",
        "online",
        "site",
        "website",
        "xyz",
        "top",
        "club",
        "app",
        "io",
        "co",
        "me",
        "tv",
        "eu",
        "de",
        "at",
        "ch",
        "fr",
        "be",
        "lu",
        "nl",
        "es",
        "it",
        "pt",
        "pl",
        "cz",
        "sk",
        "hu",
        "ro",
        "se",
        "dk",
        "no",
        "fi",
        "ie",
        "uk",
        "us",
        "ca",
        "au",
        "nz",
        "cn",
        "jp",
        "hk",
        "tw",
        "kr",
        "sg",
        "in",
        "ru",
        "br",
        "mx",
        "ar",
        "cl",
        "tr",
        "ae",
        "sa",
        "li",
        "gr",
        "example",
        "email",
        "link",
        "blog",
        "live",
        "life",
        "world",
        "tech",
        "pro",
        "one",
        "cloud",
        "page",
        "space",
        "news",
    ]
)

#: TLDs that are also everyday words; after a spelled-out dot they need a clear end.
AMBIGUOUS_TLDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "in",
            "it",
            "me",
            "to",
            "us",
            "at",
            "be",
            "so",
            "do",
            "no",
            "one",
            "pro",
            "page",
            "news",
            "life",
            "live",
            "link",
            "shop",
            "store",
        ]
    ),
    "de": frozenset(["es", "in", "am", "so", "um"]),
    "fr": frozenset(["de", "la", "me", "se", "es", "au", "tv"]),
    "es": frozenset(["de", "la", "es", "se", "me", "no"]),
    "it": frozenset(["in", "la", "se", "me", "no"]),
    "zh": frozenset(),
    "ja": frozenset(),
}
_ALL_AMBIGUOUS = frozenset().union(*AMBIGUOUS_TLDS.values())

#: Labels that are ordinary short words ("le point de vue", "el punto de venta").
_STOP_LABELS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "our",
        "your",
        "my",
        "of",
        "and",
        "or",
        "at",
        "in",
        "on",
        "to",
        "is",
        "it",
        "le",
        "la",
        "les",
        "un",
        "une",
        "du",
        "des",
        "de",
        "ce",
        "mon",
        "ton",
        "son",
        "au",
        "et",
        "en",
        "el",
        "los",
        "las",
        "un",
        "una",
        "este",
        "ese",
        "esta",
        "esa",
        "del",
        "al",
        "lo",
        "il",
        "lo",
        "gli",
        "di",
        "da",
        "con",
        "per",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "ein",
        "eine",
        "einen",
        "im",
        "am",
        "zum",
        "zur",
        "und",
        "oder",
        "ist",
        "wichtigste",
        "erste",
        "letzte",
    ]
)


def _label_before(text: str, end: int) -> int:
    """Start of the domain label that ends at ``end`` (== ``end`` when there is none)."""
    i = end
    while i > 0 and end - i < 63 and text[i - 1] in _LABEL_CHARS:
        i -= 1
    if i > 0 and text[i - 1] in _LABEL_CHARS:
        return end  # longer than a label can be
    return i


def _dots(text: str, lang: str | None) -> _Layer | None:
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
        strong = any(_STRONG_SEP.search(text, s, e) for s, e, obf in seps if obf)
        if head != "www" and not strong:
            if head in _STOP_LABELS or not any(c.isalpha() for c in head) or len(head) < 2:
                continue
            if tld in ambiguous and len(labels) == 2 and not _clear_end(text, end):
                continue
        edits.extend((s, e) for s, e, obf in seps if obf)
    if not edits:
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    flags = bytearray()
    p = 0
    for s, e in edits:
        out.append(text[p:s])
        starts.extend(range(p, s))
        ends.extend(range(p + 1, s + 1))
        flags.extend(bytes(s - p))
        out.append(".")
        starts.append(s)
        ends.append(e)
        flags.append(DISGUISED)
        p = e
    out.append(text[p:])
    starts.extend(range(p, n))
    ends.extend(range(p + 1, n + 1))
    flags.extend(bytes(n - p))
    return _Layer("".join(out), starts, ends, flags)


_STRONG_SEP = re.compile(r"[\[({<点。｡]|ドット|[ \t]\.")
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

    __slots__ = ("_ends", "_flags", "_sentences", "_starts", "original", "text")

    def __init__(self, original: str, lang: str | None = None) -> None:
        self.original = original
        layer = _fold(original)
        text = layer.text
        starts, ends, flags = layer.starts, layer.ends, layer.flags
        for make in (_join_spaced, lambda t: _dots(t, lang)):
            step = make(text)
            if step is None:
                continue
            starts, ends, flags = _compose(step, starts, ends, flags)
            text = step.text
        self.text = text
        self._starts = starts
        self._ends = ends
        self._flags = flags
        self._sentences: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span ``[start, end)``."""
        if self._starts is None or self._ends is None:
            return start, end
        if end <= start:
            o = self._starts[start] if start < len(self._starts) else len(self.original)
            return o, o
        return self._starts[start], self._ends[end - 1]

    def disguised(self, start: int, end: int) -> bool:
        """Whether the normalised span was produced, even in part, by a disguise."""
        flags = self._flags
        if flags is None:
            return False
        window = flags[start:end]
        if any(f & DISGUISED for f in window):
            return True
        return any(f & CUT_BEFORE for f in window[1:])

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence(s) holding the normalised span ``[start, end)``."""
        if self._sentences is None:
            self._sentences = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        marks = self._sentences
        i = bisect_right(marks, start)
        lo = marks[i - 1] if i else 0
        j = bisect_left(marks, end)
        hi = marks[j] if j < len(marks) else len(self.text)
        return lo, hi


def _compose(
    step: _Layer,
    starts: list[int] | None,
    ends: list[int] | None,
    flags: bytearray | None,
) -> tuple[list[int], list[int], bytearray]:
    assert step.starts is not None and step.ends is not None and step.flags is not None
    if starts is None or ends is None:
        new_starts, new_ends = step.starts, step.ends
    else:
        new_starts = [starts[s] for s in step.starts]
        new_ends = [ends[e - 1] for e in step.ends]
    new_flags = bytearray(step.flags)
    if flags is not None:
        for i, (s, e) in enumerate(zip(step.starts, step.ends, strict=True)):
            below = flags[s]
            for f in flags[s + 1 : e]:
                below |= f
            if below:
                new_flags[i] |= below
    return new_starts, new_ends, new_flags
