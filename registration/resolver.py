"""Where a printed code leads: the one place a scanned code becomes a destination.

``resolve`` is the seam for everything that decides where a code goes: a short code
(``/r/<code>``) and a GS1 Digital Link (``/01/<GTIN>[/10/<lot>][/21/<serial>]``, a
``digital_link.DigitalLink``) alike, and the owner routing of both: a serialized unit's scans
lead to registration until its serial is registered, then to what its owner needs (the design
chooses: ``CodeBatch.owner_target``). The views parse the request, call ``resolve``, record the
scan and redirect or render. ``resolve`` itself writes nothing, so it can be called from a
shell, a test or a preview without adding a scan row.

It stays on the scan hot path's budget: a code and its product page come from the per-process
caches in ``registration.scans`` (at most one indexed query on a miss, the registration check
included); only a retired code with a fallback page reads the page tree.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings

from . import scans
from .digital_link import DigitalLink, link_href
from .models import OwnerTarget, ProductPage, Scan, ShortCode
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
    #: What the scan row records as the code: the short code, else a Digital Link's GTIN-14.
    scanned: str = ""
    #: The product the code belongs to (None for an unknown code).
    product_id: int | None = None
    #: The product's recall notice, when a recall is under way (Digital Links offer it).
    recall_url: str = ""


#: Short-code targets a serialized card's unit code carries; a registered unit's scans of
#: these are routed to the owner's page.
UNIT_TARGETS = (ShortCode.Target.REGISTER, ShortCode.Target.WARRANTY)


def resolve(
    code: str | DigitalLink, *, browser_language: str, link_type: str = ""
) -> tuple[str | None, Outcome]:
    """The URL a scan of *code* (a normalised short code, or a parsed GS1 Digital Link) is sent
    to, and what the scan came to.

    A short code's customer reads the insert's language, else *browser_language*; a Digital
    Link's reads *browser_language* (what Accept-Language asked for, empty when nothing the site
    speaks), else the insert's, else the site's. *link_type* (a GS1 link type name such as
    ``instructions``; Digital Links only) asks for that link instead of the default one.

    The URL is None when there is nowhere to send the customer: an unknown code, a retired code
    without a live fallback page, a link type the product does not offer
    (``Scan.Outcome.NO_LINK``); the caller then renders a page of its own in
    ``outcome.language``.
    """
    if isinstance(code, DigitalLink):
        return _resolve_digital_link(code, browser_language, link_type)
    info = scans.lookup(code) if code else None
    if info is None:
        return None, Outcome(Scan.Outcome.UNKNOWN, None, browser_language, code)
    return _resolve_code(info, info.locale or browser_language, code)


def _resolve_code(
    info: scans.CodeInfo, language: str, scanned: str, recall_url: str = ""
) -> tuple[str | None, Outcome]:
    if info.retired:
        target = (
            live_page_url(page_id=info.retired_to_id, language=language)
            if info.retired_to_id
            else None
        )
        return target, Outcome(
            Scan.Outcome.RETIRED, info.id, language, scanned, info.product_id, recall_url
        )
    return _product_location(info, language), Outcome(
        Scan.Outcome.REDIRECTED, info.id, language, scanned, info.product_id, recall_url
    )


def _resolve_digital_link(
    link: DigitalLink, browser_language: str, link_type: str
) -> tuple[str | None, Outcome]:
    unit = scans.lookup_unit(link.gtin, link.serial) if link.serial else None
    product = scans.lookup_gtin(link.gtin)
    if product is None:
        return None, Outcome(
            Scan.Outcome.UNKNOWN, None, browser_language or settings.LANGUAGE_CODE, link.gtin
        )
    # A serial nobody printed still names the product: GS1 resolvers answer at the GTIN's level.
    language = browser_language or (unit.locale if unit else "") or settings.LANGUAGE_CODE
    scanned = unit.code if unit else link.gtin
    short_code_id = unit.id if unit else None
    if link_type:
        href = link_href(
            product.product_id, language, link_type,
            code=unit.code if unit else "", recall_url=product.recall_url,
        )  # fmt: skip
        status = Scan.Outcome.REDIRECTED if href else Scan.Outcome.NO_LINK
        return href, Outcome(
            status, short_code_id, language, scanned, product.product_id, product.recall_url
        )
    if unit is not None:
        return _resolve_code(unit, language, scanned, product.recall_url)
    page = scans.page_url(product.product_id, language)
    location = f"{page}register/" if page else f"/{language}/"
    return location, Outcome(
        Scan.Outcome.REDIRECTED, None, language, scanned, product.product_id, product.recall_url
    )


def _product_location(info: scans.CodeInfo, language: str) -> str:
    page = scans.page_url(info.product_id, language)
    if page is None:
        logger.warning("Short code %s: its product has no live page", info.code)
        return f"/{language}/"
    target: str = info.target
    if (
        info.serial
        and info.registered
        and target in UNIT_TARGETS
        and info.owner_target != OwnerTarget.REGISTER
    ):
        # The owner filled the form already: the card now opens what they need.
        target = info.owner_target or OwnerTarget.PAGE
    elif target == ShortCode.Target.REGISTER:
        return f"{page}register/?code={info.code}"
    return f"{page}?code={info.code}{ProductPage.TARGET_ANCHORS.get(target, '')}"
