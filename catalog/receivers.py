from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.search import index

from .models import SKU, MarketplaceIdentifier


@receiver([post_save, post_delete], sender=MarketplaceIdentifier)
def reindex_sku_when_its_identifiers_change(sender, instance, **kwargs):
    """An ASIN typed in support or search must find its SKU; the SKU's search entry holds its
    identifiers, so refresh it when one changes on its own."""
    sku_id = instance.sku_id
    transaction.on_commit(lambda: _reindex(sku_id))


def _reindex(sku_id: int) -> None:
    sku = SKU.objects.filter(pk=sku_id).first()
    if sku is not None:
        index.insert_or_update_object(sku)
