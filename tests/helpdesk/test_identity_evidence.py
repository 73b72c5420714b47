"""A customer's identity rests on evidence, and one person's erasure never erases another's
record. Through the public surface: the registration form, the inbound webhook, the agent's
ticket screen and the customer's own-data page."""

import json
import re

import pytest
from django.core import mail
from django.utils import translation

from customers.models import ChannelIdentity, Customer, IdentityLink
from helpdesk.models import GateDecision, Message, Ticket
from registration.models import Registration
from tests.registration.conftest import form_token, valid_post

from .conftest import WEBHOOK_AUTH, payload
from .factories import MacroFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _registration_without_traps(settings):
    """The form's rate limits and submit-time trap have tests of their own."""
    settings.REGISTRATION_RATE_LIMIT = "10000/m"
    settings.REGISTRATION_EMAIL_RATE_LIMIT = "10000/m"
    settings.REGISTRATION_MIN_FORM_SECONDS = 0


ORDER = "302-1234567-1234567"  # the order of Thomas Krüger's relay mail (postmark_amazon_de)
RELAY = "7q2mx9z1k4tbd3c@marketplace.amazon.de"
BUYER_WORDS = "Wo ist mein Paket?"
REPLY = "Your parcel left our warehouse today with DHL. We are sorry for the delay."


