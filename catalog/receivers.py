from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import services
from .models import MarketplaceIdentifier


@receiver(
    [post_save, post_delete], sender=MarketplaceIdentifier, dispatch_uid="catalog.reindex_sku"
)
def reindex_sku_when_its_identifiers_change(sender, instance, **kwargs):
    """An identifier changed on its own (not through its SKU's form)."""
    services.sku_search_refresh(sku_id=instance.sku_id)
