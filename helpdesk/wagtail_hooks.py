"""The helpdesk in the Wagtail admin: a "Helpdesk" menu with an inbox per channel the agent may
see, the response-time report, macro libraries, discount pools, channels and the gate's audit.

The per-channel inbox items are built on each request from the channels the user's groups may
see (``HelpdeskMenu``), so a Support (marketplace) agent's menu lists only Amazon channels.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.permissions import ServiceWrittenPermissionPolicy

from . import admin_urls, hold_selectors, selectors
from .models import Channel, GateDecision, HoldDecision, Macro
from .models.channels import POLICY_CHOICES, signature_errors
from .models.macros import macro_errors
from .quarantine_admin import QuarantineViewSet


class SlaPanel(Component):
    """The dashboard's breach warning: tickets past their response time per channel."""

    name = "helpdesk_sla"
    order = 50
    template_name = "helpdesk/_dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        channels = {c.pk: c for c in selectors.visible_channels(user=self.user)}
        counts = selectors.inbox_counts(user=self.user)
        rows = [(channels[pk], c) for pk, c in counts.items() if pk in channels and c["overdue"]]
        return {"rows": rows, "open": sum(c["open"] for c in counts.values())}


@hooks.register("construct_homepage_panels")
def add_sla_panel(request, panels):
    if selectors.visible_policies(user=request.user):
        panels.append(SlaPanel(request.user))


@hooks.register("register_admin_urls")
def register_helpdesk_urls():
    return [path("helpdesk/", include(admin_urls))]


def held_replies_label(request) -> str:
    """ "Held replies (3)": the count is the reviewer's badge in the admin menu."""
    count = hold_selectors.held_replies_count(user=request.user)
    label = str(_("Held replies"))
    return f"{label} ({count})" if count else label


class HelpdeskMenu(Menu):
    """Static items, the held-reply queue for those who decide holds (with its count) and one
    inbox per channel the requesting user may see."""

    def menu_items_for_request(self, request):
        items = super().menu_items_for_request(request)
        if hold_selectors.hold_channels(user=request.user).exists():
            items.append(
                MenuItem(
                    held_replies_label(request),
                    reverse("helpdesk_holds"),
                    name="helpdesk-holds",
                    icon_name="warning",
                    classname="hd-menu-holds",
                    order=5,
                )
            )
        base = reverse("helpdesk_inbox")
        for order, channel in enumerate(
            selectors.visible_channels(user=request.user)
            .filter(is_active=True)
            .order_by("kind", "marketplace", "name"),
            start=10,
        ):
            items.append(
                MenuItem(
                    channel.name,
                    f"{base}?channel={channel.slug}",
                    name=f"helpdesk-{channel.slug}",
                    icon_name="mail",
                    order=order,
                )
            )
        return items


class HelpdeskAccessItem(MenuItem):
    def is_shown(self, request):
        return bool(selectors.visible_policies(user=request.user))


class PermissionItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class HelpdeskSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return (
            bool(selectors.visible_policies(user=request.user))
            or request.user.has_perm("helpdesk.view_gatedecision")
            or request.user.has_perm("helpdesk.view_quarantinedmail")
            or hold_selectors.hold_channels(user=request.user).exists()
        )

    def render_component(self, request):
        # The badge: the menu's own label carries the count of held replies waiting for the
        # reviewer, so it shows with the submenu closed.
        component = super().render_component(request)
        count = hold_selectors.held_replies_count(user=request.user)
        if count:
            component.label = f"{self.label} ({count})"
        return component


#: The admin screens behind the menu: (label, URL name, icon, order, the permission that shows
#: the item). The discount pools are one model for the funnel and the helpdesk: their admin lives
#: in the funnel.
ADMIN_SCREENS = [
    (_("Macros"), "helpdesk_macro:index", "snippet", 910, "helpdesk.view_macro"),
    (
        _("Discount codes"),
        "wagtailsnippets_funnel_discountcodepool:list",
        "tag",
        920,
        "funnel.change_discountcodepool",
    ),
    (_("Channels"), "helpdesk_channel:index", "cog", 930, "helpdesk.change_channel"),
    (
        _("Send gate decisions"),
        "helpdesk_gatedecision:index",
        "doc-full",
        940,
        "helpdesk.view_gatedecision",
    ),
    (
        _("Decisions on held replies"),
        "helpdesk_holddecision:index",
        "tick-inverse",
        950,
        "helpdesk.view_holddecision",
    ),
    (
        _("Quarantined mail"),
        "helpdesk_quarantine:index",
        "warning",
        960,
        "helpdesk.view_quarantinedmail",
    ),
]


