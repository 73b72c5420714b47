"""Reads of the Amazon app that other apps share."""

from .models import AmazonOrder


def synced_order(*, amazon_order_id: str) -> AmazonOrder | None:
    """The synced order with *amazon_order_id*, its items and their catalogue SKUs loaded
    (``None`` for an empty id or an order not synced yet)."""
    if not amazon_order_id:
        return None
    return (
        AmazonOrder.objects.filter(amazon_order_id=amazon_order_id)
        .select_related("account")
        .prefetch_related("items__sku__product")
        .first()
    )
