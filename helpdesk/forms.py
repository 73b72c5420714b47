import filetype
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

import compliance
from amazon.models import BuyerMessage
from core.compliance_cases import CATEGORY_LABELS

from .models import Ticket
from .models.tickets import AMAZON_ORDER_RE
from .selectors import MARKETPLACE_PERMISSION, OWNED_PERMISSION


class ComposeForm(forms.Form):
    body = forms.CharField(
        label=_("Reply or note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 9, "id": "helpdesk-body"}),
        max_length=20000,
    )
    macro = forms.ChoiceField(label=_("Macro"), required=False)
    macro_language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", "—"), *settings.LANGUAGES]
    )

    def __init__(self, *args, macros=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Each macro with the languages it has a text in, so the agent sees what exists.
        self.fields["macro"].choices = [("", _("Choose a macro…"))] + [
            (str(m.pk), macro_label(m)) for m in macros
        ]


def macro_label(macro) -> str:
    """A macro as the picker lists it: its name and the languages it has a text in."""
    languages = macro.languages()
    return f"{macro.name} ({', '.join(languages)})" if languages else macro.name


class MacroAnswersForm(forms.Form):
    """The values a macro needs and the ticket does not have, asked when the agent inserts it:
    one field per missing placeholder. A field left empty leaves out the sentence that needs
    it (``helpdesk.services.macros.fill_placeholders``)."""

    def __init__(self, *args, names=(), **kwargs):
        from .services.macros import PLACEHOLDER_LABELS

        super().__init__(*args, **kwargs)
        for index, name in enumerate(names):
            self.fields[f"answer_{name}"] = forms.CharField(
                label=PLACEHOLDER_LABELS.get(name, name),
                required=False,
                max_length=200,
                help_text=_("Placeholder {%(name)s}") % {"name": name},
                widget=forms.TextInput(attrs={"autofocus": True} if index == 0 else {}),
            )

    def answers(self) -> dict[str, str]:
        return {key.removeprefix("answer_"): value for key, value in self.cleaned_data.items()}


class InboxSearchForm(forms.Form):
    """The inbox's search box. A CharField refuses NUL characters (which PostgreSQL cannot
    compare) with a message instead of a server error."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)

    def __init__(self, data, *args, **kwargs):
        # Longer searches are cut rather than refused, as the box always did.
        data = {"q": str(data.get("q", "")).strip()[:100]}
        super().__init__(data, *args, **kwargs)


class RetryForm(forms.Form):
    """The ticket screen's "retry delivery" button names the message by its number."""

    message = forms.IntegerField(min_value=1)


class ReplyApiForm(forms.Form):
    """The reply endpoint's JSON body, ``{"body": "…"}``: the same limits as the agent's
    screen, and the body must be text (``null`` or a number is refused, not sent as "None")."""

    body = forms.CharField(
        max_length=20000, strip=False, error_messages={"required": _("Write a reply first.")}
    )

    def __init__(self, payload: object, *args, **kwargs):
        body = payload.get("body") if isinstance(payload, dict) else None
        super().__init__({"body": body}, *args, **kwargs)

    def clean_body(self):
        if not isinstance(self.data["body"], str):
            raise forms.ValidationError(_('Send the reply as text: {"body": "…"}.'))
        return self.cleaned_data["body"]


def agents_for(ticket: Ticket):
    """Staff who may work on *ticket*'s channel (assignee choices)."""
    permission = MARKETPLACE_PERMISSION if ticket.channel.is_amazon else OWNED_PERMISSION
    app_label, codename = permission.split(".")
    User = get_user_model()
    holds = Q(is_superuser=True) | Q(
        user_permissions__codename=codename, user_permissions__content_type__app_label=app_label
    )
    holds |= Q(
        groups__permissions__codename=codename,
        groups__permissions__content_type__app_label=app_label,
    )
    return User.objects.filter(holds, is_active=True).distinct().order_by("username")


class TicketUpdateForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Ticket.Status.choices)
    assignee = forms.ModelChoiceField(label=_("Assignee"), queryset=None, required=False)
    amazon_order_id = forms.CharField(label=_("Amazon order number"), required=False, max_length=19)
    tracking_number = forms.CharField(label=_("Tracking number"), required=False, max_length=64)
    language = forms.ChoiceField(
        label=_("Conversation language"),
        required=False,
        choices=[("", "—"), *settings.LANGUAGES],
        help_text=_("Macros and the signature follow it."),
    )

    def __init__(self, *args, ticket: Ticket, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = agents_for(ticket)

    def clean_amazon_order_id(self):
        value = self.cleaned_data["amazon_order_id"].strip()
        if value and not AMAZON_ORDER_RE.fullmatch(value):
            raise forms.ValidationError(_("An Amazon order number looks like 302-1234567-1234567."))
        return value


class HoldApproveForm(forms.Form):
    """Approve a held reply. ``sha256`` is the digest of the text shown to the reviewer: only
    that text can be approved."""

    reason = forms.CharField(
        label=_("Why this reply may be sent"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
    sha256 = forms.CharField(widget=forms.HiddenInput, max_length=64)


class HoldRejectForm(forms.Form):
    """Reject a held reply, with what it breaks (kept as the labelled case's category)."""

    category = forms.ChoiceField(label=_("What the reply breaks"))
    reason = forms.CharField(
        label=_("Why this reply must not be sent"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [
            (c, CATEGORY_LABELS.get(c, c)) for c in compliance.CATEGORIES
        ]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Django's documented pattern for several files in one field."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


CLAIM_CONTENT_TYPES = {"image/jpeg", "image/png", "image/heic", "image/webp", "application/pdf"}


class ClaimForm(forms.Form):
    """The public warranty claim. Without a signed link the registration's e-mail address is
    asked for, so knowing a registration's id alone opens nothing."""

    email = forms.EmailField(
        label=_("The e-mail address you registered with"), required=False, max_length=254
    )
    description = forms.CharField(
        label=_("What is wrong with the product?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        min_length=10,
        max_length=5000,
    )
    photos = MultipleFileField(
        label=_("Photos (optional)"),
        required=False,
        help_text=_("Up to three photos or a PDF of the receipt, 10 MB each."),
    )

    def __init__(self, *args, needs_email: bool, registration, **kwargs):
        super().__init__(*args, **kwargs)
        self.needs_email = needs_email
        self.registration = registration
        self.fields["email"].required = needs_email
        if not needs_email:
            del self.fields["email"]

    def clean_email(self):
        email = (self.cleaned_data.get("email") or "").strip().lower()
        known = {
            (self.registration.customer.email or "").lower(),
            (self.registration.identity.email or "").lower(),
        } - {""}
        if email not in known:
            raise forms.ValidationError(
                _("This is not the address this product was registered with.")
            )
        return email

    def clean_photos(self):
        photos = self.cleaned_data.get("photos") or []
        if len(photos) > settings.HELPDESK_CLAIM_MAX_FILES:
            raise forms.ValidationError(
                _("Attach at most %(count)s files.") % {"count": settings.HELPDESK_CLAIM_MAX_FILES}
            )
        for photo in photos:
            if photo.size > settings.HELPDESK_CLAIM_MAX_FILE_BYTES:
                raise forms.ValidationError(
                    _("“%(name)s” is larger than 10 MB.") % {"name": photo.name}
                )
            # What the file is, from its bytes (the browser's content type is only a claim).
            head = photo.read(8192)
            photo.seek(0)
            if filetype.guess_mime(head) not in CLAIM_CONTENT_TYPES:
                raise forms.ValidationError(
                    _("“%(name)s” is not a photo or a PDF.") % {"name": photo.name}
                )
        return photos


class StoreActionForm(forms.Form):
    """One store action from the ticket's order card. ``confirm`` is the second step: the
    first submit shows what will happen and asks again."""

    REASONS = [
        ("CUSTOMER", _("The customer asked")),
        ("INVENTORY", _("Out of stock")),
        ("DECLINED", _("Payment declined")),
        ("FRAUD", _("Fraud")),
        ("STAFF", _("Staff error")),
        ("OTHER", _("Other")),
    ]

    order = forms.CharField(max_length=64)
    line = forms.CharField(max_length=64, required=False)
    quantity = forms.IntegerField(label=_("Quantity"), min_value=1, required=False, initial=1)
    reason = forms.CharField(label=_("Reason"), max_length=255, required=False)
    cancel_reason = forms.ChoiceField(label=_("Why"), choices=REASONS, required=False)
    notify = forms.BooleanField(label=_("Tell the customer"), required=False, initial=True)
    restock = forms.BooleanField(label=_("Back into stock"), required=False)
    #: The refund's amount the confirmation showed (the store's suggestion then).
    amount = forms.DecimalField(max_digits=14, decimal_places=2, required=False)
    confirm = forms.BooleanField(required=False)


class AmazonMessageForm(forms.Form):
    """A message to the Amazon buyer through the Messaging API: one of the types Amazon
    offers for the order, with its text, document or warranty coverage."""

    message_type = forms.ChoiceField(label=_("Message type"), widget=forms.RadioSelect)
    text = forms.CharField(
        label=_("Text"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("For delivery details and unexpected problems; at most 2,000 characters."),
    )
    document = forms.FileField(
        label=_("PDF document"),
        required=False,
        help_text=_(
            "The invoice; for warranty information, only when no registration certificate is "
            "attached."
        ),
    )
    # The browser's date picker sends ISO dates whatever the reader's locale.
    coverage_start = forms.DateField(
        label=_("Warranty coverage from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    coverage_end = forms.DateField(
        label=_("Warranty coverage until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, offered=(), **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(BuyerMessage.Type.choices)
        self.fields["message_type"].choices = [(t, labels[t]) for t in offered]

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document is None:
            return None
        if document.size > 10 * 1024 * 1024:
            raise forms.ValidationError(_("Amazon accepts documents up to 10 MB."))
        head = document.read(5)
        document.seek(0)
        if head != b"%PDF-":
            raise forms.ValidationError(_("Attach a PDF document."))
        return document
