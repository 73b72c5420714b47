from django.apps import AppConfig


class ConfigConfig(AppConfig):
    name = "config"
    label = "config"
    verbose_name = "Bridgecard"

    def ready(self) -> None:
        # Importing registers the production checks and connects the receivers.
        from . import checks, receivers  # noqa: F401
