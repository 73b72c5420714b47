"""Where a card sits on the sheet: trim, bleed, safe area, slug and crop marks, one-up or n-up.

Everything here is plain arithmetic in PDF points (1/72 in), so it is tested without a database
and shared by the PDF writer, the scan-back verifier (which needs to know where each QR code is)
and the admin's description of a profile. Override ``TRIM_SIZES`` / ``SHEET_SIZES`` to add sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

#: Trim sizes in millimetres, portrait (width, height).
TRIM_SIZES: dict[str, tuple[float, float]] = {
    "a6": (105.0, 148.0),
    "a7": (74.0, 105.0),
    "dl": (99.0, 210.0),
    "4x6in": (101.6, 152.4),
    "3.5x2in": (88.9, 50.8),
}

#: Press sheets for n-up imposition, portrait (width, height) in millimetres.
SHEET_SIZES: dict[str, tuple[float, float]] = {
    "a4": (210.0, 297.0),
    "letter": (215.9, 279.4),
    "sra3": (320.0, 450.0),
}

#: Crop marks start this far outside the bleed edge, so a slightly off cut never shows a mark.
MARK_OFFSET_MM = 1.0
#: Length of the marks around a one-up page and on the outer edges of an n-up sheet.
MARK_LENGTH_MM = 5.0
#: The shortest mark still worth drawing between two cards of an n-up sheet.
MIN_MARK_LENGTH_MM = 1.5
#: Slug beyond the bleed on a one-up page: marks plus a line of job information.
SLUG_MM = MARK_OFFSET_MM + MARK_LENGTH_MM + 4.0
#: Crop marks and the slug line print in registration colour / black, 0.25 pt wide.
MARK_WIDTH_PT = 0.25


class GeometryError(ValueError):
    """The profile cannot be laid out (for example a card larger than the press sheet)."""


@dataclass(frozen=True)
class Slot:
    """One card position on a sheet: the lower-left corner of its trim box, in points."""

    x: float
    y: float


@dataclass(frozen=True)
class Mark:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Geometry:
    """A card's size and how cards are placed on one PDF page (a *sheet*)."""

    trim_w: float
    trim_h: float
    bleed: float
    safe: float
    sheet_w: float
    sheet_h: float
    slots: tuple[Slot, ...]
    marks: tuple[Mark, ...]
    imposed: bool

    @property
    def per_sheet(self) -> int:
        return len(self.slots)

    @property
    def trim_box(self) -> tuple[float, float, float, float]:
        """TrimBox of a sheet: the card's trim one-up; the trims' bounding box n-up."""
        xs = [s.x for s in self.slots]
        ys = [s.y for s in self.slots]
        return (min(xs), min(ys), max(xs) + self.trim_w, max(ys) + self.trim_h)

    @property
    def bleed_box(self) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = self.trim_box
        b = self.bleed
        return (x0 - b, y0 - b, x1 + b, y1 + b)

    @property
    def safe_box(self) -> tuple[float, float, float, float]:
        """The safe area of one card, relative to its trim box's lower-left corner."""
        return (self.safe, self.safe, self.trim_w - self.safe, self.trim_h - self.safe)

    def back_slots(self) -> tuple[Slot, ...]:
        """Slot *i* of the back sheet: mirrored left-right, for a sheet turned on its long edge
        (work-and-turn), so each back lands behind its front."""
        return tuple(Slot(self.sheet_w - s.x - self.trim_w, s.y) for s in self.slots)


def trim_size_mm(name: str, custom: tuple[float, float] | None = None) -> tuple[float, float]:
    if name == "custom":
        if not custom or min(custom) <= 0:
            raise GeometryError("A custom trim size needs a width and a height.")
        return custom
    try:
        return TRIM_SIZES[name]
    except KeyError as error:
        raise GeometryError(f"Unknown trim size {name!r}.") from error


def _corner_marks(
    x: float, y: float, w: float, h: float, bleed: float, lengths: dict[str, float]
) -> list[Mark]:
    """Eight marks extending the trim lines of one card, outside its bleed.

    *lengths* gives the mark length on each side ("left", "right", "bottom", "top"); a side with
    no room gets no marks there.
    """
    off = bleed + MARK_OFFSET_MM * mm
    marks: list[Mark] = []
    for cx in (x, x + w):
        for cy in (y, y + h):
            horizontal = "left" if cx == x else "right"
            vertical = "bottom" if cy == y else "top"
            hl, vl = lengths[horizontal], lengths[vertical]
            sx = -1 if cx == x else 1
            sy = -1 if cy == y else 1
            if hl > 0:  # horizontal mark, on the trim line y = cy
                marks.append(Mark(cx + sx * off, cy, cx + sx * (off + hl), cy))
            if vl > 0:  # vertical mark, on the trim line x = cx
                marks.append(Mark(cx, cy + sy * off, cx, cy + sy * (off + vl)))
    return marks


