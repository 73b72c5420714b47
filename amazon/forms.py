"""The seller account's admin form: secrets are typed, never shown back; marketplaces are
ticked from Amazon's list."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .marketplaces import DOMAIN_CHOICES

SECRET_FIELDS = ("lwa_client_secret", "refresh_token")


class SellerAccountForm(WagtailAdminModelForm):
    marketplaces = forms.MultipleChoiceField(
        label=_("Marketplaces"),
        choices=DOMAIN_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The marketplaces of this region the account sells on."),
    )
    forget_secrets = forms.BooleanField(
        label=_("Forget the stored client secret and refresh token"),
        required=False,
        help_text=_("They are then taken from the environment, if set there."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in SECRET_FIELDS:
            if name in self.fields:
                stored = bool(getattr(self.instance, name, ""))
                self.fields[name] = forms.CharField(
                    label=self.fields[name].label,
                    required=False,
                    strip=True,
                    widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
                    help_text=(
                        _("A value is stored (encrypted). Leave empty to keep it.")
                        if stored
                        else self.fields[name].help_text
                    ),
                )

    def clean(self):
        cleaned = super().clean()
        for name in SECRET_FIELDS:
            if not cleaned.get(name) and self.instance.pk and not cleaned.get("forget_secrets"):
                cleaned[name] = getattr(self.instance, name, "")
            elif cleaned.get("forget_secrets") and not cleaned.get(name):
                cleaned[name] = ""
        return cleaned
