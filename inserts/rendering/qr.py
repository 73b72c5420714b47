"""QR symbols as merged vector outlines.

The matrix comes from zxing-cpp's encoder (C++, about 0.2 ms a symbol; the pure-Python ``qrcode``
package spends about 3 ms, mostly choosing the mask, which made it the critical path of a
10,000-unit run). The dark modules are then traced into closed outlines, so adjacent modules
share no internal edges: a RIP or an anti-aliasing viewer cannot show hairline gaps between them.

The URL is upper-cased before encoding so that it fits QR *alphanumeric* mode (5.5 bits a
character instead of 8): with Crockford codes and an upper-case scheme and host the symbol is one
version smaller, which means larger modules at the same printed size. Scheme and host are
case-insensitive and the ``/r/`` route accepts ``/R/``, so the upper-case URL leads to the same
page. Measurements are in docs/inserts.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import zxingcpp

#: Error correction level: Q restores up to 25 % of a damaged symbol, which a card scuffed in a
#: parcel needs more than the one version that M would save. Override with INSERTS_QR_EC_LEVEL.
DEFAULT_EC_LEVEL = "Q"
#: Quiet zone the layout always reserves, in modules of the largest module size possible. The
#: smallest symbol has 21 modules, so a quiet zone of 4/21 of the symbol's width is at least
#: 4 modules for every version.
QUIET_ZONE_MODULES = 4
SMALLEST_SYMBOL_MODULES = 21
#: Never print a QR symbol (the dark modules, without its quiet zone) smaller than this. A card's
#: ``/r/<code>`` address makes a symbol of 29 modules (33 with a long host): at 20 mm its modules
#: are 0.6–0.7 mm, which a phone reads (the scan-back check's phone view); 16 mm did not read.
MIN_SYMBOL_MM = 20.0


def qr_text(url: str) -> str:
    """What the symbol encodes for *url*: a short-code URL in upper case (alphanumeric mode); a
    GS1 Digital Link with only its scheme and host in upper case, because the values in its
    path (a lot, a serial) and its query are case-sensitive. A Digital Link of digits and
    upper-case values still fits alphanumeric mode whole."""
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    if not sep or path.upper().startswith("R/"):
        return url.upper()
    return f"{scheme.upper()}{sep}{host.upper()}{slash}{path}"


def quiet_zone_for(symbol_size: float) -> float:
    """The white margin reserved around a symbol of *symbol_size* (any unit)."""
    return symbol_size * QUIET_ZONE_MODULES / SMALLEST_SYMBOL_MODULES


@dataclass(frozen=True)
class Matrix:
    size: int
    #: one byte per module, row by row from the top; 0 is dark (as zxing-cpp renders it)
    modules: bytes

    def dark(self, x: int, y: int) -> bool:
        n = self.size
        return 0 <= x < n and 0 <= y < n and self.modules[y * n + x] == 0


def matrix(text: str, ec_level: str = DEFAULT_EC_LEVEL) -> Matrix:
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    return Matrix(size=image.shape[0], modules=bytes(memoryview(image)))


_DARK_AS_ONE = bytes.maketrans(b"\x00\xff", b"10")


def _bit_lines(m: Matrix) -> tuple[list[int], list[int]]:
    """Rows and columns as integers, bit i set where module i (from the left / top) is dark."""
    n = m.size
    bits = m.modules.translate(_DARK_AS_ONE)
    rows = [int(bits[y * n : (y + 1) * n][::-1], 2) for y in range(n)]
    columns = [int(bits[x::n][::-1], 2) for x in range(n)]
    return rows, columns


def _runs(mask: int) -> list[tuple[int, int]]:
    """(start, end) of each run of set bits in *mask*, end exclusive."""
    runs = []
    while mask:
        low = mask & -mask
        run = mask & ~(mask + low)
        runs.append((low.bit_length() - 1, run.bit_length()))
        mask &= ~run
    return runs


def _loops(m: Matrix) -> tuple[int, list[list[int]]]:
    """Closed outlines of the dark area as vertex numbers ``y * (size + 1) + x`` (module units,
    x right, y down from the top left).

    Boundary edges are found with bit operations on whole rows and columns, already merged into
    maximal straight runs and oriented so the dark side is always on the same hand, then chained
    into loops. Where two dark modules touch only at a corner a vertex has two ways out; either
    pairing is a valid outline: the winding number, and so the filled area (non-zero or even-odd
    alike), is the same.
    """
    n = m.size
    stride = n + 1
    rows, columns = _bit_lines(m)
    successor = [-1] * (stride * stride)
    second: dict[int, int] = {}  # the rare second way out of a corner-touching vertex

    def link(a: int, b: int) -> None:
        if successor[a] < 0:
            successor[a] = b
        else:
            second[a] = b

    previous = 0
    for y in range(n + 1):  # horizontal edges on the line above row y; dark below runs east
        current = rows[y] if y < n else 0
        base = y * stride
        for a, b in _runs(current & ~previous):
            link(base + a, base + b)
        for a, b in _runs(previous & ~current):
            link(base + b, base + a)
        previous = current
    previous = 0
    for x in range(n + 1):  # vertical edges left of column x; dark on the left runs south
        current = columns[x] if x < n else 0
        for a, b in _runs(previous & ~current):
            link(a * stride + x, b * stride + x)
        for a, b in _runs(current & ~previous):
            link(b * stride + x, a * stride + x)
        previous = current
    loops: list[list[int]] = []
    for origin in range(len(successor)):
        while successor[origin] >= 0:
            loop = [origin]
            point = origin
            while True:
                if point in second:
                    nxt = second.pop(point)
                else:
                    nxt, successor[point] = successor[point], -1
                if nxt == origin:
                    break
                loop.append(nxt)
                point = nxt
            loops.append(loop)
    return stride, loops


def outlines(m: Matrix) -> list[list[tuple[int, int]]]:
    """The outlines as (x, y) points in module units (see ``_loops``)."""
    stride, loops = _loops(m)
    return [[(v % stride, v // stride) for v in loop] for loop in loops]


@lru_cache(maxsize=8)
def _vertex_labels(stride: int) -> list[str]:
    return [f"{v % stride} {v // stride}" for v in range(stride * stride)]


def path_operators(m: Matrix) -> str:
    """PDF path construction operators for the outlines, in module units, ending in a fill.

    The caller places them with a ``cm`` that maps module units to the page (y flipped)."""
    stride, loops = _loops(m)
    labels = _vertex_labels(stride)
    parts = [
        f"{labels[loop[0]]} m {' l '.join([labels[v] for v in loop[1:]])} l h" for loop in loops
    ]
    parts.append("f")
    return "\n".join(parts)


@lru_cache(maxsize=64)
def cached_path(text: str, ec_level: str = DEFAULT_EC_LEVEL) -> tuple[int, str]:
    """Size and operators of a symbol that repeats (a SKU's code on every card of its sheet)."""
    m = matrix(text, ec_level)
    return m.size, path_operators(m)


def symbol(text: str, ec_level: str = DEFAULT_EC_LEVEL) -> tuple[int, str]:
    """Size and operators of a symbol (uncached: serial codes never repeat)."""
    m = matrix(text, ec_level)
    return m.size, path_operators(m)
