"""The customers app's models, by concern. Django finds the model classes here; helpers are
re-exported so ``from customers.models import …`` keeps working for every caller.

- ``people``: ``Customer``, ``ChannelIdentity``, ``IdentityLink``, the consent ledger
  (``ConsentRecord``) and ``Suppression``, with the address helpers.
- ``orders``: ``Order`` and its lines, fulfilments and refunds; ``ShopifyWebhookReceipt``.
- ``shopify``: the store connection's admin setting, the order sync's state and what the store
  was last told about each customer's marketing consent.
"""

from .orders import Order, OrderFulfilment, OrderLine, OrderRefund, ShopifyWebhookReceipt
from .people import (
    AMAZON_RELAY_RE,
    OWNED_CHANNELS,
    Channel,
    ChannelIdentity,
    ConsentRecord,
    Customer,
    IdentityLink,
    LedgerImmutableError,
    Suppression,
    SuppressionQuerySet,
    address_hash,
    is_amazon_relay,
    normalise_email,
)
from .shopify import ShopifyConsentPush, ShopifyStoreSettings, ShopifySyncState

__all__ = [
    "AMAZON_RELAY_RE",
    "OWNED_CHANNELS",
    "Channel",
    "ChannelIdentity",
    "ConsentRecord",
    "Customer",
    "IdentityLink",
    "LedgerImmutableError",
    "Order",
    "OrderFulfilment",
    "OrderLine",
    "OrderRefund",
    "ShopifyConsentPush",
    "ShopifyStoreSettings",
    "ShopifySyncState",
    "ShopifyWebhookReceipt",
    "Suppression",
    "SuppressionQuerySet",
    "address_hash",
    "is_amazon_relay",
    "normalise_email",
]
