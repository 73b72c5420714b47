"""Template helpers for e-mail: absolute links, and the slots a compiled message fills in per
recipient (see ``funnel.rendering``)."""

from django import template
from django.conf import settings

from catalog.selectors import product_manual_link

from ..rendering import slot

register = template.Library()


def absolute(url: str) -> str:
    return f"{settings.SITE_URL}{url}" if url.startswith("/") else url


@register.simple_tag
def product_image_url(product) -> str:
    if product is None or not product.image_id:
        return ""
    return absolute(product.image.get_rendition("fill-232x232").url)


@register.simple_tag
def manual_link(product, locale) -> dict:
    if product is None:
        # The registered product differs per recipient: filled in at send time.
        return {"url": slot("_manual_url"), "title": slot("_manual_title")}
    return product_manual_link(product=product, locale=locale)


@register.simple_tag
def discount_slot(pool) -> str:
    return slot(f"_discount_{pool.pk}") if pool is not None else ""
