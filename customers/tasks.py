"""Background work of the customers app. Tasks take primitives and call one service."""

from django.tasks import task


@task(queue_name="sync")
def shopify_orders_reconcile_task() -> dict:
    """The periodic reconcile (``funnel_tick`` enqueues it every ``SHOPIFY_RECONCILE_MINUTES``):
    the orders changed in the store since the last run. Not connected: nothing to do."""
    from .shopify_admin import connected
    from .shopify_sync import shopify_orders_sync

    if not connected():
        return {"connected": False}
    result = shopify_orders_sync()
    return {
        "connected": True,
        "seen": result.seen,
        "created": result.created,
        "updated": result.updated,
        "skipped": result.skipped,
    }


@task(queue_name="sync")
def shopify_order_refresh_task(order_id: int) -> str:
    """One order read again from the Admin API, after a webhook said it changed."""
    from .shopify_admin import connected
    from .shopify_sync import shopify_order_refresh

    if not connected():
        return "not connected"
    return shopify_order_refresh(order_id=order_id)
