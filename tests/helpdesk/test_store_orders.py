"""The own-store ticket's sidebar shows the customer's orders as the store reports them (synced
from the fake Shopify Admin API through the official library): delivery, tracking, refunds,
cancellations, the lines with their SKUs, a link into Shopify's admin; never on an Amazon
ticket. The customer-360 panel lists the same orders."""

from datetime import UTC, datetime, timedelta

import pytest

from catalog.models import SKU, Brand, Product
from customers.shopify_sync import shopify_orders_sync
from helpdesk.services.inbound import inbound_receive
from tests.customers.fake_shopify import (
    customer_node,
    fulfillment_node,
    line_node,
    order_node,
    refund_node,
)

from .factories import inbound

T0 = datetime(2026, 10, 2, 9, 0, tzinfo=UTC)
ADA = customer_node(7310284519, "ada@example.org", "Ada", "Lovelace")


@pytest.fixture
def synced(shopify_client, shopify_connected, db):
    brand = Brand.objects.create(name="Nordvik", slug="nordvik-x")
    product = Product.objects.create(brand=brand, name="Trail Headlamp 400", slug="headlamp-x")
    SKU.objects.create(product=product, code="NV-HL400-BLK")
    shopify_connected.orders = [
        order_node(
            5001,
            customer=ADA,
            name="#1001",
            created=T0,
            lines=[line_node(11, sku="NV-HL400-BLK", title="Trail Headlamp 400", quantity=2)],
            fulfillments=[
                fulfillment_node(
                    81,
                    created=T0 + timedelta(days=1),
                    delivered=T0 + timedelta(days=3),
                    tracking=("DHL", "00340434161234567890", "https://www.dhl.de/t?x=1"),
                )
            ],
            refunds=[
                refund_node(91, created=T0 + timedelta(days=4), amount="32.45", lines=[(11, 1)])
            ],
        ),
        order_node(
            5002,
            customer=ADA,
            name="#1002",
            created=T0 + timedelta(days=5),
            cancelled=T0 + timedelta(days=6),
            cancel_reason="CUSTOMER",
        ),
    ]
    shopify_orders_sync(full=True, shopify_client=shopify_client)


def open_ticket(client, agent, sender, to, language="en"):
    stored, _ = inbound_receive(
        message=inbound(sender=sender, to=to, subject="My headlamp"), provider="Mailgun"
    )
    client.force_login(agent)
    response = client.get(
        f"/admin/helpdesk/tickets/{stored.ticket.pk}/", HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 200
    return response.content.decode()


def test_the_own_store_sidebar_shows_the_customers_orders_from_the_store(
    client, channels, owned_agent, synced
):
    html = open_ticket(client, owned_agent, "Ada <ada@example.org>", "shop@nordvik.example")

    assert "Orders in the store" in html
    card = html.split('class="hd-card hd-store-orders"', 1)[1].split("</section>", 1)[0]
    assert "#1001" in card and "#1002" in card
    assert "Delivered" in card and "00340434161234567890" in card
    assert "Refunded 32.45 EUR" in card and "1 refunded" in card
    assert "NV-HL400-BLK" in card
    assert "Cancelled" in card
    assert "https://admin.shopify.com/store/nordvik/orders/5001" in card
    assert "Synced from Shopify" in card
    # the customer-360 panel lists them too
    panel = html.split('class="hd-card hd-360"', 1)[1]
    assert "#1001" in panel and "refunded 32.45 EUR" in panel


def test_the_sidebar_speaks_the_agents_language(client, channels, owned_agent, synced):
    html = open_ticket(
        client, owned_agent, "Ada <ada@example.org>", "shop@nordvik.example", language="de"
    )
    assert "Bestellungen im Shop" in html
    assert "In Shopify öffnen" in html


def test_an_amazon_ticket_shows_no_own_store_card(client, channels, marketplace_agent, synced):
    html = open_ticket(
        client,
        marketplace_agent,
        "Buyer - Amazon Marketplace <buyer123abc@marketplace.amazon.de>",
        "care@nordvik.example",
    )
    assert "hd-store-orders" not in html


def test_without_a_store_the_sidebar_says_so(client, channels, owned_agent, settings, db):
    settings.SHOPIFY_SHOP_DOMAIN = ""
    settings.SHOPIFY_ACCESS_TOKEN = ""
    html = open_ticket(client, owned_agent, "Ada <ada@example.org>", "shop@nordvik.example")
    assert "Shopify is not connected" in html
    assert "No orders in the store." in html
