"""The demo works without Amazon credentials: an offline seller account with synced orders, so
the demo's Amazon ticket shows its order in the sidebar."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from amazon.models import AmazonOrder, ReviewRequest, SellerAccount
from helpdesk.models import Ticket
from helpdesk.selectors import amazon_order_for_ticket

pytestmark = pytest.mark.django_db


def test_the_demo_amazon_ticket_shows_its_synced_order_without_credentials(client, monkeypatch):
    for name in ("AMAZON_LWA_CLIENT_ID", "AMAZON_LWA_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    call_command("seed_demo")
    call_command("seed_demo")  # nothing doubled
    account = SellerAccount.objects.get(slug="demo-eu")
    assert not account.active and account.refresh_token == ""
    assert AmazonOrder.objects.count() == 2
    assert ReviewRequest.objects.get().outcome == "requested"
    ticket = Ticket.objects.get(amazon_order_id="302-1234567-1234567")
    order = amazon_order_for_ticket(ticket=ticket)
    assert order is not None and order.delivered_on is not None
    assert order.items.get().sku.code == "NV-STOVE-C1"
    client.force_login(get_user_model().objects.get(username="amazon.agent"))
    html = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert "hd-amazon-order" in html and "NV-STOVE-C1" in html
    report = client.get("/admin/amazon/review-requests/report/").content.decode()
    assert "amazon-review-report" in report and "<td>amazon.de</td>" in report
