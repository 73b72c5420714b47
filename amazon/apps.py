from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AmazonConfig(AppConfig):
    """The Selling Partner API connection: seller accounts per region, the orders synced from
    them (``docs/amazon.md``)."""

    name = "amazon"
    verbose_name = _("Amazon")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from core import db_guards

        from . import message_guard

        db_guards.register(
            "amazon_buyer_messages", install=message_guard.install, remove=message_guard.remove
        )
