"""Insert designs, print profiles, print runs and the automatic compliance workflow task."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from registration.models import OwnerTarget

from . import gate
from .blocks import InsertStreamBlock
from .rendering import geometry as geo
from .rendering.spec import CMYK


def validate_cmyk(value: str) -> None:
    try:
        CMYK.parse(value)
    except ValueError as error:
        raise ValidationError(str(error)) from error


class PrintProfile(models.Model):
    """How a design is printed: card size, bleed, safe margin, sides and imposition.

    Kept apart from the design so one approved design prints on an A6 card at one shop and on a
    DL card at another. A print run keeps a copy of the profile's values, so editing a profile
    never changes what an earlier run recorded."""

    class TrimSize(models.TextChoices):
        A6 = "a6", _("A6 (105 × 148 mm)")
        A7 = "a7", _("A7 (74 × 105 mm)")
        DL = "dl", _("DL (99 × 210 mm)")
        POSTCARD = "4x6in", _("4 × 6 in (101.6 × 152.4 mm)")
        BUSINESS = "3.5x2in", _("3.5 × 2 in (88.9 × 50.8 mm)")
        CUSTOM = "custom", _("Custom")

    class Orientation(models.TextChoices):
        PORTRAIT = "portrait", _("Portrait")
        LANDSCAPE = "landscape", _("Landscape")

    class Sides(models.TextChoices):
        SINGLE = "single", _("Single-sided")
        DOUBLE = "double", _("Double-sided")

    class Codes(models.TextChoices):
        SHORT_CODE = "short_code", _("Short codes (SITE/r/<code>)")
        DIGITAL_LINK = "gs1_digital_link", _("GS1 Digital Link (https://<host>/01/<GTIN>)")

    class Imposition(models.TextChoices):
        ONE_UP = "one_up", _("One card per page")
        A4 = "a4", _("n-up on A4")
        LETTER = "letter", _("n-up on US Letter")
        SRA3 = "sra3", _("n-up on SRA3")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    trim_size = models.CharField(
        _("trim size"), max_length=10, choices=TrimSize.choices, default=TrimSize.A6
    )
    custom_width_mm = models.DecimalField(
        _("custom width (mm)"), max_digits=6, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(30), MaxValueValidator(400)],
    )  # fmt: skip
    custom_height_mm = models.DecimalField(
        _("custom height (mm)"), max_digits=6, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(30), MaxValueValidator(400)],
    )  # fmt: skip
    orientation = models.CharField(
        _("orientation"), max_length=10, choices=Orientation.choices, default=Orientation.PORTRAIT
    )
    bleed_mm = models.DecimalField(
        _("bleed (mm)"), max_digits=4, decimal_places=1, default=3,
        validators=[MinValueValidator(0), MaxValueValidator(10)],
        help_text=_("Background printed beyond the trim so a slightly off cut shows no white edge."),
    )  # fmt: skip
    safe_margin_mm = models.DecimalField(
        _("safe margin (mm)"), max_digits=4, decimal_places=1, default=5,
        validators=[MinValueValidator(2), MaxValueValidator(30)],
        help_text=_("Text and codes stay this far inside the trim."),
    )  # fmt: skip
    sides = models.CharField(_("sides"), max_length=10, choices=Sides.choices, default=Sides.SINGLE)
    imposition = models.CharField(
        _("imposition"), max_length=10, choices=Imposition.choices, default=Imposition.ONE_UP
    )
    gutter_mm = models.DecimalField(
        _("gap between cards (mm)"), max_digits=4, decimal_places=1, null=True, blank=True,
        help_text=_("n-up only. Empty: room for 3 mm crop marks outside both bleeds."),
    )  # fmt: skip
    codes = models.CharField(
        _("QR codes"),
        max_length=20,
        choices=Codes.choices,
        default=Codes.SHORT_CODE,
        help_text=_(
            "GS1 Digital Link codes carry the SKU's GTIN (and the lot and the unit's serial) "
            "under the brand's resolver host, so retail scanners and phones read the same code. "
            "Every SKU of the run needs a GTIN."
        ),
    )
    cut_and_stack = models.BooleanField(
        _("cut and stack"),
        default=True,
        help_text=_(
            "n-up serialized runs: number the cards so that each stack is in order after "
            "cutting, instead of sheet by sheet."
        ),
    )

    pdf_x4 = models.BooleanField(
        _("PDF/X-4"),
        default=False,
        help_text=_(
            "Write the print file as PDF/X-4: CMYK only, no transparency, fonts embedded, with "
            "the printing condition's colour profile embedded. Check with the print shop first "
            "whether it accepts PDF/X-4 and for which printing condition."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("trim_size"), FieldPanel("orientation")]),
                FieldRowPanel([FieldPanel("custom_width_mm"), FieldPanel("custom_height_mm")]),
                FieldRowPanel([FieldPanel("bleed_mm"), FieldPanel("safe_margin_mm")]),
            ],
            heading=_("Card"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("sides"),
                FieldRowPanel([FieldPanel("imposition"), FieldPanel("gutter_mm")]),
                FieldPanel("cut_and_stack"),
                FieldPanel("pdf_x4"),
            ],
            heading=_("Press"),
        ),
        FieldPanel("codes"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("print profile")
        verbose_name_plural = _("print profiles")

    def __str__(self) -> str:
        return self.name

    @property
    def double_sided(self) -> bool:
        return self.sides == self.Sides.DOUBLE

    def trim_mm(self) -> tuple[float, float]:
        custom = None
        if self.custom_width_mm and self.custom_height_mm:
            custom = (float(self.custom_width_mm), float(self.custom_height_mm))
        w, h = geo.trim_size_mm(self.trim_size, custom)
        if (self.orientation == self.Orientation.LANDSCAPE) != (w > h):
            w, h = h, w
        return w, h

    def geometry(self) -> geo.Geometry:
        w, h = self.trim_mm()
        bleed, safe = float(self.bleed_mm), float(self.safe_margin_mm)
        if self.imposition == self.Imposition.ONE_UP:
            return geo.one_up(w, h, bleed, safe)
        gutter = float(self.gutter_mm) if self.gutter_mm is not None else None
        return geo.n_up(w, h, bleed, safe, self.imposition, gutter)

    def clean(self) -> None:
        if self.trim_size == self.TrimSize.CUSTOM and not (
            self.custom_width_mm and self.custom_height_mm
        ):
            raise ValidationError({"custom_width_mm": _("Give the custom width and height.")})
        if self.safe_margin_mm is not None and self.bleed_mm is not None:
            try:
                self.geometry()
            except geo.GeometryError as error:
                raise ValidationError(str(error)) from error

    def describe(self) -> str:
        """'A6 105 × 148 mm, 3 mm bleed, double-sided, 4-up on SRA3'."""
        w, h = self.trim_mm()
        parts = [f"{w:g} × {h:g} mm", f"{self.bleed_mm:g} mm bleed", self.get_sides_display()]
        try:
            g = self.geometry()
            parts.append(
                _("one per page")
                if not g.imposed
                else _("%(n)s-up on %(sheet)s")
                % {"n": g.per_sheet, "sheet": self.get_imposition_display().split()[-1]}
            )
        except geo.GeometryError as error:
            parts.append(str(error))
        if self.pdf_x4:
            parts.append("PDF/X-4")
        return ", ".join(str(p) for p in parts)

    def snapshot(self) -> dict:
        """The values a print run records (profiles can be edited later)."""
        return {
            "name": self.name,
            "slug": self.slug,
            "trim_mm": list(self.trim_mm()),
            "bleed_mm": float(self.bleed_mm),
            "safe_margin_mm": float(self.safe_margin_mm),
            "sides": self.sides,
            "imposition": self.imposition,
            "gutter_mm": float(self.gutter_mm) if self.gutter_mm is not None else None,
            "cut_and_stack": self.cut_and_stack,
            "codes": self.codes,
            "pdf_x4": self.pdf_x4,
        }

    @property
    def digital_link(self) -> bool:
        return self.codes == self.Codes.DIGITAL_LINK


class InsertDesign(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """The card that goes into every parcel.

    A snippet rather than a page: it has no URL of its own, but it needs what pages have —
    drafts, revisions (a print run records the exact approved revision), preview (the real PDF
    page as an image), locking while someone edits, a moderation workflow (with the automatic
    ``InsertPolicyTask``) and a locale per translation. Publishing runs the compliance gate
    (``publish``), whichever path calls it."""

    class Channel(models.TextChoices):
        MARKETPLACE = gate.MARKETPLACE, _("Marketplace (non-promotional)")
        OWNED_STORE = gate.OWNED_STORE, _("Own store (may carry an offer)")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Used by print_inserts --design; the same in every language."),
    )
    channel = models.CharField(
        _("channel"),
        max_length=20,
        choices=Channel.choices,
        default=Channel.MARKETPLACE,
        help_text=_(
            "Marketplace cards are checked by the insert policy: no offers, shop links, review "
            "requests for good reviews or newsletter sign-ups."
        ),
    )
    brand = models.ForeignKey(
        "catalog.Brand",
        verbose_name=_("brand"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="insert_designs",
    )
    profile = models.ForeignKey(
        PrintProfile,
        verbose_name=_("print profile"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Used for the preview and suggested for print runs."),
    )
    owner_target = models.CharField(
        _("registered units lead to"),
        max_length=16,
        choices=OwnerTarget.choices,
        default=OwnerTarget.MANUAL,
        help_text=_(
            "Serialized cards: where a unit's code leads once that unit is registered, instead "
            "of the form its owner filled already. Applies to every card printed from this "
            "design, short codes and GS1 Digital Links alike; the printed code never changes."
        ),
    )
    accent_cmyk = models.CharField(
        _("accent colour (CMYK %)"),
        max_length=40,
        default="90,30,0,20",
        validators=[validate_cmyk],
        help_text=_("Cyan, magenta, yellow, black in percent, e.g. 90,30,0,20."),
    )
    background_cmyk = models.CharField(
        _("background colour (CMYK %)"),
        max_length=40,
        blank=True,
        validators=[validate_cmyk],
        help_text=_("Empty for unprinted paper. A background prints into the bleed."),
    )
    front = StreamField(InsertStreamBlock(), verbose_name=_("front"), blank=True)
    back = StreamField(
        InsertStreamBlock(),
        verbose_name=_("back"),
        blank=True,
        help_text=_("Printed only with a double-sided profile."),
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("channel"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("insert design")
        verbose_name_plural = _("insert designs")
        ordering = ["name"]
        permissions = [("sign_off_insertdesign", _("Can sign off the risks of a held design"))]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="inserts_design_slug_locale")
        ]

    def __str__(self) -> str:
        return self.name

    # --- the gate ---------------------------------------------------------------------------

    def publish(self, revision, user=None, changed=True, log_action=True, previous_revision=None,
                skip_permission_checks=False):  # fmt: skip
        """Publishing is refused while the policy finds anything in the revision, whatever
        called it: the admin, a shell's ``save_revision().publish()``, scheduled publishing or
        the end of a workflow."""
        gate.ensure_printable(revision.as_object(), _("This design cannot be published:"))
        return super().publish(
            revision,
            user=user,
            changed=changed,
            log_action=log_action,
            previous_revision=previous_revision,
            skip_permission_checks=skip_permission_checks,
        )

    # --- preview: the real PDF page as an image ---------------------------------------------

    preview_modes = [
        ("", _("Front")),
        ("back", _("Back")),
        ("sheet", _("Press sheet")),
    ]

    @property
    def preview_sizes(self):
        return [
            {"name": "card", "icon": "doc-full", "device_width": 640,
             "label": _("The printed page")},
        ]  # fmt: skip

    def serve_preview(self, request, mode_name):
        from .views import design_preview

        return design_preview(request, self, mode_name)


class PrintRun(models.Model):
    """One order to the print shop: an approved design revision, SKUs, a profile and, for a
    serialized run, how many units. The PDF is rendered and verified in the background; the run
    keeps everything needed to trace a printed card back to what was approved."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RENDERING = "rendering", _("Rendering")
        VERIFYING = "verifying", _("Checking every QR code")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    design = models.ForeignKey(
        InsertDesign, verbose_name=_("design"), on_delete=models.PROTECT, related_name="print_runs"
    )
    design_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("approved revision"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    profile = models.ForeignKey(
        PrintProfile, verbose_name=_("print profile"), on_delete=models.PROTECT, related_name="runs"
    )
    profile_snapshot = models.JSONField(_("profile as printed"), default=dict, editable=False)
    skus = models.ManyToManyField("catalog.SKU", verbose_name=_("SKUs"), related_name="print_runs")
    serialized = models.BooleanField(_("one code per unit"), default=False)
    quantity = models.PositiveIntegerField(
        _("units per SKU"),
        default=0,
        validators=[MaxValueValidator(100_000)],
        help_text=_("Serialized runs: how many cards (each with its own code) per SKU."),
    )
    serial_prefix = models.CharField(_("serial prefix"), max_length=20, blank=True)
    lot = models.CharField(
        _("lot"),
        max_length=20,
        blank=True,
        validators=[
            RegexValidator(
                r'^[!"%-?A-Z_a-z]{1,20}$',
                _("A lot has up to 20 letters, digits or GS1 punctuation marks, without spaces."),
            )
        ],
        help_text=_(
            "GS1 Digital Link runs: the batch or lot printed in the code (/10/<lot>). Optional."
        ),
    )
    serial_start = models.PositiveIntegerField(_("first serial number"), default=1)
    code_batch = models.OneToOneField(
        "registration.CodeBatch",
        verbose_name=_("code batch"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="print_run",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    message = models.TextField(_("message"), blank=True)
    findings = models.JSONField(_("policy findings"), default=list, blank=True)
    pdf = models.FileField(_("PDF"), upload_to="inserts/print-runs/", blank=True)
    pdf_sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    pdf_bytes = models.PositiveBigIntegerField(_("file size"), default=0)
    pages = models.PositiveIntegerField(_("pages"), default=0)
    cards = models.PositiveIntegerField(_("cards"), default=0)
    codes_verified = models.PositiveIntegerField(_("QR codes verified"), default=0)
    render_seconds = models.FloatField(_("render time (s)"), null=True, blank=True)
    verify_seconds = models.FloatField(_("check time (s)"), null=True, blank=True)
    sign_off = models.ForeignKey(
        "inserts.DesignSignOff",
        verbose_name=_("risks signed off"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="print_runs",
        help_text=_(
            "A design held for its risks: the Compliance reviewer's sign-off it prints on."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("print run")
        verbose_name_plural = _("print runs")
        default_permissions = ("add", "view")

    def __str__(self) -> str:
        return _("Print run %(id)s · %(design)s") % {"id": self.pk, "design": self.design}

    @property
    def running(self) -> bool:
        return self.status in {self.Status.QUEUED, self.Status.RENDERING, self.Status.VERIFYING}

    @property
    def unit_count(self) -> int:
        return self.quantity * self.skus.count() if self.serialized else self.skus.count()


class PrintRunVariant(models.Model):
    """One of the designs a print run splits its units between, with its weight.

    Position 0 is the control: the run's own design. Every variant is a published design that
    passed the gate when the run was created and passes it again when the run renders; each
    unit's code records its variant's position (``ShortCode.variant``, frozen by the database
    guard), so what a unit carried never changes. ``units`` is how many units it got."""

    run = models.ForeignKey(
        PrintRun, verbose_name=_("print run"), on_delete=models.PROTECT, related_name="variants"
    )
    position = models.PositiveSmallIntegerField(_("position"))
    design = models.ForeignKey(
        InsertDesign, verbose_name=_("design"), on_delete=models.PROTECT, related_name="+"
    )
    design_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("approved revision"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    weight = models.PositiveSmallIntegerField(
        _("weight"), validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    units = models.PositiveIntegerField(_("units"), default=0)
    sign_off = models.ForeignKey(
        "inserts.DesignSignOff",
        verbose_name=_("risks signed off"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["run", "position"]
        verbose_name = _("print run variant")
        verbose_name_plural = _("print run variants")
        default_permissions = ("add", "view")
        constraints = [
            models.UniqueConstraint(fields=["run", "position"], name="inserts_variant_position")
        ]

    def __str__(self) -> str:
        return _("Variant %(label)s · %(design)s") % {"label": self.label, "design": self.design}

    @property
    def label(self) -> str:
        """A, B, C…: the control is A."""
        return chr(ord("A") + self.position)


# The workflow's steps, registered with the app here: the automatic policy check, and for held
# designs the sign-off and the moderation step that takes it.
from .policy_task import InsertPolicyTask  # noqa: E402
from .signoff import DesignSignOff, InsertReviewTask  # noqa: E402

__all__ = [
    "DesignSignOff",
    "InsertDesign",
    "InsertPolicyTask",
    "InsertReviewTask",
    "PrintProfile",
    "PrintRun",
]
