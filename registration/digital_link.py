"""GS1 Digital Link: the web address a GS1 QR code carries, and the links it resolves to.

An uncompressed GS1 Digital Link URI is ``https://<host>/01/<GTIN-14>`` with the key qualifiers
of a GTIN after it in GS1's order — ``/22/<variant>``, ``/10/<lot>``, ``/21/<serial>`` — and
other GS1 data attributes, if any, in the query string (``?17=261231``). ``parse`` reads one with
``biip`` (the GTIN's check digit, each value's GS1 character set and length) and puts qualifiers
written out of order back in order; ``build`` writes one.

The links of a product are named by the GS1 Web Vocabulary's link types
(https://ref.gs1.org/voc/linkTypes): ``LINK_TYPES`` maps each to the section of the product page
that answers it, per language, and ``linkset`` writes them as an RFC 9264 linkset. The
vocabulary has no link type for warranty terms: ``gs1:registerProduct`` is "registering
ownership of a product including for warranty purposes", so the registration form is that link
and the page's warranty section is reached from the owner's links.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from biip import ParseError
from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from catalog.gtin import gtin_or_none

from . import scans

#: The namespace of link relation types in a linkset, as GS1 resolvers write them.
VOC = "https://gs1.org/voc/"
#: Other spellings of the same namespace a client may send in ``?linkType=``.
VOC_ALIASES = ("https://gs1.org/voc/", "https://www.gs1.org/voc/", "https://ref.gs1.org/voc/")
LINKSET_TYPE = "application/linkset+json"
#: The GTIN's key qualifiers in the order the GS1 Digital Link standard writes them.
QUALIFIERS = ("22", "10", "21")


@dataclass(frozen=True, slots=True)
class DigitalLink:
    """The identifiers of one GS1 Digital Link URI (values unescaped)."""

    gtin: str
    lot: str = ""
    serial: str = ""
    variant: str = ""

    @property
    def path(self) -> str:
        """The canonical path: ``/01/<GTIN-14>[/22/…][/10/…][/21/…]``."""
        parts = [f"/01/{self.gtin}"]
        for ai, value in (("22", self.variant), ("10", self.lot), ("21", self.serial)):
            if value:
                parts.append(f"/{ai}/{quote(value, safe='')}")
        return "".join(parts)


def build(base: str, *, gtin: str, lot: str = "", serial: str = "") -> str:
    """The uncompressed URI of *gtin* (GTIN-14) under *base* (``https://<host>``)."""
    return base.rstrip("/") + DigitalLink(gtin=gtin, lot=lot, serial=serial).path


def parse(path: str) -> DigitalLink | None:
    """The identifiers in *path* (``/01/…``, percent-encoded as it arrived); None when it is no
    valid GS1 Digital Link of a GTIN: a wrong check digit, a value outside GS1's character set
    or length, an unknown qualifier."""
    segments = path.strip("/").split("/")
    if len(segments) < 2 or len(segments) % 2 or segments[0] != "01":
        return None
    qualifiers = dict(zip(segments[2::2], segments[3::2], strict=True))
    if len(qualifiers) != len(segments[2:]) // 2 or not set(qualifiers) <= set(QUALIFIERS):
        return None
    ordered = "".join(f"/{ai}/{qualifiers[ai]}" for ai in QUALIFIERS if ai in qualifiers)
    try:
        uri = GS1DigitalLinkURI.parse(f"https://resolver.invalid/01/{segments[1]}{ordered}")
    except (ParseError, ValueError):
        return None
    values = {element.ai.ai: element.value for element in uri.element_strings}
    # biip reads the path's syntax; the check digit is the catalogue's rule (``catalog.gtin``).
    gtin = gtin_or_none(values["01"])
    if gtin is None:
        return None
    return DigitalLink(
        gtin=gtin,
        lot=values.get("10", ""),
        serial=values.get("21", ""),
        variant=values.get("22", ""),
    )


@dataclass(frozen=True)
class LinkType:
    """One GS1 link type this site answers, and where on a product page it leads."""

    name: str
    title: Promise
    #: The link from the product page's URL and a unit's short code (may be empty).
    href: Callable[[str, str], str]

    @property
    def uri(self) -> str:
        return f"{VOC}{self.name}"


def _with_code(code: str) -> str:
    return f"?code={code}" if code else ""


LINK_TYPES: dict[str, LinkType] = {
    link.name: link
    for link in (
        LinkType("pip", _("Product information"), lambda page, code: f"{page}{_with_code(code)}"),
        LinkType(
            "instructions",
            _("Manuals and documents"),
            lambda page, code: f"{page}{_with_code(code)}#manual",
        ),
        LinkType(
            "safetyInfo", _("Care and safety"), lambda page, code: f"{page}{_with_code(code)}#care"
        ),
        LinkType(
            "registerProduct",
            _("Register your product"),
            lambda page, code: f"{page}register/{_with_code(code)}",
        ),
        LinkType("support", _("Support"), lambda page, code: f"{page}{_with_code(code)}#support"),
    )
}
RECALL = "recallStatus"
DEFAULT = "defaultLink"


def link_type_name(text: str) -> str:
    """``gs1:pip``, ``pip`` or a full vocabulary URI → ``pip``; anything else unchanged."""
    for prefix in ("gs1:", *VOC_ALIASES):
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def absolute(url: str) -> str:
    return url if "://" in url else f"{settings.SITE_URL}{url}"


def link_href(
    product_id: int, language: str, name: str, *, code: str = "", recall_url: str = ""
) -> str | None:
    """Where link type *name* of the product leads in *language* (its page in that language,
    else the default language's, else any), or None when the product does not offer it."""
    if name == RECALL:
        return recall_url or None
    link = LINK_TYPES.get(name)
    page = scans.page_url(product_id, language)
    if link is None or page is None:
        return None
    return absolute(link.href(page, code))


def linkset(
    *,
    anchor: str,
    product_id: int,
    default_href: str | None,
    code: str = "",
    recall_url: str = "",
) -> dict[str, Any]:
    """The product's links as an RFC 9264 linkset (``application/linkset+json``): one context
    object, its anchor the Digital Link asked for, one key per link type (the full vocabulary
    URI) holding a target per language with a page (``href``, ``title`` in that language,
    ``hreflang``, ``type``)."""
    pages = scans.page_urls(product_id)
    context: dict[str, Any] = {"anchor": anchor}
    if default_href:
        context[f"{VOC}{DEFAULT}"] = [{"href": absolute(default_href), "type": "text/html"}]
    for link in LINK_TYPES.values():
        targets = []
        for language, page in pages:
            with translation.override(language):
                title = str(link.title)
            targets.append(
                {
                    "href": absolute(link.href(page, code)),
                    "title": title,
                    "hreflang": [language],
                    "type": "text/html",
                }
            )
        if targets:
            context[link.uri] = targets
    if recall_url:
        context[f"{VOC}{RECALL}"] = [
            {
                "href": recall_url,
                "title": str(_("Recall notice")),
                "type": "text/html",
            }
        ]
    return {"linkset": [context]}
