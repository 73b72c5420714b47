"""Discount code pools and the codes handed out from them."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)

from .outbox import Delivery


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
