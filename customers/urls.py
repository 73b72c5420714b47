from django.urls import path

from . import webhooks

app_name = "customers"

# One view for both topics: Shopify names the topic in a header, and each topic is a webhook
# of its own in the shop's settings.
urlpatterns = [
    path("webhooks/shopify/orders-create", webhooks.shopify_orders, name="shopify_orders"),
    path(
        "webhooks/shopify/orders-cancelled",
        webhooks.shopify_orders,
        name="shopify_orders_cancelled",
    ),
    path("webhooks/shopify/orders-updated", webhooks.shopify_orders, name="shopify_orders_updated"),
    path(
        "webhooks/shopify/fulfillments-create",
        webhooks.shopify_orders,
        name="shopify_fulfillments_create",
    ),
    path("webhooks/shopify/refunds-create", webhooks.shopify_orders, name="shopify_refunds_create"),
    # A consent change made in the store, and the app removed from it.
    path(
        "webhooks/shopify/customers-update", webhooks.shopify_store, name="shopify_customers_update"
    ),
    path(
        "webhooks/shopify/app-uninstalled", webhooks.shopify_store, name="shopify_app_uninstalled"
    ),
    # The mandatory privacy webhooks (customers/data_request, customers/redact, shop/redact).
    path("webhooks/shopify/privacy", webhooks.shopify_privacy, name="shopify_privacy"),
]
