"""The catalogue's words in the reader's language, for templates:
``{% load catalog_text %}{{ registration.product|product_name }}``, ``{{ sku|sku_label }}``,
``{{ product|product_summary }}``, ``{{ "DE"|country_name }}``. Each reads the active language
(a page's, or the mail's ``translation.override``) and falls back to the source text."""

from django import template
from django.utils import translation
from django_countries import countries

from catalog.selectors import product_display_name, product_text
from catalog.selectors import sku_label as _sku_label

register = template.Library()


def _language() -> str:
    return translation.get_language() or ""


@register.filter
def product_name(product) -> str:
    return product_text(product=product, language=_language()).name if product else ""


@register.filter
def product_summary(product) -> str:
    return product_text(product=product, language=_language()).summary if product else ""


@register.filter
def sku_label(sku) -> str:
    return _sku_label(sku=sku, language=_language()) if sku else ""


@register.filter
def product_with_variant(registration) -> str:
    """ "Stirnlampe Trail 400 – Schwarz" for a registration (or anything with product and sku)."""
    if registration is None:
        return ""
    return product_display_name(
        product=registration.product, sku=registration.sku, language=_language()
    )


@register.filter
def country_name(code) -> str:
    """A country code as its name in the active language ("DE" → "Deutschland")."""
    return str(countries.name(str(code or ""))) if code else ""
