from django.apps import AppConfig


class CustomersConfig(AppConfig):
    name = "customers"
    verbose_name = "Customers"

    def ready(self) -> None:
        from core import db_guards

        from . import ledger_guard, receivers  # noqa: F401 (connects the receivers)

        db_guards.register(
            "consent_ledger", install=ledger_guard.install, remove=ledger_guard.remove
        )
