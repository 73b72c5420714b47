"""The registration form. Its fields are fixed here, not built in the page editor, so the data
collected and the consent wording shown stay auditable.

The two consent checkboxes are separate, unticked and optional: the warranty is registered
whatever the customer decides. The wording shown comes from ``ConsentText`` and travels with
the form inside a signed token, so the ledger stores the exact version the customer read even
if a brand manager publishes a new one while the form is open.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from django import forms
from django.core import signing
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from catalog.models import AMAZON_MARKETPLACES
from catalog.selectors import product_display_name
from customers.models import is_amazon_relay

from .models import ConsentText, Registration

AMAZON_ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
#: The earliest purchase date accepted; anything before is a typo.
EARLIEST_PURCHASE = date(2000, 1, 1)
FORM_TOKEN_SALT = "registration.form"  # noqa: S105 (a signing salt, not a secret)
#: Which Amazon marketplace and country a customer most likely used, by page language.
LANGUAGE_DEFAULTS = {
    "de": ("amazon.de", "DE"),
    "fr": ("amazon.fr", "FR"),
    "es": ("amazon.es", "ES"),
    "it": ("amazon.it", "IT"),
    "zh-hans": ("", "CN"),
    "en": ("amazon.co.uk", ""),
}

# Dashes and spaces people paste from apps and e-mails.
_ORDER_SEPARATORS = re.compile(r"[\s\u2010-\u2015\u2212\-‐‑–—_./]+")


def latest_allowed_purchase_date() -> date:
    """Today where the calendar is furthest ahead (UTC+14): a purchase made "today" anywhere on
    Earth is never in the future."""
    return (timezone.now() + timedelta(hours=14)).date()


def issue_form_token(
    *,
    marketing: ConsentText | None,
    safety: ConsentText | None,
    rendered_at: int | None = None,
) -> str:
    """Signed render time and the consent text versions shown (the submit-time trap reads the
    time; the ledger records the versions). *rendered_at* (a Unix time) keeps the first render
    time when a form is shown again after an error; by default it is now."""
    return signing.dumps(
        {
            "t": int(timezone.now().timestamp()) if rendered_at is None else rendered_at,
            "m": marketing.pk if marketing else None,
            "s": safety.pk if safety else None,
        },
        salt=FORM_TOKEN_SALT,
    )


def read_form_token(token: str) -> dict | None:
    try:
        data = signing.loads(token[:500], salt=FORM_TOKEN_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("t"), int) else None


#: The fields in the order the registration page shows them.
PAGE_ORDER = [
    "first_name", "last_name", "email", "country", "sku", "serial", "purchase_date",
    "purchase_channel", "marketplace", "amazon_order_id", "retailer", "homepage", "marketing",
    "safety",
]  # fmt: skip


class RegistrationForm(forms.Form):
    """Override ``clean_serial`` or ``clean`` in a subclass to add product-specific checks; keep
    the consent fields as they are."""

    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We send your warranty certificate here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    sku = forms.ChoiceField(label=_("Product"))
    purchase_channel = forms.ChoiceField(
        label=_("Where did you buy it?"),
        choices=Registration.PurchaseChannel.choices,
        widget=forms.RadioSelect,
    )
    marketplace = forms.ChoiceField(
        label=_("Amazon marketplace"),
        choices=[("", "—"), *AMAZON_MARKETPLACES],
        required=False,
    )
    amazon_order_id = forms.CharField(
        label=_("Amazon order number"),
        max_length=40,
        required=False,
        help_text=_("17 digits, like 302-1234567-1234567. You find it in “Your orders”."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    retailer = forms.CharField(label=_("Name of the shop"), max_length=120, required=False)
    purchase_date = forms.DateField(
        label=_("Date of purchase"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    serial = forms.CharField(
        label=_("Serial number"),
        max_length=64,
        required=False,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}
        ),
    )
    country = forms.ChoiceField(
        label=_("Country"), widget=forms.Select(attrs={"autocomplete": "country"})
    )
    marketing = forms.BooleanField(required=False)
    safety = forms.BooleanField(required=False)
    # Carried through the form: the scanned code, and the signed render time / texts shown.
    code = forms.CharField(required=False, max_length=32, widget=forms.HiddenInput)
    token = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)
    # The honeypot: people never see it, form-filling bots fill everything.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(
        self,
        *args,
        product,
        marketing_text: ConsentText | None,
        safety_text: ConsentText | None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.product = product
        self.marketing_text = marketing_text
        self.safety_text = safety_text
        skus = [s for s in product.skus.all() if s.is_active] or list(product.skus.all())
        self.skus = {str(s.pk): s for s in skus}
        language = translation.get_language() or ""
        self.fields["sku"].choices = [
            (str(s.pk), product_display_name(product=product, sku=s, language=language))
            for s in skus
        ]
        self.fields["country"].choices = [("", "—"), *list(countries)]
        if product.has_serials:
            self.fields["serial"].required = True
            if product.serial_example:
                self.fields["serial"].help_text = _("For example %(example)s.") % {
                    "example": product.serial_example
                }
        else:
            del self.fields["serial"]
        if marketing_text is None:
            del self.fields["marketing"]
        else:
            self.fields["marketing"].label = marketing_text.text
        if safety_text is None:
            del self.fields["safety"]
        else:
            self.fields["safety"].label = safety_text.text
        # Required only for one kind of shop (checked in ``clean``): not marked "optional".
        for name in ("marketplace", "amazon_order_id", "retailer"):
            self.fields[name].conditional = True
        self.fields["purchase_date"].widget.attrs["max"] = (
            latest_allowed_purchase_date().isoformat()
        )
        # The order the page shows them in (registration_form.html), which the error summary
        # follows.
        self.order_fields(PAGE_ORDER)

    # Field checks -------------------------------------------------------------------------

    def error_links(self) -> list[tuple[str, str, str]]:
        """``(id, label, message)`` for each field error, in the order of the page: the error
        summary links each message to the control it is about (a group of radio buttons: its
        first button, which has the group's keyboard focus). The hidden trap field is left out:
        nobody can fill it in by hand."""
        links = []
        for field in self.visible_fields():
            if field.name == "homepage":
                continue
            target = field.id_for_label or (
                field.subwidgets[0].id_for_label if field.subwidgets else field.auto_id
            )
            links.extend((target, field.label, str(error)) for error in field.errors)
        return links

    def clean_first_name(self) -> str:
        name = _tidy(self.cleaned_data["first_name"])
        if not name:
            raise forms.ValidationError(_("Please enter your first name."), code="required")
        return name

    def clean_last_name(self) -> str:
        return _tidy(self.cleaned_data["last_name"])

    def clean_retailer(self) -> str:
        return _tidy(self.cleaned_data["retailer"])

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        # Besides the relay pattern, every address the customer table refuses (its check
        # constraint: any ``@marketplace.amazon.`` domain) gets this message, not a server error.
        if is_amazon_relay(email) or "@marketplace.amazon." in email:
            raise forms.ValidationError(
                _(
                    "This is an Amazon relay address, which forwards only order messages. "
                    "Please give your own e-mail address so your certificate reaches you."
                ),
                code="relay",
            )
        return email

    def clean_sku(self):
        sku = self.skus.get(self.cleaned_data["sku"])
        if sku is None:
            raise forms.ValidationError(_("Choose your product from the list."), code="sku")
        return sku

    def clean_amazon_order_id(self) -> str:
        value = _ORDER_SEPARATORS.sub("", self.cleaned_data["amazon_order_id"])
        if not value:
            return ""
        if not value.isascii() or not value.isdigit() or len(value) != 17:
            raise forms.ValidationError(
                _("An Amazon order number has 17 digits, like 302-1234567-1234567."),
                code="order_id",
            )
        return f"{value[:3]}-{value[3:10]}-{value[10:]}"

    def clean_purchase_date(self) -> date:
        value = self.cleaned_data["purchase_date"]
        if value > latest_allowed_purchase_date():
            raise forms.ValidationError(
                _("The date of purchase cannot be in the future."), code="future"
            )
        if value < EARLIEST_PURCHASE:
            raise forms.ValidationError(
                _("Please check the date of purchase: it looks too far in the past."),
                code="past",
            )
        return value

    def clean_serial(self) -> str:
        serial = _tidy(self.cleaned_data.get("serial", "")).upper()
        if not serial:
            return ""
        if not self.product.serial_is_valid(serial):
            if self.product.serial_example:
                message = _(
                    "This serial number does not have the right format. It looks like "
                    "%(example)s and is printed on the product or its box."
                ) % {"example": self.product.serial_example}
            else:
                message = _("This serial number does not have the right format.")
            raise forms.ValidationError(message, code="serial_format")
        if Registration.objects.filter(product=self.product, serial=serial).exists():
            raise forms.ValidationError(SERIAL_TAKEN_MESSAGE, code="serial_taken")
        return serial

    def clean(self):
        data = super().clean()
        channel = data.get("purchase_channel")
        if channel == Registration.PurchaseChannel.AMAZON:
            if not data.get("marketplace"):
                self.add_error("marketplace", _("Choose the Amazon marketplace you ordered from."))
            if not data.get("amazon_order_id") and "amazon_order_id" not in self.errors:
                self.add_error(
                    "amazon_order_id",
                    _("Give your Amazon order number (17 digits, like 302-1234567-1234567)."),
                )
        else:
            data["marketplace"] = ""
            data["amazon_order_id"] = ""
            self.errors.pop("amazon_order_id", None)
        if channel == Registration.PurchaseChannel.OTHER:
            if not data.get("retailer"):
                self.add_error("retailer", _("Tell us the name of the shop."))
        else:
            data["retailer"] = ""
        return data


SERIAL_TAKEN_MESSAGE = _(
    "This serial number is already registered. If this product is yours, please contact our "
    "support team below and we will sort it out."
)


def _tidy(value: str) -> str:
    """Collapse whitespace and drop control and format characters (zero-width spaces, bidi
    overrides) that make names unreadable in mail and PDFs."""
    import unicodedata

    kept = "".join(ch for ch in value if unicodedata.category(ch)[0] != "C" or ch in " \t")
    return " ".join(kept.split())


class CodeEntryForm(forms.Form):
    code = forms.CharField(max_length=32)


class EmailLinkForm(forms.Form):
    """Ask for a fresh link to one's own data; the answer never says whether we know the
    address."""

    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    homepage = forms.CharField(required=False, max_length=200)
