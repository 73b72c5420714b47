"""Channels: where a conversation happens, which policy its replies must pass (computed by the
database from ``kind``, so no form can relax it) and how its response clock runs."""

import re
from datetime import date, time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from customers.models import Channel as CustomerChannel

AMAZON_MESSAGE = "amazon_message"
OWNED_MESSAGE = "owned_message"
POLICY_CHOICES = [
    (AMAZON_MESSAGE, _("Amazon (transactional only)")),
    (OWNED_MESSAGE, _("Own channel (loyalty allowed)")),
]


def validate_weekdays(value: str) -> None:
    try:
        days = [int(d) for d in value.split(",") if d.strip()]
    except ValueError as error:
        raise ValidationError(_("List weekdays as numbers 0 (Monday) to 6 (Sunday).")) from error
    if not days or any(d < 0 or d > 6 for d in days):
        raise ValidationError(_("List weekdays as numbers 0 (Monday) to 6 (Sunday)."))


def parse_holidays(value: str) -> set[date]:
    """Dates one per line or comma-separated, ISO format (2026-12-25)."""
    dates = set()
    for token in re.split(r"[\s,;]+", value or ""):
        if token:
            dates.add(date.fromisoformat(token))
    return dates


def validate_holidays(value: str) -> None:
    try:
        parse_holidays(value)
    except ValueError as error:
        raise ValidationError(
            _("Write holidays as dates like 2026-12-25, one per line.")
        ) from error


