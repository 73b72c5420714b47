"""The connection to the own Shopify store: the admin's setting (shop domain and an encrypted
custom-app access token; ``SHOPIFY_SHOP_DOMAIN`` / ``SHOPIFY_ACCESS_TOKEN`` win over it) and the
state of the order sync. The client that uses them is ``customers.shopify_admin``."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from ..forms import ShopifyStoreSettingsForm


@register_setting(icon="globe")
class ShopifyStoreSettings(BaseGenericSetting):
    """Settings → Shopify store. The access token is never shown again once saved: the form
    takes a new one (``customers.forms.ShopifyStoreSettingsForm``) and stores it encrypted
    (``core.secrets``); only its last four characters are kept in clear, to recognise it."""

    shop_domain = models.CharField(
        _("shop domain"),
        max_length=255,
        blank=True,
        help_text=_("The store's myshopify.com address, e.g. nordvik.myshopify.com."),
    )
    access_token_encrypted = models.TextField(blank=True, editable=False)
    access_token_hint = models.CharField(max_length=8, blank=True, editable=False)
    last_check_at = models.DateTimeField(_("last checked"), null=True, blank=True, editable=False)
    last_check_ok = models.BooleanField(_("last check succeeded"), default=False, editable=False)
    last_check_message = models.CharField(
        _("last check"), max_length=300, blank=True, editable=False
    )

    base_form_class = ShopifyStoreSettingsForm
    panels = [
        HelpPanel(template="customers/admin/_shopify_settings_help.html"),
        FieldPanel("shop_domain"),
        FieldPanel("access_token"),
        FieldPanel("forget_access_token"),
    ]

    class Meta:
        verbose_name = _("Shopify store")
        verbose_name_plural = _("Shopify store")

    def __str__(self) -> str:
        return self.shop_domain or str(_("Shopify store"))


class ShopifySyncState(models.Model):
    """How far a sync with the store has come: the newest ``updatedAt`` it has stored (the
    next run asks for what changed since then) and the outcome of its last run."""

    name = models.CharField(max_length=40, unique=True)
    shop_domain = models.CharField(_("shop"), max_length=255, blank=True)
    watermark = models.DateTimeField(_("synced up to"), null=True, blank=True)
    last_run_at = models.DateTimeField(_("last run"), null=True, blank=True)
    last_run_seen = models.PositiveIntegerField(_("orders seen in the last run"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("Shopify sync state")
        verbose_name_plural = _("Shopify sync states")

    def __str__(self) -> str:
        return self.name
