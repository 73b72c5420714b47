from django.urls import path, re_path

from .views import consent, digital_link, my_data, scan

app_name = "registration"

urlpatterns = [
    path("r/", scan.code_entry, name="code_entry"),
    # Printers upper-case the whole URL for QR alphanumeric mode: /R/<code> is the same link.
    re_path(r"^[rR]/(?P<code>[^/]{1,200})/?$", scan.scan, name="scan"),
    # GS1 Digital Link: /01/<GTIN>[/22/<variant>][/10/<lot>][/21/<serial>] on the brand's host.
    re_path(r"^01/(?P<path>[^?#]{1,300})$", digital_link.resolver, name="digital_link"),
    path("confirm/<str:token>/", consent.confirm, name="confirm"),
    path("my/", my_data.my_data_request, name="my_data_request"),
    path("my/<str:token>/", my_data.my_data, name="my_data"),
    path("my/<str:token>/data.json", my_data.my_data_json, name="my_data_json"),
]
