"""Scan-back verification: rasterise the PDF that was written and decode every QR symbol.

The check reads the finished file with PDFium (pypdfium2, a wheel with nothing to install) and
decodes with zxing-cpp, so it catches anything between the layout and the bytes: a symbol drawn
in the wrong place, a broken path, a wrong URL, a missing quiet zone. Each expected symbol's
region (symbol plus most of its quiet zone) is rendered at 300 dpi and must decode to exactly its
URL; the first page is also rendered whole at 300 dpi and must hold exactly the expected symbols,
so a stray code would be noticed. Rendering only the regions keeps 10,000 cards practical
(about 1 ms a symbol here instead of 10–20 ms a full page); pages are opened and closed one at a
time, so memory stays flat.

A clean 300 dpi raster is what a print shop's scanner sees, not what a customer's phone sees.
So each symbol is also decoded in a *phone view*: its region rendered at 100 dpi and blurred
with a Gaussian of 1 px (see ``PHONE_DPI`` and ``PHONE_BLUR_PX``). A code that reads only in
the clean view fails the run, with "phone view" in the reason. What decides whether a phone
reads a symbol is its module size (printed size over modules; modules follow from the length of
the text), so the phone view takes every distinct size and text length on its first
``PHONE_FIRST_OF_EACH`` symbols and then one symbol in ``PHONE_SAMPLE_EVERY``: decoding every
symbol twice would add about 40 % to the check (measured in docs/inserts.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PIL import ImageFilter

from .pdf import QRExpectation

DPI = 300
#: A phone photographing a card from a comfortable 20–25 cm fills its frame with about 100
#: pixels per inch of card.
PHONE_DPI = 100
#: Slight defocus and hand shake: a Gaussian of 1 px at 100 dpi spreads each point over about
#: 0.25 mm of card (σ), the softness of a phone's close-up in indoor light. Measured here on
#: rendered cards with zxing-cpp: at 0.6–0.8 px even 16 mm symbols of 33 modules (0.48 mm a
#: module) still read at every pixel alignment, so the check would pass the codes that phones
#: miss; at 1 px they fail while 22 mm fronts read, as on phones.
PHONE_BLUR_PX = 1.0
#: Symbols of one size and text length checked in the phone view: the first few, then a sample.
PHONE_FIRST_OF_EACH = 3
PHONE_SAMPLE_EVERY = 25
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
    phone_checked: int = 0
    failures: list[Failure] = field(default_factory=list)
    failed_count: int = 0
    #: the largest peak memory of the worker processes, when the check was split over several
    peak_rss_mb: float = 0.0

    @property
    def ok(self) -> bool:
        return self.checked > 0 and self.failed_count == 0

    def summary(self) -> str:
        if self.ok:
            return (
                f"All {self.checked} QR codes decode to their URLs at {DPI} dpi; "
                f"{self.phone_checked} of them, every size and length, also in a phone's view "
                f"({PHONE_DPI} dpi, blurred)."
            )
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


def phone_view(page, crop: tuple[float, float, float, float] = (0, 0, 0, 0)):
    """The page (or the part left after *crop*) as a phone's camera sees it: ``PHONE_DPI``,
    softened by ``PHONE_BLUR_PX``. Override these two to model another device."""
    return render_page(page, PHONE_DPI, crop).filter(ImageFilter.GaussianBlur(PHONE_BLUR_PX))


#: PDFium keeps what it parsed for as long as the document is open (about 100 KB a page here);
#: reopening it every 500 pages (about 85 ms each for a 10,000-page file) keeps the check flat.
REOPEN_EVERY = 500


def verify(
    path: str | Path,
    expectations: Iterable[QRExpectation],
    *,
    dpi: int = DPI,
    progress: Callable[[int, int], None] | None = None,
    total: int | None = None,
) -> Report:
    report = Report()
    phone_seen: dict[tuple, int] = {}
    expectations = list(expectations)
    total = total or len(expectations)
    document = None
    pages_open = 0
    try:
        for page_index, group in groupby(expectations, key=lambda e: e.page):
            if document is None or pages_open >= REOPEN_EVERY:
                if document is not None:
                    document.close()
                document = pdfium.PdfDocument(str(path))
                pages_open = 0
            items = list(group)
            page = document[page_index]
            pages_open += 1
            try:
                width, height = page.get_size()
                for item in items:
                    x0, y0, x1, y1 = item.box
                    crop = (max(x0, 0), max(y0, 0), max(width - x1, 0), max(height - y1, 0))
                    found = decode(render_page(page, dpi, crop))
                    kind = (round(x1 - x0), round(y1 - y0), len(item.text))
                    seen_before = phone_seen[kind] = phone_seen.get(kind, -1) + 1
                    if found == [item.text] and (
                        seen_before < PHONE_FIRST_OF_EACH or seen_before % PHONE_SAMPLE_EVERY == 0
                    ):
                        report.phone_checked += 1
                        seen = decode(phone_view(page, crop))
                        if seen != [item.text]:
                            view = f"in a phone's view ({PHONE_DPI} dpi, blurred)"
                            found = [f"{', '.join(seen) or 'nothing'} {view}"]
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
            if progress is not None and (pages_open % 50 == 0 or report.checked == total):
                progress(report.checked, total)
    finally:
        if document is not None:
            document.close()
    return report


def _verify_part(args) -> Report:
    from .job import peak_rss_mb

    path, expectations, dpi = args
    report = verify(path, expectations, dpi=dpi)
    report.peak_rss_mb = peak_rss_mb()
    return report


def verify_parallel(
    path: str | Path,
    expectations: list[QRExpectation],
    *,
    workers: int = 1,
    dpi: int = DPI,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """``verify``, split by pages over *workers* processes when the run is large enough to be
    worth starting them (each opens the file itself; PDFium is not shared between threads)."""
    if workers <= 1 or len(expectations) < 2000:
        return verify(path, expectations, dpi=dpi, progress=progress, total=len(expectations))
    import multiprocessing

    pages = sorted({e.page for e in expectations})
    cut = pages[len(pages) // workers :: len(pages) // workers][: workers - 1]
    parts, start = [], 0
    for boundary in [*cut, pages[-1] + 1]:
        parts.append([e for e in expectations[start:] if e.page < boundary])
        start += len(parts[-1])
    context = multiprocessing.get_context("spawn")
    merged = Report()
    with context.Pool(workers) as pool:
        for part in pool.imap(_verify_part, [(str(path), p, dpi) for p in parts]):
            merged.checked += part.checked
            merged.phone_checked += part.phone_checked
            merged.failed_count += part.failed_count
            merged.failures.extend(part.failures[: MAX_REPORTED - len(merged.failures)])
            merged.peak_rss_mb = max(merged.peak_rss_mb, part.peak_rss_mb)
            if progress is not None:
                progress(merged.checked, len(expectations))
    return merged


def _record(report: Report, page: int, expected: str, found: list[str]) -> None:
    report.checked += 1
    if found != [expected]:
        report.failed_count += 1
        if len(report.failures) < MAX_REPORTED:
            report.failures.append(Failure(page, expected, found))
