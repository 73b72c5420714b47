"""From an Amazon ticket's sidebar, an agent with the permission sends the buyer a message
through Amazon's Messaging API: the types Amazon offers are listed, the warranty certificate
of the customer's registration is attached with its coverage, and every refusal is a sentence
on the page, never a server error. Without the permission the screen is refused."""

from datetime import UTC, date, datetime

import pytest
from django.contrib.auth.models import Permission

from amazon.models import AmazonOrder, BuyerMessage
from registration.services import Provenance, registration_submit

from .factories import AmazonTicketFactory

pytestmark = pytest.mark.django_db

ORDER_ID = "302-1234567-1234567"


@pytest.fixture
def ticket(channels, account):
    AmazonOrder.objects.create(
        account=account,
        amazon_order_id=ORDER_ID,
        marketplace="amazon.de",
        purchased_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
        last_updated_at=datetime(2026, 3, 3, 10, tzinfo=UTC),
        status="Shipped",
    )
    return AmazonTicketFactory(channel=channels["amazon-de"], amazon_order_id=ORDER_ID)


@pytest.fixture
def registration(product, sku):
    return registration_submit(
        product=product, sku=sku, first_name="Anna", last_name="Schmidt",
        email="anna@example.com", purchase_channel="amazon", marketplace="amazon.de",
        amazon_order_id=ORDER_ID, retailer="", purchase_date=date(2026, 3, 1),
        serial="HL4-123456", country="DE", marketing_text=None, safety_text=None,
        provenance=Provenance(locale="en"),
    )  # fmt: skip


def url(ticket) -> str:
    return f"/admin/helpdesk/tickets/{ticket.pk}/amazon-message/"


def test_a_permitted_agent_sends_the_warranty_certificate(
    client, ticket, registration, marketplace_agent, fake
):
    client.force_login(marketplace_agent)
    sidebar = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert url(ticket) in sidebar

    page = client.get(url(ticket))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Warranty information" in html and "Unexpected problem" in html
    assert registration.reference_display in html  # the certificate is prefilled

    response = client.post(
        url(ticket),
        {
            "message_type": "warranty",
            "coverage_start": registration.warranty_starts_on.isoformat(),
            "coverage_end": registration.warranty_ends_on.isoformat(),
        },
    )
    assert response.status_code == 302
    [(order_id, message_type, body)] = fake.messages
    assert (order_id, message_type) == (ORDER_ID, "warranty")
    upload = fake.uploads[body["attachments"][0]["uploadDestinationId"]]
    assert upload["data"].startswith(b"%PDF")
    record = BuyerMessage.objects.get()
    assert record.author == marketplace_agent
    assert record.attachment_name == f"warranty-{registration.reference}.pdf"
    assert record.coverage_end == registration.warranty_ends_on


def test_a_promotional_text_is_refused_on_the_page_and_nothing_reaches_amazon(
    client, ticket, marketplace_agent, fake
):
    client.force_login(marketplace_agent)
    response = client.post(
        url(ticket),
        {
            "message_type": "unexpectedProblem",
            "text": "Sorry for the delay! Join our club at nordvik.example for 10% off.",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "does not allow this message" in html
    assert fake.messages == [] and fake.calls("createUnexpectedProblem") == 0
    assert BuyerMessage.objects.count() == 0


def test_amazon_refusing_is_a_message_not_a_server_error(client, ticket, marketplace_agent, fake):
    from tests.amazon.fake_spapi import Failure

    fake.fail_next(
        "getMessagingActionsForOrder",
        Failure(403, "Unauthorized", "Access to requested resource is denied."),
    )
    client.force_login(marketplace_agent)
    response = client.get(url(ticket))
    assert response.status_code == 200
    assert "Buyer Communication role" in response.content.decode()

    fake.messaging_actions[ORDER_ID] = []
    response = client.get(url(ticket))
    assert "Amazon offers no message for this order now." in response.content.decode()


def test_without_the_permission_the_screen_is_refused(client, ticket, marketplace_agent, fake):
    marketplace_agent.groups.get().permissions.remove(
        Permission.objects.get(codename="send_buyermessage")
    )
    client.force_login(marketplace_agent)
    assert url(ticket) not in client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    response = client.post(url(ticket), {"message_type": "unexpectedProblem", "text": "Hello"})
    assert response.status_code == 403
    assert fake.requests == [] and BuyerMessage.objects.count() == 0
