"""The print-ready PDF: one card per page or n-up sheets, streamed page by page.

What the print shop gets:

- MediaBox = trim + bleed + slug (one-up) or the press sheet (n-up); TrimBox and BleedBox on
  every page; crop marks in registration colour outside the bleed, per card.
- CMYK only (the canvas refuses RGB), the QR symbols in 100 % K on a white knock-out.
- Every font embedded and subset (Noto Sans, WenQuanYi Micro Hei for Chinese): no base-14 fonts.
- Byte-identical output for identical input (``invariant``), so golden files and checksums work.

How it stays fast and small for 10,000 serialized cards:

- The static artwork of each side is drawn once into a form XObject and placed on every card.
- Each page's content stream is compressed as soon as the page is finished, so only compressed
  bytes are kept until the file is written (reportlab keeps every page's source text otherwise).
- QR symbols for serialized runs are built in a worker process while this one draws.
"""

from __future__ import annotations

import multiprocessing
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

from registration.pdf import fonts

from . import geometry as geo
from . import layout, qr
from .spec import BLACK, REGISTRATION, Card, DesignSpec

#: Runs with more distinct QR symbols than this build them in a worker process.
POOL_THRESHOLD = 400


class RenderError(ValueError):
    """The run cannot be rendered as asked (missing code for a QR purpose, layout, geometry)."""


@dataclass(frozen=True)
class QRExpectation:
    """What the scan-back check must find: *text* decoded from *box* (x0, y0, x1, y1 in points,
    PDF coordinates) on page *page* (0-based)."""

    page: int
    box: tuple[float, float, float, float]
    text: str


@dataclass
class RenderResult:
    pages: int
    sheets: int
    cards: int
    expectations: list[QRExpectation]


class _StreamingFile(pdfdoc.PDFFile):
    """reportlab's output collector, writing each object to the file as soon as it is formatted
    instead of joining the whole document in memory (twice the file size, for a 10,000-page run
    tens of megabytes) at the end."""

    def __init__(self, target: BinaryIO, pdf_version=pdfdoc.PDF_VERSION_DEFAULT):
        super().__init__(pdf_version)  # collects the header in self.strings
        for chunk in self.strings:
            target.write(chunk)
        self.strings = []
        self.write = target.write

    def format(self, document) -> bytes:
        return b""


#: Swapping reportlab's module-level PDFFile is process-wide; one writer at a time.
_SAVE_LOCK = threading.Lock()


class _StreamingCanvas(Canvas):
    """A reportlab canvas that keeps a run's memory flat.

    reportlab keeps every page's content as Python text until ``save()`` and then builds the
    whole file in memory. Here each page's content stream is Flate-compressed when the page is
    finished and ``save()`` writes the objects straight to the file. Page streams are binary
    Flate without reportlab's default ASCII85 wrapping (which only adds a quarter to the size);
    otherwise the bytes are reportlab's own (a test compares them): only when the work happens,
    and how much is held, changes."""

    def __init__(self, target: BinaryIO, **kwargs):
        self._target = target
        self._flate = PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])})
        self._shared: dict = {}
        super().__init__(target, **kwargs)

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.stream:
            data = page.stream.encode("utf8") if isinstance(page.stream, str) else page.stream
            stream = PDFStream(dictionary=self._flate, content=zlib.compress(data))
            stream.__Comment__ = "page stream"
            page.Contents = stream
            page.stream = None
        # Pages of a run differ only in their content: share the identical small objects
        # (boxes, the form dictionary) instead of keeping 10,000 copies of each.
        for name in ("TrimBox", "BleedBox", "XObjects"):
            value = getattr(page, name, None)
            if value is not None:
                key = (name, value.format(self._doc))
                setattr(page, name, self._shared.setdefault(key, value))

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        target = self._target
        original = pdfdoc.PDFFile
        with _SAVE_LOCK:
            pdfdoc.PDFFile = lambda version=pdfdoc.PDF_VERSION_DEFAULT: _StreamingFile(  # type: ignore[misc]
                target, version
            )
            try:
                self._doc.SaveToFile(target, self)  # writes b"" at the end: all is written
            finally:
                pdfdoc.PDFFile = original


def _symbol(text: str, ec_level: str = qr.DEFAULT_EC_LEVEL) -> tuple[int, str]:
    return qr.symbol(text, ec_level)


def _symbols(texts: list[str], ec_level: str, workers: int) -> Iterator[tuple[int, str]]:
    """QR (size, operators) for *texts*, in order. Repeated texts come from a cache; many
    distinct ones from a worker process, so building symbols overlaps with drawing pages."""
    distinct = len(set(texts))
    if workers <= 0 or distinct <= POOL_THRESHOLD:
        for text in texts:
            yield qr.cached_path(text, ec_level) if distinct <= 64 else _symbol(text, ec_level)
        return
    # spawn: a clean interpreter that imports only this subpackage (no Django, no open
    # database connections inherited from a task worker).
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        yield from pool.imap(_symbol_for_pool, [(t, ec_level) for t in texts], chunksize=250)


