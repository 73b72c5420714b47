from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from core.permissions import ServiceWrittenPermissionPolicy
from core.wagtail_menus import PermissionMenuItem

from . import admin_views, selectors
from .forms import DiscountCodePoolForm, SequenceForm
from .models import Delivery, DiscountCodePool, Enrolment, ExportLog, KlaviyoSync, Sequence

register_permission_policy(Enrolment, ServiceWrittenPermissionPolicy(Enrolment))
register_permission_policy(Delivery, ServiceWrittenPermissionPolicy(Delivery))
register_permission_policy(ExportLog, ServiceWrittenPermissionPolicy(ExportLog))


class SequenceIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            ListingButton(
                _("Preview as customer / send test"),
                url=reverse("funnel_sequence_try", args=[instance.pk]),
                icon_name="mail",
                priority=15,
            )
        )
        return buttons


class SequenceViewSet(SnippetViewSet):
    """Sequences are snippets so marketers get drafts, revisions, locking and a live preview
    per language; only the published version is ever sent."""

    model = Sequence
    icon = "mail"
    menu_label = _("Sequences")
    index_view_class = SequenceIndexView
    list_display = [
        "name",
        "trigger",
        "mail_type",
        Column("active_enrolments", label=_("Active enrolments")),
        "updated_at",
    ]
    list_filter = ["trigger", "mail_type", "live"]
    search_fields = ["name"]
    edit_handler = ObjectList(Sequence.panels, base_form_class=SequenceForm)

    def get_queryset(self, request):
        from django.db.models import Count, Q

        return Sequence.objects.annotate(
            active_enrolments=Count("enrolments", filter=Q(enrolments__status="active"))
        )


class EnrolmentViewSet(SnippetViewSet):
    model = Enrolment
    icon = "user"
    menu_label = _("Enrolments")
    list_display = ["sequence", "identity", "status", "exit_reason", "enrolled_at", "ended_at"]
    list_filter = ["sequence", "status", "exit_reason"]
    search_fields = ["identity__email", "sequence__name"]
    inspect_view_enabled = True
    copy_view_enabled = False


class DeliveryViewSet(SnippetViewSet):
    """The outbox, read-only: written by the dispatcher and the tracking webhooks only."""

    model = Delivery
    icon = "mail"
    menu_label = _("Deliveries")
    list_display = [
        "step",
        "identity",
        "status",
        "due_at",
        "attempts",
        "sent_at",
        "opened_at",
        "clicked_at",
    ]
    list_filter = ["status", "mail_type", "enrolment__sequence"]
    search_fields = ["identity__email", "provider_message_id"]
    inspect_view_enabled = True
    copy_view_enabled = False


class DiscountCodePoolViewSet(SnippetViewSet):
    model = DiscountCodePool
    icon = "tag"
    menu_label = _("Discount code pools")
    list_display = ["name", Column("available", label=_("Unused codes")), "created_at"]
    edit_handler = ObjectList(DiscountCodePool.panels, base_form_class=DiscountCodePoolForm)
    copy_view_enabled = False


class ExportLogViewSet(SnippetViewSet):
    model = ExportLog
    icon = "download"
    menu_label = _("Export log")
    list_display = ["started_at", "username", "filters", "row_count", "finished_at"]
    inspect_view_enabled = True
    copy_view_enabled = False


class FunnelGroup(SnippetViewSetGroup):
    """Everything a marketer runs: sequences and their results, codes, exports, analytics."""

    menu_label = _("Funnel")
    menu_icon = "mail"
    menu_order = 350
    submenu_hook = "register_funnel_menu_item"
    items = (
        SequenceViewSet,
        EnrolmentViewSet,
        DeliveryViewSet,
        DiscountCodePoolViewSet,
        ExportLogViewSet,
    )


register_snippet(FunnelGroup)


@hooks.register("register_funnel_menu_item")
def analytics_menu_item():
    return PermissionMenuItem(
        _("Analytics"),
        reverse("funnel_analytics"),
        icon_name="view",
        order=10,
        permission=admin_views.ANALYTICS_PERMISSION,
    )


@hooks.register("register_funnel_menu_item")
def export_menu_item():
    return PermissionMenuItem(
        _("Export contacts"),
        reverse("funnel_export"),
        icon_name="download",
        order=20,
        permission=admin_views.EXPORT_PERMISSION,
    )


@hooks.register("register_funnel_menu_item")
def klaviyo_menu_item():
    return PermissionMenuItem(
        _("Klaviyo sync"),
        reverse("funnel_klaviyo_sync"),
        icon_name="resubmit",
        order=30,
        permission=admin_views.KLAVIYO_PERMISSION,
    )


class KlaviyoFailuresPanel(Component):
    """The dashboard tells whoever looks after the Klaviyo sync that syncs failed for good."""

    name = "funnel_klaviyo_failures"
    order = 60
    template_name = "funnel/admin/_klaviyo_panel.html"

    def __init__(self, failed: int):
        self.failed = failed

    def get_context_data(self, parent_context=None):
        return {"failed": self.failed}


@hooks.register("construct_homepage_panels")
def add_klaviyo_failures_panel(request, panels):
    if request.user.has_perm(admin_views.KLAVIYO_PERMISSION):
        failed = selectors.klaviyo_sync_counts().get(KlaviyoSync.Status.FAILED, 0)
        if failed:
            panels.append(KlaviyoFailuresPanel(failed))


@hooks.register("register_admin_urls")
def funnel_admin_urls():
    return [
        path("funnel/klaviyo/", admin_views.klaviyo_sync_view, name="funnel_klaviyo_sync"),
        path("funnel/analytics/", admin_views.analytics_view, name="funnel_analytics"),
        path(
            "funnel/analytics/print-runs/<int:run_id>/",
            admin_views.variants_view,
            name="funnel_variants",
        ),
        path("funnel/export/", admin_views.export_view, name="funnel_export"),
        path(
            "funnel/sequences/<int:pk>/try/",
            admin_views.sequence_try_view,
            name="funnel_sequence_try",
        ),
    ]
