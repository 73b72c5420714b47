"""Thin views: the design preview (the real PDF page as an image) and the print-run download."""

from __future__ import annotations

import base64

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import gate, services
from .models import PrintProfile, PrintRun
from .rendering import geometry as geo
from .rendering import pdf
from .rendering.layout import LayoutError
from .rendering.preview import page_png


def _preview_profile(design) -> PrintProfile:
    if design.profile_id:
        return design.profile
    return PrintProfile(
        name="A6", slug="a6", sides="double" if design.back else "single"
    )  # an unsaved default: A6, 3 mm bleed, 5 mm safe margin


def design_preview(request, design, mode_name: str):
    """What the print shop will get: the design's page rendered from the real PDF (with sample
    codes), the profile it was laid out for, what the insert policy finds and, for a design
    held for review, each risk and whether a Compliance reviewer signed it off."""
    profile = _preview_profile(design)
    image = error = None
    try:
        sheet = mode_name == "sheet"
        data = services.design_pdf(design, profile, sheet=sheet)
        page = 1 if mode_name == "back" else 0
        if mode_name == "back" and not design.back:
            error = _("This design has no back side.")
        else:
            image = base64.b64encode(page_png(data, page, dpi=160 if sheet else 200)).decode()
    except (LayoutError, pdf.RenderError, geo.GeometryError) as exc:
        error = str(exc)
    check = gate.design_check(design)
    context = {
        "design": design,
        "profile": profile,
        "image": image,
        "error": error,
        "findings": check.findings,
        "risks": check.risks,
        "sign_off": gate.sign_off_for(design, check) if check.held else None,
        "policy": gate.policy_for(design.channel),
        "mode": mode_name,
    }
    return TemplateResponse(request, "inserts/admin/preview.html", context)


def printrun_pdf(request, pk: int):
    """The stored PDF of a finished run, for staff who may view print runs."""
    if not request.user.has_perm("inserts.view_printrun"):
        raise PermissionDenied
    run = get_object_or_404(PrintRun, pk=pk)
    if run.status != PrintRun.Status.DONE or not run.pdf:
        raise Http404(_("This run has no PDF (yet)."))
    return FileResponse(
        run.pdf.open("rb"), as_attachment=True, filename=run.pdf.name.rsplit("/", 1)[-1],
        content_type="application/pdf",
    )  # fmt: skip


@require_POST
def printrun_retry(request, pk: int):
    """Queue a failed run again (its codes are reused)."""
    if not request.user.has_perm("inserts.add_printrun"):
        raise PermissionDenied
    run = get_object_or_404(PrintRun, pk=pk)
    try:
        services.printrun_retry(run=run, user=request.user)
        messages.success(request, _("Print run %(id)s queued again.") % {"id": run.pk})
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("inserts_printrun:inspect", run.pk)
