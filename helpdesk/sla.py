"""Response clocks: around the clock (Amazon) or business hours (own channels, configurable).

Pure functions over aware datetimes. ``Clock.for_channel`` reads a channel's settings; override
it to bring in another calendar source. Written here rather than with a library because the one
maintained holiday library pins an older ``python-dateutil`` than the project uses, and the
arithmetic is small: walk the open intervals day by day.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Clock:
    """``business`` False: every minute counts (Amazon: weekends and holidays included)."""

    business: bool = False
    tz: str = "UTC"
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    opens: time = time(9, 0)
    closes: time = time(17, 0)
    holidays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def for_channel(cls, channel) -> "Clock":
        if channel.is_amazon or not channel.business_hours_only:
            return cls(business=False)
        return cls(
            business=True,
            tz=channel.business_time_zone or "UTC",
            weekdays=frozenset(channel.weekdays()),
            opens=channel.business_opens,
            closes=channel.business_closes,
            holidays=frozenset(channel.holiday_dates()),
        )

    def _open_intervals(self, start: datetime):
        """Yield (open, close) aware intervals from the day of *start* on."""
        zone = ZoneInfo(self.tz)
        day = start.astimezone(zone).date()
        for _ in range(3660):  # ten years of days: a misconfigured calendar ends, not hangs
            if day.weekday() in self.weekdays and day not in self.holidays:
                yield (
                    datetime.combine(day, self.opens, zone),
                    datetime.combine(day, self.closes, zone),
                )
            day += timedelta(days=1)

    def add(self, start: datetime, minutes: int) -> datetime:
        """The moment *minutes* of this clock after *start*."""
        if not self.business:
            return start + timedelta(minutes=minutes)
        remaining = timedelta(minutes=minutes)
        for opens, closes in self._open_intervals(start):
            if closes <= start:
                continue
            begin = max(opens, start)
            available = closes - begin
            if remaining <= available:
                return begin + remaining
            remaining -= available
        raise ValueError("The business calendar has no open hours.")

    def minutes_between(self, start: datetime, end: datetime) -> int:
        """Minutes of this clock from *start* to *end* (0 when end is earlier)."""
        if end <= start:
            return 0
        if not self.business:
            return int((end - start).total_seconds() // 60)
        total = timedelta()
        for opens, closes in self._open_intervals(start):
            if opens >= end:
                break
            begin, finish = max(opens, start), min(closes, end)
            if finish > begin:
                total += finish - begin
        return int(total.total_seconds() // 60)
