"""Public URLs of the helpdesk (the agents' screens are admin URLs, see ``wagtail_hooks``)."""

from django.urls import path

from .views import claims

urlpatterns = [
    path("support/claim/<uuid:public_id>/", claims.claim, name="helpdesk_claim"),
    path("support/claim/<uuid:public_id>/sent/", claims.claim_sent, name="helpdesk_claim_sent"),
    path("support/claim/status/<str:token>/", claims.claim_status, name="helpdesk_claim_status"),
]
