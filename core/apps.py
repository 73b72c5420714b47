from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Installed for its ``flush`` command, which lifts the database guards the apps register
    (``core.db_guards``) around Django's own, and for its one model, the reviewers' labelled
    compliance cases (``core.models``, written through ``core.compliance_cases``)."""

    name = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The reader's register (formal unless their brand chose otherwise, ``core.voice``).
        from . import voice

        voice.install()
