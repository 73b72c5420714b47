"""The ticket sidebar's "show the buyer's address": the only path to the buyer's personal data,
a POST by an agent with the permission; without it 403 and nothing asked of Amazon."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from amazon.models import AmazonOrder
from tests.amazon.fake_restricted import buyer
from tests.amazon.fake_spapi import order

from .factories import AmazonTicketFactory

pytestmark = pytest.mark.django_db

ORDER_ID = "302-1234567-1234567"


@pytest.fixture
def ticket(channels, account, fake):
    now = timezone.now()
    fake.orders.append(order(ORDER_ID, updated=now.strftime("%Y-%m-%dT%H:%M:%SZ")))
    fake.buyers[ORDER_ID] = buyer(name="Jonas Weber", line1="Lindenallee 4", city="Köln")
    AmazonOrder.objects.create(
        account=account,
        amazon_order_id=ORDER_ID,
        marketplace="amazon.de",
        purchased_at=now - timedelta(days=3),
        last_updated_at=now,
        status="Unshipped",
    )
    return AmazonTicketFactory(channel=channels["amazon-de"], amazon_order_id=ORDER_ID)


def url(ticket):
    return f"/admin/helpdesk/tickets/{ticket.pk}/amazon-buyer/"


def test_the_address_is_fetched_on_the_agents_request_only(client, ticket, marketplace_agent, fake):
    client.force_login(marketplace_agent)
    page = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert "Show the buyer's address" in page and "Lindenallee" not in page
    assert fake.calls("createRestrictedDataToken") == 0  # showing the ticket asks nothing

    assert client.get(url(ticket)).status_code == 405
    response = client.post(url(ticket), follow=True)
    html = response.content.decode()
    assert "The buyer&#x27;s address was fetched from Amazon." in html
    assert "Jonas Weber<br>Lindenallee 4<br>20457 Köln<br>DE" in html
    assert "Fetched by amazon.agent on" in html
    assert fake.calls("createRestrictedDataToken") == 1


def test_without_the_permission_it_is_refused(client, ticket, marketplace_agent, fake):
    marketplace_agent.groups.get().permissions.remove(
        Permission.objects.get(codename="fetch_buyer_pii")
    )
    client.force_login(marketplace_agent)
    page = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert url(ticket) not in page
    response = client.post(url(ticket))
    assert response.status_code == 403
    assert fake.requests == []
    assert not AmazonOrder.objects.get().has_buyer_pii
