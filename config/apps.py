from django.apps import AppConfig


class ConfigConfig(AppConfig):
    name = "config"
    label = "config"
    verbose_name = "Bridgecard"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from . import checks  # noqa: F401  (registers the production checks)
        from .roles import sync_roles_after_migrate

        post_migrate.connect(sync_roles_after_migrate)
