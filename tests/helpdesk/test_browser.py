"""In Chromium: a marketplace agent is stopped at the Amazon wall with the finding shown; an
own-store agent sends the discount macro and the mail leaves.

Screenshots: ``tests.browser.shots``.
"""

import pytest
from django.core import mail

from funnel.services import discount_codes_add
from helpdesk.models import GateDecision, Macro, Message, TicketDiscountCode
from helpdesk.services.inbound import inbound_receive
from tests.browser.shots import shot
from tests.customers.factories import confirmed

from .conftest import payload
from .factories import PoolFactory, inbound

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def desk(channels, marketplace_agent, owned_agent, immediate_tasks):
    pool = PoolFactory(name="Welcome back 10%")
    discount_codes_add(pool=pool, codes=["NVK10-0001", "NVK10-0002"])
    Macro.objects.create(
        name="Tracking update",
        library="amazon_message",
        body="Hello {first_name}, your order {order_id} is on its way.",
    )
    Macro.objects.create(
        name="Thank you + 10% off",
        library="owned_message",
        body="Hi {first_name}, thanks! 10% off your next order at {store_link} with "
        "{discount_code}.",
        discount_pool=pool,
    )
    amazon, _ = inbound_receive(
        message=inbound(
            sender="Thomas Krüger - Amazon Marketplace <7q2mx9z1k4tbd3c@marketplace.amazon.de>",
            subject="Anfrage von Amazon-Kunde Thomas Krüger (Bestellung: 302-1234567-1234567)",
            text="Hallo, wo ist mein Paket?",
        ),
        provider="Postmark",
    )
    owned, _ = inbound_receive(
        message=inbound(
            sender="James Carter <james.carter@example.co.uk>",
            to="shop@nordvik.example",
            subject="Lid of my bottle leaks",
            text="Hello, the lid of my bottle leaks. James",
            message_id="<owned-1@example.co.uk>",
        ),
        provider="Mailgun",
    )
    confirmed(owned.ticket.identity)  # James agreed to offers: the discount macro is his
    return {"amazon": amazon.ticket, "owned": owned.ticket}


def sign_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "agent-pass-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def test_marketplace_agent_is_stopped_at_the_amazon_wall(live_server, page, desk):
    sign_in(page, live_server, "amazon.agent")
    sidebar = page.content()  # the menu: an inbox per channel the group may see, no other
    assert "?channel=amazon-de" in sidebar and "?channel=shopify" not in sidebar
    page.goto(f"{live_server.url}/admin/helpdesk/")
    rows = page.locator("tr.hd-row")
    assert rows.count() == 1
    assert rows.first.get_attribute("data-kind") == "amazon"
    assert "Lid of my bottle" not in page.content()
    shot(page, "helpdesk/inbox-marketplace-agent.png")

    rows.first.locator("a").first.click()
    page.wait_for_url("**/admin/helpdesk/tickets/*/")
    options = page.locator("select[name=macro] option").all_text_contents()
    assert "Tracking update" in options and "Thank you + 10% off" not in options

    page.fill("#helpdesk-body", "Use code SAVE10 on our website")
    with page.expect_navigation():
        page.get_by_role("button", name="Send reply").click()
    blocked = page.locator(".hd-blocked")
    blocked.wait_for()
    assert "Not sent" in blocked.inner_text()
    assert page.locator("mark.hd-finding").first.inner_text() == "code SAVE10"
    assert page.locator(".hd-finding-item").first.get_attribute("data-category") == "discount"
    assert page.input_value("#helpdesk-body") == "Use code SAVE10 on our website"
    shot(page, "helpdesk/blocked-reply.png")

    assert mail.outbox == []
    assert not Message.objects.filter(direction="outbound").exists()
    assert GateDecision.objects.get().allowed is False


def test_owned_store_agent_sends_the_discount_macro_and_the_mail_leaves(live_server, page, desk):
    sign_in(page, live_server, "store.agent")
    page.goto(f"{live_server.url}/admin/helpdesk/")
    assert page.locator("tr.hd-row").count() == 1
    assert "Anfrage von Amazon-Kunde" not in page.content()
    page.locator("tr.hd-row a").first.click()
    page.wait_for_url("**/admin/helpdesk/tickets/*/")
    options = page.locator("select[name=macro] option").all_text_contents()
    assert "Thank you + 10% off" in options and "Tracking update" not in options
    page.select_option("select[name=macro]", label="Thank you + 10% off")
    with page.expect_navigation():
        page.get_by_role("button", name="Insert").click()
    page.wait_for_function("document.querySelector('#helpdesk-body').value.includes('NVK10-')")
    text = page.input_value("#helpdesk-body")
    assert "https://shop.nordvik.example" in text
    shot(page, "helpdesk/owned-discount-macro.png")
    with page.expect_navigation():
        page.get_by_role("button", name="Send reply").click()
    page.locator("text=Reply sent.").wait_for()

    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["james.carter@example.co.uk"]
    given = TicketDiscountCode.objects.get(ticket=desk["owned"])
    assert given.code.code in sent.body and given.sent_in is not None
    assert page.locator(".hd-msg--outbound").count() == 1


def test_recorded_payload_is_visible_to_the_agent_with_sanitised_html(
    live_server, page, channels, owned_agent, client
):
    import json

    from .test_inbound_webhooks import BASIC

    client.post(
        "/anymail/postmark/inbound/",
        data=json.dumps(payload("postmark_owned_html.json")),
        content_type="application/json",
        headers={"authorization": BASIC},
    )
    sign_in(page, live_server, "store.agent")
    page.goto(f"{live_server.url}/admin/helpdesk/")
    page.locator("tr.hd-row a").first.click()
    page.wait_for_url("**/admin/helpdesk/tickets/*/")
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    body = page.locator(".hd-body--html")
    assert "Sage" in body.inner_text()
    assert page.locator(".hd-body--html img[alt=lid]").evaluate("i => i.naturalWidth") == 1
    assert not page.locator("details.hd-quoted").first.evaluate("d => d.open")
    assert dialogs == []
