"""Seller accounts on the Selling Partner API and the orders synced from them.

Credentials typed in the admin are stored encrypted (``core.secrets.EncryptedTextField``); an
empty field falls back to the environment (``amazon.connection.credentials_for``). Orders carry
no buyer personal data unless a later step fetches it from a restricted operation; whatever is
stored is erased by the retention job 30 days after delivery (``amazon.services.buyer_pii_purge``).
The buyer's name and shipping address arrive only when a person with the permission
``amazon.fetch_buyer_pii`` asks for them on a ticket (``amazon.buyer_data.buyer_data_fetch``),
which records who asked and when.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from catalog.models import SKU
from core.append_only import AppendOnlyError, AppendOnlyModel
from core.secrets import EncryptedTextField

from .forms import SellerAccountForm
from .marketplaces import BY_DOMAIN, DOMAIN_CHOICES, Region


class SellerAccount(models.Model):
    """One seller's authorisation of Bridgecard in one region (NA, EU or FE)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_(
            "Names this account's environment variables, e.g. AMAZON_REFRESH_TOKEN_MAIN for "
            "the code 'main'."
        ),
    )
    region = models.CharField(_("region"), max_length=2, choices=Region.choices)
    selling_partner_id = models.CharField(_("selling partner id"), max_length=40, blank=True)
    marketplaces = models.JSONField(
        _("marketplaces"),
        default=list,
        blank=True,
        help_text=_("The marketplaces of this region the account sells on, e.g. amazon.de."),
    )
    lwa_client_id = models.CharField(
        _("LWA client id"),
        max_length=200,
        blank=True,
        help_text=_("Empty: taken from AMAZON_LWA_CLIENT_ID."),
    )
    lwa_client_secret = EncryptedTextField(
        _("LWA client secret"),
        blank=True,
        help_text=_("Stored encrypted. Empty: taken from AMAZON_LWA_CLIENT_SECRET."),
    )
    refresh_token = EncryptedTextField(
        _("refresh token"),
        blank=True,
        help_text=_("Stored encrypted. Empty: taken from AMAZON_REFRESH_TOKEN_<CODE>."),
    )
    # Where the calls go; empty means Amazon's own endpoints. Tests and the demo point these at
    # a local fake server, a seller may point them at Amazon's sandbox.
    endpoint = models.URLField(_("API endpoint override"), blank=True)
    token_url = models.URLField(_("LWA token URL override"), blank=True)
    active = models.BooleanField(_("sync orders"), default=True)
    orders_synced_until = models.DateTimeField(_("orders synced until"), null=True, blank=True)
    last_check_at = models.DateTimeField(_("last checked"), null=True, blank=True)
    last_check_ok = models.BooleanField(_("last check succeeded"), null=True, blank=True)
    last_check_message = models.CharField(_("last check result"), max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug"), FieldPanel("region")]),
        FieldPanel("marketplaces"),
        MultiFieldPanel(
            [
                FieldPanel("lwa_client_id"),
                FieldPanel("lwa_client_secret"),
                FieldPanel("refresh_token"),
                FieldPanel("selling_partner_id"),
            ],
            heading=_("Credentials"),
        ),
        MultiFieldPanel([FieldPanel("endpoint"), FieldPanel("token_url")], heading=_("Advanced")),
        FieldPanel("forget_secrets"),
        FieldPanel("active"),
    ]
    base_form_class = SellerAccountForm

    class Meta:
        ordering = ["name"]
        verbose_name = _("Amazon seller account")
        verbose_name_plural = _("Amazon seller accounts")

    def __str__(self) -> str:
        return f"{self.name} ({self.get_region_display()})"

    def clean(self) -> None:
        if not isinstance(self.marketplaces, list) or not all(
            isinstance(m, str) for m in self.marketplaces
        ):
            raise ValidationError(
                {"marketplaces": _('A list of marketplaces, e.g. ["amazon.de"].')}
            )
        for domain in self.marketplaces:
            market = BY_DOMAIN.get(domain)
            if market is None:
                raise ValidationError(
                    {"marketplaces": _("Unknown marketplace: %(m)s") % {"m": domain}}
                )
            if market.region != self.region:
                raise ValidationError(
                    {"marketplaces": _("%(m)s is not in this account's region.") % {"m": domain}}
                )


