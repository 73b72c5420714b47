from django.urls import path, re_path

from . import views

app_name = "registration"

urlpatterns = [
    path("r/", views.code_entry, name="code_entry"),
    # Printers upper-case the whole URL for QR alphanumeric mode: /R/<code> is the same link.
    re_path(r"^[rR]/(?P<code>[^/]{1,200})/?$", views.scan, name="scan"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("my/", views.my_data_request, name="my_data_request"),
    path("my/<str:token>/", views.my_data, name="my_data"),
    path("my/<str:token>/data.json", views.my_data_json, name="my_data_json"),
]
