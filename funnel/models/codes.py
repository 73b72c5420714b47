"""Discount code pools and the codes handed out from them."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)

from .outbox import Delivery


class DiscountCodePool(models.Model):
    """Single-use codes given out once each: to a funnel mail's recipient, or by an own-store
    support agent to a ticket (``helpdesk.TicketDiscountCode``). Marketplace channels never
    get one.

    With a store discount set (``store_value_type``) and Shopify connected, each code is made in
    the store the moment it is handed out (``funnel/store_codes.py``); otherwise the pool hands
    out the codes pasted here (e.g. from Shopify's bulk discount export)."""

    class StoreValue(models.TextChoices):
        NONE = "", _("No: hand out the codes pasted here")
        PERCENTAGE = "percentage", _("Percentage off")
        FIXED_AMOUNT = "fixed_amount", _("Fixed amount off")

    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.CharField(_("description"), max_length=255, blank=True)
    store_value_type = models.CharField(
        _("create codes in the store"),
        max_length=16,
        choices=StoreValue.choices,
        blank=True,
        default="",
        help_text=_(
            "When Shopify is connected, each code is created in the store as it is handed out: "
            "single use, on the whole order. The codes pasted here remain the fallback."
        ),
    )
    store_value = models.DecimalField(
        _("discount"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("Percent (1–100) or an amount in the store's currency."),
    )
    store_valid_days = models.PositiveIntegerField(
        _("valid for (days)"),
        null=True,
        blank=True,
        help_text=_("Empty: the code does not expire."),
    )
    store_limit_to_customer = models.BooleanField(
        _("only for the customer it is given to"),
        default=False,
        help_text=_("Limits the code to the customer's Shopify account when the store knows them."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("store_value_type"),
        FieldPanel("store_value"),
        FieldPanel("store_valid_days"),
        FieldPanel("store_limit_to_customer"),
        FieldPanel("new_codes"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("discount code pool")
        verbose_name_plural = _("discount code pools")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.store_value_type and self.store_value is None:
            raise ValidationError({"store_value": _("Say how much the code takes off.")})
        if (
            self.store_value_type == self.StoreValue.PERCENTAGE
            and self.store_value is not None
            and self.store_value > 100
        ):
            raise ValidationError({"store_value": _("A percentage is at most 100.")})

    @property
    def creates_in_store(self) -> bool:
        return bool(self.store_value_type and self.store_value)

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
    #: Made in the store (Shopify) when handed out: its discount's id there, and when.
    store_discount_id = models.CharField(_("discount in the store"), max_length=100, blank=True)
    created_in_store_at = models.DateTimeField(_("created in the store"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    identity = models.ForeignKey(
        "customers.ChannelIdentity",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("given to"),
    )

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
