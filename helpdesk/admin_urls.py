"""The agents' screens and endpoints, mounted under /admin/helpdesk/ by ``wagtail_hooks``
(so Wagtail's admin login and access check apply to every one of them)."""

from django.urls import path

from .views import amazon_buyer, amazon_messages, holds, tickets

urlpatterns = [
    path("", tickets.inbox, name="helpdesk_inbox"),
    path("tickets/<int:pk>/", tickets.ticket_detail, name="helpdesk_ticket"),
    path("tickets/<int:pk>/macros/", tickets.ticket_macros, name="helpdesk_ticket_macros"),
    path(
        "tickets/<int:pk>/macros/<int:macro_pk>/render/",
        tickets.macro_render_api,
        name="helpdesk_macro_render",
    ),
    path("tickets/<int:pk>/reply/", tickets.reply_api, name="helpdesk_reply_api"),
    path(
        "tickets/<int:pk>/amazon-message/",
        amazon_messages.amazon_message,
        name="helpdesk_amazon_message",
    ),
    path(
        "tickets/<int:pk>/amazon-buyer/",
        amazon_buyer.amazon_buyer_data,
        name="helpdesk_amazon_buyer",
    ),
    path("attachments/<int:pk>/", tickets.attachment_download, name="helpdesk_attachment"),
    path(
        "orders/<str:order_id>/conversation.pdf",
        tickets.order_conversation_pdf,
        name="helpdesk_order_pdf",
    ),
    path("report/", tickets.report, name="helpdesk_report"),
    path("holds/", holds.held_replies, name="helpdesk_holds"),
    path("holds/<int:pk>/", holds.held_reply, name="helpdesk_hold"),
]
