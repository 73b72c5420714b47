"""Background work of the customers app. Tasks take primitives and call one service."""

from django.tasks import task


@task(queue_name="sync")
def shopify_orders_reconcile_task() -> dict:
    """The periodic reconcile (``funnel_tick`` enqueues it every ``SHOPIFY_RECONCILE_MINUTES``):
    the consent pushes that failed are enqueued again, and the orders changed in the store since
    the last run are read. Not connected: nothing to do."""
    from .shopify_admin import connected
    from .shopify_sync import shopify_orders_sync

    if not connected():
        return {"connected": False}
    from .shopify_consent import shopify_consent_push_failed

    retried = shopify_consent_push_failed()
    result = shopify_orders_sync()
    return {
        "connected": True,
        "consent_pushes_retried": retried,
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


@task(queue_name="sync")
def shopify_consent_push_task(customer_id: int) -> str:
    """Tell the own store the customer's e-mail marketing consent, as far as the one gate
    (``customers.selectors.shopify_consent_target``) allows. A store that stays unreachable or
    throttled keeps the error on the push; the reconcile enqueues it again."""
    from .shopify_admin import ShopifyError
    from .shopify_consent import shopify_consent_push

    try:
        return shopify_consent_push(customer_id=customer_id)
    except ShopifyError as error:
        return f"failed: {error}"
