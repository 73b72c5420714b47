"""Reads of the catalog that other apps share."""

from collections.abc import Iterable
from typing import NamedTuple

from django.conf import settings
from django.db.models import Q

from .models import SKU, Product, ProductDocument, ProductTranslation, SKUTranslation


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


class ProductText(NamedTuple):
    name: str
    summary: str


def _language_candidates(language: str) -> list[str]:
    """``de-at`` → ``["de-at", "de"]``; ``zh-hans`` stays itself (a script, not a region)."""
    language = (language or "").lower()
    candidates = [language] if language else []
    base = language.split("-")[0]
    if base and base != language and not language.startswith("zh-"):
        candidates.append(base)
    return candidates


def _pick(
    rows: Iterable[ProductTranslation | SKUTranslation], language: str
) -> ProductTranslation | SKUTranslation | None:
    """The translation row for *language* among *rows* (already fetched or prefetched)."""
    by_language = {row.language.lower(): row for row in rows}
    for candidate in _language_candidates(language):
        if candidate in by_language:
            return by_language[candidate]
    return None


def product_text(*, product: Product, language: str) -> ProductText:
    """The product's name and summary in *language*: its translation, else the one for the
    language without region (``de`` for ``de-at``), else the product's own fields. Uses
    ``prefetch_related("translations")`` when the caller did it."""
    row = _pick(product.translations.all(), language)
    if not isinstance(row, ProductTranslation):
        return ProductText(product.name, product.summary)
    return ProductText(row.name or product.name, row.summary or product.summary)


def product_name(*, product: Product, language: str) -> str:
    return product_text(product=product, language=language).name


def sku_label(*, sku: SKU, language: str) -> str:
    """The SKU's variant label in *language*, else its own label."""
    row = _pick(sku.translations.all(), language)
    return row.label if isinstance(row, SKUTranslation) and row.label else sku.label


def product_display_name(*, product: Product, sku: SKU | None, language: str) -> str:
    """ "Stirnlampe Trail 400 – Schwarz": the product and its variant, in *language*."""
    name = product_name(product=product, language=language)
    label = sku_label(sku=sku, language=language) if sku is not None else ""
    return f"{name} – {label}" if label else name
