"""Template helpers for e-mail: absolute links, and the slots a compiled message fills in per
recipient (see ``funnel.rendering``)."""

from django import template
from django.conf import settings
from django.db.models import Q

from catalog.models import ProductDocument

from ..rendering import slot

register = template.Library()


def absolute(url: str) -> str:
    return f"{settings.SITE_URL}{url}" if url.startswith("/") else url


@register.simple_tag
def product_image_url(product) -> str:
    if product is None or not product.image_id:
        return ""
    return absolute(product.image.get_rendition("fill-232x232").url)


def manual_for(product, locale: str) -> dict:
    """The product's manual in *locale*, else one for every language, else any manual."""
    documents = (
        ProductDocument.objects.filter(product=product, kind=ProductDocument.Kind.MANUAL)
        .filter(Q(language=locale) | Q(language=""))
        .select_related("document")
        .order_by("-language", "sort_order")
    )
    document = documents.first() or (
        ProductDocument.objects.filter(product=product, kind=ProductDocument.Kind.MANUAL)
        .select_related("document")
        .first()
    )
    if document is None:
        return {"url": settings.SITE_URL + "/", "title": product.name}
    return {"url": absolute(document.document.url), "title": str(document)}


@register.simple_tag
def manual_link(product, locale) -> dict:
    if product is None:
        # The registered product differs per recipient: filled in at send time.
        return {"url": slot("_manual_url"), "title": slot("_manual_title")}
    return manual_for(product, locale)


@register.simple_tag
def discount_slot(pool) -> str:
    return slot(f"_discount_{pool.pk}") if pool is not None else ""