@pytest.fixture
def commit(django_capture_on_commit_callbacks, immediate_tasks):
    """Run what a request leaves for after its commit (mail, signals, tasks)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def register(client, pages, sku, consent_texts, commit, **person):
    """Post the registration form as the person would, ticking marketing consent; returns
    the mail they got."""
    marketing = consent_texts[("marketing_email", "de")]
    data = {
        **valid_post(sku, amazon_order_id=ORDER, marketplace="amazon.de", **person),
        "marketing": "on",
        "token": form_token(marketing=marketing),
    }
    before = len(mail.outbox)
    with commit():
        response = client.post(f"{pages['de'].url}register/", data)
    assert response.status_code == 303
    return mail.outbox[before]


def confirm_address(client, message, commit):
    path = "/confirm/" + message.body.split("/confirm/")[1].split()[0]
    with commit():
        assert client.post(path).status_code == 200


def own_data_path(message):
    return "/my/" + message.body.split("/my/")[1].split()[0]


def buyer_writes(client, commit):
    with commit():
        response = client.post(
            "/anymail/postmark/inbound/",
            data=json.dumps(payload("postmark_amazon_de.json")),
            content_type="application/json",
            headers={"authorization": "Basic " + _b64(WEBHOOK_AUTH)},
        )
    assert response.status_code == 200
    return Ticket.objects.get(channel__marketplace="amazon.de")


def agent_replies(client, agent, ticket, commit, body=REPLY):
    client.force_login(agent)
    with commit():
        response = client.post(
            f"/admin/helpdesk/tickets/{ticket.pk}/", {"action": "send", "body": body}
        )
    client.logout()
    return response


def _b64(text):
    import base64

    return base64.b64encode(text.encode()).decode()


def test_a_stranger_typing_the_buyers_order_number_never_becomes_the_buyer_and_their_erasure_keeps_the_buyers_record(
    client, channels, marketplace_agent, pages, sku, consent_texts, commit
):
    # A stranger registers with a real Amazon order number they saw somewhere, and even
    # confirms their own address.
    welcome = register(
        client,
        pages,
        sku,
        consent_texts,
        commit,
        first_name="Eve",
        last_name="Mallory",
        email="eve@example.net",
    )
    confirm_address(client, welcome, commit)
    stranger = Customer.objects.get(email="eve@example.net")

    # The real buyer writes through Amazon about that order.
    ticket = buyer_writes(client, commit)
    assert ticket.customer != stranger
    assert ticket.customer.first_name == "Thomas"  # the buyer keeps their own name
    assert ticket.registration is None
    relay = ChannelIdentity.objects.get(external_id=RELAY)
    assert relay.customer_id == ticket.customer_id and relay.name == "Thomas Krüger"
    link = IdentityLink.objects.get(identity=relay)
    assert (link.customer, link.status) == (stranger, "possible")
    assert "name_differs" in link.evidence

    # The agent sees a possible match, not one person; the Amazon macro greets the buyer.
    client.force_login(marketplace_agent)
    page = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert "Possible match" in page and "Eve Mallory" in page
    assert "Linked as one person" not in page
    macro = MacroFactory(body="Hello {first_name}, thank you for your message.")
    rendered = client.post(f"/admin/helpdesk/tickets/{ticket.pk}/macros/{macro.pk}/render/")
    assert rendered.json()["text"].startswith("Hello Thomas,")
    client.logout()

    assert agent_replies(client, marketplace_agent, ticket, commit).status_code == 302
    assert mail.outbox[-1].to == [RELAY]

    # The stranger erases their data from their own-data page.
    response = client.post(own_data_path(welcome), {"action": "erase", "sure": "yes"})
    assert response.status_code == 200
    stranger.refresh_from_db()
    assert stranger.erased_at is not None

    # The buyer's record, the A-to-z evidence, is whole and the ticket can still be answered.
    ticket.refresh_from_db()
    assert ticket.reply_to == RELAY and ticket.subject
    inbound = ticket.messages.get(direction="inbound")
    assert inbound.redacted_at is None and BUYER_WORDS in inbound.body_text
    sent = ticket.messages.get(direction="outbound")
    assert sent.redacted_at is None and sent.body_text.startswith(REPLY)
    decision = GateDecision.objects.get(ticket=ticket)
    assert decision.redacted_at is None and decision.draft == REPLY
    assert ChannelIdentity.objects.get(pk=relay.pk).external_id == RELAY
    assert not IdentityLink.objects.filter(identity=relay).exists()
    assert (
        agent_replies(client, marketplace_agent, ticket, commit, "Tracking is updated.").status_code
        == 302
    )
    assert ticket.messages.filter(direction="outbound").count() == 2


def test_strong_evidence_links_the_buyer_and_their_own_erasure_keeps_what_the_seller_sent(
    client, channels, marketplace_agent, pages, sku, consent_texts, commit
):
    # The buyer registers under the name Amazon shows and confirms their address.
    welcome = register(
        client,
        pages,
        sku,
        consent_texts,
        commit,
        first_name="Thomas",
        last_name="Krüger",
        email="thomas.krueger@example.de",
    )
    confirm_address(client, welcome, commit)
    registrant = Customer.objects.get(email="thomas.krueger@example.de")

    ticket = buyer_writes(client, commit)
    assert ticket.customer == registrant
    assert ticket.registration == Registration.objects.get(customer=registrant)
    link = IdentityLink.objects.get(identity__external_id=RELAY)
    assert link.status == "linked" and link.decided_by is None
    assert {"order_typed", "name_matches", "address_confirmed"} <= set(link.evidence)
    assert agent_replies(client, marketplace_agent, ticket, commit).status_code == 302

    page = client.get(own_data_path(welcome)).content.decode()
    assert "Art. 17 Abs. 3 lit. e DSGVO" in page  # the evidence sentence, in German
    client.post(own_data_path(welcome), {"action": "erase", "sure": "yes"})

    ticket.refresh_from_db()
    inbound = ticket.messages.get(direction="inbound")
    assert inbound.redacted_at is not None and inbound.body_text == ""  # their own words go
    sent = ticket.messages.get(direction="outbound")
    assert sent.redacted_at is None and sent.body_text.startswith(REPLY)  # kept as evidence
    decision = GateDecision.objects.get(ticket=ticket)
    assert decision.redacted_at is None and decision.checked_text.startswith(REPLY)


def test_an_agent_confirms_a_possible_match_and_the_decision_records_who(
    client, channels, marketplace_agent, pages, sku, consent_texts, commit
):
    register(
        client,
        pages,
        sku,
        consent_texts,
        commit,
        first_name="Tom",
        last_name="Krueger",
        email="tom@example.de",
    )  # a nickname and another spelling, address never confirmed: a possible match
    registrant = Customer.objects.get(email="tom@example.de")
    ticket = buyer_writes(client, commit)
    buyer = ticket.customer
    assert buyer != registrant
    link = IdentityLink.objects.get(identity__external_id=RELAY, status="possible")

    client.force_login(marketplace_agent)
    response = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/", {"action": "link_confirm", "link": link.pk}
    )
    assert response.status_code == 302
    link.refresh_from_db()
    assert (link.status, link.decided_by) == ("confirmed", marketplace_agent)
    assert link.decided_at is not None
    ticket.refresh_from_db()
    assert ticket.customer == registrant
    assert ticket.registration == Registration.objects.get(customer=registrant)
    assert ticket.events.filter(field="customer", actor=marketplace_agent).exists()
    assert not Customer.objects.filter(pk=buyer.pk).exists()  # the empty record is gone
    # The buyer's name as Amazon gave it is never overwritten, and greets them.
    assert ChannelIdentity.objects.get(external_id=RELAY).name == "Thomas Krüger"
    macro = MacroFactory(body="Hello {first_name}, thank you for your message.")
    rendered = client.post(f"/admin/helpdesk/tickets/{ticket.pk}/macros/{macro.pk}/render/")
    assert rendered.json()["text"].startswith("Hello Thomas,")
    page = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert "Confirmed by an agent" in page and "amazon.agent" in page
    listed = client.get("/admin/snippets/customers/identitylink/")
    assert listed.status_code == 200 and "Confirmed by an agent" in listed.content.decode()
    # A second decision on the same match is refused without an error page.
    again = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/", {"action": "link_dismiss", "link": "x"}
    )
    assert again.status_code == 400


def test_an_agent_dismisses_a_possible_match(
    client, channels, marketplace_agent, pages, sku, consent_texts, commit
):
    register(
        client,
        pages,
        sku,
        consent_texts,
        commit,
        first_name="Eve",
        last_name="Mallory",
        email="eve@example.net",
    )
    ticket = buyer_writes(client, commit)
    link = IdentityLink.objects.get(identity__external_id=RELAY)
    client.force_login(marketplace_agent)
    client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/", {"action": "link_dismiss", "link": link.pk}
    )
    link.refresh_from_db()
    assert (link.status, link.decided_by) == ("dismissed", marketplace_agent)
    page = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert "Possible match" not in page and "Not the same person" in page
    assert Ticket.objects.get(pk=ticket.pk).customer.first_name == "Thomas"


def test_a_buyer_who_wrote_first_is_linked_once_the_registrant_confirms_their_address(
    client, channels, pages, sku, consent_texts, commit
):
    ticket = buyer_writes(client, commit)
    welcome = register(
        client,
        pages,
        sku,
        consent_texts,
        commit,
        first_name="Thomas",
        last_name="Krüger",
        email="thomas.krueger@example.de",
    )
    link = IdentityLink.objects.get(identity__external_id=RELAY)
    assert link.status == "possible"  # the address is not confirmed yet
    assert "address_unconfirmed" in link.evidence
    confirm_address(client, welcome, commit)
    link = IdentityLink.objects.get(identity__external_id=RELAY)
    assert link.status == "linked"
    ticket.refresh_from_db()
    assert ticket.customer.email == "thomas.krueger@example.de"
    assert Message.objects.filter(ticket=ticket, direction="inbound").count() == 1
    with translation.override("en"):
        assert re.search(r"Linked on strong evidence", str(link.get_status_display()))
