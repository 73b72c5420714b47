"""Shopify's mandatory privacy webhooks, wired to the services the customer's own-data page
uses: ``customers/redact`` erases the person (``customers.services.customer_erase``, the erasure
``/my/`` offers), ``customers/data_request`` sends them the link to their own-data page, where
they download everything Bridgecard keeps (``store_data_requested`` → the registration app), and
``shop/redact`` is acknowledged and kept. Each is handled once per webhook id.

``shop/redact`` arrives 48 hours after the app is uninstalled. Bridgecard is the brand's own
system, not a third party's app: the store's orders are the brand's records, kept under their
own retention; nothing is erased for it, the receipt shows it arrived.
"""

import logging

from django.db import IntegrityError, transaction

from .models import Channel, ChannelIdentity, Customer, ShopifyWebhookReceipt
from .services import customer_erase
from .shopify import ShopifyPrivacyRequest
from .signals import store_data_requested

log = logging.getLogger(__name__)

DATA_REQUEST, CUSTOMER_REDACT, SHOP_REDACT = (
    "customers/data_request",
    "customers/redact",
    "shop/redact",
)
TOPICS = {DATA_REQUEST, CUSTOMER_REDACT, SHOP_REDACT}


def privacy_customer(request: ShopifyPrivacyRequest) -> Customer | None:
    """The person the request is about: by their Shopify customer id, else by e-mail."""
    if request.customer is None:
        return None
    if request.customer.id:
        identity = (
            ChannelIdentity.objects.filter(
                channel=Channel.SHOPIFY, marketplace="", external_id=str(request.customer.id)
            )
            .select_related("customer")
            .first()
        )
        if identity is not None:
            return identity.customer
    if request.customer.email:
        return Customer.objects.filter(email__iexact=request.customer.email).first()
    return None


def shopify_privacy_request(
    *, topic: str, webhook_id: str, shop_domain: str, request: ShopifyPrivacyRequest
) -> str:
    """Carry out one privacy webhook, once. Returns what was done: "erased", "link sent",
    "kept" (shop/redact), "unknown customer", "already erased" or "repeat"."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                ShopifyWebhookReceipt.objects.create(
                    webhook_id=webhook_id[:100], topic=topic[:60], shop_domain=shop_domain[:255]
                )
        except IntegrityError:
            return "repeat"
        if topic == SHOP_REDACT:
            log.info("shopify shop/redact for %s: kept (the brand's own records)", shop_domain)
            return "kept"
        customer = privacy_customer(request)
        if customer is None:
            return "unknown customer"
        if customer.erased_at is not None:
            return "already erased"
        if topic == CUSTOMER_REDACT:
            customer_erase(customer=customer, actor="shopify", reason="Shopify customers/redact")
            return "erased"
        customer_id = customer.pk
        transaction.on_commit(
            lambda: store_data_requested.send(sender=Customer, customer_id=customer_id)
        )
        return "link sent"
