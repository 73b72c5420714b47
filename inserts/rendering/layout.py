"""Lays a design's blocks out in the card's safe area and draws the static artwork.

Platypus (reportlab's layout engine) wraps the text, CJK included; the blocks become flowables in
one column the width of the safe area and are measured before anything is drawn, so a design that
would spill outside the safe area is refused (naming the block) instead of printed. QR
symbols are *not* drawn here: their flowable reserves the space, knocks out the background and
records where the symbol goes, because the symbol changes from card to card while everything
else is drawn once into a form XObject. A product block works the same way: it reserves the
room for the picture and name of the card's product and records where they go; the writer draws
each product once into a form of its own and places it on that product's cards. Override
``FLOWABLES`` to add a block kind.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape, unescape

from reportlab.lib.colors import CMYKColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from registration.pdf import fonts

from . import qr
from .spec import CMYK, WHITE, Block, DesignSpec

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
BLOCK_GAP = 2.2 * mm


class LayoutError(ValueError):
    """The design does not fit the card, or a block cannot be drawn; says which block."""


@dataclass(frozen=True)
class QRPlacement:
    """Where a QR symbol goes on one card, in points from the card's trim corner (lower left)."""

    purpose: str
    x: float
    y: float
    size: float
    show_code: bool
    code_x: float
    code_y: float
    code_size: float
    label: str


@dataclass(frozen=True)
class ProductPlacement:
    """Where the card's product goes: its picture in the box (x, y, width, picture_h) and its
    name in the *name_h* below, in points from the card's trim corner."""

    x: float
    y: float
    width: float
    picture_h: float
    name_h: float
    name_size: float
    align: str
    show_name: bool
    label: str


@dataclass
class SideLayout:
    qr: list[QRPlacement] = field(default_factory=list)
    products: list[ProductPlacement] = field(default_factory=list)


def cmyk(colour: CMYK) -> CMYKColor:
    return CMYKColor(*colour.tuple())


class Styles:
    """Paragraph styles for one design: the font follows the locale (CJK for Chinese), colours are
    the design's CMYK text and accent colours."""

    def __init__(self, spec: DesignSpec):
        self.spec = spec
        self.text = cmyk(spec.text)
        self.accent = cmyk(spec.accent)

    def font(self, text: str, bold: bool = False) -> str:
        if bold:
            return fonts.bold_for(text, self.spec.locale)
        return fonts.family_for(text, self.spec.locale)

    def style(
        self, text: str, size: float, *, bold=False, accent=False, align="left", leading=None
    ) -> ParagraphStyle:
        font = self.font(text, bold)
        return ParagraphStyle(
            name=f"{font}-{size}-{align}",
            fontName=font,
            fontSize=size,
            leading=leading or size * 1.28,
            textColor=self.accent if accent else self.text,
            alignment=ALIGN.get(align, TA_LEFT),
            wordWrap="CJK" if font == fonts.CJK else None,
            bulletFontName=font,
            bulletFontSize=size,
            bulletColor=self.accent,
        )

    def para(self, text: str, size: float, **kwargs) -> Paragraph:
        """A paragraph of *plain* text (escaped; line breaks kept)."""
        markup = "<br/>".join(escape(line) for line in text.strip().splitlines())
        return Paragraph(markup, self.style(text, size, **kwargs))


_TAGS = re.compile(r"<(/?)(\w+)[^>]*>")
_KEEP = {"b": "b", "strong": "b", "i": "i", "em": "i"}


def rich_paragraphs(html: str) -> list[str]:
    """Wagtail rich text (bold and italic only) → reportlab paragraph markup, one per <p>.

    Everything but bold, italic and line breaks is dropped: a card has no links to follow."""
    html = re.sub(r"<br\s*/?>", "\n", html)
    chunks = re.split(r"</p>|</h\d>|</li>", html)
    result = []
    for chunk in chunks:

        def keep(match: re.Match[str]) -> str:
            tag = _KEEP.get(match.group(2).lower())
            return f"<{match.group(1)}{tag}>" if tag else ""

        text = _TAGS.sub(keep, chunk).strip()
        if text:
            # Re-escape text between tags: Wagtail stores entities, reportlab wants XML.
            parts = re.split(r"(</?[bi]>)", text)
            text = "".join(
                p if re.fullmatch(r"</?[bi]>", p) else escape(unescape(p)) for p in parts
            )
            result.append(text.replace("\n", "<br/>"))
    return result


