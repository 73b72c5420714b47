"""Orders credited to the delivery that brought them."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .outbox import Delivery


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
