"""The Shopify connection page in the admin: where the connection comes from, and a check that
asks the store for its name (``customers.shopify_sync.shopify_connection_check``)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import shopify_admin
from .models import ShopifyConsentPush, ShopifyStoreSettings, ShopifySyncState
from .shopify_sync import shopify_connection_check

CONNECTION_PERMISSION = "customers.change_shopifystoresettings"


def shopify_connection_view(request):
    if not request.user.has_perm(CONNECTION_PERMISSION):
        raise PermissionDenied
    result = None
    if request.method == "POST":
        result = shopify_connection_check()
    config = shopify_admin.store_config()
    stored = ShopifyStoreSettings.load(request_or_site=request)
    return TemplateResponse(
        request,
        "customers/admin/shopify_connection.html",
        {
            "header_title": _("Shopify connection"),
            "config": config,
            "stored": stored,
            "api_version": settings.SHOPIFY_API_VERSION,
            "result": result,
            "sync": ShopifySyncState.objects.filter(name="orders").first(),
            "consent_told": ShopifyConsentPush.objects.filter(pushed_at__isnull=False).count(),
            "consent_failed": ShopifyConsentPush.objects.exclude(last_error="").count(),
        },
    )
