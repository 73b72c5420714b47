"""Shopify orders recorded: the webhook view verifies the signature and parses the body into a
``ShopifyOrder`` (``customers/shopify.py``); these record it, and ``customers/shopify_sync.py``
records what the periodic reconcile reads. Deliveries repeat and arrive in any order, so each is
idempotent by webhook id and by order id."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import (
    Channel,
    ChannelIdentity,
    Order,
    OrderLine,
    ShopifyWebhookReceipt,
)
from .services import customer_get_or_create, identity_attach
from .shopify import ShopifyOrder, ShopifyPayloadError
from .signals import order_cancelled, order_recorded


def _shopify_receipt(
    *, webhook_id: str, topic: str, shop_domain: str, order: ShopifyOrder, test: bool = False
) -> ShopifyWebhookReceipt | None:
    """The receipt of one delivery; None when this webhook id was received before."""
    try:
        with transaction.atomic():
            return ShopifyWebhookReceipt.objects.create(
                webhook_id=webhook_id[:100],
                topic=topic[:60],
                shop_domain=shop_domain[:255],
                test=test,
                order_reference=order.reference,
            )
    except IntegrityError:
        return None


def shopify_test_notification_record(
    *, order: ShopifyOrder, webhook_id: str, topic: str, shop_domain: str = ""
) -> bool:
    """A test notification (Shopify's "Send test notification", or an order placed in test
    mode): kept as a receipt marked ``test`` so the set-up can be checked, and nothing else —
    no customer, no identity, no order. Returns False for a repeated delivery."""
    with transaction.atomic():
        receipt = _shopify_receipt(
            webhook_id=webhook_id, topic=topic, shop_domain=shop_domain, order=order, test=True
        )
    return receipt is not None


def order_record_shopify(
    *, order: ShopifyOrder, webhook_id: str, topic: str = "orders/create", shop_domain: str = ""
) -> tuple[Order | None, bool]:
    """Record a Shopify ``orders/create`` webhook against its customer.

    Returns (order, created). A webhook id seen before, or an order recorded before, changes
    nothing and returns ``created=False``. The customer is matched by their Shopify customer id
    first, then by e-mail; a ``shopify`` identity is attached. The order's marketing flags are
    ignored on purpose: only the ledger's double opt-in makes someone marketable (a consent
    change made in the store comes through ``customers/update``, ``shopify_consent_pull``). An order that is
    already cancelled is recorded as cancelled (it then counts as bought nowhere).
    """
    with transaction.atomic():
        receipt = _shopify_receipt(
            webhook_id=webhook_id, topic=topic, shop_domain=shop_domain, order=order
        )
        if receipt is None:
            return None, False  # a repeated delivery of the same webhook
        recorded, created = shopify_order_get_or_create(order)
        receipt.order = recorded
        receipt.save(update_fields=["order"])
    return recorded, created


def order_cancel_shopify(
    *, order: ShopifyOrder, webhook_id: str, topic: str = "orders/cancelled", shop_domain: str = ""
) -> tuple[Order | None, bool]:
    """Record a Shopify ``orders/cancelled`` webhook: the order is marked cancelled and the apps
    above are told (``order_cancelled``), so it stops counting as bought. A cancellation that
    arrives before its order records the order as cancelled from the start. Returns (order,
    changed); a repeated delivery or an order cancelled before changes nothing."""
    if order.cancelled_at is None:
        # Only the topic header, which the signature does not cover, would say otherwise: a
        # signed orders/create body replayed under this topic must not cancel a real order.
        raise ShopifyPayloadError("cancelled_at: a cancelled order says when it was cancelled")
    with transaction.atomic():
        receipt = _shopify_receipt(
            webhook_id=webhook_id, topic=topic, shop_domain=shop_domain, order=order
        )
        if receipt is None:
            return None, False
        recorded, created = shopify_order_get_or_create(order)
        receipt.order = recorded
        receipt.save(update_fields=["order"])
        if created:
            return recorded, True
        locked = Order.objects.select_for_update().get(pk=recorded.pk)
        if locked.cancelled_at is not None:
            return locked, False
        locked.cancelled_at = order.cancelled_at
        locked.cancel_reason = order.cancel_reason[:40]
        locked.save(update_fields=["cancelled_at", "cancel_reason"])
        transaction.on_commit(
            lambda: order_cancelled.send(
                sender=Order, order_id=locked.pk, customer_id=locked.customer_id,
                channel=locked.channel,
            )
        )  # fmt: skip
    return locked, True


def shopify_order_get_or_create(order: ShopifyOrder) -> tuple[Order, bool]:
    """The recorded order for *order*, created with its customer, identity and lines when
    new (inside the caller's transaction; the webhooks and ``customers/shopify_sync.py``).
    Returns (order, created)."""
    from catalog.models import SKU, MarketplaceIdentifier

    order_id = str(order.id)
    existing = Order.objects.filter(
        channel=Channel.SHOPIFY, marketplace="", external_id=order_id
    ).first()
    if existing is not None:
        return existing, False
    shop_customer = order.customer
    email = order.email or (shop_customer.email if shop_customer else "")
    shop_customer_id = str(shop_customer.id) if shop_customer and shop_customer.id else ""
    identity = None
    if shop_customer_id:
        identity = (
            ChannelIdentity.objects.filter(
                channel=Channel.SHOPIFY, marketplace="", external_id=shop_customer_id
            )
            .select_related("customer")
            .first()
        )
    if identity is not None:
        customer = identity.customer
    elif email and "@marketplace.amazon." not in email:
        customer, _created = customer_get_or_create(
            email=email,
            first_name=shop_customer.first_name[:150] if shop_customer else "",
            last_name=shop_customer.last_name[:150] if shop_customer else "",
        )
        identity = identity_attach(
            customer=customer,
            channel=Channel.SHOPIFY,
            external_id=shop_customer_id or email,
            email=email,
            source=ChannelIdentity.Source.SHOPIFY_WEBHOOK,
            source_detail=f"order {order.reference}"[:200],
        )
    else:
        raise ShopifyPayloadError("The order names no customer e-mail or customer id.")

    try:
        with transaction.atomic():
            recorded = Order.objects.create(
                customer=customer,
                identity=identity,
                channel=Channel.SHOPIFY,
                external_id=order_id[:64],
                placed_at=order.created_at or timezone.now(),
                currency=order.currency,
                total=order.total_price,
                cancelled_at=order.cancelled_at,
                cancel_reason=order.cancel_reason[:40] if order.cancelled_at else "",
                reference=order.reference,
            )
    except IntegrityError:
        # The same order from a concurrent delivery: its create and its cancellation can come
        # within a second of each other.
        return Order.objects.get(
            channel=Channel.SHOPIFY, marketplace="", external_id=order_id
        ), False
    variant_ids = [str(line.variant_id) for line in order.line_items if line.variant_id]
    sku_by_variant = dict(
        MarketplaceIdentifier.objects.filter(
            kind=MarketplaceIdentifier.Kind.SHOPIFY_VARIANT, value__in=variant_ids
        ).values_list("value", "sku_id")
    )
    sku_by_code = dict(
        SKU.objects.filter(code__in=[line.sku for line in order.line_items]).values_list(
            "code", "pk"
        )
    )
    line_ids = [str(line.id or "") for line in order.line_items]
    OrderLine.objects.bulk_create(
        OrderLine(
            order=recorded,
            sku_id=sku_by_variant.get(str(line.variant_id)) or sku_by_code.get(line.sku),
            external_sku=(line.sku or str(line.variant_id or ""))[:64],
            title=line.title[:255],
            quantity=max(1, line.quantity),
            # a line id twice in one body (never sent by Shopify) is kept on the first only
            external_id=line_id if line_id not in line_ids[:n] else "",
        )
        for n, (line, line_id) in enumerate(zip(order.line_items, line_ids, strict=True))
    )
    transaction.on_commit(
        lambda: order_recorded.send(
            sender=Order, order_id=recorded.pk, customer_id=customer.pk, channel=recorded.channel
        )
    )
    return recorded, True
