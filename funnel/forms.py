from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from catalog.models import Product
from customers.models import ConsentRecord
from registration.models import Registration

from .models import MailType

#: Blocks that only commercial mail may carry (a transactional mail that sells is commercial).
COMMERCIAL_ONLY_BLOCKS = {"discount_code", "product_card"}


class SequenceForm(WagtailAdminModelForm):
    """The sequence editor: multiple-choice filters stored as JSON lists, and the rule that a
    transactional sequence carries no selling blocks."""

    locales = forms.MultipleChoiceField(
        label=_("only in these languages"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Empty: all."),
    )
    purchase_channels = forms.MultipleChoiceField(
        label=_("only when bought at"),
        choices=Registration.PurchaseChannel.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Empty: anywhere."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("mail_type") == MailType.TRANSACTIONAL:
            formset = self.formsets.get("steps")
            for step_form in getattr(formset, "forms", []):
                if not step_form.is_valid() or step_form.cleaned_data.get("DELETE"):
                    continue
                messages = step_form.cleaned_data.get("messages") or []
                for message in messages:
                    used = {child.block_type for child in message.value["body"]}
                    if used & COMMERCIAL_ONLY_BLOCKS:
                        raise ValidationError(
                            _(
                                "Transactional mail cannot carry discount codes or product "
                                "cards. Make the sequence commercial, or remove those blocks "
                                "from step “%(step)s”."
                            ),
                            params={"step": step_form.cleaned_data.get("name", "")},
                        )
        return cleaned


class DiscountCodePoolForm(WagtailAdminModelForm):
    new_codes = forms.CharField(
        label=_("add codes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("One code per line, as created in the shop system. Duplicates are skipped."),
    )

    def clean_new_codes(self):
        codes = [line.strip() for line in self.cleaned_data["new_codes"].splitlines()]
        codes = [code for code in codes if code]
        too_long = [code for code in codes if len(code) > 64]
        if too_long:
            raise ValidationError(
                _("A code has at most 64 characters: %(code)s"), params={"code": too_long[0]}
            )
        return list(dict.fromkeys(codes))

    def save(self, commit=True):
        pool = super().save(commit=commit)
        if commit:
            from .services import discount_codes_add

            discount_codes_add(pool=pool, codes=self.cleaned_data.get("new_codes", []))
        return pool


class ExportForm(forms.Form):
    product = forms.ModelChoiceField(
        label=_("registered product"), queryset=Product.objects.all(), required=False
    )
    locale = forms.ChoiceField(
        label=_("language"), choices=[("", _("All")), *settings.LANGUAGES], required=False
    )
    purpose = forms.ChoiceField(
        label=_("consent"),
        choices=ConsentRecord.Purpose.choices,
        initial=ConsentRecord.Purpose.MARKETING_EMAIL,
    )


class AnalyticsForm(forms.Form):
    product = forms.ModelChoiceField(
        label=_("product"), queryset=Product.objects.all(), required=False
    )
    insert_revision = forms.IntegerField(
        label=_("insert revision"), required=False, min_value=1, widget=forms.Select
    )
    locale = forms.ChoiceField(
        label=_("language"), choices=[("", _("All")), *settings.LANGUAGES], required=False
    )
    date_from = forms.DateField(
        label=_("from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("to"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, revision_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["insert_revision"].widget.choices = [("", _("All")), *revision_choices]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise ValidationError(_("The start date is after the end date."))
        return cleaned


class SequenceTryForm(forms.Form):
    """The "try a sequence" page: the customer to preview as, by e-mail address. A CharField refuses
    NUL characters (which PostgreSQL cannot compare) with a message, not a server error."""

    customer = forms.CharField(label=_("Customer's e-mail address"), required=False, max_length=254)


class KlaviyoRetryForm(forms.Form):
    """The Klaviyo sync page's retry buttons: one failed row by its number, or all of them."""

    sync = forms.IntegerField(required=False, min_value=1)
