import hashlib
import re
import uuid
from typing import Any, Self

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.append_only import AppendOnlyError, AppendOnlyModel

AMAZON_RELAY_RE = re.compile(r"@marketplace\.amazon\.[a-z]{2,3}(\.[a-z]{2,3})?$", re.IGNORECASE)


def is_amazon_relay(address: str) -> bool:
    """Amazon buyer relay addresses are unique per buyer and seller and live on
    ``marketplace.amazon.<tld>``; detect them by that suffix, never by a fixed list."""
    return bool(AMAZON_RELAY_RE.search(address.strip()))


def normalise_email(address: str) -> str:
    return address.strip().lower()


def address_hash(address: str) -> str:
    """Stable digest of an e-mail address.

    Unkeyed on purpose: suppressions must keep matching after a secret rotates and after the
    person's data is erased (the hash is what stays on the do-not-mail list).
    """
    return hashlib.sha256(normalise_email(address).encode()).hexdigest() if address else ""


class Customer(models.Model):
    """A person, across every channel they reached the brand through. Whether the brand may
    market to them is never a field here: ask ``customers.selectors.marketable_identities``."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("The person's own address, never a relay address.")
    )
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    locale = models.CharField(_("language"), max_length=10, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    erased_at = models.DateTimeField(_("erased"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("customer")
        verbose_name_plural = _("customers")
        constraints = [
            models.UniqueConstraint(
                Lower("email"), condition=~Q(email=""), name="customers_customer_email_unique"
            ),
            models.CheckConstraint(
                condition=~Q(email__icontains="@marketplace.amazon."),
                name="customers_customer_email_not_relay",
                violation_error_message=_("An Amazon relay address is not the customer's own."),
            ),
        ]

    def __str__(self) -> str:
        if self.erased_at:
            return _("Erased customer %(id)s") % {"id": self.pk}
        name = f"{self.first_name} {self.last_name}".strip()
        return name or self.email or _("Customer %(id)s") % {"id": self.pk}

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)


class Channel(models.TextChoices):
    AMAZON = "amazon", _("Amazon")
    SHOPIFY = "shopify", _("Own store (Shopify)")
    SITE = "site", _("Own site")
    EMAIL = "email", _("E-mail")


#: Channels on which the brand owns the relationship. Everything else (today: Amazon) is rented.
OWNED_CHANNELS = (Channel.SHOPIFY, Channel.SITE, Channel.EMAIL)


class ChannelIdentity(models.Model):
    """How a customer is known on one channel. ``owned`` is computed by the database from the
    channel, so no form, import or shell can mark a marketplace identity as owned."""

    class Source(models.TextChoices):
        REGISTRATION = "registration", _("Product registration")
        SHOPIFY_WEBHOOK = "shopify_webhook", _("Shopify order")
        SHOPIFY_CUSTOMER = "shopify_customer", _("Shopify customer update")
        INBOUND_MAIL = "inbound_mail", _("Inbound e-mail")
        SUPPORT = "support", _("Support agent")
        IMPORT = "import", _("Import")
        DEMO = "demo", _("Demo content")

    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="identities")
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    marketplace = models.CharField(
        _("marketplace"), max_length=20, blank=True, help_text=_("For Amazon: e.g. amazon.de.")
    )
    external_id = models.CharField(
        _("external id"),
        max_length=254,
        help_text=_("Relay address, store customer id or e-mail address, as the channel knows it."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    name = models.CharField(
        _("name on this channel"),
        max_length=300,
        blank=True,
        help_text=_(
            "As the channel shows the person, e.g. the buyer's name on Amazon relay mail. Set "
            "when the identity is first seen and never overwritten."
        ),
    )
    address_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    owned = models.GeneratedField(
        expression=models.Case(
            models.When(channel__in=[c.value for c in OWNED_CHANNELS], then=models.Value(True)),
            default=models.Value(False),
        ),
        output_field=models.BooleanField(),
        db_persist=True,
        verbose_name=_("owned"),
    )
    source = models.CharField(_("came from"), max_length=20, choices=Source.choices)
    source_detail = models.CharField(_("detail"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["customer_id", "channel", "id"]
        verbose_name = _("channel identity")
        verbose_name_plural = _("channel identities")
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "marketplace", "external_id"],
                name="customers_identity_unique",
            ),
            # A relay address is an Amazon identity whatever path tries to store it.
            models.CheckConstraint(
                condition=Q(channel="amazon") | ~Q(email__icontains="@marketplace.amazon."),
                name="customers_identity_relay_is_amazon",
                violation_error_message=_(
                    "An Amazon relay address can only be an Amazon identity."
                ),
            ),
        ]
        indexes = [models.Index(fields=["customer", "channel"])]

    def __str__(self) -> str:
        where = f" ({self.marketplace})" if self.marketplace else ""
        return f"{self.get_channel_display()}{where}: {self.external_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.email = normalise_email(self.email)
        self.address_hash = address_hash(self.email)
        super().save(*args, **kwargs)


class IdentityLink(models.Model):
    """Evidence that a marketplace identity (an Amazon relay address) is the same person as a
    customer known elsewhere, and what became of it.

    An Amazon order number typed on the registration form is a claim, not proof: anyone can
    type one. Such a claim alone is a ``POSSIBLE`` link an agent confirms or dismisses (who and
    when are recorded); only strong evidence links automatically (``LINKED``), see
    ``helpdesk.services.identity_links``. A confirmed or automatic link makes the identity one
    of the customer's own; a possible one leaves it with the buyer's own customer record.
    """

    class Status(models.TextChoices):
        LINKED = "linked", _("Linked on strong evidence")
        POSSIBLE = "possible", _("Possible match")
        CONFIRMED = "confirmed", _("Confirmed by an agent")
        DISMISSED = "dismissed", _("Not the same person")

    class Evidence(models.TextChoices):
        RECORDED_ORDER = "recorded_order", _("the Amazon order is recorded for this customer")
        ORDER_TYPED = "order_typed", _("the same Amazon order number was typed at registration")
        NAME_MATCHES = (
            "name_matches",
            _("the buyer's name on the Amazon message matches the registered name"),
        )
        NAME_DIFFERS = (
            "name_differs",
            _("the buyer's name on the Amazon message differs from the registered name"),
        )
        ADDRESS_CONFIRMED = (
            "address_confirmed",
            _("the registrant confirmed their e-mail address (double opt-in)"),
        )
        ADDRESS_UNCONFIRMED = (
            "address_unconfirmed",
            _("the registrant never confirmed their e-mail address"),
        )

    identity = models.ForeignKey(
        ChannelIdentity, on_delete=models.CASCADE, related_name="links", verbose_name=_("identity")
    )
    customer = models.ForeignKey(
        Customer,
        on_delete=models.CASCADE,
        related_name="identity_links",
        verbose_name=_("customer"),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    evidence = models.JSONField(_("evidence"), default=list, blank=True)
    order_id = models.CharField(_("order number"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("found"), default=timezone.now, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("identity link")
        verbose_name_plural = _("identity links")
        default_permissions = ("view",)
        constraints = [
            models.UniqueConstraint(
                fields=["identity", "customer"], name="customers_identitylink_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.identity} ~ {self.customer} ({self.get_status_display()})"

    def evidence_labels(self) -> list[str]:
        labels = dict(self.Evidence.choices)
        return [str(labels.get(code, code)) for code in self.evidence]


class LedgerImmutableError(AppendOnlyError):
    """A consent ledger row was about to be changed or removed outside an erasure."""


class ConsentRecord(AppendOnlyModel):
    """One change of consent, kept forever as evidence.

    Rows are append-only at three levels: ``save()`` refuses updates, the queryset refuses
    ``update()``/``delete()``, and database triggers (migration 0002) refuse UPDATE and DELETE
    from any client, except the anonymising transition an erasure makes.
    """

    class Purpose(models.TextChoices):
        MARKETING_EMAIL = "marketing_email", _("Marketing e-mail")
        SAFETY_NOTICES = "safety_notices", _("Safety and recall notices only")

    class Action(models.TextChoices):
        GRANTED = "granted", _("Granted (awaiting confirmation)")
        CONFIRMED = "confirmed", _("Confirmed")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        ERASED = "erased", _("Erased (tombstone)")

    class Source(models.TextChoices):
        REGISTRATION_FORM = "registration_form", _("Registration form")
        DOUBLE_OPT_IN = "double_opt_in", _("Double opt-in link")
        UNSUBSCRIBE = "unsubscribe", _("Unsubscribe")
        ONE_CLICK_UNSUBSCRIBE = "one_click", _("One-click unsubscribe")
        PREFERENCES = "preferences", _("Preference page")
        PROVIDER = "provider", _("E-mail provider event")
        SUPPORT = "support", _("Support agent")
        ERASURE = "erasure", _("Erasure")
        IMPORT = "import", _("Import")
        DEMO = "demo", _("Demo content")
        #: A change the own store reported (``customers/update``): what Shopify says, never a
        #: double opt-in Bridgecard can prove (``customers/shopify_consent.py``).
        SHOPIFY = "shopify", _("Own store (Shopify)")

    customer = models.ForeignKey(
        Customer, on_delete=models.PROTECT, related_name="consents", verbose_name=_("customer")
    )
    identity = models.ForeignKey(
        ChannelIdentity,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="consents",
        help_text=_("The owned address the consent covers."),
    )
    purpose = models.CharField(_("purpose"), max_length=32, choices=Purpose.choices)
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    text_version = models.CharField(_("consent text version"), max_length=64, blank=True)
    text = models.TextField(_("exact wording shown"), blank=True)
    locale = models.CharField(_("language"), max_length=10, blank=True)
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    page_url = models.CharField(_("page"), max_length=500, blank=True)
    short_code = models.CharField(_("short code"), max_length=32, blank=True)
    insert_ref = models.CharField(
        _("insert"), max_length=100, blank=True, help_text=_("Insert design revision / print run.")
    )
    ip_hash = models.CharField(_("network address (keyed hash)"), max_length=64, blank=True)
    actor = models.CharField(_("recorded by"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now, editable=False)
    erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    refusal_error = LedgerImmutableError
    change_refused = "Consent records are append-only; write a new record instead."
    delete_refused = "Consent records are never deleted; erasure leaves a tombstone."

    #: Columns an erasure may blank (``customer_erase``, through ``_guarded_update``); every
    #: other column is frozen by the database triggers.
    ERASABLE_COLUMNS = ("ip_hash", "page_url", "erased_at")

    class Meta:
        ordering = ["id"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent ledger")
        indexes = [models.Index(fields=["customer", "purpose", "-id"], name="consent_latest_idx")]
        default_permissions = ("add", "view")

    def __str__(self) -> str:
        return f"{self.get_purpose_display()}: {self.get_action_display()} ({self.created_at:%Y-%m-%d})"


class SuppressionQuerySet(models.QuerySet["Suppression"]):
    def active(self) -> Self:
        return self.filter(lifted_at__isnull=True)


class Suppression(models.Model):
    """An address that must not be mailed: it bounced, complained, or was blocked by hand. Keyed
    by the address hash so it outlives an erasure of the person."""

    class Reason(models.TextChoices):
        BOUNCE = "bounce", _("Hard bounce")
        COMPLAINT = "complaint", _("Spam complaint")
        MANUAL = "manual", _("Blocked by hand")

    address_hash = models.CharField(max_length=64, db_index=True, editable=False)
    email = models.EmailField(_("e-mail"), blank=True)
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    detail = models.CharField(_("detail"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("since"), default=timezone.now, editable=False)
    lifted_at = models.DateTimeField(_("lifted"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    lifted_reason = models.CharField(_("why lifted"), max_length=200, blank=True, editable=False)

    objects = SuppressionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("suppression")
        verbose_name_plural = _("suppressions")
        constraints = [
            models.UniqueConstraint(
                fields=["address_hash"],
                condition=Q(lifted_at__isnull=True),
                name="customers_suppression_one_active",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email or self.address_hash[:12]} ({self.get_reason_display()})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.email:
            self.email = normalise_email(self.email)
            self.address_hash = address_hash(self.email)
        super().save(*args, **kwargs)
