"""Channel-separated support: channels, tickets, messages, per-channel macro libraries, the customer-360 view, SLA clocks and inbound mail."""

from django.apps import AppConfig


class HelpdeskConfig(AppConfig):
    name = "helpdesk"
    verbose_name = "Helpdesk"

    def ready(self) -> None:
        from core import db_guards

        from . import audit_guard, receivers  # noqa: F401  (the receivers connect on import)

        db_guards.register("helpdesk_audit", install=audit_guard.install, remove=audit_guard.remove)
        db_guards.register(
            "helpdesk_store_actions",
            install=audit_guard.install_store_actions,
            remove=audit_guard.remove_store_actions,
        )
