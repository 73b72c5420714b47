import re
from typing import Any, NamedTuple

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from .gtin import gtin_or_none, normalise_gtin, validate_gtin


def register_languages() -> list[tuple[str, str]]:
    """The site's languages that address a reader formally or informally (all but English)."""
    return [(code, name) for code, name in settings.LANGUAGES if not code.startswith("en")]


class LanguageListField(models.JSONField):  # type: ignore[type-arg]
    """A list of language codes, ticked in a form (a JSON list, so it works on every database)."""

    def formfield(self, **kwargs: Any) -> forms.Field:
        return forms.TypedMultipleChoiceField(
            choices=register_languages,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )


class Brand(models.Model):
    """The seller's brand: the name customers know, and the legal details commercial mail and
    inserts must carry (postal address, support contact)."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    legal_name = models.CharField(_("legal name"), max_length=200, blank=True)
    postal_address = models.TextField(
        _("postal address"),
        blank=True,
        help_text=_(
            "Printed in every commercial e-mail, as anti-spam law requires. Leave the country "
            "out: it is printed from the field below, in the reader's language."
        ),
    )
    country = CountryField(
        _("country"),
        blank=True,
        help_text=_("Printed under the postal address, in the language of the mail or card."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Printed on certificates and manuals; a PNG with a transparent background."),
    )
    support_email = models.EmailField(_("support e-mail"), blank=True)
    support_phone = models.CharField(_("support phone"), max_length=40, blank=True)
    store_url = models.URLField(_("own store URL"), blank=True)
    resolver_host = models.CharField(
        _("GS1 Digital Link host"),
        max_length=200,
        blank=True,
        validators=[
            RegexValidator(
                r"^(?=.{1,200}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}"
                r"[a-z0-9])?)*(:[0-9]{1,5})?$",
                _("A host name in lower case, such as id.example.com, without https://."),
            )
        ],
        help_text=_(
            "The host GS1 Digital Link codes of this brand print (https://<host>/01/<GTIN>). It "
            "must point at this site. Empty: this site's own address."
        ),
    )
    informal_languages = LanguageListField(
        _("informal address"),
        default=list,
        blank=True,
        help_text=_(
            "Languages in which the site, the mails and the support speak to customers "
            "informally (du, tu, tú, tu, 你). Unticked languages stay formal (Sie, vous, usted, "
            "Lei, 您)."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("legal_name"),
        FieldPanel("postal_address"),
        FieldPanel("country"),
        FieldPanel("logo"),
        FieldRowPanel([FieldPanel("support_email"), FieldPanel("support_phone")]),
        FieldPanel("store_url"),
        FieldPanel("resolver_host"),
        FieldPanel("informal_languages"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("brand")
        verbose_name_plural = _("brands")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        known = {code for code, _name in register_languages()}
        unknown = sorted(set(self.informal_languages or []) - known)
        if unknown:
            raise ValidationError(
                {
                    "informal_languages": _("Unknown languages: %(codes)s")
                    % {"codes": ", ".join(unknown)}
                }
            )

    @property
    def digital_link_base(self) -> str:
        """``https://<resolver host>``, or this site's own address when none is set."""
        if self.resolver_host:
            return f"https://{self.resolver_host}"
        return str(settings.SITE_URL)

    def speaks_informally(self, language: str) -> bool:
        """Whether customers reading *language* are addressed informally."""
        return language in (self.informal_languages or [])

    @property
    def sender_lines(self) -> list[str]:
        """Who sends, as a mail footer prints it: the legal name (else the brand's name) and the
        postal address, line by line, the name once — not again when the address already
        carries it, as an address written for an envelope does — and the country in the
        active language ("Deutschland" in a German mail)."""
        name = " ".join((self.legal_name or self.name).split())
        lines = [" ".join(line.split()) for line in self.postal_address.splitlines()]
        lines = [line for line in lines if line]
        if name and not any(name.casefold() in line.casefold() for line in lines):
            lines.insert(0, name)
        if self.country:
            lines.append(str(self.country.name))
        return lines


