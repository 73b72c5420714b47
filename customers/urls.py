from django.urls import path

from . import webhooks

app_name = "customers"

urlpatterns = [
    path("webhooks/shopify/orders-create", webhooks.shopify_orders_create, name="shopify_orders"),
]
