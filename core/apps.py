from django.apps import AppConfig


class CoreConfig(AppConfig):
    """No models of its own; installed for its ``flush`` command, which lifts the database
    guards the apps register (``core.db_guards``) around Django's own."""

    name = "core"
    verbose_name = "Core"
