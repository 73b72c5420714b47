"""The building blocks of a step's message, one language at a time.

Marketers write text with merge fields such as ``{{ first_name|default:"there" }}``. Those are
not Django template syntax: a marketer's text is never compiled as a template (that would give
anyone with the Marketers role the template engine), it is searched for this one pattern and the
named values, from a fixed list, are put in with their fallback. ``funnel.rendering`` does that.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

#: ``{{ name }}`` or ``{{ name|default:"fallback" }}`` (single quotes work too).
MERGE_TAG_RE = re.compile(
    r"\{\{\s*(?P<name>[a-z_]+)\s*(?:\|\s*default\s*:\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')\s*)?\}\}"
)
#: The merge fields a marketer may use, with what they hold.
MERGE_FIELDS = {
    "first_name": _("the customer's first name"),
    "last_name": _("the customer's last name"),
    "product_name": _("the registered product"),
    "sku": _("the registered SKU"),
    "registered_on": _("the date of the registration"),
    "warranty_ends_on": _("the date the warranty ends"),
    "brand_name": _("the brand's name"),
    "store_url": _("the brand's own store"),
}


def merge_tags_in(text: str) -> list[str]:
    return [match.group("name") for match in MERGE_TAG_RE.finditer(text or "")]


def validate_merge_tags(text: str) -> None:
    unknown = sorted({name for name in merge_tags_in(text) if name not in MERGE_FIELDS})
    if unknown:
        raise ValidationError(
            _("Unknown merge field %(names)s. Use one of: %(known)s."),
            params={"names": ", ".join(unknown), "known": ", ".join(MERGE_FIELDS)},
        )
    stray = re.sub(MERGE_TAG_RE, "", text or "")
    if "{{" in stray or "{%" in stray:
        raise ValidationError(
            _('Write a merge field as {{ first_name }} or {{ first_name|default:"there" }}.')
        )


class MergeTextBlock(blocks.CharBlock):
    def clean(self, value):
        value = super().clean(value)
        validate_merge_tags(value)
        return value


class MergeRichTextBlock(blocks.RichTextBlock):
    def clean(self, value):
        value = super().clean(value)
        validate_merge_tags(value.source)
        return value


def validate_link(value: str) -> None:
    """An https address, a merge field holding one (``{{ store_url }}``), or mailto:."""
    validate_merge_tags(value)
    if merge_tags_in(value) and value.strip().startswith("{{"):
        return
    if not re.match(r"^(https://|mailto:)\S+$", value.strip()):
        raise ValidationError(_("Use an https:// address or {{ store_url }}."))


class LinkBlock(blocks.CharBlock):
    def clean(self, value):
        value = super().clean(value)
        validate_link(value)
        return value


class TextBlock(MergeRichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=["bold", "italic", "link", "ol", "ul", "h3"], **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "funnel/blocks/text.html"
        description = _("A paragraph of text; merge fields allowed.")
        preview_value = (
            '<p>Hello {{ first_name|default:"there" }}, thank you for registering your '
            "{{ product_name }}.</p>"
        )


class ProductCardBlock(blocks.StructBlock):
    """A product from the catalogue with a picture, a line of text and a link to the store."""

    product = SnippetChooserBlock("catalog.Product", label=_("product"))
    text = MergeTextBlock(label=_("text"), required=False, max_length=300)
    button_label = blocks.CharBlock(label=_("button label"), max_length=60, default="Shop now")
    url = LinkBlock(
        label=_("link"),
        required=False,
        help_text=_("Empty: the brand's own store."),
    )

    class Meta:
        icon = "pick"
        template = "funnel/blocks/product_card.html"
        description = _("A product from the catalogue with a link to the own store.")
        preview_value = {"text": "Light for every trail.", "button_label": "Shop now"}


class ManualLinkBlock(blocks.StructBlock):
    """A link to a product's manual, in the customer's language when one exists."""

    product = SnippetChooserBlock(
        "catalog.Product",
        label=_("product"),
        required=False,
        help_text=_("Empty: the product the customer registered."),
    )
    label = MergeTextBlock(label=_("link text"), max_length=120, default="Read the manual")

    class Meta:
        icon = "doc-full"
        template = "funnel/blocks/manual_link.html"
        description = _("A link to the manual of a product.")
        preview_value = {"label": "Read the manual"}


class DiscountCodeBlock(blocks.StructBlock):
    """One code from a pool, given to one recipient only (commercial mail only)."""

    pool = SnippetChooserBlock("funnel.DiscountCodePool", label=_("code pool"))
    intro = MergeTextBlock(label=_("text above the code"), max_length=200, required=False)
    note = blocks.CharBlock(label=_("small print"), max_length=200, required=False)

    class Meta:
        icon = "tag"
        template = "funnel/blocks/discount_code.html"
        description = _("A personal discount code drawn from a code pool.")
        preview_value = {"intro": "Your welcome gift:", "note": "Valid for 30 days."}


class ButtonBlock(blocks.StructBlock):
    label = MergeTextBlock(label=_("label"), max_length=60)
    url = LinkBlock(label=_("link"))

    class Meta:
        icon = "link"
        template = "funnel/blocks/button.html"
        description = _("A call-to-action button.")
        preview_value = {"label": "Visit the store", "url": "{{ store_url }}"}


class BodyBlock(blocks.StreamBlock):
    text = TextBlock()
    product_card = ProductCardBlock()
    manual_link = ManualLinkBlock()
    discount_code = DiscountCodeBlock()
    button = ButtonBlock()


def language_choices():
    return list(settings.LANGUAGES)


class LocalisedMessageBlock(blocks.StructBlock):
    """One language's version of a step: subject, preheader and body."""

    locale = blocks.ChoiceBlock(choices=language_choices, label=_("language"))
    subject = MergeTextBlock(label=_("subject"), max_length=150)
    preheader = MergeTextBlock(
        label=_("preheader"),
        max_length=150,
        required=False,
        help_text=_("The line inboxes show after the subject."),
    )
    body = BodyBlock(label=_("body"))

    class Meta:
        icon = "mail"
        label = _("Message in one language")
        form_classname = "funnel-message"
        preview_value = {"locale": "en", "subject": "Welcome, {{ first_name }}"}

    def clean(self, value):
        value = super().clean(value)
        if not value["body"]:
            raise StructBlockValidationError(
                block_errors={"body": ValidationError(_("Write at least one block."))}
            )
        return value


class MessagesBlock(blocks.StreamBlock):
    message = LocalisedMessageBlock()

    class Meta:
        min_num = 1

    def clean(self, value):
        value = super().clean(value)
        seen: set[str] = set()
        errors = {}
        for index, child in enumerate(value):
            locale = child.value["locale"]
            if locale in seen:
                errors[index] = ValidationError(_("There is already a message in this language."))
            seen.add(locale)
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value
