"""A/B print runs: how a run's units are split between design variants, and the checks every
variant passes before anything is printed.

**Assignment.** The run's units are numbered in print order (SKUs by code, then serials), 0 to
n − 1. ``split`` gives each variant its share of n by its weight with the largest-remainder
method, so every variant is within one unit of its exact share and the counts add up to n.
``assign`` then orders the unit numbers by SHA-256 of ``"<run id>:<unit number>"`` and hands the
first share of that order to variant A, the next to B, and so on. That is a seeded permutation:
the same run always gets the same assignment (a retried render, a test, an audit can recompute
it), and the variants are interleaved through the stack instead of printed in blocks, so a
batch shipped first, a stack left in a warehouse or a damaged box does not fall on one variant.
Hand-written over ``random.Random(seed).shuffle`` because Python documents only ``random()``
as reproducible across versions, not ``shuffle``; a hash is reproducible everywhere, forever.

The assignment is recorded on each unit's code when the codes are issued
(``ShortCode.variant``); the database guard keeps it from changing afterwards.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from catalog.selectors import product_name

from . import gate
from .specs import design_spec

if TYPE_CHECKING:
    from catalog.models import SKU

    from .models import InsertDesign, PrintProfile
    from .signoff import DesignSignOff

#: Variants a run may split between (A, the control, and up to three challengers).
MAX_VARIANTS = 4


def split(total: int, weights: Sequence[int]) -> list[int]:
    """How many of *total* units each weight gets: largest remainder, ties to the earlier
    variant. Each count is within one unit of ``total × weight / sum(weights)``."""
    if not weights or any(w <= 0 for w in weights):
        raise ValueError("Every variant needs a positive weight.")
    whole = sum(weights)
    counts = [total * w // whole for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for i in remainders[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _rank(run_id: int, unit: int) -> bytes:
    return hashlib.sha256(f"{run_id}:{unit}".encode()).digest()


def assign(run_id: int, total: int, weights: Sequence[int]) -> list[int]:
    """The variant position of each of *total* units of run *run_id* (index = unit number)."""
    counts = split(total, weights)
    order = sorted(range(total), key=lambda unit: _rank(run_id, unit))
    result = [0] * total
    start = 0
    for position, count in enumerate(counts):
        for unit in order[start : start + count]:
            result[unit] = position
        start += count
    return result


@dataclass(frozen=True)
class VariantChoice:
    """A challenger a brand manager adds to a run: a published design and its weight."""

    design: InsertDesign
    weight: int


@dataclass(frozen=True)
class CheckedVariant:
    design: InsertDesign
    revision: Any
    weight: int
    sign_off: DesignSignOff | None


def label(position: int) -> str:
    return chr(ord("A") + position)


def variants_check(
    *,
    control: InsertDesign,
    control_weight: int,
    challengers: Iterable[VariantChoice],
    skus: Sequence[SKU],
    profile: PrintProfile,
    serialized: bool,
    check_layout: Callable[[Any, PrintProfile, Any], None],
) -> list[CheckedVariant]:
    """The challengers of a run, each checked as the control is: published, the same language
    and QR codes as the control, passing the gate (``gate.InsertBlocked`` / ``InsertHeld``
    naming the variant), the product names, and fitting the profile. Returns nothing to record
    for a run without challengers."""
    challengers = list(challengers)
    if not challengers:
        return []
    if not serialized:
        raise ValidationError(
            _("Design variants need a serialized run: each unit's code records its variant.")
        )
    if len(challengers) + 1 > MAX_VARIANTS:
        raise ValidationError(
            _("A run splits between at most %(max)s variants.") % {"max": MAX_VARIANTS}
        )
    weights = [control_weight, *(c.weight for c in challengers)]
    if any(not 1 <= w <= 100 for w in weights):
        raise ValidationError(_("Each variant's weight is a whole number from 1 to 100."))
    control_revision = control.live_revision
    if control_revision is None:
        raise ValidationError(_("Only a published (approved) design can be printed."))
    purposes = design_spec(control_revision.as_object()).purposes
    language = control.locale.language_code
    names = [product_name(product=sku.product, language=language) for sku in skus]
    checked = [CheckedVariant(control, control_revision, control_weight, None)]
    seen = {control.pk}
    for position, choice in enumerate(challengers, start=1):
        design = type(control).objects.select_related("locale").get(pk=choice.design.pk)
        named = {"label": label(position), "design": design.name}
        if design.pk in seen:
            raise ValidationError(
                _("Variant %(label)s (%(design)s) repeats a design of this run.") % named
            )
        seen.add(design.pk)
        revision = design.live_revision
        if not design.live or revision is None:
            raise ValidationError(
                _("Variant %(label)s (%(design)s) is not published (approved).") % named
            )
        if design.locale.language_code != language:
            raise ValidationError(
                _("Variant %(label)s (%(design)s) is in another language than the run.") % named
            )
        approved = revision.as_object()
        what = _("Variant %(label)s (%(design)s) cannot be printed:") % named
        sign_off = gate.ensure_printable(approved, what)
        if findings := gate.product_names_check(approved, names):
            raise gate.InsertBlocked(findings, what)
        if design_spec(approved).purposes != purposes:
            raise ValidationError(
                _(
                    "Variant %(label)s (%(design)s) must carry the same QR codes as the "
                    "run's design."
                )
                % named
            )
        try:
            check_layout(approved, profile, {sku.product for sku in skus})
        except ValidationError as error:
            raise ValidationError(f"{what} {' '.join(error.messages)}") from error
        checked.append(CheckedVariant(design, revision, choice.weight, sign_off))
    return checked
