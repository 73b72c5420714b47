"""Channels, tickets, the immutable conversation record, gate decisions, macros and discount codes.

The rules that keep Amazon support transactional are structural here: a channel's policy is
computed by the database from its kind (an Amazon channel cannot be set to the owned policy), an
Amazon channel always runs a 24/7 clock, a macro lives in exactly one policy's library, and the
conversation (messages, attachments, gate decisions) is append-only down to database triggers
(``helpdesk.audit_guard``). Writes go through ``helpdesk.services``.
"""

import hashlib
import re
import uuid
from datetime import date, time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.append_only import AppendOnlyError, AppendOnlyModel
from customers.models import Channel as CustomerChannel
from funnel.models import DiscountCode, DiscountCodePool

AMAZON_MESSAGE = "amazon_message"
OWNED_MESSAGE = "owned_message"
POLICY_CHOICES = [
    (AMAZON_MESSAGE, _("Amazon (transactional only)")),
    (OWNED_MESSAGE, _("Own channel (loyalty allowed)")),
]

#: Amazon order ids: 3-7-7 digits (e.g. 302-1234567-1234567).
AMAZON_ORDER_RE = re.compile(r"\b(\d{3}-\d{7}-\d{7})\b")

WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


class AuditImmutableError(AppendOnlyError):
    """A row of the conversation record was about to be changed or removed."""


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


class Channel(models.Model):
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
        help_text=_("Appended to every reply; on Amazon it must pass the Amazon policy too."),
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
            if self.signature:
                from .gate import findings_for

                findings = findings_for(self.signature, AMAZON_MESSAGE)
                if findings:
                    raise ValidationError(
                        {
                            "signature": _("The signature fails the Amazon policy: %(why)s")
                            % {"why": "; ".join(f"“{f.excerpt}”: {f.message}" for f in findings)}
                        }
                    )
        elif self.business_hours_only and self.business_opens >= self.business_closes:
            raise ValidationError({"business_closes": _("Closing time must be after opening.")})


