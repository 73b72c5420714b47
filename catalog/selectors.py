"""Reads of the catalog that other apps share."""

from django.conf import settings
from django.db.models import Q

from .models import Product, ProductDocument


def product_manual_link(*, product: Product, locale: str) -> dict[str, str]:
    """``{"url", "title"}`` of the product's manual in *locale*, else of one for every
    language, else of any manual; the site's home page when the product has none. The URL is
    absolute: it is read in a mail client, not on the site."""
    manuals = ProductDocument.objects.filter(
        product=product, kind=ProductDocument.Kind.MANUAL
    ).select_related("document")
    document = (
        manuals.filter(Q(language=locale) | Q(language="")).order_by("-language", "sort_order")
    ).first() or manuals.first()
    if document is None:
        return {"url": settings.SITE_URL + "/", "title": product.name}
    url = document.document.url
    return {
        "url": f"{settings.SITE_URL}{url}" if url.startswith("/") else url,
        "title": str(document),
    }
