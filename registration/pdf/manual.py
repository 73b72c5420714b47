"""A product manual as a PDF: an A5 booklet with a cover (logo, picture, product name, title)
and sections of numbered steps, bullet points and paragraphs, in one language, fonts embedded.

The demo brand's manuals are drawn with it (``registration.demo``); a brand uploads its own
manuals as documents instead. Built with reportlab's platypus; Chinese text is set in the CJK
face with CJK line breaking.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Image,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from . import fonts

ACCENT = HexColor("#0b6e4f")
INK = HexColor("#1d2329")
MUTED = HexColor("#59636e")


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()  # numbered
    points: tuple[str, ...] = ()  # bulleted
    warning: bool = False


@dataclass(frozen=True)
class Manual:
    language: str
    title: str
    product_name: str
    brand_name: str
    sections: tuple[Section, ...]
    logo: bytes | None = None
    picture: bytes | None = None
    footer: str = ""
    page_label: str = "Page {n}"
    extra: dict = field(default_factory=dict)


def _styles(language: str) -> dict[str, ParagraphStyle]:
    cjk = language.startswith(("zh", "ja"))
    regular = fonts.CJK if cjk else fonts.SANS
    bold = fonts.CJK if cjk else fonts.SANS_BOLD
    wrap = "CJK" if cjk else None

    def style(name, font, size, colour=INK, **kw) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.4, textColor=colour,
            wordWrap=wrap, **kw,
        )  # fmt: skip

    return {
        "cover_title": style("cover_title", bold, 22, ACCENT, alignment=TA_CENTER),
        "cover_product": style("cover_product", bold, 16, INK, alignment=TA_CENTER),
        "cover_brand": style("cover_brand", regular, 9, MUTED, alignment=TA_CENTER),
        "heading": style("heading", bold, 13, ACCENT, spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "body": style("body", regular, 9.5, INK, spaceAfter=3),
        "warning": style("warning", bold, 9.5, HexColor("#9a3412"), spaceAfter=3),
    }


def _image(data: bytes, max_w: float, max_h: float) -> Image:
    reader = ImageReader(io.BytesIO(data))
    iw, ih = reader.getSize()
    scale = min(max_w / iw, max_h / ih)
    return Image(io.BytesIO(data), width=iw * scale, height=ih * scale)


def _list(items: tuple[str, ...], style: ParagraphStyle, numbered: bool) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(escape(item), style), leftIndent=14) for item in items],
        bulletType="1" if numbered else "bullet",
        bulletFontName=style.fontName,
        bulletFontSize=style.fontSize if numbered else 7,
        bulletColor=ACCENT,
        leftIndent=14,
        start=None if numbered else "•",
    )


def render(manual: Manual) -> bytes:
    """The manual as PDF bytes (byte-identical for identical input)."""
    fonts.register()
    s = _styles(manual.language)
    width, _height = A5
    story: list = []
    if manual.logo:
        story += [_image(manual.logo, 60 * mm, 16 * mm), Spacer(1, 14 * mm)]
    else:
        story += [Paragraph(escape(manual.brand_name), s["cover_brand"]), Spacer(1, 14 * mm)]
    if manual.picture:
        story += [_image(manual.picture, 90 * mm, 90 * mm), Spacer(1, 8 * mm)]
    story += [
        Paragraph(escape(manual.product_name), s["cover_product"]),
        Spacer(1, 3 * mm),
        Paragraph(escape(manual.title), s["cover_title"]),
        Spacer(1, 10 * mm),
        Paragraph(escape(manual.brand_name), s["cover_brand"]),
        PageBreak(),
    ]
    for section in manual.sections:
        story.append(Paragraph(escape(section.heading), s["heading"]))
        body = s["warning"] if section.warning else s["body"]
        if section.steps:
            story.append(_list(section.steps, body, numbered=True))
        if section.points:
            story.append(_list(section.points, body, numbered=False))
        for paragraph in section.paragraphs:
            story.append(Paragraph(escape(paragraph), s["body"]))

    def page_foot(canvas, document) -> None:
        if document.page == 1:
            return
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.6)
        canvas.line(15 * mm, 12 * mm, width - 15 * mm, 12 * mm)
        face = fonts.family_for(manual.footer + manual.product_name, manual.language)
        canvas.setFont(face, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(15 * mm, 8 * mm, f"{manual.product_name} · {manual.title}")
        canvas.drawRightString(width - 15 * mm, 8 * mm, manual.page_label.format(n=document.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A5, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
        bottomMargin=18 * mm, title=f"{manual.product_name} – {manual.title}",
        author=manual.brand_name, lang=manual.language, invariant=1,
        initialFontName=fonts.SANS,
    )  # fmt: skip
    document.build(story, onFirstPage=page_foot, onLaterPages=page_foot)
    return buffer.getvalue()
