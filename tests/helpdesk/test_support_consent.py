"""Support respects consent: own-store offers (promotional macros, discount codes, the loyalty
programme) go only to customers the one ownership selector says may be marketed to, as for
the funnel; the claim's ticket shows where the product was bought. Through the registration
form, the own-data page, the warranty claim page and the agent's screens."""

import pytest
from django.core import mail

from customers.services import suppression_add
from funnel.services import discount_codes_add
from helpdesk.models import Macro, Message, Ticket, TicketDiscountCode
from helpdesk.services.replies import reply_deliver
from registration.links import claim_token
from registration.models import Registration
from tests.registration.conftest import form_token, valid_post

from .factories import PoolFactory

pytestmark = pytest.mark.django_db

EMAIL = "anna@example.de"
CLAIM = "Die Lampe flackert seit gestern, obwohl der Akku voll ist."


@pytest.fixture(autouse=True)
def _registration_without_traps(settings):
    settings.REGISTRATION_RATE_LIMIT = "10000/m"
    settings.REGISTRATION_EMAIL_RATE_LIMIT = "10000/m"
    settings.REGISTRATION_MIN_FORM_SECONDS = 0


@pytest.fixture
def commit(django_capture_on_commit_callbacks, immediate_tasks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def offers(db):
    pool = PoolFactory(name="Welcome back")
    discount_codes_add(pool=pool, codes=["NVK-0001", "NVK-0002"])
    return {
        "code": Macro.objects.create(
            name="10 % off next order",
            library="owned_message",
            body="Sorry, {first_name}! Here is 10% off your next order: {discount_code}",
            discount_pool=pool,
        ),
        "club": Macro.objects.create(
            name="Join the club",
            library="owned_message",
            body="Join our club for member prices: {loyalty_link}",
        ),
        "help": Macro.objects.create(
            name="Replacement",
            library="owned_message",
            body="Hello {first_name}, a replacement for your {product} ships today.",
        ),
    }


def registered_customer(client, pages, sku, consent_texts, commit):
    """Anna registers her Amazon purchase, ticks marketing consent and confirms it."""
    marketing = consent_texts[("marketing_email", "de")]
    with commit():
        client.post(
            f"{pages['de'].url}register/",
            {**valid_post(sku), "marketing": "on", "token": form_token(marketing=marketing)},
        )
    welcome = mail.outbox[-1]
    path = "/confirm/" + welcome.body.split("/confirm/")[1].split()[0]
    with commit():
        client.post(path)
    return Registration.objects.get(), "/my/" + welcome.body.split("/my/")[1].split()[0]


def claim(client, registration, commit):
    with commit():
        response = client.post(
            f"/support/claim/{registration.public_id}/",
            {"t": claim_token(registration), "description": CLAIM},
        )
    assert response.status_code == 302
    return Ticket.objects.get(registration=registration)


def offered(client, ticket):
    listed = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/macros/").json()["macros"]
    return {m["name"] for m in listed}


def test_a_claim_from_a_customer_who_withdrew_consent_is_offered_no_offers(
    client, channels, owned_agent, pages, sku, consent_texts, offers, commit
):
    channels["site"].loyalty_url = "https://shop.nordvik.example/club"
    channels["site"].save()
    registration, own_data = registered_customer(client, pages, sku, consent_texts, commit)
    with commit():
        client.post(own_data, {"action": "withdraw"})
    ticket = claim(client, registration, commit)

    client.force_login(owned_agent)
    assert offered(client, ticket) == {"Replacement"}
    page = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert "10 % off next order" not in page and "Join the club" not in page
    assert "No offers for this customer" in page
    # Asked for anyway, the macro is refused and no code is handed out.
    refused = client.post(f"/admin/helpdesk/tickets/{ticket.pk}/macros/{offers['code'].pk}/render/")
    assert refused.status_code == 403
    assert not TicketDiscountCode.objects.exists()
    # Typed by hand, an offer is stopped at the gate: nothing is sent.
    url = f"/admin/helpdesk/tickets/{ticket.pk}/"
    for text in (
        "Sorry for the trouble! Use NVK-0001 for 10% off your next order.",
        "Join our club for member prices!",
        "Details are here: https://shop.nordvik.example/club",
    ):
        response = client.post(url, {"action": "send", "body": text})
        assert response.status_code == 422, text
        assert "may not receive offers" in response.content.decode()
    assert not Message.objects.filter(direction="outbound").exists()
    # Help with the claim itself leaves as always.
    with commit():
        helped = client.post(url, {"action": "send", "body": "A replacement lamp ships today."})
    assert helped.status_code == 302
    assert mail.outbox[-1].to == [EMAIL]


def test_a_suppressed_address_is_offered_nothing_either(
    client, channels, owned_agent, pages, sku, consent_texts, offers, commit
):
    registration, _own_data = registered_customer(client, pages, sku, consent_texts, commit)
    with commit():
        suppression_add(email=EMAIL, reason="complaint")
    ticket = claim(client, registration, commit)
    client.force_login(owned_agent)
    assert offered(client, ticket) == {"Replacement"}


def test_a_customer_who_may_be_marketed_to_is_offered_the_club_and_the_code(
    client, channels, owned_agent, pages, sku, consent_texts, offers, commit
):
    registration, _own_data = registered_customer(client, pages, sku, consent_texts, commit)
    ticket = claim(client, registration, commit)
    client.force_login(owned_agent)
    assert offered(client, ticket) == {"10 % off next order", "Join the club", "Replacement"}
    text = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/macros/{offers['code'].pk}/render/"
    ).json()["text"]
    assert "NVK-0001" in text
    with commit():
        sent = client.post(
            f"/admin/helpdesk/tickets/{ticket.pk}/", {"action": "send", "body": text}
        )
    assert sent.status_code == 302 and "NVK-0001" in mail.outbox[-1].body


def test_an_offer_queued_before_a_withdrawal_is_not_delivered(
    client, channels, owned_agent, pages, sku, consent_texts, offers, commit
):
    registration, own_data = registered_customer(client, pages, sku, consent_texts, commit)
    ticket = claim(client, registration, commit)
    client.force_login(owned_agent)
    text = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/macros/{offers['code'].pk}/render/"
    ).json()["text"]
    # The gate allows the reply; the customer withdraws before the worker sends it.
    response = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/", {"action": "send", "body": text}
    )
    assert response.status_code == 302
    with commit():
        client.post(own_data, {"action": "withdraw"})
    outbox = len(mail.outbox)
    message = reply_deliver(message_id=Message.objects.get(direction="outbound").pk)
    assert message.delivery_status == "failed" and "offers" in message.delivery_error
    assert len(mail.outbox) == outbox


def test_the_claims_ticket_shows_where_the_product_was_bought(
    client, channels, owned_agent, pages, sku, consent_texts, commit
):
    registration, _own_data = registered_customer(client, pages, sku, consent_texts, commit)
    ticket = claim(client, registration, commit)
    client.force_login(owned_agent)
    page = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert "Bought at" in page
    bought = page.split('class="hd-bought-at">')[1].split("</dd>")[0]
    assert "Amazon" in bought and "amazon.de" in bought and "302-1234567-1234567" in bought
