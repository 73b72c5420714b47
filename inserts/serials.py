"""The serials a serialized print run prints: every one has its product's serial format, none
was issued before, so the serial the registration form pre-fills from a card always registers.

``serials_plan`` is the one place that numbers units; ``printrun_create`` calls it before a run
exists (a refusal names the SKU and the format) and the render calls it again just before the
codes are issued (the format may have been edited, or another run may have numbered the same
product meanwhile). Override ``prefix_for`` to number a product another way.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from registration.models import Registration, ShortCode

#: The registration form's serial field (and ``ShortCode.serial``) holds at most this much.
MAX_SERIAL_LENGTH = 64
#: Digits of a serial numbered for a product without a serial format, as before formats existed.
DEFAULT_DIGITS = 5


def normalise_prefix(prefix: str) -> str:
    """The form reads serials in capitals without surrounding space: so are they printed."""
    return prefix.strip().upper()


def prefix_for(sku, *, prefix: str, run_id: int) -> str:
    """The prefix of *sku*'s serials: the one asked for, else the fixed beginning of the
    product's serial format, else ``R<run>-`` for a product without a format. Raises
    ``ValidationError`` when the product's format has no fixed beginning and none was asked for."""
    if prefix:
        return prefix
    product = sku.product
    if not product.serial_pattern:
        return f"R{run_id}-"
    numbering = product.serial_numbering
    if numbering is None:
        raise ValidationError(
            _(
                "SKU %(sku)s: serials in the format %(pattern)s of %(product)s cannot be "
                "numbered automatically. Give a serial prefix so that prefix and number match "
                "the format (for example %(example)s)."
            )
            % {
                "sku": sku.code,
                "pattern": product.serial_pattern,
                "product": product.name,
                "example": product.serial_example or "—",
            }
        )
    return numbering.prefix


def _width(product, prefix: str, first: int, last: int) -> int | None:
    """The fewest digits (zero-padded) for which *prefix* and the numbers *first* to *last* have
    the product's format; ``None`` when no width does."""
    least = len(str(last))
    if not product.serial_pattern:
        return max(DEFAULT_DIGITS, least)
    numbering = product.serial_numbering
    if numbering is not None and numbering.prefix == prefix:
        least = max(least, numbering.min_digits)
    for width in range(least, MAX_SERIAL_LENGTH - len(prefix) + 1):
        if all(_fits(product, f"{prefix}{n:0{width}d}") for n in (first, last)):
            return width
    return None


def _fits(product, serial: str) -> bool:
    return (
        len(serial) <= MAX_SERIAL_LENGTH
        and serial == serial.strip().upper()
        and product.serial_is_valid(serial)
    )


def _refuse_format(sku, serial: str) -> ValidationError:
    product = sku.product
    return ValidationError(
        _(
            "SKU %(sku)s: the serial %(serial)s would not match the serial number format "
            "%(pattern)s of %(product)s, so its card could not be registered. Leave the serial "
            "prefix empty to number in that format, or choose a prefix that fits it (for "
            "example %(example)s)."
        )
        % {
            "sku": sku.code,
            "serial": serial,
            "pattern": product.serial_pattern,
            "product": product.name,
            "example": product.serial_example or "—",
        }
    )


def _issued(product, prefix: str) -> set[str]:
    """Serials with *prefix* already printed or registered for *product*."""
    printed = ShortCode.objects.filter(sku__product=product, serial__startswith=prefix)
    registered = Registration.objects.filter(product=product, serial__startswith=prefix)
    return {
        *printed.exclude(serial="").values_list("serial", flat=True),
        *registered.exclude(Q(serial="")).values_list("serial", flat=True),
    }


def _last_number(serials: set[str], prefix: str) -> int:
    numbers = [int(s[len(prefix) :]) for s in serials if s[len(prefix) :].isdigit()]
    return max(numbers, default=0)


def first_free_number(skus: Sequence, *, prefix: str, run_id: int) -> int:
    """The first number after every serial already issued with the run's prefixes, for any
    product of *skus*: where a run continues when no first number is given."""
    prefix = normalise_prefix(prefix)
    last = 0
    for sku in skus:
        own = prefix_for(sku, prefix=prefix, run_id=run_id)
        last = max(last, _last_number(_issued(sku.product, own), own))
    return last + 1


def serials_plan(
    skus: Sequence, *, quantity: int, prefix: str, start: int, run_id: int
) -> dict[int, list[str]]:
    """{sku id: its *quantity* serials}. The SKUs of one product are numbered on from one
    another (a product's serial registers once, whichever variant carries it).

    Raises ``ValidationError`` naming the SKU and the format when a serial would not match the
    product's format, and naming the serial when it was issued before."""
    prefix = normalise_prefix(prefix)
    plan: dict[int, list[str]] = {}
    ordered = sorted(skus, key=lambda s: (s.product_id, s.code))
    for _product_id, group in groupby(ordered, key=lambda s: s.product_id):
        group = list(group)
        product = group[0].product
        numbers = start
        issued_by_prefix: dict[str, set[str]] = {}
        for sku in group:
            own = prefix_for(sku, prefix=prefix, run_id=run_id)
            first, last = numbers, numbers + quantity - 1
            width = _width(product, own, first, last)
            if width is None:
                raise _refuse_format(sku, f"{own}{first}")
            serials = [f"{own}{n:0{width}d}" for n in range(first, last + 1)]
            wrong = next((s for s in serials if not _fits(product, s)), None)
            if wrong is not None:
                raise _refuse_format(sku, wrong)
            if own not in issued_by_prefix:
                issued_by_prefix[own] = _issued(product, own)
            taken = next((s for s in serials if s in issued_by_prefix[own]), None)
            if taken is not None:
                raise ValidationError(
                    _(
                        "SKU %(sku)s: the serial %(serial)s of %(product)s was issued before. "
                        "Start at %(next)s or later, or leave the first number empty."
                    )
                    % {
                        "sku": sku.code,
                        "serial": taken,
                        "product": product.name,
                        "next": _last_number(issued_by_prefix[own], own) + 1,
                    }
                )
            plan[sku.pk] = serials
            numbers = last + 1
    return plan
