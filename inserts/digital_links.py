"""GS1 Digital Link codes on printed cards: what a run checks before it exists, and the URL
each card's QR code carries.

A card printed with a GS1 Digital Link profile carries ``https://<brand's resolver
host>/01/<GTIN-14>[/10/<lot>][/21/<serial>]`` instead of ``SITE_URL/r/<code>``; the short code
is still issued and printed under the symbol for people who type it, and both lead to the same
unit through ``registration.resolver.resolve``.

The registration and warranty codes carry the Digital Link; a manual or support code stays a
short code. Asking the resolver for a link type (``?linkType=gs1:instructions``) would work,
but the query is case-sensitive, so the URL no longer fits QR alphanumeric mode: the symbol
grows a version, and at the 22 mm of a typical card a phone no longer reads it (the run's
scan-back check fails). The Digital Link's linkset offers the manual and support anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from registration import digital_link

if TYPE_CHECKING:
    from catalog.models import SKU

#: QR purposes that carry the Digital Link (its default link: registration, then the owner's
#: page); the others keep their short code.
PURPOSES = ("register", "warranty")
#: The GS1 link type of each purpose, for a preview or a caller that wants one code for all.
LINK_TYPES = {"manual": "gs1:instructions", "support": "gs1:support"}
#: GS1's limit for a serial (AI 21) and a lot (AI 10).
MAX_VALUE_LENGTH = 20


def link_type_for(purpose: str) -> str:
    return LINK_TYPES.get(purpose, "")


def skus_without_gtin_check(skus: Iterable[SKU]) -> None:
    """Refuse a Digital Link run with SKUs that have no GTIN, naming every one of them."""
    missing = sorted(sku.code for sku in skus if not sku.gtin)
    if missing:
        raise ValidationError(
            _(
                "A GS1 Digital Link carries the GTIN, and these SKUs have none: %(skus)s. Add "
                "their GTINs in the catalogue, or choose a print profile with short codes."
            )
            % {"skus": ", ".join(missing)},
            code="gtin_missing",
        )


def serials_check(skus: Iterable[SKU], plan: Mapping[int, list[str]]) -> None:
    """A Digital Link's serial is GS1's AI 21: at most 20 characters of its character set."""
    for sku in skus:
        for serial in plan.get(sku.pk, ()):
            if len(serial) > MAX_VALUE_LENGTH or digital_link.parse(
                f"/01/{sku.gtin}/21/{serial}"
            ) != digital_link.DigitalLink(gtin=sku.gtin, serial=serial):
                raise ValidationError(
                    _(
                        "SKU %(sku)s: the serial %(serial)s cannot be carried by a GS1 Digital "
                        "Link (at most 20 letters, digits or GS1 punctuation). Choose a shorter "
                        "serial prefix."
                    )
                    % {"sku": sku.code, "serial": serial},
                    code="serial_too_long",
                )


def card_url(sku: SKU, purpose: str, *, lot: str, serial: str = "") -> str:
    """The Digital Link a card of *sku* prints for *purpose* (*serial*: the unit's, on the unit
    purpose of a serialized run)."""
    uri = digital_link.build(
        sku.product.brand.digital_link_base, gtin=sku.gtin, lot=lot, serial=serial
    )
    link_type = "" if serial else link_type_for(purpose)
    return f"{uri}?linkType={link_type}" if link_type else uri


def sample_url(base: str, purpose: str) -> str:
    """A realistic Digital Link for a preview (GS1's example GTIN), as long as a unit's."""
    uri = digital_link.build(base, gtin="09506000134352", lot="SAMPLE", serial="SAMPLE000001")
    link_type = link_type_for(purpose)
    return f"{uri}?linkType={link_type}" if link_type else uri
