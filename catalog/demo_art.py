"""Pictures for the demo brand, drawn in code: the Nordvik Outdoor logo and one picture per demo
product. Nothing is downloaded and nothing is copied: every shape here is drawn by these
functions, so the pictures are the project's own work under its licence (AGPL-3.0-or-later),
like the rest of the demo content. Flat illustrations, drawn four times too large and scaled
down, so the edges are smooth. Each picture is a pure function of its arguments, so a process
draws it once (``functools.cache``): seeding the demo again, as the tests do many times, reuses
the bytes.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path(__file__).resolve().parents[1] / "assets" / "fonts"

SCALE = 4
FOREST = (11, 110, 79)
PINE = (7, 74, 54)
SNOW = (244, 247, 245)
INK = (29, 35, 41)
STEEL = (150, 162, 170)
STEEL_DARK = (96, 108, 118)
ORANGE = (232, 120, 36)
SAGE = (155, 182, 150)
SKY = (228, 240, 236)
GLOW = (255, 226, 140)


def _png(image: Image.Image, size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    image.resize(size, Image.Resampling.LANCZOS).save(out, format="PNG", optimize=True)
    return out.getvalue()


def _font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont:
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _mark(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float]) -> None:
    """The brand's mark: two peaks and a fjord line in a green disc."""
    x0, y0, x1, _y1 = box
    w = x1 - x0
    draw.ellipse(box, fill=FOREST)
    base = y0 + w * 0.70
    draw.polygon(
        [(x0 + w * 0.14, base), (x0 + w * 0.42, y0 + w * 0.26), (x0 + w * 0.70, base)], fill=SNOW
    )
    draw.polygon(
        [(x0 + w * 0.44, base), (x0 + w * 0.64, y0 + w * 0.40), (x0 + w * 0.86, base)],
        fill=(200, 226, 214),
    )
    draw.polygon(
        [(x0 + w * 0.34, y0 + w * 0.38), (x0 + w * 0.42, y0 + w * 0.26), (x0 + w * 0.50, y0 + w * 0.38),
         (x0 + w * 0.45, y0 + w * 0.36), (x0 + w * 0.42, y0 + w * 0.40), (x0 + w * 0.38, y0 + w * 0.36)],
        fill=FOREST,
    )  # fmt: skip
    draw.line(
        [(x0 + w * 0.22, y0 + w * 0.80), (x0 + w * 0.78, y0 + w * 0.80)],
        fill=SNOW,
        width=max(2, int(w * 0.035)),
    )


