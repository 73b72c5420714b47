"""Embedded TrueType fonts for reportlab, shipped in ``assets/fonts`` with their licences.

Latin, Greek and Cyrillic text uses Noto Sans; text with Chinese or Japanese characters uses
WenQuanYi Micro Hei, which also carries Latin glyphs, so a mixed line ("Nordvik 注册") needs no
font switching. Arabic, Hebrew and emoji have faces of their own (Noto Sans Arabic, Noto Sans
Hebrew, Noto Emoji); a line that mixes scripts is set through ``registration.pdf.text``, which
picks a face per character from ``chain`` and shapes right-to-left runs.
Call ``register()`` before drawing; it is idempotent and cheap after the first call.
"""

import re
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"

SANS = "BridgecardSans"
SANS_BOLD = "BridgecardSans-Bold"
CJK = "BridgecardCJK"
ARABIC = "BridgecardArabic"
ARABIC_BOLD = "BridgecardArabic-Bold"
HEBREW = "BridgecardHebrew"
HEBREW_BOLD = "BridgecardHebrew-Bold"
EMOJI = "BridgecardEmoji"

_CJK_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u3040-\u30ff]")

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    HEBREW_BOLD: "NotoSansHebrew-Bold.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
}


_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF (emoji) written as the UTF-16
    surrogate pair PDF asks for: reportlab writes ``<1F389>``, which text extraction, search
    and screen readers reject, so an emoji in a name would vanish from the text layer."""
    cmap = _reportlab_to_unicode_cmap(fontname, subset)
    for code in {code for code in subset if code > 0xFFFF}:
        pair = chr(code).encode("utf-16-be").hex().upper()
        cmap = cmap.replace(f" <{code:04X}>\n", f" <{pair}>\n")
    return cmap


@cache
def register() -> None:
    # reportlab looks the function up at each use; it has no setting for this.
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, FONT_DIR / filename))
    pdfmetrics.registerFont(TTFont(CJK, FONT_DIR / "wqy-microhei.ttc", subfontIndex=0))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    # The CJK face has no bold; bold CJK text stays regular rather than falling back to a
    # font that is not embedded.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK, bold, italic, CJK)


def needs_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def family_for(text: str = "", locale: str = "") -> str:
    """The font family to set *text* (or a document in *locale*) in."""
    if locale.startswith(("zh", "ja")) or needs_cjk(text):
        return CJK
    return SANS


def bold_for(text: str = "", locale: str = "") -> str:
    family = family_for(text, locale)
    return SANS_BOLD if family == SANS else CJK


def chain(*, bold: bool = False, locale: str = "") -> tuple[str, ...]:
    """The faces to try, in order, for each character of a line (``registration.pdf.text``):
    the document's own face first (the CJK one for regular text in Chinese, so Latin letters in
    a Chinese document match it; the CJK face has no bold, so bold Latin letters stay in Noto
    Sans Bold), then every other script's, emoji last."""
    register()
    latin = SANS_BOLD if bold else SANS
    cjk_first = locale.startswith(("zh", "ja")) and not bold
    first = (CJK, latin) if cjk_first else (latin, CJK)
    return (
        *first,
        ARABIC_BOLD if bold else ARABIC,
        HEBREW_BOLD if bold else HEBREW,
        EMOJI,
    )