def one_up(trim_w_mm: float, trim_h_mm: float, bleed_mm: float, safe_mm: float) -> Geometry:
    """One card per page: MediaBox = trim + bleed + slug on every side."""
    w, h, b = trim_w_mm * mm, trim_h_mm * mm, bleed_mm * mm
    margin = b + SLUG_MM * mm
    length = MARK_LENGTH_MM * mm
    marks = _corner_marks(
        margin, margin, w, h, b, {"left": length, "right": length, "bottom": length, "top": length}
    )
    return Geometry(
        trim_w=w,
        trim_h=h,
        bleed=b,
        safe=safe_mm * mm,
        sheet_w=w + 2 * margin,
        sheet_h=h + 2 * margin,
        slots=(Slot(margin, margin),),
        marks=tuple(marks),
        imposed=False,
    )


def min_gutter_mm(bleed_mm: float) -> float:
    """The narrowest gap between two cards that still leaves room for marks outside both bleeds."""
    return 2 * (bleed_mm + MARK_OFFSET_MM + MIN_MARK_LENGTH_MM)


def default_gutter_mm(bleed_mm: float) -> float:
    return 2 * (bleed_mm + MARK_OFFSET_MM + 3.0)


def n_up(
    trim_w_mm: float,
    trim_h_mm: float,
    bleed_mm: float,
    safe_mm: float,
    sheet: str,
    gutter_mm: float | None = None,
) -> Geometry:
    """As many cards as fit on the press sheet, with crop marks per card in the gutters.

    The sheet is turned to whichever orientation holds more cards; the grid is centred. Marks
    between cards share the gutter: each card gets half of what is left outside the two bleeds.
    """
    try:
        sw_mm, sh_mm = SHEET_SIZES[sheet]
    except KeyError as error:
        raise GeometryError(f"Unknown sheet {sheet!r}.") from error
    gutter_mm = default_gutter_mm(bleed_mm) if gutter_mm is None else gutter_mm
    if gutter_mm < min_gutter_mm(bleed_mm) - 1e-9:
        raise GeometryError(
            f"A gutter of {gutter_mm:g} mm leaves no room for crop marks outside a "
            f"{bleed_mm:g} mm bleed; use at least {min_gutter_mm(bleed_mm):g} mm."
        )
    # Outer marks plus a line of job information below them.
    outer_mm = bleed_mm + MARK_OFFSET_MM + MARK_LENGTH_MM + 4.0

    def fit(sheet_w: float, sheet_h: float) -> tuple[int, int]:
        cols = int((sheet_w - 2 * outer_mm + gutter_mm) // (trim_w_mm + gutter_mm))
        rows = int((sheet_h - 2 * outer_mm + gutter_mm) // (trim_h_mm + gutter_mm))
        return max(cols, 0), max(rows, 0)

    portrait, landscape = fit(sw_mm, sh_mm), fit(sh_mm, sw_mm)
    if landscape[0] * landscape[1] > portrait[0] * portrait[1]:
        sw_mm, sh_mm = sh_mm, sw_mm
        cols, rows = landscape
    else:
        cols, rows = portrait
    if cols * rows == 0:
        raise GeometryError(
            f"A {trim_w_mm:g} × {trim_h_mm:g} mm card with bleed and crop marks does not fit "
            f"on {sheet.upper()}."
        )
    w, h, b, g = trim_w_mm * mm, trim_h_mm * mm, bleed_mm * mm, gutter_mm * mm
    sheet_w, sheet_h = sw_mm * mm, sh_mm * mm
    grid_w = cols * w + (cols - 1) * g
    grid_h = rows * h + (rows - 1) * g
    x0 = (sheet_w - grid_w) / 2
    y0 = (sheet_h - grid_h) / 2
    inner = min(MARK_LENGTH_MM * mm, g / 2 - b - MARK_OFFSET_MM * mm)
    outer = MARK_LENGTH_MM * mm
    slots: list[Slot] = []
    marks: list[Mark] = []
    # Rows top to bottom, columns left to right: the order a person reads the sheet.
    for row in range(rows):
        for col in range(cols):
            x = x0 + col * (w + g)
            y = y0 + (rows - 1 - row) * (h + g)
            slots.append(Slot(x, y))
            lengths = {
                "left": outer if col == 0 else inner,
                "right": outer if col == cols - 1 else inner,
                "top": outer if row == 0 else inner,
                "bottom": outer if row == rows - 1 else inner,
            }
            marks.extend(_corner_marks(x, y, w, h, b, lengths))
    return Geometry(
        trim_w=w,
        trim_h=h,
        bleed=b,
        safe=safe_mm * mm,
        sheet_w=sheet_w,
        sheet_h=sheet_h,
        slots=tuple(slots),
        marks=tuple(marks),
        imposed=True,
    )