@hooks.register("register_admin_menu_item")
def register_helpdesk_menu():
    menu = HelpdeskMenu(
        items=[
            HelpdeskAccessItem(
                _("All my channels"), reverse("helpdesk_inbox"), icon_name="mail", order=1
            ),
            HelpdeskAccessItem(
                _("Response times"), reverse("helpdesk_report"), icon_name="time", order=900
            ),
            *(
                PermissionItem(
                    label, reverse(url_name), icon_name=icon, order=order, permission=permission
                )
                for label, url_name, icon, order, permission in ADMIN_SCREENS
            ),
        ]
    )
    return HelpdeskSubmenu(_("Helpdesk"), menu, icon_name="help", order=250, name="helpdesk")


# ---------------------------------------------------------------------------------------------
# Macros: each agent sees and edits only the libraries of the channels they may answer.


class MacroPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the libraries the user's channels use."""

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission(user, action) and (
            user.is_superuser or instance.library in selectors.visible_policies(user=user)
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Macro.objects.none()
        return selectors.macros_for_user(user=user)


register_permission_policy(Macro, MacroPermissionPolicy(Macro))


class MacroForm(WagtailAdminModelForm):
    """Offers only the user's libraries and channels; the model refuses an Amazon macro that
    fails the Amazon policy whatever the form shows."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is not None and not user.is_superuser:
            policies = selectors.visible_policies(user=user)
            self.fields["library"].choices = [c for c in POLICY_CHOICES if c[0] in policies]
            self.fields["channels"].queryset = selectors.visible_channels(user=user)

    def clean(self):
        cleaned = super().clean()
        library = cleaned.get("library")
        for channel in cleaned.get("channels") or []:
            if channel.effective_policy != library:
                self.add_error(
                    "channels", _("%(channel)s is not in this library.") % {"channel": channel}
                )
        return cleaned

    def is_valid(self):
        """The macro's texts in other languages pass the library's rules too, shown on the
        text that breaks them (the model refuses them anyway, on any path)."""
        valid = super().is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        library, pool = cleaned.get("library"), cleaned.get("discount_pool")
        for form in _live_forms(self.formsets.get("variants")):
            body = form.cleaned_data.get("body", "")
            for field, messages in macro_errors(library=library, body=body, pool=pool).items():
                for message in messages:
                    form.add_error("body" if field == "body" else None, message)
                    valid = False
        return valid


def _live_forms(formset):
    """The child forms of *formset* that were filled in and not marked for deletion."""
    if formset is None:
        return []
    return [
        form
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


class ChannelForm(WagtailAdminModelForm):
    """A channel's signatures in other languages pass the Amazon policy on an Amazon channel,
    as its default signature does (``Channel.clean``)."""

    def is_valid(self):
        valid = super().is_valid()
        if not hasattr(self, "cleaned_data"):
            return valid
        for form in _live_forms(self.formsets.get("signatures")):
            for message in signature_errors(
                channel=self.instance, text=form.cleaned_data.get("text", "")
            ):
                form.add_error("text", message)
                valid = False
        return valid


class MacroIndexView(IndexView):
    def get_base_queryset(self):
        return selectors.macros_for_user(user=self.request.user)


class MacroLibraryMixin:
    """Edit, delete and inspect only macros of the user's own libraries."""

    def get_object(self, queryset=None):
        macro = super().get_object(queryset)
        user = self.request.user
        if not user.is_superuser and macro.library not in selectors.visible_policies(user=user):
            raise PermissionDenied
        return macro


class MacroEditView(MacroLibraryMixin, EditView):
    pass


class MacroDeleteView(MacroLibraryMixin, DeleteView):
    pass


class MacroInspectView(MacroLibraryMixin, InspectView):
    pass


class MacroViewSet(ModelViewSet):
    model = Macro
    icon = "snippet"
    menu_label = _("Macros")
    add_to_admin_menu = False
    index_view_class = MacroIndexView
    edit_view_class = MacroEditView
    delete_view_class = MacroDeleteView
    inspect_view_class = MacroInspectView
    list_display = ["name", "library", "language", "promotional", "is_active", "updated_at"]
    list_filter = ["library", "language", "promotional", "is_active"]
    search_fields = ["name", "body"]
    inspect_view_enabled = True
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("library")]),
            FieldRowPanel([FieldPanel("language"), FieldPanel("is_active")]),
            FieldPanel("channels"),
            FieldPanel("body"),
            FieldPanel("discount_pool"),
            InlinePanel(
                "variants",
                label=_("In other languages"),
                panels=[FieldPanel("language"), FieldPanel("body")],
            ),
        ],
        base_form_class=MacroForm,
    )