#: Amazon's ``OrderStatus`` values (Orders API v0) and how they read; a value Amazon adds later
#: is shown as sent (:attr:`AmazonOrder.status_display`).
ORDER_STATUS_LABELS = {
    "PendingAvailability": _("Pending availability (pre-order)"),
    "Pending": _("Pending (payment not yet authorised)"),
    "Unshipped": _("Unshipped"),
    "PartiallyShipped": _("Partially shipped"),
    "Shipped": _("Shipped"),
    "InvoiceUnconfirmed": _("Shipped, invoice not yet confirmed"),
    "Canceled": _("Cancelled"),
    "Unfulfillable": _("Unfulfillable"),
}

#: Seller Central's host per marketplace (where the seller opens an order's page).
SELLER_CENTRAL_HOSTS = {
    "amazon.com": "sellercentral.amazon.com",
    "amazon.ca": "sellercentral.amazon.ca",
    "amazon.co.uk": "sellercentral.amazon.co.uk",
    "amazon.de": "sellercentral.amazon.de",
    "amazon.fr": "sellercentral.amazon.fr",
    "amazon.it": "sellercentral.amazon.it",
    "amazon.es": "sellercentral.amazon.es",
    "amazon.nl": "sellercentral.amazon.nl",
    "amazon.se": "sellercentral.amazon.se",
    "amazon.pl": "sellercentral.amazon.pl",
    "amazon.com.be": "sellercentral.amazon.com.be",
    "amazon.co.jp": "sellercentral.amazon.co.jp",
    "amazon.com.au": "sellercentral.amazon.com.au",
}