def validate_regex(value: str) -> None:
    try:
        re.compile(value)
    except re.error as error:
        raise ValidationError(
            _("Not a valid pattern: %(error)s"), params={"error": error}
        ) from error


#: A serial format that ends in a run of digits after a fixed beginning (``NK-[0-9]{8}``,
#: ``HL4\d{6}``, ``^SN/[0-9]{4,8}$``): such a format can be numbered without asking anyone.
_NUMBERED_FORMAT = re.compile(
    r"\^?(?P<prefix>(?:[A-Za-z0-9_/#:]|-|\\[-./#_:])*)"
    r"(?:\[0-9\]|\\d)(?:\{(?P<min>\d+)(?:,(?P<max>\d*))?\}|(?P<plus>\+))\$?"
)


class SerialNumbering(NamedTuple):
    """How to number units in a serial format: a fixed prefix, then *min_digits* to
    *max_digits* digits (zero-padded)."""

    prefix: str
    min_digits: int
    max_digits: int


def serial_numbering(pattern: str) -> SerialNumbering | None:
    """The numbering a serial format allows, when it is a fixed prefix followed by digits;
    ``None`` for any other format (then whoever numbers units must give a prefix that fits)."""
    found = _NUMBERED_FORMAT.fullmatch(pattern.strip())
    if found is None:
        return None
    prefix = re.sub(r"\\(.)", r"\1", found["prefix"])
    if found["plus"]:
        return SerialNumbering(prefix, 1, 64 - len(prefix))
    low = int(found["min"])
    high = low if found["max"] is None else int(found["max"] or 64 - len(prefix))
    if not 1 <= low <= high:
        return None
    return SerialNumbering(prefix, low, high)


class Product(index.Indexed, ClusterableModel):
    """A product as the brand manager knows it. Customer-facing, translated content lives on the
    product's landing page (``registration``); this is the catalogue record that SKUs, codes,
    registrations and orders point at."""

    brand = models.ForeignKey(Brand, on_delete=models.PROTECT, related_name="products")
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.TextField(_("summary"), blank=True)
    warranty_months = models.PositiveSmallIntegerField(
        _("warranty length (months)"),
        default=24,
        validators=[MinValueValidator(0), MaxValueValidator(240)],
    )
    registration_bonus_months = models.PositiveSmallIntegerField(
        _("extra warranty for registering (months)"),
        default=0,
        validators=[MaxValueValidator(120)],
        help_text=_("A longer warranty as the reward for registering is allowed on inserts."),
    )
    has_serials = models.BooleanField(_("units carry serial numbers"), default=False)
    serial_pattern = models.CharField(
        _("serial number format"),
        max_length=200,
        blank=True,
        validators=[validate_regex],
        help_text=_("A regular expression every serial must match in full, e.g. NK-[0-9]{8}."),
    )
    serial_example = models.CharField(_("serial number example"), max_length=60, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_active = models.BooleanField(_("on sale"), default=True)
    recall_notice_url = models.URLField(
        _("recall notice"),
        blank=True,
        help_text=_(
            "While a recall is under way: the page of the recall notice. GS1 Digital Link "
            "codes then offer it as the recall status."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("brand"), FieldPanel("name"), FieldPanel("slug"), FieldPanel("summary")],
            heading=_("Product"),
        ),
        FieldPanel("image"),
        FieldRowPanel(
            [FieldPanel("warranty_months"), FieldPanel("registration_bonus_months")],
            heading=_("Warranty"),
        ),
        MultiFieldPanel(
            [FieldPanel("has_serials"), FieldPanel("serial_pattern"), FieldPanel("serial_example")],
            heading=_("Serial numbers"),
        ),
        FieldPanel("is_active"),
        FieldPanel("recall_notice_url"),
        InlinePanel(
            "translations",
            label=_("Name and summary in other languages"),
            help_text=_("A language without a translation shows the name and summary above."),
        ),
        InlinePanel("documents", label=_("Manuals and documents")),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("summary"),
        index.AutocompleteField("name"),
        index.RelatedFields("brand", [index.SearchField("name")]),
        index.RelatedFields("skus", [index.SearchField("code"), index.SearchField("label")]),
        index.FilterField("brand"),
        index.FilterField("is_active"),
        index.FilterField("warranty_months"),
    ]

    class Meta:
        ordering = ["brand__name", "name"]
        verbose_name = _("product")
        verbose_name_plural = _("products")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if not self.slug:
            self.slug = slugify(self.name)[:200]
        if self.has_serials and not self.serial_pattern:
            raise ValidationError(
                {"serial_pattern": _("Give the serial number format for a product with serials.")}
            )
        if (
            self.serial_pattern
            and self.serial_example
            and not re.fullmatch(self.serial_pattern, self.serial_example)
        ):
            raise ValidationError(
                {"serial_example": _("The example does not match the serial number format.")}
            )

    @property
    def serial_numbering(self) -> SerialNumbering | None:
        """How units of this product are numbered automatically (see ``serial_numbering``)."""
        return serial_numbering(self.serial_pattern) if self.serial_pattern else None

    def serial_is_valid(self, serial: str) -> bool:
        """True when *serial* has this product's format (any serial if none is set)."""
        if not self.serial_pattern:
            return bool(serial.strip())
        return re.fullmatch(self.serial_pattern, serial.strip()) is not None

    @property
    def total_warranty_months(self) -> int:
        return self.warranty_months + self.registration_bonus_months


