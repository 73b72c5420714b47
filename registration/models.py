import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The brand's public home: where a customer lands without a code, with a box to type the
    code printed on their card. One per language (Wagtail i18n)."""

    heading = models.CharField(_("heading"), max_length=200, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("heading"), FieldPanel("intro")]

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class CodeBatch(models.Model):
    """A set of short codes issued together: for a print run (``inserts`` links its run to the
    batch; this app never imports ``inserts``) or by hand."""

    label = models.CharField(_("label"), max_length=200, blank=True)
    serialized = models.BooleanField(_("one code per unit"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("code batch")
        verbose_name_plural = _("code batches")

    def __str__(self) -> str:
        return self.label or _("Code batch %(id)s") % {"id": self.pk}


class ShortCodeQuerySet(models.QuerySet):
    def delete(self):
        raise ShortCodeDeletionError("Printed codes live forever: retire a code, never delete it.")

    def active(self):
        return self.filter(retired_at__isnull=True)


class ShortCodeDeletionError(Exception):
    """A short code was about to be deleted (invariant 6: printed codes live forever)."""


class ShortCode(models.Model):
    """What a printed QR code carries: ``SITE_URL/r/<code>``.

    A code belongs to a SKU and, when printed, to a batch, an insert design revision and possibly
    one serial unit. Its target can change and it can be retired to a fallback page, but it is
    never deleted and its text is never given to anything else (ARCHITECTURE.md, invariant 6).
    Codes use Crockford's base-32 alphabet in upper case, so the URL fits QR alphanumeric mode.
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
    locale = models.CharField(
        _("language of the insert"),
        max_length=10,
        blank=True,
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
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = ShortCodeQuerySet.as_manager()

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

    def delete(self, *args, **kwargs):
        raise ShortCodeDeletionError("Printed codes live forever: retire a code, never delete it.")

    @property
    def path(self) -> str:
        return f"/r/{self.code}"

    @property
    def url(self) -> str:
        """The URL printed into the QR code."""
        return f"{settings.SITE_URL}{self.path}"


class Registration(models.Model):
    """A product registered by its owner: the warranty record, with where it came from."""

    class PurchaseChannel(models.TextChoices):
        AMAZON = "amazon", _("Amazon")
        OWN_STORE = "own_store", _("Our online store")
        OTHER = "other", _("Another shop")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    customer = models.ForeignKey(
        "customers.Customer", on_delete=models.PROTECT, related_name="registrations"
    )
    identity = models.ForeignKey(
        "customers.ChannelIdentity", on_delete=models.PROTECT, related_name="registrations"
    )
    product = models.ForeignKey(
        "catalog.Product", on_delete=models.PROTECT, related_name="registrations"
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
