"""Permission policies for records that are written by services, never by an admin form."""

from wagtail.permission_policies.base import ModelPermissionPolicy


class ServiceWrittenPermissionPolicy(ModelPermissionPolicy):
    """Lets people with ``view`` permission list and inspect rows, and nobody (superusers
    included) add, change or delete them from the admin: these rows are written only through
    ``services.py``, which keeps their rules and audit trail.

    Override ``writable_actions`` to open one action (e.g. ``{"add"}``) to permitted users.
    """

    writable_actions: frozenset[str] = frozenset()

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"} - self.writable_actions:
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class AddOnlyPermissionPolicy(ServiceWrittenPermissionPolicy):
    writable_actions = frozenset({"add"})
