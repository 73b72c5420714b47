"""GTINs as the GS1 General Specifications define them, read by ``biip``.

A brand types the number printed under the barcode: 8 digits (GTIN-8, EAN-8), 12 (GTIN-12,
UPC-A), 13 (GTIN-13, EAN-13) or 14 (GTIN-14). ``biip`` checks the length, the digits and the
mod-10 check digit; the catalogue keeps the GTIN-14 form (left-padded with zeros), which is
what a GS1 Digital Link carries after ``/01/`` and what the resolver looks up.
"""

from __future__ import annotations

from biip import ParseError
from biip.gtin import Gtin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LENGTHS = (8, 12, 13, 14)


def normalise_gtin(value: str) -> str:
    """The GTIN-14 of *value* (spaces and dashes ignored); ``ValidationError`` when it is not a
    GTIN: wrong length, not digits, or a wrong check digit."""
    digits = "".join(value.split()).replace("-", "")
    if not digits.isdigit() or len(digits) not in LENGTHS:
        raise ValidationError(
            _("A GTIN has 8, 12, 13 or 14 digits."), code="gtin_length", params={"value": value}
        )
    try:
        gtin = Gtin.parse(digits)
    except ParseError as error:
        raise ValidationError(
            _("%(value)s is not a valid GTIN: its check digit is wrong."),
            code="gtin_check_digit",
            params={"value": value},
        ) from error
    return gtin.as_gtin_14()


def validate_gtin(value: str) -> None:
    """Model and form validator (empty is allowed: not every SKU has a GTIN)."""
    if value:
        normalise_gtin(value)


def gtin_or_none(value: str) -> str | None:
    """The GTIN-14 of *value*, or None when it is not a GTIN (a resolver's lenient read)."""
    try:
        return normalise_gtin(value)
    except ValidationError:
        return None