class Ticket(models.Model):
    """One conversation with one customer on one channel. The SLA clock runs while
    ``awaiting_since`` is set: from the first unanswered customer message until a human reply
    (auto-replies don't count), "no response needed" or solving the ticket."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        PENDING = "pending", _("Waiting for customer")
        NO_RESPONSE_NEEDED = "no_response_needed", _("No response needed")
        SOLVED = "solved", _("Solved")

    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="tickets")
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    customer = models.ForeignKey(
        "customers.Customer", on_delete=models.PROTECT, related_name="tickets"
    )
    identity = models.ForeignKey(
        "customers.ChannelIdentity",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="tickets",
    )
    reply_to = models.EmailField(
        _("replies go to"), help_text=_("The buyer's relay address on Amazon.")
    )
    amazon_order_id = models.CharField(
        _("Amazon order number"), max_length=19, blank=True, db_index=True
    )
    tracking_number = models.CharField(_("tracking number"), max_length=64, blank=True)
    registration = models.ForeignKey(
        "registration.Registration",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tickets",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="helpdesk_tickets",
        verbose_name=_("assignee"),
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    awaiting_since = models.DateTimeField(_("waiting since"), null=True, blank=True)
    response_due_at = models.DateTimeField(_("response due"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    last_message_at = models.DateTimeField(_("last message"), default=timezone.now)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["response_due_at", "-last_message_at"]
        verbose_name = _("ticket")
        verbose_name_plural = _("tickets")
        indexes = [
            models.Index(fields=["channel", "status", "response_due_at"]),
            models.Index(fields=["reply_to", "amazon_order_id"]),
        ]
        permissions = [
            ("work_marketplace_tickets", _("Can answer Amazon tickets")),
            ("work_owned_tickets", _("Can answer own-store, site and e-mail tickets")),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.subject}"

    @property
    def reference(self) -> str:
        return f"#{self.pk}"

    @property
    def is_overdue(self) -> bool:
        return bool(self.response_due_at and self.response_due_at < timezone.now())


class AppendOnlyRecord(AppendOnlyModel):
    """A row of the conversation record: inserted once, never changed or deleted through the
    ORM (``core.append_only``), nor by raw SQL (``helpdesk.audit_guard``). Delivery progress and
    redaction go through ``_guarded_update`` in ``helpdesk.services``."""

    refusal_error = AuditImmutableError

    class Meta:
        abstract = True


class GateDecision(AppendOnlyRecord):
    """What the send gate said about one attempted reply: the exact text it checked, the
    policy, and every finding. Kept forever, allowed or blocked, as the record that nothing
    promotional left on a marketplace channel."""

    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="gate_decisions")
    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    policy = models.CharField(_("policy"), max_length=20, choices=POLICY_CHOICES)
    allowed = models.BooleanField(_("allowed"))
    automatic = models.BooleanField(_("automatic reply"), default=False)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    draft = models.TextField(_("the agent's text"))
    checked_text = models.TextField(_("text as it would leave"))
    checked_sha256 = models.CharField(max_length=64)
    language = models.CharField(_("language"), max_length=10, blank=True)
    findings = models.JSONField(_("findings"), default=list, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    redacted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("gate decision")
        verbose_name_plural = _("gate decisions")
        default_permissions = ("view",)

    def __str__(self) -> str:
        verdict = _("allowed") if self.allowed else _("blocked")
        return f"{self.ticket.reference} {verdict} {self.created_at:%Y-%m-%d %H:%M}"

    @staticmethod
    def digest(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()


class Message(AppendOnlyRecord):
    """One message of a conversation, inbound, outbound or an internal note, kept as it was.

    Content columns never change (database triggers, ``helpdesk.audit_guard``); an outbound
    message's delivery columns move forward as the provider answers, and an erasure may blank
    the personal content once (``redacted_at``).
    """

    class Direction(models.TextChoices):
        INBOUND = "inbound", _("From the customer")
        OUTBOUND = "outbound", _("Reply")
        NOTE = "note", _("Internal note")

    class Delivery(models.TextChoices):
        NONE = "", _("—")
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="messages")
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    automatic = models.BooleanField(
        _("automatic"),
        default=False,
        help_text=_("An auto-reply: it neither starts nor stops the response clock."),
    )
    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    in_reply_to = models.CharField(max_length=255, blank=True, db_index=True)
    references_header = models.TextField("References", blank=True)
    from_address = models.CharField(_("from"), max_length=320, blank=True)
    to_addresses = models.TextField(_("to"), blank=True)
    cc_addresses = models.TextField(_("cc"), blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    body_text = models.TextField(_("text"), blank=True)
    visible_text = models.TextField(blank=True)
    quoted_text = models.TextField(blank=True)
    body_html = models.TextField(_("HTML (sanitised)"), blank=True)
    quoted_html = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    provider = models.CharField(_("provider"), max_length=40, blank=True)
    provider_event_id = models.CharField(max_length=255, blank=True)
    raw = models.FileField(_("raw message"), upload_to="helpdesk/raw/%Y/%m/", blank=True)
    gate_decision = models.OneToOneField(
        GateDecision,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="message",
    )
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    # Delivery progress of an outbound message (the only columns that move).
    delivery_status = models.CharField(
        _("delivery"), max_length=10, choices=Delivery.choices, blank=True, default=""
    )
    delivery_attempts = models.PositiveSmallIntegerField(default=0)
    delivered_at = models.DateTimeField(null=True, blank=True)
    provider_message_id = models.CharField(max_length=255, blank=True)
    delivery_error = models.TextField(blank=True)
    redacted_at = models.DateTimeField(null=True, blank=True, editable=False)

    #: Columns whose values can never change (``audit_guard`` freezes them in the database).
    FROZEN = (
        "id", "ticket_id", "direction", "author_id", "automatic", "message_id", "in_reply_to",
        "references_header", "from_address", "to_addresses", "cc_addresses", "subject", "headers",
        "provider", "provider_event_id", "gate_decision_id", "created_at",
    )  # fmt: skip
    #: Personal content an erasure may blank once (setting ``redacted_at``).
    REDACTABLE = ("body_text", "visible_text", "quoted_text", "body_html", "quoted_html", "raw")
    #: What delivery progress may change.
    DELIVERY = (
        "delivery_status", "delivery_attempts", "delivered_at", "provider_message_id",
        "delivery_error",
    )  # fmt: skip

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.get_direction_display()} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_note(self) -> bool:
        return self.direction == self.Direction.NOTE


def attachment_path(instance: "Attachment", filename: str) -> str:
    # A random folder per file: the customer's file name is kept for display only.
    return f"helpdesk/attachments/{timezone.now():%Y/%m}/{uuid.uuid4().hex}/{filename[-100:]}"


class Attachment(AppendOnlyRecord):
    """A file that came with a message, stored as received, with its digest for the record."""

    message = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, max_length=255)
    filename = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64)
    content_id = models.CharField(max_length=255, blank=True)
    inline = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    redacted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        default_permissions = ("view",)

    def __str__(self) -> str:
        return self.filename


class TicketEvent(AppendOnlyRecord):
    """Who changed what on a ticket (status, assignee, order number, links), for the timeline
    and the audit."""

    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    field = models.CharField(max_length=40)
    old = models.CharField(max_length=255, blank=True)
    new = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.field}: {self.old} → {self.new}"


class SlaRecord(models.Model):
    """One stopped response clock: when the customer started waiting, when the answer was due,
    when and how the wait ended, and how long it took in the channel's clock (24/7 on Amazon,
    business minutes where the channel counts business hours). The SLA report reads these."""

    class Outcome(models.TextChoices):
        REPLIED = "replied", _("Replied")
        NO_RESPONSE_NEEDED = "no_response_needed", _("No response needed")
        SOLVED = "solved", _("Solved without reply")

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="sla_records")
    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="sla_records")
    first = models.BooleanField(_("first response"), default=False)
    started_at = models.DateTimeField()
    due_at = models.DateTimeField()
    stopped_at = models.DateTimeField()
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    elapsed_minutes = models.PositiveIntegerField()
    breached = models.BooleanField()

    class Meta:
        ordering = ["-stopped_at"]
        indexes = [models.Index(fields=["channel", "stopped_at"])]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.ticket.reference} {self.outcome} {self.elapsed_minutes} min"


class TicketDiscountCode(models.Model):
    """A one-time code of a discount pool (``funnel.DiscountCodePool``, shared with the funnel)
    that an own-store agent gave to a ticket, and the reply it went out in. One per ticket and
    pool: inserting the macro again reuses it. Never on a marketplace channel."""

    code = models.OneToOneField(
        DiscountCode, on_delete=models.PROTECT, related_name="ticket_grant", verbose_name=_("code")
    )
    pool = models.ForeignKey(DiscountCodePool, on_delete=models.PROTECT, related_name="+")
    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="discount_codes")
    reserved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reserved_at = models.DateTimeField(default=timezone.now)
    sent_in = models.ForeignKey(
        Message, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["ticket", "id"]
        verbose_name = _("discount code given in a ticket")
        verbose_name_plural = _("discount codes given in tickets")
        constraints = [
            models.UniqueConstraint(
                fields=["pool", "ticket"], name="helpdesk_ticketcode_one_per_pool"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.ticket.reference}: {self.code.code}"


#: Placeholders every macro may use, and the ones only own-channel macros may use.
PLACEHOLDERS = ("first_name", "order_id", "tracking_number", "product")
OWNED_PLACEHOLDERS = ("discount_code", "store_link", "loyalty_link")
PLACEHOLDER_RE = re.compile(r"\{\s*([a-z_]+)\s*\}")


class Macro(models.Model):
    """A saved answer in one policy's library. Amazon macros must pass the Amazon policy before
    they can be saved; own-channel macros may insert a one-time discount code, the store link
    and the loyalty programme. ``channels`` narrows a macro to some channels of its library."""

    name = models.CharField(_("name"), max_length=120)
    library = models.CharField(_("library"), max_length=20, choices=POLICY_CHOICES)
    channels = models.ManyToManyField(
        Channel,
        blank=True,
        related_name="macros",
        help_text=_("Empty: every channel of the library."),
    )
    language = models.CharField(
        _("language"), max_length=10, blank=True, choices=settings.LANGUAGES
    )
    body = models.TextField(
        _("text"),
        help_text=_(
            "Placeholders: {first_name}, {order_id}, {tracking_number}, {product}; own "
            "channels also {discount_code}, {store_link}, {loyalty_link}."
        ),
    )
    discount_pool = models.ForeignKey(
        DiscountCodePool,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="macros",
        help_text=_("Own channels: where {discount_code} takes its one-time code from."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["library", "name"]
        verbose_name = _("macro")
        verbose_name_plural = _("macros")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        # The library rule holds for every path that saves, not just the admin form.
        errors = macro_errors(library=self.library, body=self.body, pool=self.discount_pool)
        if errors:
            raise ValidationError(errors)
        super().save(*args, **kwargs)

    def placeholders(self) -> set[str]:
        return set(PLACEHOLDER_RE.findall(self.body))

    def clean(self) -> None:
        super().clean()
        errors = macro_errors(library=self.library, body=self.body, pool=self.discount_pool)
        if errors:
            raise ValidationError(errors)


def macro_errors(*, library: str, body: str, pool) -> dict[str, list[str]]:
    """Why a macro cannot be saved in *library* (empty when it can)."""
    from .gate import findings_for

    errors: dict[str, list[str]] = {}
    used = set(PLACEHOLDER_RE.findall(body or ""))
    unknown = used - set(PLACEHOLDERS) - set(OWNED_PLACEHOLDERS)
    if unknown:
        errors.setdefault("body", []).append(
            _("Unknown placeholders: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    if library == AMAZON_MESSAGE:
        owned_only = used & set(OWNED_PLACEHOLDERS)
        if owned_only:
            errors.setdefault("body", []).append(
                _("Amazon macros cannot use %(names)s.") % {"names": ", ".join(sorted(owned_only))}
            )
        if pool is not None:
            errors.setdefault("discount_pool", []).append(
                _("Amazon macros cannot hand out discount codes.")
            )
        # Placeholders are checked as neutral words so the linter reads the sentence.
        sample = PLACEHOLDER_RE.sub(lambda m: _SAMPLE_VALUES.get(m.group(1), "x"), body or "")
        for finding in findings_for(sample, AMAZON_MESSAGE):
            errors.setdefault("body", []).append(
                _("“%(excerpt)s”: %(message)s")
                % {"excerpt": finding.excerpt, "message": finding.message}
            )
    elif "discount_code" in used and pool is None:
        errors.setdefault("discount_pool", []).append(
            _("Choose the pool {discount_code} takes its codes from.")
        )
    return errors


_SAMPLE_VALUES = {
    "first_name": "Alex",
    "order_id": "302-1234567-1234567",
    "tracking_number": "00340434161234567890",
    "product": "Lamp",
}
