"""The agents' screens and endpoints, mounted under /admin/helpdesk/ by ``wagtail_hooks``
(so Wagtail's admin login and access check apply to every one of them)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.inbox, name="helpdesk_inbox"),
    path("tickets/<int:pk>/", views.ticket_detail, name="helpdesk_ticket"),
    path("tickets/<int:pk>/macros/", views.ticket_macros, name="helpdesk_ticket_macros"),
    path(
        "tickets/<int:pk>/macros/<int:macro_pk>/render/",
        views.macro_render_api,
        name="helpdesk_macro_render",
    ),
    path("tickets/<int:pk>/reply/", views.reply_api, name="helpdesk_reply_api"),
    path("attachments/<int:pk>/", views.attachment_download, name="helpdesk_attachment"),
    path(
        "orders/<str:order_id>/conversation.pdf",
        views.order_conversation_pdf,
        name="helpdesk_order_pdf",
    ),
    path("report/", views.report, name="helpdesk_report"),
    path("holds/", views.held_replies, name="helpdesk_holds"),
    path("holds/<int:pk>/", views.held_reply, name="helpdesk_hold"),
]
