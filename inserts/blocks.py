"""The blocks a brand manager builds an insert from.

Each block knows three things beyond its form: how it looks as HTML (``template``, used for the
block previews in the editor and the text view of a design), the plain texts the compliance
linter must read (``insert_texts``), and the plain values the PDF renderer draws
(``to_spec``). To add a block: subclass ``InsertBlock``, add it to ``InsertStreamBlock`` and give
``inserts.rendering.layout.FLOWABLES`` a function for its name.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .rendering.layout import plain_text
from .rendering.qr import MIN_SYMBOL_MM

ALIGN_CHOICES = [("left", _("Left")), ("center", _("Centre")), ("right", _("Right"))]

#: Where a printed QR code may lead (docs/architecture.md, invariant 2): never a shop or an offer.
QR_PURPOSES = [
    ("register", _("Product registration")),
    ("warranty", _("Warranty")),
    ("manual", _("Manual")),
    ("support", _("Support")),
]
QR_PURPOSE_VALUES = frozenset(value for value, _label in QR_PURPOSES)


class InsertBlock(blocks.StructBlock):
    """Base of every insert block: plain texts for the linter, plain values for the renderer."""

    def insert_texts(self, value) -> list[str]:
        return [str(v) for v in value.values() if isinstance(v, str) and v.strip()]

    def to_spec(self, value) -> dict:
        return {key: value[key] for key in value}


class HeadingBlock(InsertBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    size = blocks.ChoiceBlock(
        choices=[("large", _("Large")), ("medium", _("Medium")), ("small", _("Small"))],
        default="large",
        label=_("Size"),
    )
    align = blocks.ChoiceBlock(choices=ALIGN_CHOICES, default="left", label=_("Alignment"))

    def insert_texts(self, value) -> list[str]:
        return [value["text"]]

    class Meta:
        icon = "title"
        template = "inserts/blocks/heading.html"
        label = _("Heading")
        description = _("A short line in the accent colour, such as a thank-you.")
        preview_value = {"text": "Thank you for choosing Nordvik", "size": "large"}


class ParagraphBlock(InsertBlock):
    text = blocks.RichTextBlock(features=["bold", "italic"], label=_("Text"))
    align = blocks.ChoiceBlock(choices=ALIGN_CHOICES, default="left", label=_("Alignment"))

    def insert_texts(self, value) -> list[str]:
        return [plain_text(value["text"].source)]

    def to_spec(self, value) -> dict:
        return {"text": value["text"].source, "align": value["align"]}

    class Meta:
        icon = "pilcrow"
        template = "inserts/blocks/paragraph.html"
        label = _("Paragraph")
        description = _("Body text; bold and italic are kept, links are not printed.")
        preview_value = {
            "text": "<p>Your <b>Trail Headlamp 400</b> is built for long nights outdoors.</p>",
            "align": "left",
        }


class StepsBlock(InsertBlock):
    kind = blocks.ChoiceBlock(
        choices=[("care", _("Care")), ("usage", _("First use")), ("safety", _("Safety"))],
        default="care",
        label=_("Kind"),
        help_text=_("Safety steps get a warning triangle."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=80, required=False)
    steps = blocks.ListBlock(
        blocks.CharBlock(max_length=200, label=_("Step")), min_num=1, max_num=8, label=_("Steps")
    )

    def insert_texts(self, value) -> list[str]:
        return [t for t in [value["title"], *value["steps"]] if t and t.strip()]

    def to_spec(self, value) -> dict:
        return {"kind": value["kind"], "title": value["title"], "steps": list(value["steps"])}

    class Meta:
        icon = "list-ol"
        template = "inserts/blocks/steps.html"
        label = _("Care or safety steps")
        description = _("A short numbered list: first use, care, or safety instructions.")
        preview_value = {
            "kind": "safety",
            "title": "Safety first",
            "steps": ["Do not look into the beam.", "Charge only with the supplied cable."],
        }


class QRCodeBlock(InsertBlock):
    purpose = blocks.ChoiceBlock(
        choices=QR_PURPOSES,
        default="register",
        label=_("Leads to"),
        help_text=_(
            "Each SKU on a print run gets its own code; serialized runs give every card its own "
            "registration code."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=90, required=False)
    size_mm = blocks.DecimalBlock(
        label=_("Size (mm)"),
        default=22,
        min_value=MIN_SYMBOL_MM,
        max_value=60,
        decimal_places=1,
        help_text=_(
            "Printed size of the code without its white margin; at least 20 mm, so that "
            "phones read it."
        ),
    )
    show_code = blocks.BooleanBlock(
        label=_("Print the short address under the code"),
        default=True,
        required=False,
        help_text=_("For customers without a camera: they can type it."),
    )

    def insert_texts(self, value) -> list[str]:
        return [value["caption"]] if value["caption"] else []

    def to_spec(self, value) -> dict:
        return {
            "purpose": value["purpose"],
            "caption": value["caption"],
            "size_mm": float(value["size_mm"] or 22),
            "show_code": bool(value["show_code"]),
        }

    class Meta:
        icon = "link"
        template = "inserts/blocks/qr_code.html"
        label = _("QR code")
        description = _(
            "A QR code per SKU leading to its registration, warranty, manual or support page."
        )
        preview_value = {"purpose": "register", "caption": "Scan to register", "size_mm": 22}


class ImageBlock(InsertBlock):
    image = ImageChooserBlock(label=_("Image"))
    width_mm = blocks.IntegerBlock(label=_("Width (mm)"), default=30, min_value=5, max_value=140)
    align = blocks.ChoiceBlock(choices=ALIGN_CHOICES, default="center", label=_("Alignment"))

    def insert_texts(self, value) -> list[str]:
        # The picture itself cannot be read; its title can, and a logo carrying a web address
        # is exactly what the policy forbids, so titles are checked too.
        image = value.get("image")
        return [image.title] if image is not None and image.title else []

    def to_spec(self, value) -> dict:
        image = value["image"]
        with image.open_file() as handle:
            data = handle.read()
        return {"image": data, "width_mm": value["width_mm"], "align": value["align"]}

    class Meta:
        icon = "image"
        template = "inserts/blocks/image.html"
        label = _("Logo or image")
        description = _("The brand logo or a product picture, converted to CMYK for print.")
        preview_value = {"width_mm": 30, "align": "center"}


class ProductBlock(InsertBlock):
    """The picture and name of each card's product, from the catalogue, in the card's language:
    one design serves every product of a print run."""

    show_picture = blocks.BooleanBlock(
        label=_("Print the product's picture"), default=True, required=False
    )
    picture_mm = blocks.IntegerBlock(
        label=_("Picture height (mm)"), default=40, min_value=10, max_value=120
    )
    show_name = blocks.BooleanBlock(
        label=_("Print the product's name"), default=True, required=False
    )
    align = blocks.ChoiceBlock(choices=ALIGN_CHOICES, default="center", label=_("Alignment"))

    def insert_texts(self, value) -> list[str]:
        # The names come from the catalogue; a print run checks each product's name
        # (``inserts.gate.product_names_check``).
        return []

    def to_spec(self, value) -> dict:
        return {
            "show_picture": bool(value["show_picture"]),
            "picture_mm": value["picture_mm"],
            "show_name": bool(value["show_name"]),
            "align": value["align"],
        }

    class Meta:
        icon = "pick"
        template = "inserts/blocks/product.html"
        label = _("Product picture and name")
        description = _(
            "The picture and the name of each card's product, from the catalogue, in the "
            "card's language."
        )
        preview_value = {"show_picture": True, "picture_mm": 40, "show_name": True}


class SupportContactBlock(InsertBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80, required=False)
    email = blocks.EmailBlock(label=_("Support e-mail"), required=False)
    phone = blocks.CharBlock(label=_("Support phone"), max_length=40, required=False)
    hours = blocks.CharBlock(label=_("Opening hours"), max_length=80, required=False)

    class Meta:
        icon = "mail"
        template = "inserts/blocks/support_contact.html"
        label = _("Support contact")
        description = _("Where to turn with a problem with the product.")
        preview_value = {
            "title": "Need help?",
            "email": "care@nordvik.example",
            "phone": "+49 40 1234567",
            "hours": "Mon–Fri 9–17",
        }


class SmallPrintBlock(InsertBlock):
    text = blocks.TextBlock(label=_("Text"), max_length=600)
    align = blocks.ChoiceBlock(choices=ALIGN_CHOICES, default="left", label=_("Alignment"))

    class Meta:
        icon = "info-circle"
        template = "inserts/blocks/small_print.html"
        label = _("Small print")
        description = _("Legal details in small type at the foot of the card.")
        preview_value = {"text": "Nordvik Outdoor GmbH · Hafenstraße 12 · 20457 Hamburg"}


class OfferBlock(InsertBlock):
    headline = blocks.CharBlock(label=_("Headline"), max_length=90)
    code = blocks.CharBlock(label=_("Code"), max_length=30, required=False)
    terms = blocks.CharBlock(label=_("Terms"), max_length=200, required=False)

    class Meta:
        icon = "tag"
        template = "inserts/blocks/offer.html"
        label = _("Offer (own store only)")
        description = _(
            "A coupon for parcels from the own shop. A marketplace design with an offer can be "
            "neither published nor printed."
        )
        preview_value = {
            "headline": "10 % off your next order",
            "code": "THANKS10",
            "terms": "Valid for 60 days at shop.nordvik.example.",
        }


class SpacerBlock(InsertBlock):
    height_mm = blocks.IntegerBlock(label=_("Height (mm)"), default=4, min_value=1, max_value=60)

    class Meta:
        icon = "arrows-up-down"
        template = "inserts/blocks/spacer.html"
        label = _("Space")
        description = _("Empty space between blocks.")
        preview_value = {"height_mm": 4}


class InsertStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    steps = StepsBlock()
    qr_code = QRCodeBlock()
    image = ImageBlock()
    product = ProductBlock()
    support_contact = SupportContactBlock()
    small_print = SmallPrintBlock()
    offer = OfferBlock()
    spacer = SpacerBlock()

    class Meta:
        block_counts = {
            "qr_code": {"max_num": 2},
            "offer": {"max_num": 1},
            "product": {"max_num": 1},
        }