def plain_text(html: str) -> str:
    """Rich text as the words a reader sees (for the compliance check and text extraction)."""
    text = re.sub(r"<br\s*/?>|</p>|</li>|</h\d>", "\n", html)
    return unescape(re.sub(r"<[^>]+>", "", text)).strip()


class QRFlowable(Flowable):
    """Reserves a QR symbol with its quiet zone, the short URL under it and a caption; records the
    absolute position so the writer can draw each card's own symbol there."""

    def __init__(self, block: Block, styles: Styles, side: SideLayout, knockout: bool):
        super().__init__()
        value = block.value
        self.block = block
        self.symbol = max(float(value.get("size_mm") or 22), qr.MIN_SYMBOL_MM) * mm
        self.quiet = qr.quiet_zone_for(self.symbol)
        self.reserved = self.symbol + 2 * self.quiet
        self.show_code = bool(value.get("show_code", True))
        self.code_size = 7.0
        self.code_line = self.code_size * 1.3 if self.show_code else 0
        caption = (value.get("caption") or "").strip()
        self.caption = styles.para(caption, 8, align="center") if caption else None
        self.side = side
        self.knockout = knockout
        self.caption_h = 0.0

    def wrap(self, available_width, available_height):
        if self.reserved > available_width + 0.01:
            raise LayoutError(
                f"{self.block.label}: a {self.symbol / mm:.0f} mm QR code with its quiet zone "
                f"is wider than the safe area ({available_width / mm:.0f} mm)."
            )
        self.width = available_width
        if self.caption is not None:
            _, self.caption_h = self.caption.wrap(available_width, available_height)
        # The quiet zone below the symbol doubles as the space above the short URL.
        self.height = self.reserved + self.code_line + self.caption_h
        return self.width, self.height

    def drawOn(self, canvas, x, y, _sW=0):
        left = x + (self.width - self.reserved) / 2
        top = y + self.height
        sx = left + self.quiet
        sy = top - self.quiet - self.symbol
        code_y = top - self.reserved - self.code_size * 0.9
        self.side.qr.append(
            QRPlacement(
                purpose=self.block.value["purpose"],
                x=sx,
                y=sy,
                size=self.symbol,
                show_code=self.show_code,
                code_x=x + self.width / 2,
                code_y=code_y,
                code_size=self.code_size,
                label=self.block.label,
            )
        )
        if self.knockout:
            canvas.saveState()
            canvas.setFillColorCMYK(*WHITE.tuple())
            canvas.rect(left, top - self.reserved, self.reserved, self.reserved, stroke=0, fill=1)
            canvas.restoreState()
        if self.caption is not None:
            self.caption.drawOn(canvas, x, y)

    def draw(self):  # drawOn does the work; platypus calls draw only through drawOn
        pass


class ImageFlowable(Flowable):
    """A logo or picture, converted to CMYK once (print files carry no RGB)."""

    def __init__(self, block: Block, background: CMYK | None):
        super().__init__()
        self.block = block
        self.align = block.value.get("align", "center")
        self.target_w = float(block.value.get("width_mm") or 30) * mm
        self.image = _cmyk_image(block.value["image"], background)
        iw, ih = self.image.getSize()
        self.ratio = ih / iw

    def wrap(self, available_width, available_height):
        self.draw_w = min(self.target_w, available_width)
        self.width, self.height = available_width, self.draw_w * self.ratio
        return self.width, self.height

    def draw(self):
        x = {"left": 0, "right": self.width - self.draw_w}.get(
            self.align, (self.width - self.draw_w) / 2
        )
        self.canv.drawImage(self.image, x, 0, self.draw_w, self.height)


