"""Plain values the renderer works from (no Django, no Wagtail)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CMYK:
    """A process colour, each channel 0–1. Print files carry CMYK only."""

    c: float = 0.0
    m: float = 0.0
    y: float = 0.0
    k: float = 1.0

    @classmethod
    def parse(cls, text: str) -> CMYK:
        """'0,60,100,0' (percentages) → CMYK(0, .6, 1, 0)."""
        parts = [p.strip().rstrip("%") for p in text.split(",")]
        if len(parts) != 4:
            raise ValueError("Give four percentages: cyan, magenta, yellow, black.")
        values = [float(p) for p in parts]
        if any(v < 0 or v > 100 for v in values):
            raise ValueError("Each percentage is between 0 and 100.")
        return cls(*(v / 100 for v in values))

    @property
    def is_white(self) -> bool:
        return self.c == self.m == self.y == self.k == 0

    def tuple(self) -> tuple[float, float, float, float]:
        return (self.c, self.m, self.y, self.k)


BLACK = CMYK(0, 0, 0, 1)
WHITE = CMYK(0, 0, 0, 0)
#: Crop marks print on every plate, so they line up whatever separation is checked.
REGISTRATION = CMYK(1, 1, 1, 1)


@dataclass(frozen=True)
class Block:
    """One StreamField block, as the renderer needs it.

    ``kind`` is the block's name in ``inserts.blocks``; ``value`` holds plain values (rich text as
    HTML, images as bytes); ``label`` says where it is, for error messages ("Front · QR code 1").
    """

    kind: str
    value: Mapping[str, Any]
    label: str


@dataclass(frozen=True)
class ProductArt:
    """What a product block prints for one product: its name in the card's language and its
    picture (image file bytes, or None)."""

    name: str
    image: bytes | None = None


@dataclass(frozen=True)
class DesignSpec:
    title: str
    locale: str
    front: tuple[Block, ...]
    back: tuple[Block, ...] = ()
    accent: CMYK = BLACK
    text: CMYK = BLACK
    background: CMYK | None = None
    #: printed in the slug for traceability ("Thank-you card · revision 42")
    job: str = ""
    #: what a product block prints, by the key a card names (``Card.product``)
    products: Mapping[str, ProductArt] = field(default_factory=dict)

    @property
    def purposes(self) -> tuple[str, ...]:
        """QR purposes in the order they appear (front, then back)."""
        found: list[str] = []
        for block in (*self.front, *self.back):
            if block.kind == "qr_code" and block.value["purpose"] not in found:
                found.append(block.value["purpose"])
        return tuple(found)


@dataclass(frozen=True)
class Card:
    """What changes from one printed card to the next: the URL behind each QR purpose, the short
    code printed beside it, and a label for the slug (SKU, serial)."""

    urls: Mapping[str, str]
    codes: Mapping[str, str] = field(default_factory=dict)
    label: str = ""
    #: the key of this card's product in ``DesignSpec.products`` (its product block)
    product: str = ""
    #: A/B runs: which design the card is drawn from (0: the run's spec, 1…: its variants)
    variant: int = 0
