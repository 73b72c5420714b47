import uuid
from typing import Any, Self

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.append_only import AppendOnlyError, AppendOnlyModel, AppendOnlyQuerySet
from customers.models import ConsentRecord

from . import codes
from .blocks import CareTipBlock, DownloadBlock, FAQItemBlock, SafetyNoticeBlock


class HomePage(Page):
    """The brand's public home: where a customer lands without a code, with a box to type the
    code printed on their card. One per language (Wagtail i18n)."""

    heading = models.CharField(_("heading"), max_length=200, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("heading"), FieldPanel("intro")]

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["registration.ProductIndexPage", "registration.LegalPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["product_index"] = ProductIndexPage.objects.child_of(self).live().first()
        return context


class LegalPage(Page):
    """The legal notice (Impressum) or the privacy notice in one language. A Wagtail page so the
    brand's lawyers edit it and translators translate it like any other page; the footer of
    every public page and every customer mail links to the one of the reader's language
    (``registration.selectors.legal_links``)."""

    class Kind(models.TextChoices):
        IMPRINT = "imprint", _("Legal notice")
        PRIVACY = "privacy", _("Privacy notice")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    body = RichTextField(_("text"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    content_panels = [*Page.content_panels, FieldPanel("kind"), FieldPanel("body")]
    parent_page_types = ["registration.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("legal page")

    def clean(self):
        super().clean()
        if self.kind and self.locale_id:
            twins = LegalPage.objects.filter(kind=self.kind, locale_id=self.locale_id)
            if self.pk:
                twins = twins.exclude(pk=self.pk)
            if twins.exists():
                raise ValidationError({"kind": _("This language already has a page of this kind.")})


class ProductIndexPage(Page):
    """The folder of product pages in one language (``/de/produkte/``). It lists the products so
    a customer without a code can still find theirs."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["registration.HomePage"]
    subpage_types = ["registration.ProductPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("product list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["products"] = (
            ProductPage.objects.child_of(self).live().select_related("product", "hero_image")
        )
        return context


class ProductPage(RoutablePageMixin, Page):
    """The landing page of one product in one language: where a scanned QR code leads.

    A Wagtail page so brand managers write and translate it (one page per product and language,
    linked by Wagtail's translation key), preview it and send it through the moderation
    workflow. The registration form is not page content: its fields are fixed in code
    (``registration.forms``) and served on this page's ``register/`` route, so consent wording
    and the data collected stay auditable. Other apps find the page of a product with
    ``registration.selectors.product_page_for``.
    """

    product = models.ForeignKey(
        "catalog.Product",
        verbose_name=_("product"),
        on_delete=models.PROTECT,
        related_name="pages",
    )
    hero_heading = models.CharField(
        _("headline"), max_length=200, blank=True, help_text=_("Empty: the product name.")
    )
    hero_text = models.TextField(_("short introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty: the product's catalogue image."),
    )
    care = StreamField(
        [("tip", CareTipBlock()), ("safety", SafetyNoticeBlock())],
        verbose_name=_("care and safety"),
        blank=True,
    )
    faq = StreamField([("question", FAQItemBlock())], verbose_name=_("questions"), blank=True)
    downloads = StreamField(
        [("download", DownloadBlock())],
        verbose_name=_("extra downloads"),
        blank=True,
        help_text=_("The product's catalogue documents in this language are listed anyway."),
    )
    warranty_terms = RichTextField(
        _("warranty terms"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    support_text = RichTextField(
        _("support"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the brand's support e-mail and phone."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("product"),
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Top of the page"),
        ),
        FieldPanel("downloads"),
        FieldPanel("care"),
        FieldPanel("faq"),
        FieldPanel("warranty_terms"),
        FieldPanel("support_text"),
    ]
    parent_page_types = ["registration.ProductIndexPage"]
    subpage_types: list[str] = []

    #: Where each kind of short code lands on this page (``ShortCode.Target``).
    TARGET_ANCHORS = {
        "warranty": "#warranty",
        "manual": "#manual",
        "support": "#support",
        "care": "#care",
    }

    class Meta:
        verbose_name = _("product page")

    def clean(self):
        super().clean()
        if self.product_id and self.locale_id:
            twins = ProductPage.objects.filter(product_id=self.product_id, locale_id=self.locale_id)
            if self.pk:
                twins = twins.exclude(pk=self.pk)
            if twins.exists():
                raise ValidationError(
                    {"product": _("This product already has a page in this language.")}
                )

    @property
    def headline(self) -> str:
        return self.hero_heading or self.product.name

    def get_context(self, request, *args, **kwargs):
        from .views import product as product_views

        context = super().get_context(request, *args, **kwargs)
        context.update(product_views.product_page_context(request, self))
        return context

    @path("")
    def landing(self, request):
        from .views import product as product_views

        return product_views.product_page(request, self)

    @path("register/")
    def register(self, request):
        from .views import product as product_views

        return product_views.register(request, self)

    @path("register/done/")
    def register_done(self, request):
        from .views import product as product_views

        return product_views.register_done(request, self)


class OwnerTarget(models.TextChoices):
    """Where a scan of a unit's code leads once that unit's serial is registered: the owner
    has filled the form already, so the card now opens what an owner needs."""

    PAGE = "page", _("The product page")
    MANUAL = "manual", _("Manuals and documents")
    CARE = "care", _("Care and safety")
    SUPPORT = "support", _("Support")
    WARRANTY = "warranty", _("Warranty and claims")
    REGISTER = "register", _("The registration form, as before")


class CodeBatch(models.Model):
    """A set of short codes issued together: for a print run (``inserts`` links its run to the
    batch; this app never imports ``inserts``) or by hand."""

    label = models.CharField(_("label"), max_length=200, blank=True)
    serialized = models.BooleanField(_("one code per unit"), default=False)
    owner_target = models.CharField(
        _("registered units lead to"),
        max_length=16,
        choices=OwnerTarget.choices,
        default=OwnerTarget.MANUAL,
        help_text=_(
            "Where a scan of a unit's code leads once its serial is registered. Set from the "
            "insert design; the printed code stays the same."
        ),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("code batch")
        verbose_name_plural = _("code batches")

    def __str__(self) -> str:
        return self.label or _("Code batch %(id)s") % {"id": self.pk}


class ShortCodeQuerySet(AppendOnlyQuerySet["ShortCode"]):
    def active(self) -> Self:
        return self.filter(retired_at__isnull=True)


class ShortCodeDeletionError(AppendOnlyError):
    """A short code was about to be deleted (invariant 6: printed codes live forever)."""


class ShortCode(AppendOnlyModel):
    """What a printed QR code carries: ``SITE_URL/r/<code>``.

    A code belongs to a SKU and, when printed, to a batch, an insert design revision and possibly
    one serial unit. Its target can change and it can be retired to a fallback page, but it is
    never deleted and its text is never given to anything else (``docs/architecture.md``,
    invariant 6). Retirement records who and when. Codes use Crockford's base-32 alphabet in
    upper case, so the URL fits QR alphanumeric mode.
    """

    class Target(models.TextChoices):
        REGISTER = "register", _("Registration")
        WARRANTY = "warranty", _("Warranty")
        MANUAL = "manual", _("Manual")
        SUPPORT = "support", _("Support")

    code = models.CharField(_("code"), max_length=16, unique=True, editable=False)
    sku = models.ForeignKey("catalog.SKU", on_delete=models.PROTECT, related_name="short_codes")
    batch = models.ForeignKey(
        CodeBatch, on_delete=models.PROTECT, null=True, blank=True, related_name="codes"
    )
    insert_revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The approved insert design revision this code was printed with."),
    )
    serial = models.CharField(_("serial number"), max_length=64, blank=True)
    #: A/B print runs: the position of the design variant this unit was printed with (0 is the
    #: control; ``inserts.PrintRunVariant``). Frozen by the database guard.
    variant = models.PositiveSmallIntegerField(
        _("design variant"), null=True, blank=True, editable=False
    )
    locale = models.CharField(
        _("language of the insert"),
        max_length=10,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("Empty: ask the browser."),
    )
    target = models.CharField(
        _("leads to"), max_length=16, choices=Target.choices, default=Target.REGISTER
    )
    retired_at = models.DateTimeField(_("retired"), null=True, blank=True)
    retired_to = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("fallback page"),
    )
    retired_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("retired by"),
        help_text=_("Empty when the system retired the code; the reason then says why."),
    )
    retired_reason = models.CharField(_("why retired"), max_length=200, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = ShortCodeQuerySet.as_manager()

    refusal_error = ShortCodeDeletionError
    # Retiring and re-targeting change a saved code; its text and SKU stay (the database guard).
    change_refused = ""
    delete_refused = "Printed codes live forever: retire a code, never delete it."

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("short code")
        verbose_name_plural = _("short codes")
        default_permissions = ("add", "change", "view")
        constraints = [
            models.UniqueConstraint(
                fields=["sku", "serial"], condition=~Q(serial=""), name="registration_code_serial"
            )
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def path(self) -> str:
        return f"/r/{self.code}"

    @property
    def url(self) -> str:
        """The URL printed into the QR code."""
        return f"{settings.SITE_URL}{self.path}"


#: The registration reference a customer reads and quotes: 8 Crockford base-32 symbols (no I, L,
#: O or U; 40 bits), shown as two groups of four ("K7Q4-M2XP").
REFERENCE_LENGTH = 8


def new_registration_reference() -> str:
    return codes.generate(REFERENCE_LENGTH)


class Registration(models.Model):
    """A product registered by its owner: the warranty record, with where it came from."""

    class PurchaseChannel(models.TextChoices):
        AMAZON = "amazon", _("Amazon")
        OWN_STORE = "own_store", _("Our online store")
        OTHER = "other", _("Another shop")

    #: Internal: signed links and the claim page's URL carry it, people never read it.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    reference = models.CharField(
        _("reference"),
        max_length=REFERENCE_LENGTH,
        unique=True,
        editable=False,
        default=new_registration_reference,
        help_text=_("What the customer reads on pages, mails and the certificate."),
    )
    customer = models.ForeignKey(
        "customers.Customer",
        on_delete=models.PROTECT,
        related_name="registrations",
        verbose_name=_("customer"),
    )
    identity = models.ForeignKey(
        "customers.ChannelIdentity", on_delete=models.PROTECT, related_name="registrations"
    )
    product = models.ForeignKey(
        "catalog.Product",
        on_delete=models.PROTECT,
        related_name="registrations",
        verbose_name=_("product"),
    )
    sku = models.ForeignKey(
        "catalog.SKU", on_delete=models.PROTECT, null=True, blank=True, related_name="registrations"
    )
    short_code = models.ForeignKey(
        ShortCode, on_delete=models.PROTECT, null=True, blank=True, related_name="registrations"
    )
    insert_revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    code_batch = models.ForeignKey(
        CodeBatch, on_delete=models.PROTECT, null=True, blank=True, related_name="registrations"
    )
    serial = models.CharField(_("serial number"), max_length=64, blank=True)
    purchase_channel = models.CharField(
        _("bought at"), max_length=16, choices=PurchaseChannel.choices
    )
    marketplace = models.CharField(_("Amazon marketplace"), max_length=20, blank=True)
    amazon_order_id = models.CharField(_("Amazon order number"), max_length=19, blank=True)
    retailer = models.CharField(_("shop"), max_length=120, blank=True)
    purchase_date = models.DateField(_("purchase date"))
    warranty_starts_on = models.DateField(_("warranty starts"))
    warranty_ends_on = models.DateField(_("warranty ends"))
    country = models.CharField(_("country"), max_length=2, blank=True)
    locale = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, editable=False)
    confirmation_sent_at = models.DateTimeField(
        _("confirmation mail sent"), null=True, blank=True, editable=False
    )
    anonymised_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["product", "serial"],
                condition=~Q(serial=""),
                name="registration_serial_once",
                violation_error_message=_("This serial number is already registered."),
            )
        ]
        indexes = [
            models.Index(fields=["amazon_order_id"]),
            models.Index(fields=["warranty_ends_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.product} · {self.customer}"

    @property
    def reference_display(self) -> str:
        """The reference as people read it: "K7Q4-M2XP"."""
        half = len(self.reference) // 2
        return f"{self.reference[:half]}-{self.reference[half:]}" if self.reference else ""


class ConsentTextQuerySet(AppendOnlyQuerySet["ConsentText"]):
    def current(self, *, purpose: str, locale: str) -> "ConsentText | None":
        """The newest version for *purpose* in *locale* (None when there is none)."""
        return self.filter(purpose=purpose, locale=locale).order_by("-version").first()


class ConsentTextImmutableError(AppendOnlyError):
    """A consent text that customers may have seen was about to change."""


class ConsentText(AppendOnlyModel):
    """The wording of a consent checkbox, per purpose and language, in numbered versions.

    The form shows the newest version; the ledger row stores the exact wording and
    ``version_label``. A version never changes once saved (``save()``, the queryset and a
    database trigger refuse): to change the wording, add a new version in the admin.
    """

    Purpose = ConsentRecord.Purpose

    purpose = models.CharField(_("purpose"), max_length=32, choices=Purpose.choices)
    locale = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    version = models.PositiveIntegerField(_("version"), editable=False)
    text = models.TextField(
        _("wording"),
        help_text=_(
            "Exactly what the customer reads beside the checkbox. Say who sends what, how "
            "often, and that they can withdraw at any time."
        ),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by = models.CharField(_("created by"), max_length=150, blank=True, editable=False)

    objects = ConsentTextQuerySet.as_manager()

    refusal_error = ConsentTextImmutableError
    change_refused = "Consent texts are versioned: add a new version."
    delete_refused = "Consent texts shown to customers are kept forever."

    class Meta:
        ordering = ["purpose", "locale", "-version"]
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        default_permissions = ("add", "view")
        constraints = [
            models.UniqueConstraint(
                fields=["purpose", "locale", "version"], name="registration_consenttext_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.version_label}: {self.text[:60]}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self._state.adding and not self.version:
            latest = (
                ConsentText.objects.filter(purpose=self.purpose, locale=self.locale)
                .order_by("-version")
                .values_list("version", flat=True)
                .first()
            )
            self.version = (latest or 0) + 1
        super().save(*args, **kwargs)

    @property
    def version_label(self) -> str:
        """What the ledger stores as ``text_version``, e.g. ``marketing_email/de/3``."""
        return f"{self.purpose}/{self.locale}/{self.version}"


class Scan(models.Model):
    """One request for ``/r/<code>``: when, which code, what kind of device, which language it
    was sent to, and whether it looked like a link previewer or crawler. No network address.

    Written by one raw INSERT on the redirect's hot path (``registration.scans``), never
    updated.
    """

    class Device(models.TextChoices):
        PHONE = "phone", _("Phone")
        TABLET = "tablet", _("Tablet")
        DESKTOP = "desktop", _("Computer")
        BOT = "bot", _("Link preview or crawler")
        OTHER = "other", _("Unknown")

    class Outcome(models.TextChoices):
        REDIRECTED = "redirected", _("Redirected")
        RETIRED = "retired", _("Retired code")
        UNKNOWN = "unknown", _("Unknown code")
        NO_LINK = "no_link", _("Link type not offered")

    short_code = models.ForeignKey(
        ShortCode,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="scans",
        verbose_name=_("short code"),
    )
    code = models.CharField(_("code as scanned"), max_length=16)
    scanned_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    device = models.CharField(_("device"), max_length=8, choices=Device.choices)
    language = models.CharField(_("language"), max_length=10, blank=True)
    is_bot = models.BooleanField(_("bot"), default=False)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)

    class Meta:
        ordering = ["-scanned_at"]
        verbose_name = _("scan")
        verbose_name_plural = _("scans")
        default_permissions = ("view",)
        indexes = [models.Index(fields=["short_code", "scanned_at"])]

    def __str__(self) -> str:
        return f"{self.code} {self.scanned_at:%Y-%m-%d %H:%M}"


class RateLimitCounter(models.Model):
    """Fixed-window counters for the rate limits of the public forms, used when there is no
    Redis (the embedded default). ``key`` is a hash; no address is stored."""

    key = models.CharField(max_length=64)
    window = models.BigIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["key", "window"], name="registration_ratelimit_window")
        ]

    def __str__(self) -> str:
        return f"{self.key[:12]}… {self.window}: {self.count}"
