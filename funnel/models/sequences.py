"""Sequences and their steps: what marketers configure."""

from datetime import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
)
from wagtail.search import index

from ..blocks import MessagesBlock


class MailType(models.TextChoices):
    COMMERCIAL = "commercial", _("Commercial (needs marketing consent)")
    TRANSACTIONAL = "transactional", _("Transactional (care and warranty information)")


class Sequence(
    DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, index.Indexed, ClusterableModel
):
    """A follow-up sequence, edited by marketers as a Wagtail snippet.

    Drafts and revisions because a sequence that is live mails real people: changes are
    prepared as a draft, previewed per language, and take effect when published. Only the
    published version (the database row) is ever sent; unpublishing holds its deliveries until
    it is published again.
    """

    class Trigger(models.TextChoices):
        CONSENT_CONFIRMED = "consent_confirmed", _("Marketing consent confirmed")
        REGISTRATION_CREATED = "registration_created", _("Product registered")
        WARRANTY_EXPIRING = "warranty_expiring", _("Warranty about to expire")

    name = models.CharField(_("name"), max_length=150)
    brand = models.ForeignKey(
        "catalog.Brand",
        verbose_name=_("brand"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Its name, postal address and store appear in every message."),
    )
    trigger = models.CharField(
        _("starts when"), max_length=32, choices=Trigger.choices, default=Trigger.CONSENT_CONFIRMED
    )
    mail_type = models.CharField(
        _("kind of mail"), max_length=16, choices=MailType.choices, default=MailType.COMMERCIAL
    )
    warranty_days_before = models.PositiveSmallIntegerField(
        _("days before the warranty ends"),
        default=30,
        help_text=_("For “warranty about to expire”: how many days before the end to start."),
    )
    products = ParentalManyToManyField(
        "catalog.Product",
        verbose_name=_("only for these products"),
        blank=True,
        related_name="+",
        help_text=_("Empty: every product."),
    )
    locales = models.JSONField(
        _("only in these languages"), default=list, blank=True, help_text=_("Empty: all.")
    )
    purchase_channels = models.JSONField(
        _("only when bought at"), default=list, blank=True, help_text=_("Empty: anywhere.")
    )
    default_locale = models.CharField(
        _("fallback language"),
        max_length=10,
        default="en",
        choices=settings.LANGUAGES,
        help_text=_("Used for customers whose language has no message."),
    )
    exit_on_purchase = models.BooleanField(_("stop when they buy in the own store"), default=True)
    exit_on_withdrawal = models.BooleanField(
        _("stop when they withdraw consent"),
        default=True,
        help_text=_("Always on for commercial mail. Suppressed addresses always stop."),
    )
    smart_sending = models.BooleanField(
        _("smart sending"),
        default=True,
        help_text=_(
            "Commercial mail only: wait if the person got another marketing e-mail from us "
            "in the last hours (FUNNEL_SMART_SENDING_HOURS)."
        ),
    )
    from_email = models.CharField(
        _("sender"),
        max_length=200,
        blank=True,
        help_text=_("Empty: DEFAULT_FROM_EMAIL. Must be a domain your mail provider verified."),
    )
    reply_to = models.EmailField(_("reply-to"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        TitleFieldPanel("name"),
        FieldRowPanel([FieldPanel("brand"), FieldPanel("mail_type")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("trigger"), FieldPanel("warranty_days_before")]),
                FieldPanel("products"),
                FieldRowPanel([FieldPanel("locales"), FieldPanel("purchase_channels")]),
            ],
            heading=_("Who enters"),
        ),
        MultiFieldPanel(
            [FieldPanel("exit_on_purchase"), FieldPanel("exit_on_withdrawal")],
            heading=_("Who leaves early"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("default_locale"), FieldPanel("smart_sending")]),
                FieldRowPanel([FieldPanel("from_email"), FieldPanel("reply_to")]),
            ],
            heading=_("Sending"),
        ),
        InlinePanel("steps", heading=_("Steps"), label=_("Step"), min_num=1),
    ]

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("sequence")
        verbose_name_plural = _("sequences")

    def __str__(self) -> str:
        return self.name

    @property
    def is_commercial(self) -> bool:
        return self.mail_type == MailType.COMMERCIAL

    def clean(self) -> None:
        super().clean()
        if self.is_commercial:
            self.exit_on_withdrawal = True
        if self.trigger == self.Trigger.CONSENT_CONFIRMED and not self.is_commercial:
            raise ValidationError(
                {"mail_type": _("A sequence started by marketing consent sends commercial mail.")}
            )

    # --- preview (PreviewableMixin): every step, in one language, for a sample customer.
    @property
    def preview_modes(self):
        return [(code, name) for code, name in settings.LANGUAGES]

    @property
    def default_preview_mode(self):
        return self.default_locale or "en"

    def get_preview_template(self, request, mode_name):
        return "funnel/admin/sequence_preview.html"

    def get_preview_context(self, request, mode_name):
        from ..rendering import render_sample

        context = super().get_preview_context(request, mode_name)
        context["rendered_steps"] = render_sample(sequence=self, locale=mode_name)
        return context


class SequenceStep(Orderable):
    """One mail of a sequence: when it goes out and what it says in each language."""

    sequence = ParentalKey(Sequence, on_delete=models.CASCADE, related_name="steps")
    name = models.CharField(_("name"), max_length=120)
    delay_days = models.PositiveSmallIntegerField(_("wait (days)"), default=0)
    delay_hours = models.PositiveSmallIntegerField(_("and (hours)"), default=0)
    window_start = models.TimeField(
        _("send from"),
        null=True,
        blank=True,
        help_text=_("In the customer's time zone. Empty: any time."),
    )
    window_end = models.TimeField(_("send until"), null=True, blank=True)
    messages = StreamField(MessagesBlock(), verbose_name=_("messages"))

    panels = [
        FieldPanel("name"),
        FieldRowPanel(
            [
                FieldPanel("delay_days"),
                FieldPanel("delay_hours"),
                FieldPanel("window_start"),
                FieldPanel("window_end"),
            ],
            heading=_("When, after the previous step (or the start)"),
        ),
        FieldPanel("messages"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if (self.window_start is None) != (self.window_end is None):
            raise ValidationError(_("Give both ends of the sending window, or neither."))
        if self.window_start and self.window_start == self.window_end:
            raise ValidationError(_("The sending window is empty."))

    def message_for(self, locale: str, fallback: str) -> dict | None:
        """The StructValue for *locale*, else the sequence's fallback language, else the first."""
        by_locale = {child.value["locale"]: child.value for child in self.messages}
        return (
            by_locale.get(locale) or by_locale.get(fallback) or next(iter(by_locale.values()), None)
        )

    @property
    def window(self) -> tuple[time, time] | None:
        if self.window_start is None or self.window_end is None:
            return None
        return self.window_start, self.window_end
