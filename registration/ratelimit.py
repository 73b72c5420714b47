"""Rate limits for the public forms, working in both ways Bridgecard runs.

* With Redis (``REDIS_URL``): django-ratelimit on the shared cache, so every web instance
  counts together.
* Embedded default (no Redis): a fixed-window counter table in the database
  (``RateLimitCounter``). django-ratelimit refuses local-memory caches (each process would
  count alone) and the database cache is not configured, hence this small counter.

Keys are hashed before they are stored; no address is kept.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """``"10/10m"`` → (10, 600)."""
    count, _, period = rate.partition("/")
    number = "".join(ch for ch in period if ch.isdigit()) or "1"
    unit = (period.lstrip("0123456789") or "s")[0]
    return int(count), int(number) * _UNITS[unit]


def hit(*, group: str, key: str, rate: str) -> bool:
    """Count one attempt for *key* in *group*; True when it goes over *rate*."""
    if not key or not rate:
        return False
    digest = hashlib.sha256(f"{group}:{key}".encode()).hexdigest()
    if settings.REDIS_URL:
        return _hit_cache(group, digest, rate)
    return _hit_database(digest, rate)


def _hit_cache(group: str, digest: str, rate: str) -> bool:
    from django_ratelimit.core import is_ratelimited

    return is_ratelimited(
        None, group=group, key=lambda _group, _request: digest, rate=rate, increment=True
    )


def _hit_database(digest: str, rate: str) -> bool:
    from .models import RateLimitCounter

    limit, period = parse_rate(rate)
    window = int(time.time()) // period
    with transaction.atomic():
        updated = RateLimitCounter.objects.filter(key=digest, window=window).update(
            count=F("count") + 1
        )
        if not updated:
            try:
                with transaction.atomic():
                    RateLimitCounter.objects.create(key=digest, window=window, count=1)
            except IntegrityError:  # a concurrent request created the window first
                RateLimitCounter.objects.filter(key=digest, window=window).update(
                    count=F("count") + 1
                )
            # Old windows are useless; clearing them here keeps the table tiny.
            RateLimitCounter.objects.filter(key=digest, window__lt=window).delete()
        count = (
            RateLimitCounter.objects.filter(key=digest, window=window)
            .values_list("count", flat=True)
            .first()
        )
    return (count or 0) > limit