class ProductTranslation(Orderable):
    """The product's name and summary in one more language. The product's own fields are the
    source (the brand manager's working language); a language without a row shows them
    (``catalog.selectors.product_text``)."""

    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    name = models.CharField(_("name"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("name")]), FieldPanel("summary")]

    class Meta(Orderable.Meta):
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        constraints = [
            models.UniqueConstraint(
                fields=["product", "language"], name="catalog_product_translation_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.language})"


class ProductDocument(Orderable):
    """A manual, quick-start guide or safety sheet, stored as a Wagtail document so brand
    managers replace a file in one place and every page and QR target follows."""

    class Kind(models.TextChoices):
        MANUAL = "manual", _("Manual")
        QUICK_START = "quick_start", _("Quick-start guide")
        SAFETY = "safety", _("Safety information")
        CONFORMITY = "conformity", _("Declaration of conformity")
        OTHER = "other", _("Other")

    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MANUAL)
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        help_text=_("Leave empty for a document in several languages."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(_("title shown to customers"), max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("language")]),
        FieldPanel("document"),
        FieldPanel("title"),
    ]

    def __str__(self) -> str:
        return self.title or self.document.title


sku_validator = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
    _("Use letters, digits, dots, dashes and underscores (at most 64)."),
)


class SKU(index.Indexed, ClusterableModel):
    """One sellable variant. The unit a QR code, a marketplace listing and an order line point at."""

    product = models.ForeignKey(
        Product, on_delete=models.PROTECT, related_name="skus", verbose_name=_("product")
    )
    code = models.CharField(_("SKU"), max_length=64, unique=True, validators=[sku_validator])
    label = models.CharField(
        _("variant"), max_length=120, blank=True, help_text=_("Colour, size or edition.")
    )
    gtin = models.CharField(
        _("GTIN / EAN"),
        max_length=14,
        blank=True,
        validators=[validate_gtin],
        help_text=_(
            "The number under the barcode (8, 12, 13 or 14 digits), kept as GTIN-14. GS1 "
            "Digital Link cards print it."
        ),
    )
    is_active = models.BooleanField(_("on sale"), default=True)

    panels = [
        FieldPanel("product"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("label")]),
        FieldRowPanel([FieldPanel("gtin"), FieldPanel("is_active")]),
        InlinePanel("translations", label=_("Variant in other languages")),
        InlinePanel("identifiers", label=_("Marketplace identifiers")),
    ]

    search_fields = [
        index.SearchField("code"),
        index.AutocompleteField("code"),
        index.SearchField("label"),
        index.SearchField("gtin"),
        # The admin's listing search runs on autocomplete fields: list what people type there.
        index.AutocompleteField("gtin"),
        index.RelatedFields(
            "product", [index.SearchField("name"), index.AutocompleteField("name")]
        ),
        index.RelatedFields(
            "identifiers", [index.SearchField("value"), index.AutocompleteField("value")]
        ),
        index.FilterField("product"),
        index.FilterField("is_active"),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = _("SKU")
        verbose_name_plural = _("SKUs")
        constraints = [
            # A GS1 Digital Link resolver finds the SKU by its GTIN: one SKU per GTIN.
            models.UniqueConstraint(
                fields=["gtin"],
                condition=~models.Q(gtin=""),
                name="catalog_sku_gtin_once",
                violation_error_message=_("Another SKU already has this GTIN."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.product.name}{f' ({self.label})' if self.label else ''}"

    def clean(self) -> None:
        if self.gtin:
            try:
                self.gtin = normalise_gtin(self.gtin)
            except ValidationError as error:
                raise ValidationError({"gtin": error.messages}) from error

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Stored as GTIN-14 whichever way the row is written (a form, an import, a shell), so
        # the resolver's lookup of /01/<GTIN-14> finds it.
        if self.gtin:
            self.gtin = gtin_or_none(self.gtin) or self.gtin
        super().save(*args, **kwargs)


class SKUTranslation(Orderable):
    """The variant's label ("Black", "Right zip") in one more language."""

    sku = ParentalKey(SKU, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    label = models.CharField(_("variant"), max_length=120)

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        constraints = [
            models.UniqueConstraint(fields=["sku", "language"], name="catalog_sku_translation_once")
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.language})"


AMAZON_MARKETPLACES = [
    ("amazon.com", "Amazon.com (US)"),
    ("amazon.ca", "Amazon.ca"),
    ("amazon.co.uk", "Amazon.co.uk"),
    ("amazon.de", "Amazon.de"),
    ("amazon.fr", "Amazon.fr"),
    ("amazon.it", "Amazon.it"),
    ("amazon.es", "Amazon.es"),
    ("amazon.nl", "Amazon.nl"),
    ("amazon.se", "Amazon.se"),
    ("amazon.pl", "Amazon.pl"),
    ("amazon.com.be", "Amazon.com.be"),
    ("amazon.co.jp", "Amazon.co.jp"),
    ("amazon.com.au", "Amazon.com.au"),
]


class MarketplaceIdentifier(Orderable):
    """Where a SKU is listed: an ASIN on an Amazon marketplace or a Shopify variant id. Orders
    arriving from a channel are matched to the SKU through these."""

    class Kind(models.TextChoices):
        ASIN = "asin", _("Amazon ASIN")
        SHOPIFY_VARIANT = "shopify_variant", _("Shopify variant id")

    sku = ParentalKey(SKU, on_delete=models.CASCADE, related_name="identifiers")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    marketplace = models.CharField(
        _("marketplace"),
        max_length=20,
        blank=True,
        choices=AMAZON_MARKETPLACES,
        help_text=_("For an ASIN: the marketplace it is listed on."),
    )
    value = models.CharField(_("identifier"), max_length=40)

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("marketplace"), FieldPanel("value")])]

    class Meta(Orderable.Meta):
        verbose_name = _("marketplace identifier")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "marketplace", "value"], name="catalog_identifier_unique"
            )
        ]

    def __str__(self) -> str:
        where = f" on {self.marketplace}" if self.marketplace else ""
        return f"{self.get_kind_display()} {self.value}{where}"

    def clean(self) -> None:
        self.value = (
            self.value.strip().upper() if self.kind == self.Kind.ASIN else self.value.strip()
        )
        if self.kind == self.Kind.ASIN:
            if not re.fullmatch(r"[A-Z0-9]{10}", self.value):
                raise ValidationError({"value": _("An ASIN has 10 letters or digits.")})
            if not self.marketplace:
                raise ValidationError({"marketplace": _("Choose the marketplace of this ASIN.")})
        elif self.kind == self.Kind.SHOPIFY_VARIANT:
            if not re.fullmatch(r"\d{1,20}", self.value):
                raise ValidationError({"value": _("A Shopify variant id is a number.")})
            if self.marketplace:
                raise ValidationError({"marketplace": _("Shopify variants have no marketplace.")})
