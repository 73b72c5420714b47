"""Admin menu items shown only to staff with a given permission (used by several apps)."""

from typing import Any

from django.http import HttpRequest
from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    """A menu item shown to users who have *permission*."""

    def __init__(self, *args: Any, permission: str, **kwargs: Any) -> None:
        self.permission = permission
        # Wagtail is unannotated, and mypy cannot name the callee of a super() call to exempt it.
        super().__init__(*args, **kwargs)  # type: ignore[no-untyped-call]

    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(self.permission)
