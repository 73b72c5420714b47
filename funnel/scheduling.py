"""When a funnel mail may go: the customer's time zone, a step's sending window, the due time of
the next step, and the wait before a failed send or sync is tried again.

Pure functions of their arguments and the settings (no queries), shared by enrolment
(``funnel.services``), the outbox's triage and recorder, and the Klaviyo sync.
"""

import zoneinfo
from datetime import datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from django.conf import settings

from core.mail_errors import backoff

if TYPE_CHECKING:
    from .models import SequenceStep

UTC = zoneinfo.ZoneInfo("UTC")


def customer_time_zone(customer: Any) -> zoneinfo.ZoneInfo:
    """The customer's own zone, else ``FUNNEL_DEFAULT_TIME_ZONE``, else UTC (a name that no
    longer exists in the zone database falls through)."""
    for name in (getattr(customer, "time_zone", ""), settings.FUNNEL_DEFAULT_TIME_ZONE):
        if name:
            try:
                return zoneinfo.ZoneInfo(name)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                continue
    return UTC


def fit_window(moment: datetime, window: tuple[time, time] | None, tz: tzinfo) -> datetime:
    """The first instant at or after *moment* inside the daily *window* in *tz* (a window may
    run over midnight, e.g. 20:00–02:00)."""
    if window is None:
        return moment
    start, end = window
    local = moment.astimezone(tz)
    now_t = local.time()
    inside = (start <= now_t < end) if start < end else (now_t >= start or now_t < end)
    if inside:
        return moment
    day = local.date() if now_t < start else local.date() + timedelta(days=1)
    return datetime.combine(day, start, tzinfo=tz).astimezone(UTC)


def step_due_at(*, step: "SequenceStep", after: datetime, customer: Any) -> datetime:
    """When *step* falls due after *after*: its delay, then the next opening of its window in
    the customer's time zone."""
    due = after + timedelta(days=step.delay_days, hours=step.delay_hours)
    return fit_window(due, step.window, customer_time_zone(customer))


def retry_delay(attempt: int) -> timedelta:
    """The wait before try number *attempt* + 1 of a delivery or a Klaviyo sync
    (``FUNNEL_RETRY_BASE_SECONDS`` doubling up to ``FUNNEL_RETRY_MAX_SECONDS``, with jitter)."""
    return backoff(
        attempt, base=settings.FUNNEL_RETRY_BASE_SECONDS, ceiling=settings.FUNNEL_RETRY_MAX_SECONDS
    )
