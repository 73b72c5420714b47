"""A/B print runs compared: what each design variant's printed units led to, and how each
challenger does against the control (``funnel/lift.py`` for the statistics).

Read-only. Counted per variant of one run, over the units printed with it (the unit codes that
record the variant, ``ShortCode.variant``):

* scanned: units scanned at least once by a person (``Scan.is_bot`` excluded);
* registered: registrations made through the unit's code;
* consented: units whose marketing consent was confirmed (the double opt-in records the code
  the grant came through);
* ordered: own-store orders credited to a follow-up mail (``OrderAttribution``, not cancelled)
  of the customers who registered through the variant's units.

Here, not in ``inserts/``: the attributed orders are the funnel's, and the funnel may read the
apps below it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from customers.models import ConsentRecord
from inserts.models import PrintRun
from registration.models import Registration, Scan, ShortCode

from . import lift
from .models import OrderAttribution

METRICS = [
    ("scanned", _("scan rate")),
    ("registered", _("registration rate")),
    ("consented", _("consent rate")),
    ("ordered", _("attributed order rate")),
]


@dataclass
class VariantResult:
    position: int
    label: str
    design: str
    weight: int
    units: int
    counts: dict[str, int] = field(default_factory=dict)
    rates: dict[str, lift.Rate] = field(default_factory=dict)
    lifts: dict[str, lift.Lift] = field(default_factory=dict)
    verdicts: dict[str, str] = field(default_factory=dict)


def _by_variant(rows: Any, key: str) -> dict[int, int]:
    return {row[key]: row["n"] for row in rows}


def variant_counts(run: PrintRun) -> dict[int, dict[str, int]]:
    """{variant position: {"units": …, "scanned": …, "registered": …, …}} for *run*."""
    codes = ShortCode.objects.filter(batch_id=run.code_batch_id, variant__isnull=False)
    units = _by_variant(codes.values("variant").annotate(n=Count("pk")), "variant")
    scanned = _by_variant(
        Scan.objects.filter(is_bot=False, short_code__in=codes)
        .values("short_code__variant")
        .annotate(n=Count("short_code", distinct=True)),
        "short_code__variant",
    )
    registrations = Registration.objects.filter(short_code__in=codes)
    registered = _by_variant(
        registrations.values("short_code__variant").annotate(n=Count("pk")),
        "short_code__variant",
    )
    confirmed_codes = (
        ConsentRecord.objects.filter(
            purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
            action=ConsentRecord.Action.CONFIRMED,
            short_code__in=codes.values("code"),
        )
        .values_list("short_code", flat=True)
        .distinct()
    )
    consented: dict[int, int] = {}
    for variant in codes.filter(code__in=list(confirmed_codes)).values_list("variant", flat=True):
        if variant is not None:
            consented[variant] = consented.get(variant, 0) + 1
    result: dict[int, dict[str, int]] = {}
    for position in units:
        customers = registrations.filter(short_code__variant=position).values("customer_id")
        ordered = (
            OrderAttribution.objects.filter(
                delivery__customer_id__in=customers, order__cancelled_at__isnull=True
            )
            .values("order_id")
            .distinct()
            .count()
        )
        result[position] = {
            "units": units[position],
            "scanned": scanned.get(position, 0),
            "registered": registered.get(position, 0),
            "consented": consented.get(position, 0),
            "ordered": ordered,
        }
    return result


def compare(run: PrintRun) -> list[VariantResult]:
    """Every variant of *run* with its rates and, for the challengers, lift and verdict."""
    counts = variant_counts(run)
    results = []
    for variant in run.variants.select_related("design").order_by("position"):
        found = counts.get(variant.position, {"units": 0})
        row = VariantResult(
            position=variant.position, label=variant.label, design=variant.design.name,
            weight=variant.weight, units=found["units"],
        )  # fmt: skip
        for key, _name in METRICS:
            row.counts[key] = found.get(key, 0)
            row.rates[key] = lift.rate(row.counts[key], row.units)
        results.append(row)
    if not results:
        return results
    control = results[0]
    for row in results[1:]:
        for key, name in METRICS:
            row.lifts[key] = lift.lift(row.rates[key], control.rates[key])
            row.verdicts[key] = lift.verdict(row.label, str(name), row.lifts[key])
    return results


#: Bars of the chart, one colour a variant (A, B, C, D).
COLOURS = ["#8a8f98", "#2f6f4f", "#3b5ba5", "#c2781e"]


def rate_chart(
    results: list[VariantResult], *, width: int = 760, bar: int = 18, label_width: int = 190
) -> dict[str, Any]:
    """Geometry of the server-drawn SVG: per metric one bar per variant (its rate), with a
    whisker over its 95 % Wilson interval. Each metric is scaled to its own largest upper bound,
    so a 2 % consent rate is as readable as a 40 % scan rate."""
    usable = width - label_width - 110
    groups, y = [], 0
    for key, name in METRICS:
        top = max([r.rates[key].high for r in results] + [0.0001])
        if not any(r.rates[key].value for r in results):
            top = max(top, 0.10)  # nothing counted yet: an interval near 0 % must not look full
        bars = []
        for index, r in enumerate(results):
            share = r.rates[key]

            def x(value: float) -> float:
                return label_width + usable * value / top  # noqa: B023 (used at once)

            bars.append(
                {
                    "label": r.label,
                    "colour": COLOURS[index % len(COLOURS)],
                    "y": y + 22 + index * (bar + 6),
                    "width": max(1.0, x(share.value) - label_width),
                    "low_x": x(share.low),
                    "high_x": x(share.high),
                    "mid_y": y + 22 + index * (bar + 6) + bar / 2,
                    "percent": f"{100 * share.value:.1f}",
                    "low": f"{100 * share.low:.1f}",
                    "high": f"{100 * share.high:.1f}",
                    "events": share.events,
                    "units": share.units,
                }
            )
        groups.append({"key": key, "name": name, "y": y + 14, "bars": bars})
        y += 22 + len(results) * (bar + 6) + 14
    return {
        "width": width,
        "height": y,
        "bar": bar,
        "label_width": label_width,
        "text_x": width - 100,
        "groups": groups,
    }


def table(results: list[VariantResult]) -> list[dict[str, Any]]:
    """The comparison as the page's table reads it: per metric, a row per variant."""
    sections = []
    for key, name in METRICS:
        rows = []
        for r in results:
            share, compared = r.rates[key], r.lifts.get(key)
            rows.append(
                {
                    "label": r.label,
                    "design": r.design,
                    "events": share.events,
                    "units": share.units,
                    "rate": f"{100 * share.value:.1f}",
                    "low": f"{100 * share.low:.1f}",
                    "high": f"{100 * share.high:.1f}",
                    "lift": None
                    if compared is None or compared.lift is None
                    else lift.percent(compared.lift),
                    "lift_low": None
                    if compared is None or compared.low is None
                    else lift.percent(compared.low),
                    "lift_high": None
                    if compared is None or compared.high is None
                    else lift.percent(compared.high),
                    "shown": bool(compared and compared.shown),
                    "verdict": r.verdicts.get(key, ""),
                }
            )
        sections.append({"key": key, "name": name, "rows": rows})
    return sections
