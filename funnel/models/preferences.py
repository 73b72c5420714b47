"""What a contact chose on the preference page."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
