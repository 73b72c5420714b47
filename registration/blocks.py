"""Content blocks of the product landing page.

Small ``StructBlock``s a brand manager arranges per language. Nothing here touches the
registration form: its fields are fixed in code (``registration.forms``) so that what a
customer agreed to stays auditable.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class CareTipBlock(blocks.StructBlock):
    """A short care or usage tip: what to do so the product lasts."""

    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "ol", "ul", "link"])

    class Meta:
        icon = "tick-inverse"
        template = "registration/blocks/care_tip.html"
        label = _("Care tip")
        description = _("How to use, clean or store the product.")
        preview_value = {
            "title": "Charge before the first trip",
            "text": "<p>Charge the battery fully before first use.</p>",
        }


class SafetyNoticeBlock(blocks.StructBlock):
    """A safety warning, shown with a warning style so it is not mistaken for a tip."""

    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("caution", _("Caution")), ("warning", _("Warning")), ("danger", _("Danger"))],
        default="warning",
    )
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "ul", "link"])

    class Meta:
        icon = "warning"
        template = "registration/blocks/safety_notice.html"
        label = _("Safety notice")
        description = _("A safety warning customers must not miss.")
        preview_value = {"level": "warning", "text": "<p>Do not look into the beam.</p>"}


class FAQItemBlock(blocks.StructBlock):
    """One question and its answer; rendered as a disclosure that works without JavaScript."""

    question = blocks.CharBlock(label=_("question"), max_length=200)
    answer = blocks.RichTextBlock(
        label=_("answer"), features=["bold", "italic", "ol", "ul", "link"]
    )

    class Meta:
        icon = "help"
        template = "registration/blocks/faq_item.html"
        label = _("Question")
        description = _("A frequently asked question with its answer.")
        preview_value = {
            "question": "How long does the battery last?",
            "answer": "<p>Up to 40 hours on the lowest setting.</p>",
        }


class DownloadBlock(blocks.StructBlock):
    """A file to download from this page in addition to the product's catalogue documents."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title shown"), max_length=120, required=False)

    class Meta:
        icon = "download"
        template = "registration/blocks/download.html"
        label = _("Download")
        description = _("An extra manual, guide or sheet for this language.")
