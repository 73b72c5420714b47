"""The *Compliance holds* report in the admin (*Reports*): holds per week, the approval rate and
the risk signals reviewers most often found harmless or harmful, and the labelled cases as a
JSONL download (the same lines as ``manage.py compliance_cases export``)."""

import json

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from .compliance_cases import cases_for_export, holds_report
from .models import ComplianceCase

PERMISSION = "core.view_compliancecase"
WINDOWS = (4, 12, 26, 52)


def _require(request: HttpRequest) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def compliance_holds_report(request: HttpRequest) -> HttpResponse:
    _require(request)
    try:
        weeks = int(request.GET.get("weeks", 12))
    except ValueError:
        weeks = 12
    if weeks not in WINDOWS:
        weeks = 12
    source = request.GET.get("source", "")
    if source not in ComplianceCase.Source.values:
        source = ""
    return render(
        request,
        "core/compliance_holds_report.html",
        {
            "report": holds_report(weeks=weeks, source=source),
            "weeks": weeks,
            "windows": WINDOWS,
            "source": source,
            "sources": ComplianceCase.Source.choices,
            "page_title": _("Compliance holds"),
        },
    )


def compliance_cases_download(request: HttpRequest) -> HttpResponse:
    _require(request)
    body = "".join(f"{json.dumps(r, ensure_ascii=False)}\n" for r in cases_for_export())
    response = HttpResponse(body, content_type="application/x-ndjson; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="compliance-cases.jsonl"'
    return response
