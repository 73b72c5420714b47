"""Embedded TrueType fonts for reportlab, shipped in ``assets/fonts`` with their licences.

Latin-script text uses Noto Sans; text with Chinese or Japanese characters uses WenQuanYi Micro
Hei, which also carries Latin glyphs, so a mixed line ("Nordvik 注册") needs no font switching.
Call ``register()`` before drawing; it is idempotent and cheap after the first call.
"""

import re
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"

SANS = "BridgecardSans"
SANS_BOLD = "BridgecardSans-Bold"
CJK = "BridgecardCJK"

_CJK_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u3040-\u30ff]")


@cache
def register() -> None:
    pdfmetrics.registerFont(TTFont(SANS, FONT_DIR / "NotoSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, FONT_DIR / "NotoSans-Bold.ttf"))
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