def _symbol_for_pool(args: tuple[str, str]) -> tuple[int, str]:
    return qr.symbol(*args)


def render(
    out: BinaryIO,
    spec: DesignSpec,
    geometry: geo.Geometry,
    cards: Sequence[Card | None],
    *,
    variants: Sequence[DesignSpec] = (),
    double_sided: bool = False,
    ec_level: str = qr.DEFAULT_EC_LEVEL,
    progress: Callable[[int, int], None] | None = None,
    qr_workers: int = 1,
    title: str = "",
) -> RenderResult:
    """Write the PDF for *cards* (in slot order; ``None`` leaves a slot empty) to the binary
    file *out*.

    Cards fill the slots of a sheet row by row; with *double_sided* every front sheet is followed
    by its back sheet, mirrored for a turn on the long edge. *progress* is called with
    (pages done, pages in total) now and then. *variants* (A/B runs): further designs, each
    drawn once as forms of its own and placed on the cards whose ``variant`` is 1, 2…."""
    fonts.register()
    if not cards:
        raise RenderError("Nothing to print: the run has no cards.")
    per_sheet = geometry.per_sheet
    sheets = (len(cards) + per_sheet - 1) // per_sheet
    sides = 2 if double_sided else 1
    total_pages = sheets * sides
    canvas = _StreamingCanvas(
        out,
        pagesize=(geometry.sheet_w, geometry.sheet_h),
        invariant=1,
        enforceColorSpace="cmyk",
        initialFontName=fonts.SANS,
        pageCompression=1,
    )
    canvas.setTitle(title or spec.title)
    canvas.setCreator("Bridgecard")
    canvas.setTrimBox(geometry.trim_box)
    canvas.setBleedBox(geometry.bleed_box)

    # Static artwork, once per side (and per variant), as form XObjects in card coordinates.
    specs = [spec, *variants]
    every = [
        _draw_sides(canvas, each, geometry, double_sided, _prefix(v))
        for v, each in enumerate(specs)
    ]
    canvas.beginForm("marks")
    _draw_marks(canvas, geometry.marks)
    canvas.endForm()
    # Each product of the run, once per product block, as a form of its own.
    for v, each in enumerate(specs):
        _draw_products(canvas, each, every[v], _prefix(v))
    layouts = every[0]

    # Every symbol in drawing order, so a worker process can build them ahead of the pen.
    texts: list[str] = []
    for sheet in range(sheets):
        chunk = cards[sheet * per_sheet : (sheet + 1) * per_sheet]
        for side_index in range(len(layouts)):
            for card in chunk:
                if card is None:
                    continue
                for placement in every[card.variant][side_index].qr:
                    try:
                        texts.append(qr.qr_text(card.urls[placement.purpose]))
                    except KeyError as error:
                        raise RenderError(
                            f"{placement.label}: no code for purpose {placement.purpose!r}."
                        ) from error
    symbols = _symbols(texts, ec_level, qr_workers)
    text_iter = iter(texts)

    expectations: list[QRExpectation] = []
    page_no = 0
    for sheet in range(sheets):
        chunk = list(cards[sheet * per_sheet : (sheet + 1) * per_sheet])
        for side_index in range(len(layouts)):
            slots = geometry.slots if side_index == 0 else geometry.back_slots()
            if len(chunk) == per_sheet and all(chunk):
                canvas.doForm("marks")
            else:  # a part-filled last sheet: marks only around the cards it carries
                used = [geometry.slots[i] for i, c in enumerate(chunk) if c is not None]
                marks = geo_marks_for(geometry, used)
                _draw_marks(canvas, marks)
            for slot, card in zip(slots, chunk, strict=False):
                if card is None:
                    continue
                canvas.saveState()
                canvas.translate(slot.x, slot.y)
                side, prefix = every[card.variant][side_index], _prefix(card.variant)
                canvas.doForm(f"{prefix}side{side_index}")
                if side.products:
                    if card.product not in specs[card.variant].products:
                        raise RenderError(
                            f"{side.products[0].label}: no product for card {card.label!r}."
                        )
                    for block_index in range(len(side.products)):
                        canvas.doForm(f"{prefix}product{side_index}_{block_index}_{card.product}")
                for placement in side.qr:
                    size, ops = next(symbols)
                    text = next(text_iter)
                    module = placement.size / size
                    canvas.addLiteral(
                        f"q 0 0 0 1 k {module:.6f} 0 0 {-module:.6f} "
                        f"{placement.x:.4f} {placement.y + placement.size:.4f} cm\n{ops}\nQ"
                    )
                    margin = qr.quiet_zone_for(placement.size) * 0.75
                    expectations.append(
                        QRExpectation(
                            page=page_no,
                            box=(
                                slot.x + placement.x - margin,
                                slot.y + placement.y - margin,
                                slot.x + placement.x + placement.size + margin,
                                slot.y + placement.y + placement.size + margin,
                            ),
                            text=text,
                        )
                    )
                    shown = card.codes.get(placement.purpose, "")
                    if placement.show_code and shown:
                        canvas.setFillColorCMYK(*BLACK.tuple())
                        canvas.setFont(fonts.SANS, placement.code_size)
                        canvas.drawCentredString(placement.code_x, placement.code_y, shown)
                canvas.restoreState()
            _slug(canvas, geometry, spec, sheet, sheets, side_index, chunk)
            canvas.showPage()
            page_no += 1
            if progress is not None and (page_no % 50 == 0 or page_no == total_pages):
                progress(page_no, total_pages)
    canvas.save()
    return RenderResult(
        pages=total_pages, sheets=sheets, cards=sum(1 for c in cards if c is not None),
        expectations=expectations,
    )  # fmt: skip


