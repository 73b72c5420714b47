"""Parcel insert designs (Wagtail snippets with drafts, revisions, preview and workflow), print profiles, PDF rendering and print runs."""

from django.apps import AppConfig


class InsertsConfig(AppConfig):
    name = "inserts"
    verbose_name = "Inserts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (the receivers connect on import)