def _cmyk_image(data: bytes, background: CMYK | None) -> ImageReader:
    """Flatten transparency onto the card colour and convert to CMYK with Pillow.

    Pillow's conversion is a plain formula, not a colour-managed one: brand colours that matter
    should be supplied as CMYK files (they pass through untouched)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as source:
        source.load()
        image = source
        if image.mode in ("RGBA", "LA", "P", "PA"):
            image = image.convert("RGBA")
            base = Image.new("CMYK", image.size, _pil_cmyk(background or WHITE))
            base.paste(image.convert("RGB").convert("CMYK"), mask=image.getchannel("A"))
            image = base
        elif image.mode != "CMYK":
            image = image.convert("RGB").convert("CMYK")
        else:
            image = image.copy()
    return ImageReader(image)


def _pil_cmyk(colour: CMYK) -> tuple[int, int, int, int]:
    return tuple(round(v * 255) for v in colour.tuple())  # type: ignore[return-value]


class ProductFlowable(Flowable):
    """Reserves the picture and the name of the card's product (they change from card to card
    on a run of several products); the name's room is that of the longest name of the run."""

    NAME_SIZE = 11.0

    def __init__(self, block: Block, styles: Styles, side: SideLayout, spec: DesignSpec):
        super().__init__()
        value = block.value
        self.block, self.styles, self.side, self.spec = block, styles, side, spec
        self.picture_h = (
            float(value.get("picture_mm") or 40) * mm if value.get("show_picture", True) else 0.0
        )
        self.show_name = bool(value.get("show_name", True))
        self.align = value.get("align", "center")
        self.name_h = 0.0

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.name_h = 0.0
        if self.show_name:
            names = [art.name for art in self.spec.products.values()] or ["—"]
            self.name_h = max(
                product_name_paragraph(name, self.styles, self.NAME_SIZE, self.align).wrap(
                    available_width, available_height
                )[1]
                for name in names
            ) + (1.2 * mm if self.picture_h else 0)
        self.height = self.picture_h + self.name_h
        return self.width, self.height

    def drawOn(self, canvas, x, y, _sW=0):
        self.side.products.append(
            ProductPlacement(
                x=x, y=y, width=self.width, picture_h=self.picture_h, name_h=self.name_h,
                name_size=self.NAME_SIZE, align=self.align, show_name=self.show_name,
                label=self.block.label,
            )
        )  # fmt: skip

    def draw(self):  # drawOn does the work
        pass


def product_name_paragraph(name: str, styles: Styles, size: float, align: str) -> Paragraph:
    return styles.para(name, size, bold=True, align=align)


def draw_product(canvas: Canvas, placement: ProductPlacement, art, spec: DesignSpec) -> None:
    """One product's picture and name at *placement* (into the product's form)."""
    styles = Styles(spec)
    if placement.picture_h and art.image:
        image = _cmyk_image(art.image, spec.background)
        iw, ih = image.getSize()
        scale = min(placement.width / iw, placement.picture_h / ih)
        w, h = iw * scale, ih * scale
        left = {"left": 0.0, "right": placement.width - w}.get(
            placement.align, (placement.width - w) / 2
        )
        canvas.drawImage(
            image, placement.x + left, placement.y + placement.name_h + (placement.picture_h - h) / 2,
            w, h,
        )  # fmt: skip
    if placement.show_name:
        paragraph = product_name_paragraph(art.name, styles, placement.name_size, placement.align)
        _w, h = paragraph.wrap(placement.width, placement.name_h)
        top = placement.y + placement.name_h - (1.2 * mm if placement.picture_h else 0)
        paragraph.drawOn(canvas, placement.x, top - h)


class Boxed(Flowable):
    """Flowables inside an accent-coloured frame (the owned-store offer)."""

    def __init__(self, inner: list[Flowable], colour: CMYKColor, pad: float = 2.5 * mm):
        super().__init__()
        self.inner, self.colour, self.pad = inner, colour, pad

    def wrap(self, available_width, available_height):
        inner_w = available_width - 2 * self.pad
        self.heights = [f.wrap(inner_w, available_height)[1] for f in self.inner]
        self.width = available_width
        self.height = sum(self.heights) + 2 * self.pad + 1 * mm * (len(self.inner) - 1)
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.roundRect(0.4, 0.4, self.width - 0.8, self.height - 0.8, 2 * mm, stroke=1, fill=0)
        c.restoreState()
        y = self.height - self.pad
        for flowable, h in zip(self.inner, self.heights, strict=True):
            y -= h
            flowable.drawOn(c, self.pad, y)
            y -= 1 * mm