class ChannelViewSet(ModelViewSet):
    model = Channel
    icon = "cog"
    menu_label = _("Channels")
    add_to_admin_menu = False
    list_display = ["name", "kind", "marketplace", "policy", "response_target_minutes", "is_active"]
    list_filter = ["kind", "is_active"]
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("marketplace")]),
            FieldRowPanel([FieldPanel("sender_address"), FieldPanel("inbound_address")]),
            FieldPanel("signature"),
            InlinePanel(
                "signatures",
                label=_("Signature in a language"),
                panels=[FieldPanel("language"), FieldPanel("text")],
                help_text=_("A reply in that language ends with this signature instead."),
            ),
            FieldPanel("auto_acknowledgement"),
            FieldRowPanel([FieldPanel("store_url"), FieldPanel("loyalty_url")]),
            MultiFieldPanel(
                [
                    FieldPanel("response_target_minutes"),
                    FieldPanel("business_hours_only"),
                    FieldRowPanel(
                        [
                            FieldPanel("business_time_zone"),
                            FieldPanel("business_days"),
                            FieldPanel("business_opens"),
                            FieldPanel("business_closes"),
                        ]
                    ),
                    FieldPanel("holidays"),
                ],
                heading=_("Response clock"),
            ),
            FieldPanel("hold_approvers", widget=forms.CheckboxSelectMultiple),
            FieldPanel("is_active"),
        ],
        base_form_class=ChannelForm,
    )


register_permission_policy(GateDecision, ServiceWrittenPermissionPolicy(GateDecision))
register_permission_policy(HoldDecision, ServiceWrittenPermissionPolicy(HoldDecision))


class GateDecisionViewSet(ModelViewSet):
    """The send gate's record, read-only: every attempted reply with the exact text checked."""

    model = GateDecision
    icon = "doc-full"
    menu_label = _("Send gate decisions")
    add_to_admin_menu = False
    list_display = ["__str__", "channel", "policy", "outcome", "author", "created_at"]
    list_filter = ["outcome", "policy", "channel", "automatic"]
    search_fields = ["checked_text"]
    form_fields = ["subject"]  # never shown: nobody may add or change a decision
    inspect_view_enabled = True
    copy_view_enabled = False
    inspect_view_fields = [
        "ticket", "channel", "author", "policy", "outcome", "automatic", "subject", "draft",
        "checked_text", "checked_sha256", "findings", "risks", "created_at",
    ]  # fmt: skip


class HoldDecisionViewSet(ModelViewSet):
    """Every decision on a held reply, read-only: who approved, rejected or withdrew it, why,
    and the digest of the text approved."""

    model = HoldDecision
    icon = "tick-inverse"
    menu_label = _("Decisions on held replies")
    add_to_admin_menu = False
    list_display = ["__str__", "verdict", "reviewer", "category", "created_at"]
    list_filter = ["verdict", "category"]
    form_fields = ["reason"]  # never shown: nobody may add or change a decision
    inspect_view_enabled = True
    copy_view_enabled = False
    inspect_view_fields = [
        "decision", "verdict", "reviewer", "reason", "category", "approved_sha256", "created_at",
    ]  # fmt: skip


@hooks.register("register_admin_viewset")
def register_helpdesk_viewsets():
    return [
        MacroViewSet("helpdesk_macro", url_prefix="helpdesk/macros"),
        ChannelViewSet("helpdesk_channel", url_prefix="helpdesk/channels"),
        GateDecisionViewSet("helpdesk_gatedecision", url_prefix="helpdesk/gate"),
        QuarantineViewSet("helpdesk_quarantine", url_prefix="helpdesk/quarantine"),
        HoldDecisionViewSet("helpdesk_holddecision", url_prefix="helpdesk/hold-decisions"),
    ]