def _prefix(variant: int) -> str:
    """Form names of a variant: the run's own design keeps the names it always had, so a run
    without variants writes the same bytes as before."""
    return f"v{variant}" if variant else ""


def _draw_sides(
    canvas: Canvas, spec: DesignSpec, geometry: geo.Geometry, double_sided: bool, prefix: str
) -> list[layout.SideLayout]:
    """Draw *spec*'s sides as form XObjects named with *prefix*; return each side's layout."""
    side_blocks = [spec.front, spec.back] if double_sided else [spec.front]
    if not double_sided and spec.back:
        raise RenderError("This design has a back side; print it with a double-sided profile.")
    layouts: list[layout.SideLayout] = []
    b = geometry.bleed
    for index, blocks in enumerate(side_blocks):
        canvas.beginForm(f"{prefix}side{index}", -b, -b, geometry.trim_w + b, geometry.trim_h + b)
        layouts.append(
            layout.draw_side(
                canvas, spec, blocks, geometry.trim_w, geometry.trim_h, b, geometry.safe
            )
        )
        canvas.endForm()
    return layouts


def _draw_products(
    canvas: Canvas, spec: DesignSpec, layouts: list[layout.SideLayout], prefix: str
) -> None:
    for side_index, side_layout in enumerate(layouts):
        for block_index, placement in enumerate(side_layout.products):
            for key, art in spec.products.items():
                canvas.beginForm(f"{prefix}product{side_index}_{block_index}_{key}")
                layout.draw_product(canvas, placement, art, spec)
                canvas.endForm()


def geo_marks_for(geometry: geo.Geometry, used: list[geo.Slot]) -> list[geo.Mark]:
    """The marks that belong to the slots in *used* (a part-filled sheet)."""
    keep = []
    for mark in geometry.marks:
        for slot in used:
            # A mark belongs to the card whose trim line it extends.
            xs = (slot.x, slot.x + geometry.trim_w)
            ys = (slot.y, slot.y + geometry.trim_h)
            near = geometry.bleed + 12 * mm
            if (
                (mark.x1 in xs and mark.x2 in xs and slot.y - near <= mark.y1 <= slot.y + geometry.trim_h + near)
                or (mark.y1 in ys and mark.y2 in ys and slot.x - near <= mark.x1 <= slot.x + geometry.trim_w + near)
            ):  # fmt: skip
                keep.append(mark)
                break
    return keep


def _draw_marks(canvas: Canvas, marks: Sequence[geo.Mark]) -> None:
    canvas.saveState()
    canvas.setStrokeColorCMYK(*REGISTRATION.tuple())
    canvas.setLineWidth(geo.MARK_WIDTH_PT)
    canvas.lines([(m.x1, m.y1, m.x2, m.y2) for m in marks])
    canvas.restoreState()


def _slug(
    canvas: Canvas,
    geometry: geo.Geometry,
    spec: DesignSpec,
    sheet: int,
    sheets: int,
    side: int,
    chunk: list[Card | None],
) -> None:
    """One line of job information in the slug, below the bleed, for the print shop."""
    labels = [c.label for c in chunk if c is not None and c.label]
    what = labels[0] if len(labels) == 1 else f"{labels[0]} … {labels[-1]}" if labels else ""
    size = f"{geometry.trim_w / mm:.0f}×{geometry.trim_h / mm:.0f} mm"
    parts = [spec.job or spec.title, f"sheet {sheet + 1}/{sheets}", "back" if side else "front"]
    parts += [size, what]
    text = " · ".join(p for p in parts if p)
    x0, y0, x1, _ = geometry.trim_box
    font = fonts.family_for(text)
    room = x1 - x0 - 6 * mm
    while text and canvas.stringWidth(text, font, 5) > room:
        text = text[:-2] + "…"
    # One-up: between the marks under the card; n-up: below the outer marks.
    below = 4.2 * mm if not geometry.imposed else (geo.MARK_OFFSET_MM + geo.MARK_LENGTH_MM + 2) * mm
    canvas.saveState()
    canvas.setFillColorCMYK(*BLACK.tuple())
    canvas.setFont(font, 5)
    canvas.drawString(x0 + 3 * mm, y0 - geometry.bleed - below, text)
    canvas.restoreState()