class SafetyMark(Flowable):
    """A warning triangle beside the title of safety steps (drawn, not a font glyph)."""

    def __init__(self, title: Paragraph, colour: CMYKColor):
        super().__init__()
        self.title, self.colour = title, colour
        self.size = 4.2 * mm

    def wrap(self, available_width, available_height):
        _, h = self.title.wrap(available_width - self.size - 1.5 * mm, available_height)
        self.width, self.height = available_width, max(h, self.size)
        return self.width, self.height

    def draw(self):
        c, s = self.canv, self.size
        top = self.height
        c.saveState()
        c.setFillColor(self.colour)
        path = c.beginPath()
        path.moveTo(0, top - s)
        path.lineTo(s, top - s)
        path.lineTo(s / 2, top)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColorCMYK(*WHITE.tuple())
        c.rect(s / 2 - 0.22 * mm, top - s + 1.5 * mm, 0.44 * mm, 1.5 * mm, stroke=0, fill=1)
        c.rect(s / 2 - 0.22 * mm, top - s + 0.6 * mm, 0.44 * mm, 0.5 * mm, stroke=0, fill=1)
        c.restoreState()
        self.title.drawOn(c, s + 1.5 * mm, top - self.title.height)


def _heading(block: Block, styles: Styles, side: SideLayout, spec: DesignSpec) -> list[Flowable]:
    v = block.value
    size = {"large": 17, "medium": 13, "small": 10.5}.get(v.get("size", "large"), 17)
    return [styles.para(v["text"], size, bold=True, accent=True, align=v.get("align", "left"))]


def _paragraph(block: Block, styles: Styles, side: SideLayout, spec: DesignSpec) -> list[Flowable]:
    v = block.value
    html = v["text"]
    style = styles.style(plain_text(html), 8.6, align=v.get("align", "left"))
    return [Paragraph(p, style) for p in rich_paragraphs(html)]


def _steps(block: Block, styles: Styles, side: SideLayout, spec: DesignSpec) -> list[Flowable]:
    v = block.value
    out: list[Flowable] = []
    title = (v.get("title") or "").strip()
    if title:
        heading = styles.para(title, 9.5, bold=True, accent=True)
        out.append(SafetyMark(heading, styles.accent) if v.get("kind") == "safety" else heading)
    for number, step in enumerate(v.get("steps") or [], start=1):
        style = styles.style(step, 8.2)
        style.leftIndent = 4.2 * mm
        style.bulletIndent = 0
        style.spaceBefore = 0.8
        out.append(Paragraph(escape(step), style, bulletText=f"{number}."))
    return out


def _qr(block: Block, styles: Styles, side: SideLayout, spec: DesignSpec) -> list[Flowable]:
    knockout = spec.background is not None and not spec.background.is_white
    return [QRFlowable(block, styles, side, knockout)]


def _image(block: Block, styles: Styles, side: SideLayout, spec: DesignSpec) -> list[Flowable]:
    return [ImageFlowable(block, spec.background)]


def _contact(block: Block, styles: Styles, side: SideLayout, spec: DesignSpec) -> list[Flowable]:
    v = block.value
    out: list[Flowable] = []
    if (v.get("title") or "").strip():
        out.append(styles.para(v["title"], 9.5, bold=True, accent=True))
    lines = [v.get(key, "").strip() for key in ("email", "phone", "hours")]
    text = "\n".join(line for line in lines if line)
    if text:
        out.append(styles.para(text, 8.4))
    return out


def _small_print(
    block: Block, styles: Styles, side: SideLayout, spec: DesignSpec
) -> list[Flowable]:
    return [styles.para(block.value["text"], 6.2, align=block.value.get("align", "left"))]


