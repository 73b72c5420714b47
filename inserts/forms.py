"""The admin form for starting a print run."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from catalog.models import SKU

from . import selectors


class PrintRunForm(WagtailAdminModelForm):
    """Only published designs are offered; the service re-checks everything on save."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["design"].queryset = selectors.printable_designs()
        self.fields["design"].label_from_instance = lambda d: (
            f"{d.name} · {d.locale.language_code} · {d.get_channel_display()}"
        )
        self.fields["skus"].queryset = SKU.objects.filter(is_active=True).select_related("product")
        self.fields["quantity"].help_text = _(
            "Serialized runs only: cards per SKU, each with its own registration code "
            "(up to 100,000)."
        )
        # Empty: the run continues after the serials already issued for these products.
        self.fields["serial_start"].required = False
        self.fields["serial_start"].initial = None
        self.fields["serial_start"].help_text = _(
            "Leave empty to continue after the last serial issued for these products."
        )
        self.fields["serial_prefix"].help_text = _(
            "Leave empty to number in each product's serial number format; a prefix must fit "
            "that format together with the number."
        )

    def clean(self):
        data = super().clean()
        if data.get("serialized") and not data.get("quantity"):
            self.add_error("quantity", _("Give the number of units per SKU."))
        return data