class AmazonOrder(models.Model):
    """An order as getOrders returned it last (one row per Amazon order id)."""

    class Channel(models.TextChoices):
        AFN = "AFN", _("Fulfilled by Amazon")
        MFN = "MFN", _("Fulfilled by the seller")

    account = models.ForeignKey(SellerAccount, on_delete=models.PROTECT, related_name="orders")
    amazon_order_id = models.CharField(_("Amazon order id"), max_length=32, unique=True)
    marketplace = models.CharField(_("marketplace"), max_length=20, choices=DOMAIN_CHOICES)
    purchased_at = models.DateTimeField(_("purchased"))
    last_updated_at = models.DateTimeField(_("last updated at Amazon"))
    status = models.CharField(_("status"), max_length=40)
    fulfillment_channel = models.CharField(
        _("fulfilment"), max_length=3, choices=Channel.choices, blank=True
    )
    earliest_delivery_date = models.DateTimeField(
        _("earliest promised delivery"), null=True, blank=True
    )
    latest_delivery_date = models.DateTimeField(
        _("latest promised delivery"), null=True, blank=True
    )
    delivered_on = models.DateField(_("delivered on"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    total = models.DecimalField(_("total"), max_digits=12, decimal_places=2, null=True, blank=True)
    # Buyer personal data (the restricted getOrder, fetched only when a person asks for it on a
    # ticket). Encrypted at rest and erased 30 days after delivery (Amazon's Data Protection
    # Policy); who fetched it and when is kept after the erasure.
    buyer_name = EncryptedTextField(_("buyer name"), blank=True)
    buyer_email = EncryptedTextField(_("buyer e-mail"), blank=True)
    shipping_address = EncryptedTextField(_("shipping address"), blank=True)
    pii_fetched_at = models.DateTimeField(_("buyer data fetched"), null=True, blank=True)
    pii_fetched_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("buyer data fetched by"),
    )
    pii_erased_at = models.DateTimeField(_("buyer data erased"), null=True, blank=True)
    items_synced_at = models.DateTimeField(null=True, blank=True)
    synced_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-purchased_at"]
        verbose_name = _("Amazon order")
        verbose_name_plural = _("Amazon orders")
        indexes = [models.Index(fields=["account", "last_updated_at"])]
        permissions = [
            ("fetch_buyer_pii", _("Can fetch and see an Amazon buyer's name and address"))
        ]

    def __str__(self) -> str:
        return self.amazon_order_id

    @property
    def has_buyer_pii(self) -> bool:
        return bool(self.buyer_name or self.buyer_email or self.shipping_address)

    @property
    def status_display(self) -> str:
        """Amazon's order status in the reader's language; an unknown value as Amazon sent it."""
        label = ORDER_STATUS_LABELS.get(self.status)
        return str(label) if label is not None else self.status

    @property
    def seller_central_url(self) -> str:
        """The order's page in Seller Central for its marketplace ("" for an unknown one)."""
        host = SELLER_CENTRAL_HOSTS.get(self.marketplace)
        return f"https://{host}/orders-v3/order/{self.amazon_order_id}" if host else ""


class AmazonOrderItem(models.Model):
    order = models.ForeignKey(AmazonOrder, on_delete=models.CASCADE, related_name="items")
    order_item_id = models.CharField(_("order item id"), max_length=32)
    asin = models.CharField(_("ASIN"), max_length=10)
    seller_sku = models.CharField(_("seller SKU"), max_length=80, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    quantity_ordered = models.PositiveIntegerField(_("ordered"), default=0)
    quantity_shipped = models.PositiveIntegerField(_("shipped"), default=0)
    sku = models.ForeignKey(
        SKU,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="amazon_order_items",
        verbose_name=_("catalogue SKU"),
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("Amazon order item")
        constraints = [
            models.UniqueConstraint(
                fields=["order", "order_item_id"], name="amazon_orderitem_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.asin} × {self.quantity_ordered}"


#: Amazon's window for a review request: from the 5th to the 30th day after delivery.
REVIEW_WINDOW_FIRST_DAY = 5
REVIEW_WINDOW_LAST_DAY = 30


class ReviewRequestSchedule(models.Model):
    """ "Request a Review" for one marketplace of a seller account, through the Solicitations
    API. It covers every order of the marketplace or none: there is deliberately no field to
    leave out buyers by rating, complaint, return or sentiment, because asking only the buyers
    expected to be happy is review gating, forbidden by Amazon's Customer Product Reviews policy
    and the US FTC rule on reviews (16 CFR 465). Amazon's own eligibility answer is the only
    filter (``docs/amazon.md``)."""

    account = models.ForeignKey(
        SellerAccount,
        on_delete=models.PROTECT,
        related_name="review_schedules",
        verbose_name=_("seller account"),
    )
    marketplace = models.CharField(_("marketplace"), max_length=20, choices=DOMAIN_CHOICES)
    enabled = models.BooleanField(_("send review requests"), default=False)
    request_day = models.PositiveSmallIntegerField(
        _("day after delivery"),
        default=7,
        validators=[
            MinValueValidator(REVIEW_WINDOW_FIRST_DAY),
            MaxValueValidator(REVIEW_WINDOW_LAST_DAY),
        ],
        help_text=_(
            "The request is sent from this day after delivery on (Amazon allows days 5 to 30)."
        ),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("account"), FieldPanel("marketplace")]),
        FieldRowPanel([FieldPanel("enabled"), FieldPanel("request_day")]),
    ]

    class Meta:
        ordering = ["account__name", "marketplace"]
        verbose_name = _("review request schedule")
        verbose_name_plural = _("review request schedules")
        constraints = [
            models.UniqueConstraint(
                fields=["account", "marketplace"], name="amazon_review_schedule_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(
                    request_day__gte=REVIEW_WINDOW_FIRST_DAY,
                    request_day__lte=REVIEW_WINDOW_LAST_DAY,
                ),
                name="amazon_review_schedule_day_in_window",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.account.name}: {self.marketplace}"

    def clean(self) -> None:
        if self.account_id and self.marketplace not in (self.account.marketplaces or []):
            raise ValidationError(
                {"marketplace": _("The account does not sell on this marketplace.")}
            )


class ReviewRequest(models.Model):
    """The one review request of an order: claimed (pending) before Amazon is asked, so a
    retried or concurrent run never asks twice; then what Amazon answered."""

    #: Failures worth asking again on a later run (Amazon busy or unreachable); any other
    #: failure (a refused role, bad input) needs a person and is final.
    RETRYABLE_CODES = ("QuotaExceeded", "NetworkError", "ServerError", "InternalFailure")

    class Outcome(models.TextChoices):
        PENDING = "pending", _("in progress")
        REQUESTED = "requested", _("requested")
        NOT_ELIGIBLE = "not_eligible", _("not eligible")
        FAILED = "failed", _("failed")

    order = models.OneToOneField(
        AmazonOrder,
        on_delete=models.CASCADE,
        related_name="review_request",
        verbose_name=_("Amazon order"),
    )
    marketplace = models.CharField(_("marketplace"), max_length=20, choices=DOMAIN_CHOICES)
    outcome = models.CharField(
        _("outcome"), max_length=16, choices=Outcome.choices, default=Outcome.PENDING
    )
    error_code = models.CharField(_("error code"), max_length=80, blank=True)
    error_message = models.CharField(_("error message"), max_length=500, blank=True)
    claimed_at = models.DateTimeField(_("claimed"), default=timezone.now)
    decided_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        ordering = ["-claimed_at"]
        verbose_name = _("review request")
        verbose_name_plural = _("review requests")
        indexes = [models.Index(fields=["decided_at", "marketplace"])]

    def __str__(self) -> str:
        return f"{self.order_id}: {self.outcome}"


class BuyerMessageError(AppendOnlyError):
    """A message sent to a buyer through the Messaging API was about to be changed or removed."""


class BuyerMessage(AppendOnlyModel):
    """One message Amazon accepted for a buyer through the Messaging API: which order, which
    message type, who sent it and when, what left (the free text, the attachment's name and
    digest, the warranty's coverage) and Amazon's answer (HTTP status, ``x-amzn-RequestId``).
    Written once by ``helpdesk.services.amazon_messages.amazon_message_send`` after the send
    gate allowed every text; never changed or deleted (the record of what Amazon forwarded)."""

    refusal_error = BuyerMessageError

    class Type(models.TextChoices):
        # The values are the Messaging API's message types (the path segment of each send).
        WARRANTY = "warranty", _("Warranty information")
        CONFIRM_DELIVERY = "confirmDeliveryDetails", _("Confirm delivery details")
        UNEXPECTED_PROBLEM = "unexpectedProblem", _("Unexpected problem")
        INVOICE = "invoice", _("Invoice")

    order = models.ForeignKey(
        AmazonOrder,
        on_delete=models.PROTECT,
        related_name="buyer_messages",
        verbose_name=_("Amazon order"),
    )
    message_type = models.CharField(_("message type"), max_length=40, choices=Type.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent by"),
    )
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    text = models.TextField(_("text"), blank=True)
    attachment_name = models.CharField(_("attachment"), max_length=255, blank=True)
    attachment_sha256 = models.CharField(max_length=64, blank=True)
    coverage_start = models.DateField(_("coverage from"), null=True, blank=True)
    coverage_end = models.DateField(_("coverage until"), null=True, blank=True)
    amazon_status = models.PositiveSmallIntegerField(_("Amazon's HTTP status"))
    amazon_request_id = models.CharField(_("Amazon request id"), max_length=80, blank=True)

    class Meta:
        ordering = ["-sent_at", "-id"]
        verbose_name = _("message to an Amazon buyer")
        verbose_name_plural = _("messages to Amazon buyers")
        default_permissions = ("view",)
        permissions = [("send_buyermessage", _("Can send messages to Amazon buyers"))]

    def __str__(self) -> str:
        return f"{self.order_id}: {self.message_type}"


#: Amazon's return reason codes (the FBA returns report's ``reason``; the merchant-fulfilled
#: report's ``Return Reason`` carries the same words after a ``CR-`` prefix) and how they read;
#: a code not listed is shown as Amazon sent it (:attr:`AmazonReturn.reason_display`).
RETURN_REASON_LABELS = {
    "DEFECTIVE": _("Defective or does not work"),
    "NOT_AS_DESCRIBED": _("Not as described"),
    "UNWANTED_ITEM": _("No longer needed"),
    "DAMAGED_BY_CARRIER": _("Damaged in transit"),
    "DAMAGED_BY_FC": _("Damaged at Amazon's warehouse"),
    "MISSING_PARTS": _("Parts or accessories missing"),
    "ORDERED_WRONG_ITEM": _("Ordered by mistake"),
    "SWITCHEROO": _("Wrong item received"),
    "NOT_COMPATIBLE": _("Not compatible"),
    "FOUND_BETTER_PRICE": _("Better price found"),
    "QUALITY_UNACCEPTABLE": _("Quality not acceptable"),
    "MISSED_ESTIMATED_DELIVERY": _("Arrived too late"),
    "NO_REASON_GIVEN": _("No reason given"),
}


class ReturnsReport(models.Model):
    """One returns report asked of Amazon's Reports API for an account: its period, Amazon's
    processing status and what its import did. The next report of the same type starts where
    the last imported one ended (``amazon.returns``)."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("in progress")
        DONE = "done", _("imported")
        FAILED = "failed", _("failed")

    account = models.ForeignKey(SellerAccount, on_delete=models.CASCADE, related_name="+")
    report_type = models.CharField(max_length=60)
    report_id = models.CharField(max_length=40)
    data_start = models.DateTimeField()
    data_end = models.DateTimeField()
    requested_at = models.DateTimeField(default=timezone.now)
    processing_status = models.CharField(max_length=20, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.PENDING)
    finished_at = models.DateTimeField(null=True, blank=True)
    rows = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("Amazon returns report")
        verbose_name_plural = _("Amazon returns reports")
        indexes = [models.Index(fields=["account", "report_type", "outcome"])]

    def __str__(self) -> str:
        return f"{self.report_type} {self.report_id}: {self.outcome}"


class AmazonReturn(models.Model):
    """One returned line as Amazon's returns reports list it, recorded once (the unique key
    below) however often a report lists it again; its status follows the latest report. The
    order is linked once it is synced; the order id is kept either way. The buyer's comment is
    personal data: stored encrypted, erased with the order's buyer data 30 days after delivery
    (``services.buyer_pii_purge``) and never written again for an order past that."""

    class Source(models.TextChoices):
        FBA = "FBA", _("Fulfilled by Amazon")
        MFN = "MFN", _("Fulfilled by the seller")

    account = models.ForeignKey(SellerAccount, on_delete=models.CASCADE, related_name="+")
    order = models.ForeignKey(
        AmazonOrder,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="returns",
        verbose_name=_("Amazon order"),
    )
    amazon_order_id = models.CharField(_("Amazon order id"), max_length=32, db_index=True)
    source = models.CharField(max_length=3, choices=Source.choices)
    returned_at = models.DateTimeField()
    #: The FBA license plate number or the merchant-fulfilled return's Amazon RMA id.
    reference = models.CharField(max_length=40, blank=True)
    seller_sku = models.CharField(max_length=80, blank=True)
    asin = models.CharField(max_length=10, blank=True)
    title = models.CharField(max_length=500, blank=True)
    quantity = models.PositiveIntegerField(default=1)
    reason = models.CharField(max_length=60, blank=True)
    status = models.CharField(max_length=80, blank=True)
    disposition = models.CharField(max_length=60, blank=True)
    customer_comment = EncryptedTextField(blank=True)
    comment_erased_at = models.DateTimeField(null=True, blank=True)
    synced_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-returned_at", "-pk"]
        verbose_name = _("Amazon return")
        verbose_name_plural = _("Amazon returns")
        constraints = [
            models.UniqueConstraint(
                fields=["amazon_order_id", "seller_sku", "returned_at", "reference"],
                name="amazon_return_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.amazon_order_id}: {self.quantity} × {self.seller_sku or self.asin}"

    @property
    def reason_display(self) -> str:
        """The reason in the reader's language; a code not known here as Amazon sent it."""
        code = self.reason.upper().removeprefix("CR-")
        label = RETURN_REASON_LABELS.get(code)
        return str(label) if label is not None else self.reason
