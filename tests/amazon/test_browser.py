"""In Chromium, on the demo: a marketplace agent opens the demo's Amazon ticket and sees its
synced order beside the conversation (items, status, delivered on), then the review-request
report per day and marketplace. Nothing needs Amazon credentials.

Screenshots: ``tests.browser.shots`` (``amazon/ticket-order-sidebar.png``,
``amazon/review-request-report.png``)."""

import pytest
from django.core.management import call_command

from helpdesk.models import Ticket
from tests.browser.shots import shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_agent_sees_the_amazon_order_and_the_review_request_report(live_server, page):
    call_command("seed_demo")
    ticket = Ticket.objects.get(amazon_order_id="302-1234567-1234567")
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "amazon.agent")
    page.fill("input[name=password]", "bridgecard-demo")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/helpdesk/tickets/{ticket.pk}/")
    order = page.locator(".hd-amazon-order")
    order.wait_for()
    assert "302-1234567-1234567" in order.inner_text()
    assert "NV-STOVE-C1" in order.inner_text()
    shot(page, "amazon/ticket-order-sidebar.png")

    page.goto(f"{live_server.url}/admin/amazon/review-requests/report/")
    report = page.locator(".amazon-review-report")
    report.wait_for()
    assert "amazon.de" in report.inner_text()
    shot(page, "amazon/review-request-report.png")
