"""Demo customers across channels, each showing one rule of the ownership selector."""

from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from catalog.models import SKU

from .models import Channel, ChannelIdentity, ConsentRecord, Customer, Order, OrderLine
from .selectors import marketable_identities
from .services import (
    ConsentEvidence,
    consent_record,
    customer_get_or_create,
    identity_attach,
    suppression_add,
)

DEMO_TEXT_VERSION = "marketing-email/demo-1"
DEMO_TEXT = (
    "Yes, send me news, tips and offers from Nordvik Outdoor by e-mail. "
    "I can withdraw this at any time with the link in every e-mail."
)

# (email, first, last, locale, country, story)
PEOPLE = [
    ("anna.becker@example.de", "Anna", "Becker", "de", "DE", "confirmed"),
    ("luca.rossi@example.it", "Luca", "Rossi", "it", "IT", "pending"),
    ("marie.dubois@example.fr", "Marie", "Dubois", "fr", "FR", "confirmed+amazon"),
    ("james.carter@example.co.uk", "James", "Carter", "en", "GB", "shopify"),
    ("sofia.garcia@example.es", "Sofía", "García", "es", "ES", "withdrawn"),
    ("wei.zhang@example.cn", "Wei", "Zhang", "zh-hans", "CN", "suppressed"),
]
AMAZON_ONLY_RELAY = "7q2mx9z1k4tbd3c@marketplace.amazon.de"


def seed(command) -> None:
    evidence = ConsentEvidence(source=ConsentRecord.Source.DEMO, actor="seed_demo")
    for email, first, last, locale, country, story in PEOPLE:
        customer, _ = customer_get_or_create(
            email=email, first_name=first, last_name=last, locale=locale, country=country
        )
        site = identity_attach(
            customer=customer,
            channel=Channel.SITE,
            external_id=email,
            email=email,
            source=ChannelIdentity.Source.DEMO,
        )
        if customer.consents.exists():
            continue  # already seeded: the ledger is append-only, so never write it twice

        def write(action, _customer=customer, _site=site, _locale=locale):
            consent_record(
                customer=_customer,
                identity=_site,
                purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
                action=action,
                evidence=ConsentEvidence(**{**evidence.__dict__, "locale": _locale}),
                text_version=DEMO_TEXT_VERSION,
                text=DEMO_TEXT,
            )

        write(ConsentRecord.Action.GRANTED)
        if story != "pending":
            write(ConsentRecord.Action.CONFIRMED)
        if story == "withdrawn":
            write(ConsentRecord.Action.WITHDRAWN)
        if story == "suppressed":
            suppression_add(email=email, reason="bounce", detail="550 5.1.1 mailbox unavailable")
        if story == "confirmed+amazon":
            relay = "x81kq0pz3d7v2m9@marketplace.amazon.fr"
            amazon = identity_attach(
                customer=customer,
                channel=Channel.AMAZON,
                marketplace="amazon.fr",
                external_id=relay,
                email=relay,
                source=ChannelIdentity.Source.DEMO,
            )
            _order(customer, amazon, "amazon", "amazon.fr", "405-3817264-5538102", "NV-HL400-BLK")
        if story == "shopify":
            shop = identity_attach(
                customer=customer,
                channel=Channel.SHOPIFY,
                external_id="7310284519",
                email=email,
                source=ChannelIdentity.Source.DEMO,
            )
            _order(customer, shop, "shopify", "", "5503468159042", "NV-BTL750-SAGE", "#1042")

    # A buyer known only through Amazon: never marketable, however the data is combined.
    amazon_only = Customer.objects.filter(identities__external_id=AMAZON_ONLY_RELAY).first()
    if amazon_only is None:
        amazon_only = Customer.objects.create(
            first_name="Thomas", last_name="Krüger", locale="de", country="DE"
        )
    amazon = identity_attach(
        customer=amazon_only,
        channel=Channel.AMAZON,
        marketplace="amazon.de",
        external_id=AMAZON_ONLY_RELAY,
        email=AMAZON_ONLY_RELAY,
        source=ChannelIdentity.Source.DEMO,
    )
    _order(amazon_only, amazon, "amazon", "amazon.de", "302-1234567-1234567", "NV-STOVE-C1")

    if settings.SHOPIFY_DEMO_STORE:
        _demo_store_orders(command)
    command.line(
        f"Customers: {Customer.objects.count()}, of whom "
        f"{marketable_identities().count()} may receive marketing e-mail"
    )


def _demo_store_orders(command) -> None:
    """James's orders as the demo's stand-in store reports them, stored the way the sync stores
    them; the reconcile fetches them again over HTTP once the site runs (nothing doubles)."""
    from .demo_store import orders
    from .shopify import parse_graphql_order
    from .shopify_sync import order_sync_shopify

    for node in orders():
        order_sync_shopify(order=parse_graphql_order(node))
    command.line(
        f"Shopify: the demo store {settings.SHOPIFY_SHOP_DOMAIN} is connected "
        f"(served by this site at /demo-store/); James Carter has {len(orders())} store orders"
    )


def _order(customer, identity, channel, marketplace, order_id, sku_code, reference="") -> None:
    order, created = Order.objects.get_or_create(
        channel=channel,
        marketplace=marketplace,
        external_id=order_id,
        defaults={
            "customer": customer,
            "identity": identity,
            "placed_at": timezone.now() - timedelta(days=21),
            "currency": "EUR",
            "total": Decimal("49.90"),
            "reference": reference,
        },
    )
    if created:
        sku = SKU.objects.filter(code=sku_code).first()
        OrderLine.objects.create(
            order=order, sku=sku, external_sku=sku_code, title=sku.product.name if sku else ""
        )