@functools.cache
def logo_png(width: int = 1200, height: int = 320) -> bytes:
    """The Nordvik Outdoor logo: the mark and the name, on a transparent background."""
    s = SCALE
    image = Image.new("RGBA", (width * s, height * s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    h = height * s
    _mark(draw, (0, h * 0.06, h * 0.88, h * 0.94))
    left = h * 1.02
    draw.text((left, h * 0.08), "NORDVIK", font=_font(int(h * 0.50)), fill=PINE)
    draw.text((left + h * 0.02, h * 0.62), "OUTDOOR", font=_font(int(h * 0.21), False), fill=FOREST)
    return _png(image, (width, height))


def mark_png(size: int = 512) -> bytes:
    """The mark alone (square), for favicons and small spaces."""
    image = Image.new("RGBA", (size * SCALE, size * SCALE), (0, 0, 0, 0))
    _mark(ImageDraw.Draw(image), (0, 0, size * SCALE - 1, size * SCALE - 1))
    return _png(image, (size, size))


# --- the products ---------------------------------------------------------------------------


def _stage(draw: ImageDraw.ImageDraw, n: int) -> None:
    """A soft disc behind the product and its shadow on the ground."""
    draw.ellipse((n * 0.08, n * 0.08, n * 0.92, n * 0.92), fill=SKY)
    draw.ellipse((n * 0.24, n * 0.82, n * 0.76, n * 0.88), fill=(205, 217, 212))


def _headlamp(draw: ImageDraw.ImageDraw, n: int) -> None:
    # The light, the strap, the housing, the lens.
    draw.polygon([(n * 0.58, n * 0.44), (n * 0.94, n * 0.22), (n * 0.94, n * 0.74)], fill=GLOW)
    draw.ellipse((n * 0.14, n * 0.30, n * 0.70, n * 0.78), outline=INK, width=int(n * 0.05))
    draw.ellipse((n * 0.17, n * 0.33, n * 0.67, n * 0.75), outline=ORANGE, width=int(n * 0.02))
    draw.rounded_rectangle(
        (n * 0.38, n * 0.36, n * 0.66, n * 0.60), radius=n * 0.05, fill=(52, 60, 68)
    )
    draw.ellipse((n * 0.50, n * 0.39, n * 0.68, n * 0.57), fill=STEEL)
    draw.ellipse((n * 0.53, n * 0.42, n * 0.65, n * 0.54), fill=(255, 248, 220))
    draw.rounded_rectangle((n * 0.41, n * 0.40, n * 0.46, n * 0.45), radius=n * 0.01, fill=ORANGE)


def _bottle(draw: ImageDraw.ImageDraw, n: int) -> None:
    draw.rounded_rectangle((n * 0.36, n * 0.26, n * 0.64, n * 0.84), radius=n * 0.07, fill=STEEL)
    draw.rounded_rectangle(
        (n * 0.36, n * 0.26, n * 0.45, n * 0.84), radius=n * 0.05, fill=(178, 189, 196)
    )
    draw.rectangle((n * 0.36, n * 0.46, n * 0.64, n * 0.62), fill=SAGE)
    draw.rounded_rectangle((n * 0.40, n * 0.14, n * 0.60, n * 0.27), radius=n * 0.03, fill=INK)
    draw.arc((n * 0.42, n * 0.06, n * 0.58, n * 0.20), 180, 360, fill=INK, width=int(n * 0.025))
    _mark(draw, (n * 0.45, n * 0.49, n * 0.55, n * 0.59))


def _stove(draw: ImageDraw.ImageDraw, n: int) -> None:
    # Gas canister, valve, burner head, three pot supports, a small flame.
    draw.rounded_rectangle((n * 0.30, n * 0.56, n * 0.70, n * 0.84), radius=n * 0.08, fill=FOREST)
    draw.rectangle((n * 0.30, n * 0.64, n * 0.70, n * 0.70), fill=PINE)
    draw.rectangle((n * 0.44, n * 0.46, n * 0.56, n * 0.57), fill=STEEL_DARK)
    draw.rectangle((n * 0.56, n * 0.49, n * 0.68, n * 0.53), fill=STEEL_DARK)
    draw.ellipse((n * 0.66, n * 0.46, n * 0.72, n * 0.56), fill=ORANGE)
    draw.polygon(
        [(n * 0.40, n * 0.46), (n * 0.60, n * 0.46), (n * 0.56, n * 0.38), (n * 0.44, n * 0.38)],
        fill=STEEL,
    )
    for x0, x1 in ((0.22, 0.42), (0.78, 0.58)):
        draw.line([(n * x0, n * 0.30), (n * x1, n * 0.44)], fill=INK, width=int(n * 0.025))
    draw.line([(n * 0.50, n * 0.28), (n * 0.50, n * 0.38)], fill=INK, width=int(n * 0.02))
    draw.polygon(
        [(n * 0.42, n * 0.37), (n * 0.50, n * 0.16), (n * 0.58, n * 0.37)], fill=(80, 150, 230)
    )
    draw.polygon(
        [(n * 0.46, n * 0.37), (n * 0.50, n * 0.24), (n * 0.54, n * 0.37)], fill=(200, 230, 255)
    )


def _poles(draw: ImageDraw.ImageDraw, n: int) -> None:
    for offset in (0.0, 0.12):
        x_top, x_bottom = 0.30 + offset, 0.58 + offset
        draw.line([(n * x_top, n * 0.14), (n * x_bottom, n * 0.86)], fill=INK, width=int(n * 0.03))
        draw.line(
            [(n * (x_top + 0.09), n * 0.37), (n * (x_top + 0.12), n * 0.45)],
            fill=ORANGE,
            width=int(n * 0.045),
        )
        draw.line(
            [(n * x_top, n * 0.14), (n * (x_top + 0.06), n * 0.30)],
            fill=FOREST,
            width=int(n * 0.07),
        )
        bx, by = n * (x_bottom - 0.03), n * 0.79
        draw.ellipse((bx - n * 0.06, by - n * 0.02, bx + n * 0.06, by + n * 0.02), fill=STEEL_DARK)


def _sleeping_bag(draw: ImageDraw.ImageDraw, n: int) -> None:
    outline = [(n * 0.34, n * 0.16), (n * 0.66, n * 0.16), (n * 0.70, n * 0.40), (n * 0.64, n * 0.84),
               (n * 0.36, n * 0.84), (n * 0.30, n * 0.40)]  # fmt: skip
    draw.polygon(outline, fill=ORANGE)
    draw.ellipse((n * 0.38, n * 0.18, n * 0.62, n * 0.34), fill=(150, 70, 20))
    draw.ellipse((n * 0.42, n * 0.21, n * 0.58, n * 0.31), fill=(60, 30, 12))
    for y in (0.42, 0.52, 0.62, 0.72):
        draw.arc(
            (n * 0.30, n * (y - 0.05), n * 0.70, n * (y + 0.05)),
            10,
            170,
            fill=(196, 92, 22),
            width=int(n * 0.012),
        )
    draw.line([(n * 0.62, n * 0.34), (n * 0.60, n * 0.80)], fill=INK, width=int(n * 0.012))


def _filter(draw: ImageDraw.ImageDraw, n: int) -> None:
    draw.rounded_rectangle(
        (n * 0.24, n * 0.28, n * 0.46, n * 0.82), radius=n * 0.06, fill=(60, 130, 190)
    )
    draw.rounded_rectangle(
        (n * 0.24, n * 0.28, n * 0.31, n * 0.82), radius=n * 0.04, fill=(110, 170, 220)
    )
    draw.rounded_rectangle((n * 0.27, n * 0.18, n * 0.43, n * 0.30), radius=n * 0.02, fill=INK)
    draw.rectangle((n * 0.24, n * 0.48, n * 0.46, n * 0.56), fill=FOREST)
    # The backflush syringe.
    draw.rounded_rectangle(
        (n * 0.58, n * 0.42, n * 0.70, n * 0.80),
        radius=n * 0.02,
        fill=(236, 240, 242),
        outline=STEEL_DARK,
        width=int(n * 0.01),
    )
    draw.rectangle((n * 0.62, n * 0.30, n * 0.66, n * 0.42), fill=STEEL_DARK)
    draw.rectangle((n * 0.56, n * 0.28, n * 0.72, n * 0.31), fill=STEEL_DARK)
    draw.polygon(
        [(n * 0.62, n * 0.80), (n * 0.66, n * 0.80), (n * 0.64, n * 0.86)], fill=STEEL_DARK
    )
    for y in (0.50, 0.58, 0.66, 0.74):
        draw.line([(n * 0.58, n * y), (n * 0.62, n * y)], fill=STEEL_DARK, width=int(n * 0.006))
    # Drops.
    for cx, cy in ((0.78, 0.36), (0.84, 0.48)):
        draw.ellipse(
            (n * (cx - 0.025), n * cy, n * (cx + 0.025), n * (cy + 0.05)), fill=(110, 170, 220)
        )
        draw.polygon(
            [
                (n * (cx - 0.022), n * (cy + 0.02)),
                (n * cx, n * (cy - 0.03)),
                (n * (cx + 0.022), n * (cy + 0.02)),
            ],
            fill=(110, 170, 220),
        )


PRODUCT_DRAWINGS: dict[str, Callable[[ImageDraw.ImageDraw, int], None]] = {
    "trail-headlamp-400": _headlamp,
    "insulated-bottle-750": _bottle,
    "compact-camp-stove": _stove,
    "ultralight-trekking-poles": _poles,
    "down-sleeping-bag-m5": _sleeping_bag,
    "water-filter-pro": _filter,
}


@functools.cache
def product_png(slug: str, size: int = 800) -> bytes:
    """The picture of the demo product *slug* (a plain mark for any other product)."""
    n = size * SCALE
    image = Image.new("RGBA", (n, n), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    _stage(draw, n)
    drawing = PRODUCT_DRAWINGS.get(slug)
    if drawing is None:
        _mark(draw, (n * 0.3, n * 0.3, n * 0.7, n * 0.7))
    else:
        drawing(draw, n)
    return _png(image, (size, size))


@functools.cache
def product_banner_png(slug: str, width: int = 1280, height: int = 800) -> bytes:
    """The product's picture centred on a wide canvas, for the top of its page (a square picture
    cropped to the page's 16:10 would lose its top and bottom)."""
    square = Image.open(io.BytesIO(product_png(slug, height)))
    banner = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    banner.paste(square, ((width - height) // 2, 0), square)
    out = io.BytesIO()
    banner.save(out, format="PNG", optimize=True)
    return out.getvalue()
