from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import SKU, Brand, Product


class BrandViewSet(SnippetViewSet):
    model = Brand
    icon = "tag"
    menu_label = _("Brands")
    list_display = ["name", "legal_name", "support_email"]
    search_fields = ["name", "legal_name"]


class ProductViewSet(SnippetViewSet):
    model = Product
    icon = "pick"
    menu_label = _("Products")
    list_display = ["name", "brand", "warranty_months", "is_active", "updated_at"]
    list_filter = ["brand", "is_active", "has_serials", "warranty_months"]
    list_export = ["name", "brand", "slug", "warranty_months", "has_serials", "is_active"]
    ordering = ["brand__name", "name"]


class SKUViewSet(SnippetViewSet):
    model = SKU
    icon = "list-ul"
    menu_label = _("SKUs")
    list_display = ["code", "product", "label", "gtin", "is_active"]
    list_filter = ["product__brand", "product", "is_active"]
    list_export = ["code", "product", "label", "gtin", "is_active"]


class CatalogGroup(SnippetViewSetGroup):
    """Brand managers keep the catalogue here; codes, pages and orders all point at these rows."""

    menu_label = _("Catalog")
    menu_icon = "pick"
    menu_order = 200
    items = (ProductViewSet, SKUViewSet, BrandViewSet)


register_snippet(CatalogGroup)
