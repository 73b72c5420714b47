"""A relay mail's order id links the Amazon ticket to the order synced through the Selling
Partner API; the ticket's sidebar shows that order (items, status, delivery)."""

from datetime import UTC, datetime, timedelta

import pytest

from amazon.services import orders_sync
from catalog.models import MarketplaceIdentifier
from helpdesk.models import Ticket
from helpdesk.selectors import amazon_order_for_ticket
from tests.amazon.fake_spapi import item, order

from .test_inbound_webhooks import post_postmark

pytestmark = pytest.mark.django_db

ORDER_ID = "302-1234567-1234567"  # the order id in postmark_amazon_de.json


def test_the_relay_mails_order_is_shown_beside_the_ticket(
    client,
    channels,
    marketplace_agent,
    sku,
    fake,
    account,
    clock,
):
    MarketplaceIdentifier.objects.create(
        sku=sku, kind="asin", marketplace="amazon.de", value="B0D1HL4BLK"
    )
    post_postmark(client, "postmark_amazon_de.json")
    ticket = Ticket.objects.get()
    assert ticket.amazon_order_id == ORDER_ID
    client.force_login(marketplace_agent)
    html = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert f"Order {ORDER_ID} has not been synced from Amazon (yet)." in html

    now = datetime.now(UTC)
    fake.orders.append(
        order(
            ORDER_ID,
            updated=(now - timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            status="Shipped",
            channel="AFN",
            latest_delivery=(now - timedelta(days=4)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    )
    fake.items[ORDER_ID] = [item("1", asin="B0D1HL4BLK", sku="seller-1", qty=2)]
    orders_sync(account_id=account.pk, sleep=clock.sleep, clock=clock)

    assert amazon_order_for_ticket(ticket=ticket).amazon_order_id == ORDER_ID
    html = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert 'class="hd-card hd-amazon-order"' in html
    assert "Shipped · Fulfilled by Amazon" in html
    assert "2 × Trail Headlamp 400 (NV-HL400-BLK)" in html
    assert "not known yet (promised by" in html


def test_an_own_store_ticket_never_looks_up_an_amazon_order(channels):
    ticket = Ticket(channel=channels["shopify"], amazon_order_id=ORDER_ID)
    assert amazon_order_for_ticket(ticket=ticket) is None
