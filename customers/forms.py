"""The Shopify store setting's admin form: the access token is write-only and stored encrypted."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.secrets import encrypt

SHOP_DOMAIN_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}\.myshopify\.com$")


def normalise_shop_domain(value: str) -> str:
    """``https://Nordvik.myshopify.com/admin`` or ``nordvik`` → ``nordvik.myshopify.com``."""
    value = value.strip().lower()
    value = re.sub(r"^https?://", "", value).split("/", 1)[0]
    if value and "." not in value:
        value += ".myshopify.com"
    return value


class ShopifyStoreSettingsForm(WagtailAdminModelForm):
    access_token = forms.CharField(
        label=_("Admin API access token"),
        required=False,
        strip=True,
        max_length=255,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_(
            "The custom app's Admin API access token (shpat_…). Leave empty to keep the stored "
            "one; it is stored encrypted and never shown again."
        ),
    )
    forget_access_token = forms.BooleanField(
        label=_("Remove the stored access token"), required=False
    )

    def clean_shop_domain(self) -> str:
        value = normalise_shop_domain(self.cleaned_data.get("shop_domain", ""))
        if value and not SHOP_DOMAIN_RE.match(value):
            raise forms.ValidationError(
                _("Enter the store's myshopify.com address, e.g. nordvik.myshopify.com.")
            )
        return value

    def save(self, commit: bool = True):  # type: ignore[no-untyped-def]
        instance = super().save(commit=False)
        token = self.cleaned_data.get("access_token", "")
        if self.cleaned_data.get("forget_access_token"):
            instance.access_token_encrypted = ""
            instance.access_token_hint = ""
        elif token:
            instance.access_token_encrypted = encrypt(token)
            instance.access_token_hint = token[-4:]
        if (
            token
            or self.cleaned_data.get("forget_access_token")
            or "shop_domain" in self.changed_data
        ):
            instance.last_check_at = None
            instance.last_check_ok = False
            instance.last_check_message = ""
        if commit:
            instance.save()
        return instance
