"""Admin registration of the ground floor: the *Compliance holds* report under *Reports*."""

from typing import TYPE_CHECKING, Any

from django.http import HttpRequest
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise


def register_compliance_urls() -> list[URLPattern]:
    return [
        path(
            "compliance/holds/",
            admin_views.compliance_holds_report,
            name="core_compliance_holds",
        ),
        path(
            "compliance/holds/cases.jsonl",
            admin_views.compliance_cases_download,
            name="core_compliance_cases",
        ),
    ]


class ComplianceHoldsItem(MenuItem):
    def __init__(self, label: "str | _StrPromise", url: str, **kwargs: Any) -> None:
        # Wagtail is unannotated, and mypy cannot name the callee of a super() call to exempt it.
        super().__init__(label, url, **kwargs)  # type: ignore[no-untyped-call]

    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(admin_views.PERMISSION)


def register_compliance_holds_report() -> MenuItem:
    return ComplianceHoldsItem(
        _("Compliance holds"),
        reverse("core_compliance_holds"),
        icon_name="warning",
        order=900,
    )


# Registered by call rather than as decorators: Wagtail's decorator is unannotated.
hooks.register("register_admin_urls", register_compliance_urls)
hooks.register("register_reports_menu_item", register_compliance_holds_report)
