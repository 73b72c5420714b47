"""Writes and side effects of the catalog."""

from django.db import transaction
from wagtail.search import index

from .models import SKU


def sku_search_refresh(*, sku_id: int) -> None:
    """Refresh the SKU's search entry once the current transaction commits: an ASIN typed in
    support or search must find its SKU, and the entry holds the SKU's identifiers."""
    transaction.on_commit(lambda: _reindex(sku_id))


def _reindex(sku_id: int) -> None:
    sku = SKU.objects.filter(pk=sku_id).first()
    if sku is not None:
        index.insert_or_update_object(sku)
