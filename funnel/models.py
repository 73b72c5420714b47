"""Sequences and their steps, enrolments, deliveries (the outbox) and what tracks them.

Who may receive a commercial step is never stored here: enrolment and the re-check before every
send ask ``customers.selectors.marketable_identities`` (``docs/architecture.md``, invariant 3).
What is stored is the outbox: one ``Delivery`` row per (enrolment, step), enforced by the
database (invariant 5), claimed by exactly one worker at a time.
"""

import uuid
from datetime import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
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

from .blocks import MessagesBlock


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
        from .rendering import render_sample

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


class Enrolment(models.Model):
    """A person going through one sequence. Created only for identities the ownership selector
    returns (commercial) or for the registering owned identity (transactional)."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        EXITED = "exited", _("Left early")

    class ExitReason(models.TextChoices):
        PURCHASED = "purchased", _("Bought in the own store")
        WITHDREW = "withdrew", _("Withdrew consent")
        SUPPRESSED = "suppressed", _("Address suppressed")
        NOT_MARKETABLE = "not_marketable", _("No longer marketable")
        ERASED = "erased", _("Data erased")
        FAILED = "failed", _("A step could not be sent")

    sequence = models.ForeignKey(Sequence, on_delete=models.PROTECT, related_name="enrolments")
    customer = models.ForeignKey(
        "customers.Customer", on_delete=models.PROTECT, related_name="enrolments"
    )
    identity = models.ForeignKey(
        "customers.ChannelIdentity", on_delete=models.PROTECT, related_name="enrolments"
    )
    registration = models.ForeignKey(
        "registration.Registration",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="enrolments",
    )
    trigger_key = models.CharField(
        max_length=64,
        help_text=_("What started it; one enrolment per sequence, address and trigger."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    exit_reason = models.CharField(
        _("left because"), max_length=16, choices=ExitReason.choices, blank=True
    )
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("ended by"),
        help_text=_("Empty when the system ended it; the exit reason says why."),
    )

    class Meta:
        ordering = ["-enrolled_at"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["sequence", "identity", "trigger_key"], name="funnel_enrolment_once"
            )
        ]
        indexes = [models.Index(fields=["customer", "status"])]

    def __str__(self) -> str:
        return f"{self.sequence} · {self.identity_id}"


class Delivery(models.Model):
    """One step for one enrolment: the outbox row. At most one per (enrolment, step)."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    enrolment = models.ForeignKey(Enrolment, on_delete=models.PROTECT, related_name="deliveries")
    step = models.ForeignKey(
        SequenceStep, on_delete=models.SET_NULL, null=True, related_name="deliveries"
    )
    # Copied from the enrolment so cancellation and the pre-send check need no join.
    customer = models.ForeignKey("customers.Customer", on_delete=models.PROTECT, related_name="+")
    identity = models.ForeignKey(
        "customers.ChannelIdentity", on_delete=models.PROTECT, related_name="+"
    )
    mail_type = models.CharField(max_length=16, choices=MailType.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.SCHEDULED
    )
    due_at = models.DateTimeField(_("due"))
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=120, blank=True)
    claim_token = models.UUIDField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    provider_message_id = models.CharField(_("provider message id"), max_length=120, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    cancel_reason = models.CharField(_("cancelled because"), max_length=120, blank=True)
    locale = models.CharField(_("language"), max_length=10, blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    opened_at = models.DateTimeField(_("first opened"), null=True, blank=True)
    clicked_at = models.DateTimeField(_("first clicked"), null=True, blank=True)
    bounced_at = models.DateTimeField(_("bounced"), null=True, blank=True)
    complained_at = models.DateTimeField(_("complained"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    open_count = models.PositiveIntegerField(_("opens"), default=0)
    click_count = models.PositiveIntegerField(_("clicks"), default=0)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-due_at"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            # Invariant 5: each (enrolment, step) produces at most one delivery.
            models.UniqueConstraint(fields=["enrolment", "step"], name="funnel_delivery_once"),
            models.CheckConstraint(
                condition=~Q(status="sending") | Q(claim_token__isnull=False),
                name="funnel_delivery_sending_is_claimed",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "due_at"], name="funnel_delivery_due"),
            models.Index(fields=["customer", "status"], name="funnel_delivery_customer"),
            models.Index(fields=["provider_message_id"], name="funnel_delivery_message"),
            # A worker reads its claim back by token: without this, every claim scans the table.
            models.Index(
                fields=["claim_token"],
                name="funnel_delivery_claim",
                condition=Q(claim_token__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.step or _('removed step')} → {self.identity_id} ({self.status})"


class TrackingEvent(models.Model):
    """A provider's event, kept once: the unique (provider, event id) makes replays no-ops."""

    provider = models.CharField(max_length=40)
    event_id = models.CharField(max_length=200)
    event_type = models.CharField(max_length=30)
    delivery = models.ForeignKey(
        Delivery, on_delete=models.CASCADE, null=True, blank=True, related_name="events"
    )
    occurred_at = models.DateTimeField()
    detail = models.CharField(max_length=500, blank=True)
    received_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-occurred_at"]
        verbose_name = _("tracking event")
        verbose_name_plural = _("tracking events")
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="funnel_event_once")
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.event_type} {self.event_id}"


class ContactPreference(models.Model):
    """What a customer chose on the preference page besides leaving: a pause."""

    customer = models.OneToOneField(
        "customers.Customer", on_delete=models.CASCADE, related_name="mail_preference"
    )
    paused_until = models.DateTimeField(_("paused until"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("mail preference")

    def __str__(self) -> str:
        return f"{self.customer_id}: paused until {self.paused_until}"


class DiscountCodePool(models.Model):
    """Single-use codes created in the shop system (e.g. Shopify's bulk discount export) and
    pasted here. Each code is given out once: to a funnel mail's recipient, or by an own-store
    support agent to a ticket (``helpdesk.TicketDiscountCode``). Marketplace channels never
    get one."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.CharField(_("description"), max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("new_codes")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("discount code pool")
        verbose_name_plural = _("discount code pools")

    def __str__(self) -> str:
        return self.name

    @property
    def available(self) -> int:
        return self.codes.filter(assigned_at__isnull=True).count()


class DiscountCode(models.Model):
    """One single-use code. ``assigned_at`` marks it given out, whoever gave it: a given code
    is never handed out again, even if the mail or ticket it went to is gone."""

    pool = models.ForeignKey(DiscountCodePool, on_delete=models.CASCADE, related_name="codes")
    code = models.CharField(_("code"), max_length=64)
    delivery = models.ForeignKey(
        Delivery, on_delete=models.SET_NULL, null=True, blank=True, related_name="discount_codes"
    )
    assigned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["pool", "assigned_at"], name="funnel_code_free_idx")]
        constraints = [
            models.UniqueConstraint(fields=["pool", "code"], name="funnel_code_unique"),
            # The same delivery retried takes the code it was given, never a second one.
            models.UniqueConstraint(
                fields=["pool", "delivery"],
                condition=Q(delivery__isnull=False),
                name="funnel_code_one_per_delivery",
            ),
        ]

    def __str__(self) -> str:
        return self.code


class OrderAttribution(models.Model):
    """An own-store order credited to the last delivery the customer clicked before it."""

    order = models.OneToOneField(
        "customers.Order", on_delete=models.CASCADE, related_name="attribution"
    )
    delivery = models.ForeignKey(Delivery, on_delete=models.PROTECT, related_name="attributions")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("order attribution")

    def __str__(self) -> str:
        return f"{self.order_id} ← {self.delivery_id}"


class KlaviyoSync(models.Model):
    """Outbox of calls to Klaviyo, flushed in batches by a task: one row per profile change or
    event, so an outage or a 429 delays a sync but never loses or duplicates it."""

    class Kind(models.TextChoices):
        SUBSCRIBE = "subscribe", _("Subscribe")
        UNSUBSCRIBE = "unsubscribe", _("Unsubscribe")
        EVENT = "event", _("Registered Product event")
        DELETE = "delete", _("Delete the profile (erasure)")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Being sent")
        DONE = "done", _("Done")
        SKIPPED = "skipped", _("Skipped (not marketable)")
        FAILED = "failed", _("Failed")

    kind = models.CharField(max_length=16, choices=Kind.choices)
    identity = models.ForeignKey(
        "customers.ChannelIdentity", on_delete=models.CASCADE, null=True, related_name="+"
    )
    registration = models.ForeignKey(
        "registration.Registration", on_delete=models.CASCADE, null=True, related_name="+"
    )
    # Unsubscribes keep the address: the identity may have been erased by the time they leave.
    email = models.EmailField(blank=True)
    consent_record_id = models.BigIntegerField(null=True, blank=True)
    historical = models.BooleanField(default=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    due_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    claim_token = models.UUIDField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("Klaviyo sync")
        verbose_name_plural = _("Klaviyo syncs")
        indexes = [models.Index(fields=["status", "due_at"], name="funnel_klaviyo_due")]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} ({self.status})"


class KlaviyoProfile(models.Model):
    """Addresses this site has subscribed in Klaviyo (by hash), so an unsubscribe is sent only
    for someone Klaviyo already knows: nobody else's address ever leaves."""

    address_hash = models.CharField(max_length=64, unique=True)
    subscribed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.address_hash[:12]

    @property
    def is_subscribed(self) -> bool:
        return bool(
            self.subscribed_at
            and (self.unsubscribed_at is None or self.unsubscribed_at < self.subscribed_at)
        )


class ExportLog(models.Model):
    """Who exported which contacts when: every download of personal data leaves a row."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    username = models.CharField(_("by"), max_length=150)
    filters = models.JSONField(_("filters"), default=dict)
    row_count = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    ip_hash = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("contact export")
        verbose_name_plural = _("contact exports")
        default_permissions = ("view",)
        permissions = [
            ("export_contacts", _("Can export marketable contacts")),
            ("view_funnel_analytics", _("Can view funnel analytics")),
        ]

    def __str__(self) -> str:
        return f"{self.username} · {self.started_at:%Y-%m-%d %H:%M}"


class DispatchState(models.Model):
    """The tick's memory between runs: which dispatch task it enqueued last, so a stopped
    worker does not come back to thousands of queued dispatch tasks."""

    name = models.CharField(max_length=40, unique=True)
    task_result_id = models.CharField(max_length=64, blank=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name
