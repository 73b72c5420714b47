"""The admin form for starting a print run."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from catalog.models import SKU

from . import selectors
from .variants import VariantChoice


def _variant_design_field(label):
    return forms.ModelChoiceField(
        queryset=selectors.printable_designs(), required=False, label=label
    )


def _weight_field(label):
    return forms.IntegerField(min_value=1, max_value=100, required=False, label=label)


class PrintRunForm(WagtailAdminModelForm):
    """Only published designs are offered; the service re-checks everything on save.

    The optional *Design variants* section splits a serialized run between the design (A, the
    control) and up to two more published designs by weight (``inserts/variants.py``)."""

    control_weight = _weight_field(_("Weight of A (the design above)"))
    variant_b_design = _variant_design_field(_("Variant B"))
    variant_b_weight = _weight_field(_("Weight of B"))
    variant_c_design = _variant_design_field(_("Variant C"))
    variant_c_weight = _weight_field(_("Weight of C"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["design"].queryset = selectors.printable_designs()
        for name in ("design", "variant_b_design", "variant_c_design"):
            self.fields[name].label_from_instance = lambda d: (
                f"{d.name} · {d.locale.language_code} · {d.get_channel_display()}"
            )
        self.fields["control_weight"].help_text = _(
            "Only with variants: e.g. 50 and 50, or 70 and 30. Each unit gets one variant; "
            "the split follows the weights to within one unit."
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
        for letter in ("b", "c"):
            if data.get(f"variant_{letter}_design") and not data.get(f"variant_{letter}_weight"):
                self.add_error(f"variant_{letter}_weight", _("Give this variant a weight."))
        if self.challengers() and not data.get("control_weight"):
            self.add_error("control_weight", _("Give the design a weight."))
        return data

    def challengers(self) -> list[VariantChoice]:
        """The variants chosen besides the design, in order (B, then C)."""
        data = getattr(self, "cleaned_data", {})
        return [
            VariantChoice(
                data[f"variant_{letter}_design"], data.get(f"variant_{letter}_weight") or 0
            )
            for letter in ("b", "c")
            if data.get(f"variant_{letter}_design")
        ]
