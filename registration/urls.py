from django.urls import path

from . import views

app_name = "registration"

urlpatterns = [
    path("r/", views.code_entry, name="code_entry"),
]
