"""Scan-back verification: rasterise the PDF that was written and decode every QR symbol.

The check reads the finished file with PDFium (pypdfium2, a wheel with nothing to install) and
decodes with zxing-cpp, so it catches anything between the layout and the bytes: a symbol drawn
in the wrong place, a broken path, a wrong URL, a missing quiet zone. Each expected symbol's
region (symbol plus most of its quiet zone) is rendered at 300 dpi and must decode to exactly its
URL; the first page is also rendered whole at 300 dpi and must hold exactly the expected symbols,
so a stray code would be noticed. Rendering only the regions keeps 10,000 cards practical
(about 1 ms a symbol here instead of 10–20 ms a full page); pages are opened and closed one at a
time, so memory stays flat.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

from .pdf import QRExpectation

DPI = 300
#: Stop collecting after this many failures: the run is failed either way.
MAX_REPORTED = 20


@dataclass
class Failure:
    page: int
    expected: str
    found: list[str]

    def __str__(self) -> str:
        got = ", ".join(self.found) if self.found else "nothing"
        return f"page {self.page + 1}: expected {self.expected}, decoded {got}"


@dataclass
class Report:
    checked: int = 0
    failures: list[Failure] = field(default_factory=list)
    failed_count: int = 0

    @property
    def ok(self) -> bool:
        return self.checked > 0 and self.failed_count == 0

    def summary(self) -> str:
        if self.ok:
            return f"All {self.checked} QR codes decode to their URLs at {DPI} dpi."
        lines = [f"{self.failed_count} of {self.checked} QR codes failed the scan-back check:"]
        lines += [f"  {f}" for f in self.failures]
        if self.failed_count > len(self.failures):
            lines.append(f"  … and {self.failed_count - len(self.failures)} more")
        return "\n".join(lines)


def decode(image) -> list[str]:
    """Texts of every QR symbol zxing-cpp finds in a PIL image."""
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def render_page(page, dpi: int = DPI, crop: tuple[float, float, float, float] = (0, 0, 0, 0)):
    """A page (or the part left after *crop*: left, bottom, right, top in points) as a grey PIL
    image."""
    return page.render(scale=dpi / 72, crop=crop, grayscale=True).to_pil()


def verify(
    path: str | Path,
    expectations: Iterable[QRExpectation],
    *,
    dpi: int = DPI,
    progress: Callable[[int, int], None] | None = None,
    total: int | None = None,
) -> Report:
    report = Report()
    expectations = list(expectations)
    total = total or len(expectations)
    document = pdfium.PdfDocument(str(path))
    try:
        for page_index, group in groupby(expectations, key=lambda e: e.page):
            items = list(group)
            page = document[page_index]
            try:
                width, height = page.get_size()
                for item in items:
                    x0, y0, x1, y1 = item.box
                    crop = (max(x0, 0), max(y0, 0), max(width - x1, 0), max(height - y1, 0))
                    found = decode(render_page(page, dpi, crop))
                    _record(report, page_index, item.text, found)
                if page_index == 0:
                    whole = sorted(decode(render_page(page, dpi)))
                    wanted = sorted(item.text for item in items)
                    if whole != wanted:
                        report.failed_count += 1
                        report.failures.append(
                            Failure(page_index, " + ".join(wanted) + " (whole page)", whole)
                        )
            finally:
                page.close()
            if progress is not None and (
                report.checked % 200 < len(items) or report.checked == total
            ):
                progress(report.checked, total)
    finally:
        document.close()
    return report


def _record(report: Report, page: int, expected: str, found: list[str]) -> None:
    report.checked += 1
    if found != [expected]:
        report.failed_count += 1
        if len(report.failures) < MAX_REPORTED:
            report.failures.append(Failure(page, expected, found))
