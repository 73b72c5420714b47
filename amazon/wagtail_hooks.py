from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import ListingButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.permissions import ServiceWrittenPermissionPolicy
from core.wagtail_menus import PermissionMenuItem

from . import views
from .models import (
    AmazonOrder,
    BuyerMessage,
    ReviewRequest,
    ReviewRequestSchedule,
    SellerAccount,
)


class AccountPolicy(ServiceWrittenPermissionPolicy):
    """Accounts are added and edited in the admin; never deleted (their orders point at
    them): switch off "sync orders" instead."""

    writable_actions = frozenset({"add", "change"})


register_permission_policy(SellerAccount, AccountPolicy(SellerAccount))
register_permission_policy(AmazonOrder, ServiceWrittenPermissionPolicy(AmazonOrder))


class SchedulePolicy(ServiceWrittenPermissionPolicy):
    """Schedules are added and edited in the admin, never deleted: switch one off instead, so
    the requests it sent stay explained."""

    writable_actions = frozenset({"add", "change"})


register_permission_policy(ReviewRequestSchedule, SchedulePolicy(ReviewRequestSchedule))
register_permission_policy(ReviewRequest, ServiceWrittenPermissionPolicy(ReviewRequest))
register_permission_policy(BuyerMessage, ServiceWrittenPermissionPolicy(BuyerMessage))


class SellerAccountViewSet(SnippetViewSet):
    model = SellerAccount
    icon = "globe"
    menu_label = _("Seller accounts")
    list_display = [
        "name",
        "region",
        "marketplaces",
        "active",
        "orders_synced_until",
        "last_check_ok",
        "last_check_message",
    ]
    copy_view_enabled = False


class AmazonOrderViewSet(SnippetViewSet):
    model = AmazonOrder
    icon = "list-ul"
    menu_label = _("Orders")
    list_display = [
        "amazon_order_id",
        "marketplace",
        "purchased_at",
        Column("status_display", label=_("status")),
        "fulfillment_channel",
        "delivered_on",
    ]
    list_filter = ["marketplace", "status", "fulfillment_channel", "account"]
    search_fields = ["amazon_order_id"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "amazon_order_id",
        "account",
        "marketplace",
        "purchased_at",
        "last_updated_at",
        "status",
        "fulfillment_channel",
        "latest_delivery_date",
        "delivered_on",
        "currency",
        "total",
        "pii_fetched_by",
        "pii_fetched_at",
        "pii_erased_at",
        "synced_at",
    ]
    copy_view_enabled = False


class ReviewRequestScheduleViewSet(SnippetViewSet):
    """ "Request a Review" per marketplace: on or off and the day after delivery, nothing
    else (no selection of buyers by experience, ``docs/amazon.md``)."""

    model = ReviewRequestSchedule
    icon = "calendar-alt"
    menu_label = _("Review request schedules")
    list_display = ["account", "marketplace", "enabled", "request_day"]
    copy_view_enabled = False


class ReviewRequestViewSet(SnippetViewSet):
    model = ReviewRequest
    icon = "mail"
    menu_label = _("Review requests")
    list_display = ["order", "marketplace", "outcome", "error_code", "decided_at"]
    list_filter = ["marketplace", "outcome"]
    search_fields = ["order__amazon_order_id"]
    copy_view_enabled = False


class BuyerMessageViewSet(SnippetViewSet):
    model = BuyerMessage
    icon = "mail"
    menu_label = _("Messages to buyers")
    list_display = ["order", "message_type", "author", "sent_at", "attachment_name"]
    list_filter = ["message_type"]
    search_fields = ["order__amazon_order_id"]
    copy_view_enabled = False


class AmazonGroup(SnippetViewSetGroup):
    menu_label = _("Amazon")
    menu_icon = "globe"
    menu_order = 260
    items = (
        AmazonOrderViewSet,
        SellerAccountViewSet,
        ReviewRequestScheduleViewSet,
        ReviewRequestViewSet,
        BuyerMessageViewSet,
    )


register_snippet(AmazonGroup)


@hooks.register("register_admin_urls")
def _check_urls():
    return [
        path("amazon/accounts/<int:pk>/check/", views.account_check_view, name="amazon_check"),
        path(
            "amazon/review-requests/report/",
            views.review_request_report_view,
            name="amazon_review_report",
        ),
    ]


@hooks.register("register_reports_menu_item")
def _review_report_item() -> MenuItem:
    return PermissionMenuItem(
        _("Amazon review requests"),
        reverse("amazon_review_report"),
        icon_name="calendar-alt",
        order=910,
        permission=views.REVIEW_REPORT_PERMISSION,
    )


@hooks.register("register_snippet_listing_buttons")
def _check_button(snippet, user, next_url=None):
    if isinstance(snippet, SellerAccount) and user.has_perm("amazon.change_selleraccount"):
        yield ListingButton(
            _("Check connection"),
            reverse("amazon_check", args=[snippet.pk]),
            icon_name="globe",
            priority=60,
        )