class Channel(ClusterableModel):
    """Where a conversation happens: one Amazon marketplace, the Shopify store, the site's
    warranty claims, or plain e-mail. The channel decides the compliance policy every reply must
    pass (computed by the database from ``kind``, so no form can relax it), the SLA clock and
    which macro library and agents apply."""

    kind = models.CharField(_("kind"), max_length=16, choices=CustomerChannel.choices)
    marketplace = models.CharField(
        _("Amazon marketplace"),
        max_length=20,
        blank=True,
        help_text=_("For Amazon channels: amazon.com, amazon.co.uk, amazon.de, amazon.fr, …"),
    )
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    policy = models.GeneratedField(
        expression=models.Case(
            models.When(kind=CustomerChannel.AMAZON, then=models.Value(AMAZON_MESSAGE)),
            default=models.Value(OWNED_MESSAGE),
        ),
        output_field=models.CharField(max_length=20, choices=POLICY_CHOICES),
        db_persist=True,
        verbose_name=_("policy"),
    )
    sender_address = models.CharField(
        _("sender address"),
        max_length=254,
        blank=True,
        help_text=_(
            "Amazon: the address authorised in Seller Central (empty: HELPDESK_AMAZON_SENDER). "
            "Own channels: the support address replies come from (empty: "
            "HELPDESK_SUPPORT_SENDER)."
        ),
    )
    inbound_address = models.EmailField(
        _("inbound address"),
        blank=True,
        help_text=_("Own channels: mail to this address opens tickets on this channel."),
    )
    signature = models.TextField(
        _("signature"),
        blank=True,
        help_text=_(
            "Appended to every reply in a language without its own signature below; on Amazon "
            "it must pass the Amazon policy too."
        ),
    )
    auto_acknowledgement = models.TextField(
        _("automatic acknowledgement"),
        blank=True,
        help_text=_(
            "Own channels: sent once when a customer opens a ticket. It does not stop the "
            "response clock. Amazon channels never send one (Amazon discourages them and does "
            "not count them as a response)."
        ),
    )
    store_url = models.URLField(_("store link"), blank=True)
    loyalty_url = models.URLField(_("loyalty programme link"), blank=True)
    response_target_minutes = models.PositiveIntegerField(
        _("response time target (minutes)"),
        default=24 * 60,
        help_text=_("Amazon measures 24 hours around the clock, weekends and holidays included."),
    )
    business_hours_only = models.BooleanField(
        _("count business hours only"),
        default=False,
        help_text=_("Own channels only. Amazon's clock always runs 24/7."),
    )
    business_time_zone = models.CharField(_("time zone"), max_length=64, default="Europe/Berlin")
    business_days = models.CharField(
        _("business days"),
        max_length=20,
        default="0,1,2,3,4",
        validators=[validate_weekdays],
        help_text=_("0 = Monday … 6 = Sunday, comma-separated."),
    )
    business_opens = models.TimeField(_("opens"), default=time(9, 0))
    business_closes = models.TimeField(_("closes"), default=time(17, 0))
    holidays = models.TextField(
        _("holidays"),
        blank=True,
        validators=[validate_holidays],
        help_text=_("Days the clock stands still, e.g. 2026-12-25, one per line."),
    )
    hold_approvers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="helpdesk_hold_channels",
        verbose_name=_("may approve held replies"),
        help_text=_(
            "Staff who may approve or reject replies held for compliance review on this "
            "channel, besides the Compliance reviewers. Nobody approves their own reply."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["kind", "marketplace", "name"]
        verbose_name = _("channel")
        verbose_name_plural = _("channels")
        constraints = [
            models.UniqueConstraint(
                fields=["marketplace"],
                condition=Q(kind="amazon"),
                name="helpdesk_channel_one_per_marketplace",
            ),
            models.CheckConstraint(
                condition=(Q(kind="amazon") & ~Q(marketplace=""))
                | (~Q(kind="amazon") & Q(marketplace="")),
                name="helpdesk_channel_marketplace_iff_amazon",
                violation_error_message=_("Amazon channels name their marketplace; others don't."),
            ),
            models.CheckConstraint(
                condition=~Q(kind="amazon") | Q(business_hours_only=False),
                name="helpdesk_channel_amazon_clock_247",
                violation_error_message=_("Amazon's response clock runs around the clock."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_amazon(self) -> bool:
        return self.kind == CustomerChannel.AMAZON

    @property
    def effective_policy(self) -> str:
        """The policy from ``kind``, also before the row is saved (``policy`` is computed by the
        database on save)."""
        return AMAZON_MESSAGE if self.is_amazon else OWNED_MESSAGE

    def signature_for(self, language: str) -> str:
        """The signature a reply in *language* ends with: the channel's signature in that
        language, else its default one (an amazon.de channel signs in German)."""
        for signature in self.signatures.all():
            if signature.language == language and signature.text.strip():
                return signature.text.strip()
        return self.signature.strip()

    def weekdays(self) -> set[int]:
        return {int(d) for d in self.business_days.split(",") if d.strip()}

    def holiday_dates(self) -> set[date]:
        return parse_holidays(self.holidays)

    def clean(self) -> None:
        super().clean()
        if self.is_amazon:
            self.business_hours_only = False
            if self.auto_acknowledgement:
                raise ValidationError(
                    {"auto_acknowledgement": _("Amazon channels send no automatic replies.")}
                )
            errors = signature_errors(channel=self, text=self.signature)
            if errors:
                raise ValidationError({"signature": errors})
        elif self.business_hours_only and self.business_opens >= self.business_closes:
            raise ValidationError({"business_closes": _("Closing time must be after opening.")})


class ChannelSignature(models.Model):
    """A channel's signature in one language, used for replies in that language."""

    channel = ParentalKey(Channel, on_delete=models.CASCADE, related_name="signatures")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    text = models.TextField(_("signature"))

    class Meta:
        ordering = ["channel", "language"]
        verbose_name = _("signature in a language")
        verbose_name_plural = _("signatures in other languages")
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "language"], name="helpdesk_signature_one_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.channel} ({self.language})"


def signature_errors(*, channel: Channel, text: str) -> list[str]:
    """Why *text* cannot sign *channel*'s replies: on Amazon it must pass the Amazon policy."""
    if not channel.is_amazon or not text.strip():
        return []
    from ..linting import findings_for

    findings = findings_for(text, AMAZON_MESSAGE)
    if not findings:
        return []
    return [
        str(
            _("The signature fails the Amazon policy: %(why)s")
            % {"why": "; ".join(f"“{f.excerpt}”: {f.message}" for f in findings)}
        )
    ]
