"""Public URLs of the helpdesk (the agents' screens are admin URLs, see ``wagtail_hooks``)."""

from django.urls import path

from . import views

urlpatterns = [
    path("support/claim/<uuid:public_id>/", views.claim, name="helpdesk_claim"),
    path("support/claim/<uuid:public_id>/sent/", views.claim_sent, name="helpdesk_claim_sent"),
]