def _offer(block: Block, styles: Styles, side: SideLayout, spec: DesignSpec) -> list[Flowable]:
    v = block.value
    inner: list[Flowable] = [styles.para(v["headline"], 10.5, bold=True, align="center")]
    if (v.get("code") or "").strip():
        inner.append(styles.para(v["code"], 15, bold=True, accent=True, align="center"))
    if (v.get("terms") or "").strip():
        inner.append(styles.para(v["terms"], 6.2, align="center"))
    return [Boxed(inner, styles.accent)]


def _product(block: Block, styles: Styles, side: SideLayout, spec: DesignSpec) -> list[Flowable]:
    return [ProductFlowable(block, styles, side, spec)]


def _spacer(block: Block, styles: Styles, side: SideLayout, spec: DesignSpec) -> list[Flowable]:
    return [Spacer(1, float(block.value.get("height_mm") or 4) * mm)]


FLOWABLES: dict[str, Callable[[Block, Styles, SideLayout, DesignSpec], list[Flowable]]] = {
    "heading": _heading,
    "paragraph": _paragraph,
    "steps": _steps,
    "qr_code": _qr,
    "image": _image,
    "support_contact": _contact,
    "small_print": _small_print,
    "offer": _offer,
    "spacer": _spacer,
    "product": _product,
}

#: Blocks that sit at the foot of the card when there is room: small print reads as a footer.
FOOTER_KINDS = {"small_print"}


def draw_side(
    canvas: Canvas,
    spec: DesignSpec,
    blocks: tuple[Block, ...],
    trim_w: float,
    trim_h: float,
    bleed: float,
    safe: float,
) -> SideLayout:
    """Draw one side's static artwork in card coordinates (origin at the trim's lower left):
    background over the whole bleed, then the blocks inside the safe area."""
    side = SideLayout()
    if spec.background is not None and not spec.background.is_white:
        canvas.saveState()
        canvas.setFillColorCMYK(*spec.background.tuple())
        canvas.rect(-bleed, -bleed, trim_w + 2 * bleed, trim_h + 2 * bleed, stroke=0, fill=1)
        canvas.restoreState()
    styles = Styles(spec)
    story: list[tuple[Block, Flowable]] = []
    for block in blocks:
        builder = FLOWABLES.get(block.kind)
        if builder is None:
            raise LayoutError(f"{block.label}: unknown block kind {block.kind!r}.")
        for flowable in builder(block, styles, side, spec):
            story.append((block, flowable))
    frame_w, frame_h = trim_w - 2 * safe, trim_h - 2 * safe
    # Measure, to push the footer down and to name the block that overflows.
    heights = []
    for block, flowable in story:
        try:
            heights.append(flowable.wrap(frame_w, frame_h)[1])
        except LayoutError:
            raise
        except Exception as error:  # reportlab's own errors name nothing a person can act on
            raise LayoutError(f"{block.label}: {error}") from error
    gaps = BLOCK_GAP * max(len(story) - 1, 0)
    used = sum(heights) + gaps
    if used > frame_h + 0.01:
        running = 0.0
        culprit = story[-1][0]
        for (block, _), h in zip(story, heights, strict=True):
            running += h + BLOCK_GAP
            if running - BLOCK_GAP > frame_h:
                culprit = block
                break
        raise LayoutError(
            f"The content does not fit inside the safe area of a "
            f"{trim_w / mm:.0f} × {trim_h / mm:.0f} mm card: it runs "
            f"{(used - frame_h) / mm:.1f} mm too long, from “{culprit.label}” on. "
            f"Shorten the text, make the QR code smaller or move blocks to the back."
        )
    y = safe + frame_h
    footer_from = len(story)
    while footer_from > 0 and story[footer_from - 1][0].kind in FOOTER_KINDS:
        footer_from -= 1
    slack = frame_h - used
    for index, ((_block, flowable), h) in enumerate(zip(story, heights, strict=True)):
        if index == footer_from and index > 0:
            y -= slack
        y -= h
        flowable.drawOn(canvas, safe, y)
        y -= BLOCK_GAP
    return side
