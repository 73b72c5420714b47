from django.urls import include, path

from . import views

app_name = "funnel"

urlpatterns = [
    path("email/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("email/preferences/<str:token>/", views.preferences, name="preferences"),
    # django-anymail's tracking webhooks, e.g. /anymail/postmark/tracking/ (basic auth with
    # ANYMAIL_WEBHOOK_SECRET); funnel.receivers.on_tracking records what they report.
    path("anymail/", include("anymail.urls")),
]
