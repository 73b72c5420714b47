"""The quarantine in the Wagtail admin (Helpdesk → Quarantined mail): mail intake could not
store, listed with why, downloadable as received, and a retry that runs intake again.

Staff only: the list needs ``helpdesk.view_quarantinedmail`` and a retry
``helpdesk.retry_quarantinedmail``. No support group has them by default, since a quarantined
mail is not yet sorted onto a channel (it may be an Amazon buyer's or an own-store customer's):
superusers, or whoever an administrator grants them to, look after it.
"""

from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, MenuItem
from wagtail.permissions import register_permission_policy

from core.permissions import ServiceWrittenPermissionPolicy

from .models import QuarantinedMail
from .services.intake import quarantine_retry

VIEW = "helpdesk.view_quarantinedmail"
RETRY = "helpdesk.retry_quarantinedmail"

register_permission_policy(QuarantinedMail, ServiceWrittenPermissionPolicy(QuarantinedMail))


def _actions(instance: QuarantinedMail, user) -> list[tuple[str, str, str]]:
    actions = [
        (
            _("Download as received"),
            reverse("helpdesk_quarantine:raw", args=[instance.pk]),
            "download",
        )
    ]
    if instance.status == QuarantinedMail.Status.QUARANTINED and user.has_perm(RETRY):
        actions.append(
            (
                _("Run intake again"),
                reverse("helpdesk_quarantine:retry", args=[instance.pk]),
                "rotate",
            )
        )
    return actions


class QuarantineIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for order, (label, url, icon) in enumerate(_actions(instance, self.request.user)):
            buttons.append(MenuItem(label, url=url, icon_name=icon, priority=40 + order))
        return buttons


class QuarantineInspectView(InspectView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        for order, (label, url, icon) in enumerate(_actions(self.object, self.request.user)):
            buttons.append(Button(label, url=url, icon_name=icon, priority=40 + order))
        return buttons


def raw_download(request: HttpRequest, pk: int) -> FileResponse:
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    quarantined = get_object_or_404(QuarantinedMail, pk=pk)
    is_mail = quarantined.kind == QuarantinedMail.Kind.MESSAGE
    response = FileResponse(
        quarantined.raw.open("rb"),
        as_attachment=True,
        filename=quarantined.download_name,
        content_type="message/rfc822" if is_mail else "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def retry(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.has_perm(RETRY):
        raise PermissionDenied
    quarantined = get_object_or_404(QuarantinedMail, pk=pk)
    if request.method != "POST":
        return render(
            request,
            "helpdesk/quarantine_retry.html",
            {"page_title": _("Run intake again"), "quarantined": quarantined},
        )
    quarantined = quarantine_retry(quarantined=quarantined, actor=request.user)
    if quarantined.status == QuarantinedMail.Status.RELEASED:
        flash.success(request, _("The mail is now a message of its ticket."))
    else:
        flash.error(
            request,
            _("The mail could not be stored again: %(error)s") % {"error": quarantined.error},
        )
    return redirect("helpdesk_quarantine:index")


class QuarantineViewSet(ModelViewSet):
    model = QuarantinedMail
    icon = "warning"
    menu_label = gettext_lazy("Quarantined mail")
    add_to_admin_menu = False
    index_view_class = QuarantineIndexView
    inspect_view_class = QuarantineInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        Column("subject", label=gettext_lazy("subject")),
        "sender",
        "provider",
        "kind",
        "status",
        "attempts",
        "received_at",
    ]
    list_filter = ["status", "kind", "provider"]
    search_fields = ["subject", "sender", "error"]
    form_fields = ["subject"]  # never shown: nobody adds or changes a quarantined mail
    inspect_view_fields = [
        "received_at", "provider", "event_id", "kind", "sender", "subject", "envelope_sender",
        "envelope_recipient", "size", "sha256", "error", "status", "attempts",
        "last_attempt_at", "message", "released_at", "released_by",
    ]  # fmt: skip

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/raw/", raw_download, name="raw"),
            path("<int:pk>/retry/", retry, name="retry"),
        ]
