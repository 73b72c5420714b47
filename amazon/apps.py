from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AmazonConfig(AppConfig):
    """The Selling Partner API connection: seller accounts per region, the orders synced from
    them (``docs/amazon.md``)."""

    name = "amazon"
    verbose_name = _("Amazon")
    default_auto_field = "django.db.models.BigAutoField"
