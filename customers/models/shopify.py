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
    #: Set by the ``app/uninstalled`` webhook: nothing is synced or pushed until a connection
    #: check succeeds again (the app was installed again, with a new token).
    disconnected_at = models.DateTimeField(_("disconnected"), null=True, blank=True, editable=False)
    disconnected_reason = models.CharField(
        _("why disconnected"), max_length=200, blank=True, editable=False
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


class ShopifyConsentPush(models.Model):
    """What the own store was last told about one customer's e-mail marketing consent
    (``customers/shopify_consent.py::shopify_consent_push``): a push whose state and time were
    already told is not sent again, and the ``customers/update`` webhook that echoes it back
    writes nothing to the ledger. A push that failed keeps its error until the reconcile tries
    it again."""

    class State(models.TextChoices):
        SUBSCRIBED = "SUBSCRIBED", _("Subscribed (confirmed opt-in)")
        UNSUBSCRIBED = "UNSUBSCRIBED", _("Unsubscribed")

    customer = models.OneToOneField(
        "customers.Customer",
        on_delete=models.CASCADE,
        related_name="shopify_consent_push",
        verbose_name=_("customer"),
    )
    #: The store's customer (``gid://shopify/Customer/…``), blank when the store has none.
    shopify_customer_id = models.CharField(_("Shopify customer"), max_length=100, blank=True)
    state = models.CharField(_("told the store"), max_length=16, choices=State.choices, blank=True)
    consent_at = models.DateTimeField(_("consent time told"), null=True, blank=True)
    pushed_at = models.DateTimeField(_("told"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    failed_at = models.DateTimeField(_("failed"), null=True, blank=True)

    class Meta:
        verbose_name = _("Shopify consent push")
        verbose_name_plural = _("Shopify consent pushes")

    def __str__(self) -> str:
        return f"{self.customer_id}: {self.state or '-'}"
