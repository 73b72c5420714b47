import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.permissions import AddOnlyPermissionPolicy, ServiceWrittenPermissionPolicy
from core.wagtail_menus import PermissionMenuItem

from . import admin_views
from .models import (
    ChannelIdentity,
    ConsentRecord,
    Customer,
    IdentityLink,
    Order,
    ShopifyWebhookReceipt,
    Suppression,
)

register_permission_policy(ConsentRecord, ServiceWrittenPermissionPolicy(ConsentRecord))
register_permission_policy(ChannelIdentity, ServiceWrittenPermissionPolicy(ChannelIdentity))
register_permission_policy(Order, ServiceWrittenPermissionPolicy(Order))
register_permission_policy(IdentityLink, ServiceWrittenPermissionPolicy(IdentityLink))
register_permission_policy(Suppression, AddOnlyPermissionPolicy(Suppression))
register_permission_policy(
    ShopifyWebhookReceipt, ServiceWrittenPermissionPolicy(ShopifyWebhookReceipt)
)


class CustomerViewSet(SnippetViewSet):
    """Customers are created by registrations, orders and inbound mail; the admin corrects a
    name or language and inspects everything else."""

    model = Customer
    icon = "user"
    menu_label = _("Customers")
    list_display = ["__str__", "email", "locale", "country", "created_at"]
    list_filter = ["locale", "country", "identities__channel", "erased_at"]
    search_fields = ["email", "first_name", "last_name", "identities__external_id"]
    form_fields = ["first_name", "last_name", "locale", "country", "time_zone"]
    inspect_view_enabled = True
    copy_view_enabled = False


class IdentityFilterSet(WagtailFilterSet):
    # ``owned`` is computed by the database (a GeneratedField), for which django-filter
    # derives no filter of its own: it is declared here as the yes/no it is.
    owned = django_filters.BooleanFilter(label=_("owned"))

    class Meta:
        model = ChannelIdentity
        fields = ["channel", "marketplace", "source"]


class IdentityViewSet(SnippetViewSet):
    model = ChannelIdentity
    icon = "link"
    menu_label = _("Identities")
    list_display = ["external_id", "channel", "marketplace", "owned", "customer", "source"]
    filterset_class = IdentityFilterSet
    search_fields = ["external_id", "email"]
    inspect_view_enabled = True
    copy_view_enabled = False


class IdentityLinkViewSet(SnippetViewSet):
    """Why a marketplace identity was (or may be) linked to a customer known elsewhere, and
    who decided. Written by the helpdesk's linking decision and the agents' buttons on the
    ticket; read-only here."""

    model = IdentityLink
    icon = "link"
    menu_label = _("Identity links")
    list_display = ["identity", "customer", "status", "order_id", "decided_by", "created_at"]
    list_filter = ["status"]
    search_fields = ["order_id", "identity__external_id"]
    inspect_view_enabled = True
    copy_view_enabled = False


class ConsentRecordViewSet(SnippetViewSet):
    """The append-only ledger, read-only here: rows are written by the registration form, the
    double opt-in link, unsubscribe and preference pages, and erasure."""

    model = ConsentRecord
    icon = "doc-full"
    menu_label = _("Consent ledger")
    list_display = [
        "customer",
        "purpose",
        "action",
        "source",
        "locale",
        "text_version",
        "created_at",
    ]
    list_filter = ["purpose", "action", "source", "locale"]
    search_fields = ["customer__email", "short_code", "text_version"]
    inspect_view_enabled = True
    copy_view_enabled = False


class OrderViewSet(SnippetViewSet):
    model = Order
    icon = "tasks"
    menu_label = _("Orders")
    list_display = [
        "external_id",
        "reference",
        "channel",
        "marketplace",
        "customer",
        "placed_at",
        "total",
        "cancelled_at",
    ]
    list_filter = ["channel", "marketplace"]
    search_fields = ["external_id", "reference", "customer__email"]
    inspect_view_enabled = True
    copy_view_enabled = False


class SuppressionViewSet(SnippetViewSet):
    model = Suppression
    icon = "cross"
    menu_label = _("Suppressions")
    list_display = ["__str__", "reason", "created_at", "lifted_at"]
    list_filter = ["reason"]
    search_fields = ["email"]
    form_fields = ["email", "reason", "detail"]
    inspect_view_enabled = True
    copy_view_enabled = False


class ShopifyWebhookViewSet(SnippetViewSet):
    """Every Shopify delivery received; test notifications are listed here and nowhere else."""

    model = ShopifyWebhookReceipt
    icon = "globe"
    menu_label = _("Shopify webhooks")
    list_display = ["received_at", "topic", "order_reference", "test", "order", "shop_domain"]
    list_filter = ["topic", "test"]
    search_fields = ["order_reference", "webhook_id"]
    inspect_view_enabled = True
    copy_view_enabled = False


class CustomersGroup(SnippetViewSetGroup):
    menu_label = _("Customers")
    menu_icon = "group"
    menu_order = 300
    items = (
        CustomerViewSet,
        IdentityViewSet,
        IdentityLinkViewSet,
        OrderViewSet,
        ConsentRecordViewSet,
        SuppressionViewSet,
        ShopifyWebhookViewSet,
    )


register_snippet(CustomersGroup)


@hooks.register("register_settings_menu_item")
def shopify_connection_menu_item():
    return PermissionMenuItem(
        _("Shopify connection"),
        reverse("customers_shopify_connection"),
        icon_name="globe",
        order=900,
        permission=admin_views.CONNECTION_PERMISSION,
    )


@hooks.register("register_admin_urls")
def customers_admin_urls():
    return [
        path(
            "shopify/connection/",
            admin_views.shopify_connection_view,
            name="customers_shopify_connection",
        )
    ]


@hooks.register("register_log_actions")
def shopify_connection_log_actions(actions):
    """The store connection's changes that no one makes in a form: the ``app/uninstalled``
    webhook, and the connection check that finds the app installed again."""
    actions.register_action(
        "customers.shopify_disconnected",
        _("Shopify disconnected"),
        _("Disconnected: the app was uninstalled from the store"),
    )
    actions.register_action(
        "customers.shopify_reconnected",
        _("Shopify connected again"),
        _("Connected again: the connection check reached the store"),
    )
