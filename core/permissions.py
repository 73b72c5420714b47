"""Permission policies for records that are written by services, never by an admin form."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import Model
from wagtail.permission_policies.base import ModelPermissionPolicy


class ServiceWrittenPermissionPolicy(ModelPermissionPolicy):
    """Lets people with ``view`` permission list and inspect rows, and nobody (superusers
    included) add, change or delete them from the admin: these rows are written only through
    ``services.py``, which keeps their rules and audit trail.

    Override ``writable_actions`` to open one action (e.g. ``{"add"}``) to permitted users.
    """

    writable_actions: frozenset[str] = frozenset()

    def user_has_permission(self, user: AbstractBaseUser | AnonymousUser, action: str) -> bool:
        if action in {"add", "change", "delete"} - self.writable_actions:
            return False
        # Wagtail is unannotated, and mypy cannot name the callee of a super() call to exempt it.
        allowed: bool = super().user_has_permission(user, action)  # type: ignore[no-untyped-call]
        return allowed

    def user_has_permission_for_instance(
        self, user: AbstractBaseUser | AnonymousUser, action: str, instance: Model
    ) -> bool:
        return self.user_has_permission(user, action)


class AddOnlyPermissionPolicy(ServiceWrittenPermissionPolicy):
    writable_actions = frozenset({"add"})
