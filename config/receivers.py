"""The project's own reactions: the staff roles follow every ``migrate``."""

from django.apps import apps as global_apps
from django.db.models.signals import post_migrate
from django.dispatch import receiver

from . import roles


@receiver(post_migrate, dispatch_uid="config.sync_roles")
def sync_roles_after_migrate(sender, apps=None, **kwargs) -> None:
    """``post_migrate`` is sent once per app; act on the last app's, when every app's
    permissions exist, so the roles are synced once per ``migrate``."""
    with_models = [a for a in global_apps.get_app_configs() if a.models_module is not None]
    if sender is not with_models[-1]:
        return
    roles.sync_roles(apps)
