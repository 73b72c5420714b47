"""Short codes and scans, product landing pages, the registration form, warranty certificates and double opt-in."""

from django.apps import AppConfig


class RegistrationConfig(AppConfig):
    name = "registration"
    verbose_name = "Registration"

    def ready(self) -> None:
        from core import db_guards

        from . import db_guard, receivers  # noqa: F401  (the receivers connect on import)

        db_guards.register("registration", install=db_guard.install, remove=db_guard.remove)
