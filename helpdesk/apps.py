"""Channel-separated support: channels, tickets, messages, per-channel macro libraries, the customer-360 view, SLA clocks and inbound mail."""

from django.apps import AppConfig


class HelpdeskConfig(AppConfig):
    name = "helpdesk"
    verbose_name = "Helpdesk"

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (connects the receivers)
