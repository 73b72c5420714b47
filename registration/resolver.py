"""Where a printed code leads: the one place a scanned code becomes a destination.

``resolve`` is the seam for everything that decides where a code goes. Resolving GS1 Digital
Link URIs (``/01/<GTIN>/21/<serial>``) and routing by the code's owner (another brand's site,
another page tree) plug into this function, not into the view: the view parses the request,
calls ``resolve``, records the scan and redirects or renders. ``resolve`` itself writes
nothing, so it can be called from a shell, a test or a preview without adding a scan row.

It stays on the scan hot path's budget: a code and its product page come from the per-process
caches in ``registration.scans`` (at most one indexed query on a miss); only a retired code with
a fallback page reads the page tree.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from . import scans
from .models import ProductPage, Scan, ShortCode
from .selectors import live_page_url

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a scan came to, as its scan row records it."""

    #: ``Scan.Outcome``: redirected, retired or unknown.
    status: str
    #: The code's row; None for a code nobody issued.
    short_code_id: int | None
    #: The language the customer is sent to (the insert's, else the browser's).
    language: str


def resolve(code: str, *, browser_language: str) -> tuple[str | None, Outcome]:
    """The URL a scan of *code* (already normalised) is sent to, and what the scan came to.

    The URL is None when there is nowhere to send the customer: an unknown code, or a retired
    code without a live fallback page; the caller then renders a page of its own in
    ``outcome.language``.
    """
    info = scans.lookup(code) if code else None
    if info is None:
        return None, Outcome(Scan.Outcome.UNKNOWN, None, browser_language)
    language = info.locale or browser_language
    if info.retired:
        target = (
            live_page_url(page_id=info.retired_to_id, language=language)
            if info.retired_to_id
            else None
        )
        return target, Outcome(Scan.Outcome.RETIRED, info.id, language)
    return _product_location(info, language), Outcome(Scan.Outcome.REDIRECTED, info.id, language)


def _product_location(info: scans.CodeInfo, language: str) -> str:
    page = scans.page_url(info.product_id, language)
    if page is None:
        logger.warning("Short code %s: its product has no live page", info.code)
        return f"/{language}/"
    if info.target == ShortCode.Target.REGISTER:
        return f"{page}register/?code={info.code}"
    return f"{page}?code={info.code}{ProductPage.TARGET_ANCHORS.get(info.target, '')}"
