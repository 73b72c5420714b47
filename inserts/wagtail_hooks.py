"""Admin: the "Inserts" menu with designs, print profiles and print runs; the publish gate's
message in the editor."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.urls import path, reverse
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from . import gate, selectors, services, views
from .forms import PrintRunForm
from .models import InsertDesign, PrintProfile, PrintRun


class InsertDesignViewSet(SnippetViewSet):
    model = InsertDesign
    icon = "doc-full-inverse"
    menu_label = _("Designs")
    list_display = ["name", "channel", "locale", "profile"]
    list_filter = ["channel", "locale", "live"]
    search_fields = ["name"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
                    FieldRowPanel([FieldPanel("channel"), FieldPanel("brand")]),
                    FieldPanel("profile"),
                    FieldRowPanel([FieldPanel("accent_cmyk"), FieldPanel("background_cmyk")]),
                    FieldPanel("owner_target"),
                ],
                heading=_("Design"),
            ),
            ObjectList([FieldPanel("front")], heading=_("Front")),
            ObjectList([FieldPanel("back")], heading=_("Back")),
        ]
    )


class PrintProfileViewSet(SnippetViewSet):
    model = PrintProfile
    icon = "crop"
    menu_label = _("Print profiles")
    list_display = ["name", Column("describe", label=_("Card and press"))]


class ProgressColumn(Column):
    """'42 %' while a run renders, the card count once it is ready."""

    def get_value(self, instance):
        if instance.status == PrintRun.Status.DONE:
            return _("%(cards)s cards, %(pages)s pages") % {
                "cards": instance.cards, "pages": instance.pages,
            }  # fmt: skip
        if instance.status == PrintRun.Status.FAILED:
            return instance.message.splitlines()[0][:120] if instance.message else "—"
        return f"{instance.progress} %"


class RevisionColumn(Column):
    def get_value(self, instance):
        revision = instance.design_revision
        return f"#{revision.pk} · {revision.created_at:%Y-%m-%d %H:%M}"


class DownloadLinkColumn(Column):
    def get_value(self, instance):
        if instance.status != PrintRun.Status.DONE:
            return ""
        url = reverse("inserts_printrun:pdf", args=[instance.pk])
        return format_html('<a class="button button-small" href="{}">{}</a>', url, _("PDF"))


class PrintRunPermissionPolicy(ModelPermissionPolicy):
    """A run is a record of what was printed: it can be created and viewed, never edited or
    deleted (its codes live forever)."""

    def user_has_permission(self, user, action):
        if action in {"change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(PrintRun, PrintRunPermissionPolicy(PrintRun))


class PrintRunCreateView(generic.CreateView):
    """Hands the form to ``services.printrun_create``; the policy's findings or any other
    refusal come back as form errors, nothing is lost."""

    def form_valid(self, form):
        data = form.cleaned_data
        self.produced_error_message = _("The print run could not be started.")
        try:
            self.object = services.printrun_create(
                design=data["design"],
                skus=data["skus"],
                profile=data["profile"],
                serialized=data.get("serialized", False),
                quantity=data.get("quantity") or 0,
                serial_prefix=data.get("serial_prefix", ""),
                serial_start=data.get("serial_start") or None,
                lot=data.get("lot", ""),
                challengers=form.challengers(),
                control_weight=data.get("control_weight") or 50,
                user=self.request.user,
            )
        except gate.InsertBlocked as error:
            form.add_error(None, str(error.args[0]).splitlines()[0])
            for finding in error.findings:
                form.add_error(None, str(finding))
            return self.form_invalid(form)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Print run %(id)s started: the PDF is rendered and checked in the background.")
            % {"id": self.object.pk},
        )
        return redirect("inserts_printrun:inspect", self.object.pk)


class PrintRunInspectView(generic.InspectView):
    template_name = "inserts/admin/printrun_inspect.html"

    # Figures in the reader's locale, rounded as people read them ("0.07 s", "0,07 s", "1.2 MB").
    def get_render_seconds_display_value(self):
        return seconds_display(self.object.render_seconds)

    def get_verify_seconds_display_value(self):
        return seconds_display(self.object.verify_seconds)

    def get_pdf_bytes_display_value(self):
        size = self.object.pdf_bytes
        return filesizeformat(size) if size is not None else "—"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        run = self.object
        context["run"] = run
        context["findings"] = run.findings
        context["download_url"] = (
            reverse("inserts_printrun:pdf", args=[run.pk]) if run.status == "done" else ""
        )
        context["variants"] = list(run.variants.select_related("design"))
        context["variants_url"] = (
            reverse("funnel_variants", args=[run.pk])
            if len(context["variants"]) > 1
            and self.request.user.has_perm("funnel.view_funnel_analytics")
            else ""
        )
        context["retry_url"] = (
            reverse("inserts_printrun:retry", args=[run.pk])
            if run.status == "failed" and self.request.user.has_perm("inserts.add_printrun")
            else ""
        )
        return context


def seconds_display(seconds: float | None) -> str:
    """A duration in seconds, rounded to hundredths and localised: "0.07 s" ("0,07 s" in
    German); a dash when not measured."""
    if seconds is None:
        return "—"
    return gettext("%(seconds)s s") % {"seconds": formats.number_format(round(seconds, 2), 2)}


class PrintRunViewSet(ModelViewSet):
    model = PrintRun
    icon = "download"
    menu_label = _("Print runs")
    name = "inserts_printrun"
    url_prefix = "inserts/print-runs"
    add_view_class = PrintRunCreateView
    inspect_view_class = PrintRunInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        TitleColumn("__str__", label=_("Run"), url_name="inserts_printrun:inspect"),
        RevisionColumn("design_revision", label=_("Approved revision")),
        Column("profile"),
        StatusTagColumn(
            "status",
            accessor="get_status_display",
            label=_("Status"),
            primary=lambda run: run.status == "done",
        ),
        ProgressColumn("progress", label=_("Progress")),
        DownloadLinkColumn("pdf", label=_("File")),
        DateColumn("created_at", label=_("Created")),
    ]
    list_filter = ["status", "design"]
    inspect_view_fields = [
        "design", "design_revision", "sign_off", "profile", "skus", "serialized", "quantity",
        "code_batch",
        "status", "progress", "pages", "cards", "codes_verified", "pdf_sha256", "pdf_bytes",
        "render_seconds", "verify_seconds", "created_by", "created_at", "started_at",
        "finished_at",
    ]  # fmt: skip
    edit_handler = ObjectList(
        [
            FieldPanel("design", widget=forms.Select),
            FieldPanel("profile", widget=forms.Select),
            FieldPanel("skus", widget=forms.CheckboxSelectMultiple),
            FieldPanel("lot"),
            MultiFieldPanel(
                [
                    FieldPanel("serialized"),
                    FieldRowPanel([FieldPanel("quantity"), FieldPanel("serial_start")]),
                    FieldPanel("serial_prefix"),
                ],
                heading=_("Serialized run"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("control_weight"),
                    FieldRowPanel([FieldPanel("variant_b_design"), FieldPanel("variant_b_weight")]),
                    FieldRowPanel([FieldPanel("variant_c_design"), FieldPanel("variant_c_weight")]),
                ],
                heading=_("Design variants (optional)"),
                help_text=_(
                    "Split a serialized run between designs to see which one customers answer "
                    "best. Every variant passes the insert policy before printing."
                ),
            ),
        ],
        base_form_class=PrintRunForm,
    )

    def get_queryset(self, request):
        return selectors.runs_for_admin()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/pdf/", views.printrun_pdf, name="pdf"),
            path("<int:pk>/retry/", views.printrun_retry, name="retry"),
        ]


class InsertsGroup(ViewSetGroup):
    menu_label = _("Inserts")
    menu_icon = "doc-full"
    menu_order = 250
    items = (InsertDesignViewSet, PrintProfileViewSet, PrintRunViewSet)


@hooks.register("register_admin_viewset")
def register_inserts():
    return InsertsGroup()


@hooks.register("before_publish")
def refuse_blocked_design(request, obj):
    """Publishing from the editor: show the findings and stay on the draft (it is saved)."""
    if not isinstance(obj, InsertDesign):
        return None
    check = gate.design_check(obj)
    if check.findings:
        messages.error(
            request,
            _("Not published: the insert policy blocks this design. The draft is saved."),
        )
        for finding in check.findings:
            messages.error(request, str(finding))
    elif check.risks and gate.sign_off_for(obj, check) is None:
        messages.warning(
            request,
            _(
                "Not published: this design is held for review. The draft is saved; submit it "
                "to the Insert approval workflow, where a compliance reviewer confirms each risk."
            ),
        )
        for risk in check.risks:
            messages.warning(request, str(risk))
    else:
        return None
    return redirect(reverse(obj.snippet_viewset.get_url_name("edit"), args=[obj.pk]))
