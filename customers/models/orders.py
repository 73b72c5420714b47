"""Orders on every channel, and what the own store says happened to them after they were
placed: fulfilments (with the delivery date), refunds and cancellations. Written by
``customers.services`` (the Shopify webhooks) and ``customers.shopify_orders`` (the Admin API
backfill and reconcile); read by the helpdesk and the funnel."""

from datetime import datetime
from decimal import Decimal

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .people import Channel, ChannelIdentity, Customer


class Order(models.Model):
    """An order on any channel, recorded so support sees it and the funnel can attribute it."""

    customer = models.ForeignKey(
        Customer, on_delete=models.PROTECT, related_name="orders", verbose_name=_("customer")
    )
    identity = models.ForeignKey(
        ChannelIdentity, on_delete=models.PROTECT, null=True, blank=True, related_name="orders"
    )
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    marketplace = models.CharField(_("marketplace"), max_length=20, blank=True)
    external_id = models.CharField(_("order id"), max_length=64)
    placed_at = models.DateTimeField(_("placed"))
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    total = models.DecimalField(_("total"), max_digits=12, decimal_places=2, null=True, blank=True)
    # A cancelled order stays on record for support but never counts as bought: no purchase
    # exit, no attribution, not "ordered" in the funnel's numbers.
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancel_reason = models.CharField(_("why cancelled"), max_length=40, blank=True)
    reference = models.CharField(
        _("order number"), max_length=100, blank=True, help_text=_("As the channel names it.")
    )
    #: When the store last changed the order (Shopify's ``updatedAt``), as last synced.
    store_updated_at = models.DateTimeField(_("updated in the store"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-placed_at"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "marketplace", "external_id"], name="customers_order_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} {self.reference or self.external_id}"

    # Cheap with ``prefetch_related("fulfilments", "refunds")``, as the helpdesk reads them.

    @property
    def delivered_at(self) -> datetime | None:
        """The latest delivery the store reports (where an own-store warranty starts)."""
        dates = [f.delivered_at for f in self.fulfilments.all() if f.delivered_at]
        return max(dates) if dates else None

    @property
    def refunded_amount(self) -> Decimal | None:
        amounts = [r.amount for r in self.refunds.all() if r.amount is not None]
        return sum(amounts, Decimal("0")) if amounts else None


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    sku = models.ForeignKey(
        "catalog.SKU", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    external_sku = models.CharField(_("channel SKU / ASIN"), max_length=64, blank=True)
    title = models.CharField(_("title"), max_length=255, blank=True)
    quantity = models.PositiveIntegerField(_("quantity"), default=1)
    #: The store's id of the line (Shopify's line item id), so a sync updates it in place.
    external_id = models.CharField(_("line id"), max_length=64, blank=True)
    refunded_quantity = models.PositiveIntegerField(_("refunded"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["order", "external_id"],
                condition=~Q(external_id=""),
                name="customers_orderline_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.title or self.external_sku}"


class OrderFulfilment(models.Model):
    """A shipment of an own-store order, as the store reports it. The delivery date, when the
    carrier reports one, is the day an own-store warranty starts."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="fulfilments")
    external_id = models.CharField(_("fulfilment id"), max_length=64)
    status = models.CharField(_("status"), max_length=32, blank=True)
    display_status = models.CharField(_("shipment status"), max_length=32, blank=True)
    fulfilled_at = models.DateTimeField(_("fulfilled"))
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    tracking_company = models.CharField(_("carrier"), max_length=100, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=100, blank=True)
    tracking_url = models.URLField(_("tracking link"), max_length=500, blank=True)

    class Meta:
        ordering = ["order", "fulfilled_at", "id"]
        verbose_name = _("fulfilment")
        verbose_name_plural = _("fulfilments")
        constraints = [
            models.UniqueConstraint(
                fields=["order", "external_id"], name="customers_fulfilment_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.order}: {self.display_status or self.status}"


class OrderRefund(models.Model):
    """A refund of an own-store order (all of it or some lines), as the store reports it."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="refunds")
    external_id = models.CharField(_("refund id"), max_length=64)
    refunded_at = models.DateTimeField(_("refunded"))
    amount = models.DecimalField(
        _("amount"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        ordering = ["order", "refunded_at", "id"]
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")
        constraints = [
            models.UniqueConstraint(fields=["order", "external_id"], name="customers_refund_once")
        ]

    def __str__(self) -> str:
        return f"{self.order}: {self.amount} {self.currency}"


class ShopifyWebhookReceipt(models.Model):
    """One Shopify webhook delivery, by its ``X-Shopify-Webhook-Id``. Shopify repeats
    deliveries until it gets a 200; the unique id makes a repeat change nothing.

    A test notification ("Send test notification" in Shopify's admin, or an order placed in
    test mode) is kept here only, marked ``test``: it never becomes a customer or an order."""

    webhook_id = models.CharField(max_length=100, unique=True)
    topic = models.CharField(_("topic"), max_length=60)
    shop_domain = models.CharField(_("shop"), max_length=255, blank=True)
    test = models.BooleanField(_("test notification"), default=False)
    order_reference = models.CharField(
        _("Shopify order"), max_length=100, blank=True, help_text=_("As Shopify names it.")
    )
    order = models.ForeignKey(
        Order, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    received_at = models.DateTimeField(_("received"), default=timezone.now)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("Shopify webhook")
        verbose_name_plural = _("Shopify webhooks")

    def __str__(self) -> str:
        return f"{self.topic} {self.webhook_id}"
