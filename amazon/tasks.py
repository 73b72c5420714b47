"""Background work of the Amazon app: ids in, one service call out."""

from dataclasses import asdict

from django.core.cache import cache
from django.tasks import task

from .returns import returns_sync
from .services import orders_sync, review_requests_send

#: How long one account's sync holds its lock at most (a crashed worker's lock runs out).
SYNC_LOCK_SECONDS = 3600


@task(queue_name="sync")
def orders_sync_task(account_id: int) -> dict:
    """Sync one account's orders (``services.orders_sync``), one run per account at a time."""
    key = f"amazon:orders-sync:{account_id}"
    if not cache.add(key, 1, timeout=SYNC_LOCK_SECONDS):
        return {"skipped": "a sync of this account is running"}
    try:
        stats = orders_sync(account_id=account_id)
    finally:
        cache.delete(key)
    return {"orders": stats.orders, "created": stats.created, "items": stats.items}


@task(queue_name="sync")
def review_requests_task(schedule_id: int) -> dict:
    """Send the schedule's due review requests (``services.review_requests_send``). Two runs
    at once are safe: each order is claimed by one of them (a unique row per order)."""
    return asdict(review_requests_send(schedule_id=schedule_id))


@task(queue_name="sync")
def returns_sync_task(account_id: int) -> dict:
    """Ask for, poll and import the account's returns reports (``returns.returns_sync``), one
    run per account at a time (two runs would ask Amazon for the same report twice)."""
    key = f"amazon:returns-sync:{account_id}"
    if not cache.add(key, 1, timeout=SYNC_LOCK_SECONDS):
        return {"skipped": "a returns sync of this account is running"}
    try:
        stats = returns_sync(account_id=account_id)
    finally:
        cache.delete(key)
    return asdict(stats)
