"""In Chromium: an own-store agent sees the customer's orders from the store beside the ticket,
inserts the discount macro, and the code is made in the store (the fake Shopify Admin API,
through the official library) before the reply leaves with it.

Screenshots: ``tests.browser.shots`` (``helpdesk/own-store-orders.png``,
``helpdesk/store-made-code.png``)."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.core import mail

from customers.shopify_sync import shopify_orders_sync
from funnel.services import discount_codes_add
from helpdesk.models import Macro, TicketDiscountCode
from helpdesk.services.inbound import inbound_receive
from tests.browser.shots import shot
from tests.customers.factories import confirmed
from tests.customers.fake_shopify import (
    customer_node,
    fulfillment_node,
    line_node,
    order_node,
    refund_node,
)

from .factories import PoolFactory, inbound
from .test_browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

T0 = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
JAMES = customer_node(7310284519, "james.carter@example.co.uk", "James", "Carter")


@pytest.fixture
def desk(channels, owned_agent, immediate_tasks, shopify_client, shopify_connected):
    store = shopify_connected
    store.customers = [JAMES]
    store.orders = [
        order_node(
            5503468159031,
            customer=JAMES,
            name="#1031",
            created=T0,
            currency="GBP",
            total="79.80",
            lines=[line_node(1, sku="NV-HL400-BLK", title="Trail Headlamp 400", quantity=2)],
            fulfillments=[
                fulfillment_node(
                    81,
                    created=T0 + timedelta(days=1),
                    delivered=T0 + timedelta(days=3),
                    tracking=("Royal Mail", "RM123456789GB", "https://www.royalmail.com/t"),
                )
            ],
            refunds=[
                refund_node(91, created=T0 + timedelta(days=8), amount="39.90", lines=[(1, 1)])
            ],
        ),
        order_node(
            5503468159057,
            customer=JAMES,
            name="#1057",
            created=T0 + timedelta(days=30),
            currency="GBP",
            total="24.90",
            lines=[line_node(2, sku="NV-STRAP", title="Head strap")],
        ),
    ]
    pool = PoolFactory(
        name="Welcome back 10%",
        store_value_type="percentage",
        store_value=Decimal("10"),
        store_valid_days=30,
        store_limit_to_customer=True,
    )
    discount_codes_add(pool=pool, codes=["NVK10-0001"])
    Macro.objects.create(
        name="Thank you + 10% off",
        library="owned_message",
        body="Hi {first_name}, thanks! 10% off your next order with {discount_code}.",
        discount_pool=pool,
    )
    owned, _ = inbound_receive(
        message=inbound(
            sender="James Carter <james.carter@example.co.uk>",
            to="shop@nordvik.example",
            subject="Lid of my bottle leaks",
            text="Hello, the lid of my bottle leaks. James",
            message_id="<owned-store@example.co.uk>",
        ),
        provider="Mailgun",
    )
    confirmed(owned.ticket.identity)
    shopify_orders_sync(full=True, shopify_client=shopify_client)
    return {"ticket": owned.ticket, "store": store}


def test_the_agent_sees_the_store_orders_and_hands_out_a_code_made_in_the_store(
    live_server, page, desk
):
    sign_in(page, live_server, "store.agent")
    page.goto(f"{live_server.url}/admin/helpdesk/tickets/{desk['ticket'].pk}/")
    card = page.locator(".hd-store-orders")
    text = card.inner_text()
    assert "#1031" in text and "#1057" in text
    assert "Delivered" in text and "RM123456789GB" in text and "Refunded 39.90 GBP" in text
    assert "Not shipped yet" in text
    shot(page, "helpdesk/own-store-orders.png")

    page.select_option("select[name=macro]", label="Thank you + 10% off")
    with page.expect_navigation():
        page.get_by_role("button", name="Insert").click()
    page.wait_for_function("document.querySelector('#helpdesk-body').value.includes('BC-')")
    code = TicketDiscountCode.objects.get(ticket=desk["ticket"]).code
    assert code.code in page.input_value("#helpdesk-body")
    assert "made in the store" in page.locator(".hd-ticket-codes").inner_text()
    assert [d["code"] for d in desk["store"].discounts] == [code.code]
    shot(page, "helpdesk/store-made-code.png")

    with page.expect_navigation():
        page.get_by_role("button", name="Send reply").click()
    page.locator("text=Reply sent.").wait_for()
    assert code.code in mail.outbox[0].body
    assert len(desk["store"].discounts) == 1  # sending made nothing new in the store
