"""The statistics of an A/B print run: how much better or worse each variant does than the
control, with a 95 % interval, and a verdict in plain words. Pure functions over counts (no
database), computed with SciPy rather than by hand.

Every metric is a share of the printed units: units scanned at least once, registrations,
confirmed marketing consents, attributed orders, each over the units printed with the variant.

**Relative lift.** Variant B against the control A: the risk ratio RR = (x_B / n_B) / (x_A / n_A)
and the lift RR − 1 ("B registers 31 % more"). Its 95 % interval is the log risk-ratio (Katz)
interval, exp(log RR ± 1.96 · √(1/x_B − 1/n_B + 1/x_A − 1/n_A)), from
``scipy.stats.contingency.relative_risk(...).confidence_interval``. The question people ask
is relative, and on the log scale the interval stays where a ratio can be (above −100 %).

**Each variant's own rate** (the chart's whiskers) gets a Wilson score interval
(``scipy.stats.binomtest(...).proportion_ci(method="wilson")``), which behaves at 0 and at
small counts where the Wald interval does not.

**Verdict.** "Not enough data yet" while either variant has fewer than ``MIN_UNITS`` printed
units or fewer than ``MIN_EVENTS`` events of the metric (below that the log interval's normal
approximation is poor), and while the interval still contains 0 % (no difference is shown
yet). Otherwise "Variant B: registration rate 31 % higher than A, 95 % interval 12–52 %".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.utils.translation import gettext as _
from scipy.stats import binomtest
from scipy.stats.contingency import relative_risk

CONFIDENCE = 0.95
#: Fewer printed units than this in either variant: no verdict.
MIN_UNITS = 100
#: Fewer events (scans, registrations…) than this in either variant: no verdict.
MIN_EVENTS = 10


@dataclass(frozen=True)
class Rate:
    """*events* of *units*, with its Wilson interval (shares, 0–1)."""

    events: int
    units: int
    low: float
    high: float

    @property
    def value(self) -> float:
        return self.events / self.units if self.units else 0.0


@dataclass(frozen=True)
class Lift:
    """A variant against the control on one metric. ``lift``, ``low`` and ``high`` are relative
    (0.31 is 31 % more); ``None`` where the ratio cannot be formed (no events)."""

    lift: float | None
    low: float | None
    high: float | None
    enough: bool

    @property
    def shown(self) -> bool:
        """Enough data and an interval that excludes no difference."""
        return (
            self.enough
            and self.low is not None
            and self.high is not None
            and (self.low > 0 or self.high < 0)
        )


def rate(events: int, units: int) -> Rate:
    """The share *events* / *units* with its 95 % Wilson interval."""
    if units <= 0:
        return Rate(events, units, 0.0, 0.0)
    ci = binomtest(min(events, units), units).proportion_ci(
        confidence_level=CONFIDENCE, method="wilson"
    )
    return Rate(events, units, float(ci.low), float(ci.high))


def lift(variant: Rate, control: Rate) -> Lift:
    """Relative lift of *variant* over *control* with the 95 % log risk-ratio interval."""
    enough = (
        min(variant.units, control.units) >= MIN_UNITS
        and min(variant.events, control.events) >= MIN_EVENTS
    )
    if not variant.events or not control.events or not variant.units or not control.units:
        return Lift(None, None, None, enough=False)
    result = relative_risk(
        min(variant.events, variant.units), variant.units,
        min(control.events, control.units), control.units,
    )  # fmt: skip
    ci = result.confidence_interval(confidence_level=CONFIDENCE)
    low, high = float(ci.low), float(ci.high)
    if not (math.isfinite(low) and math.isfinite(high)):
        return Lift(float(result.relative_risk) - 1, None, None, enough=False)
    return Lift(float(result.relative_risk) - 1, low - 1, high - 1, enough=enough)


def percent(share: float) -> int:
    """A relative share as a whole percentage (0.314 → 31)."""
    return round(100 * share)


def verdict(label: str, metric: str, result: Lift) -> str:
    """The plain-words verdict for variant *label* on *metric* (a translated name such as
    "registration rate")."""
    if not result.shown or result.lift is None or result.low is None or result.high is None:
        return _("Variant %(label)s, %(metric)s: not enough data yet.") % {
            "label": label,
            "metric": metric,
        }
    if result.lift > 0:
        return _(
            "Variant %(label)s: %(metric)s %(lift)s %% higher than A, "
            "95 %% interval %(low)s–%(high)s %%."
        ) % {
            "label": label,
            "metric": metric,
            "lift": percent(result.lift),
            "low": percent(result.low),
            "high": percent(result.high),
        }
    return _(
        "Variant %(label)s: %(metric)s %(lift)s %% lower than A, 95 %% interval %(low)s–%(high)s %%."
    ) % {
        "label": label,
        "metric": metric,
        "lift": percent(-result.lift),
        "low": percent(-result.high),
        "high": percent(-result.low),
    }
