"""Invariant 1, the Amazon wall: nothing leaves on a marketplace channel unless
``amazon_message`` allows it, enforced in ``helpdesk.services.replies.reply_send``."""

import json

import pytest
from django.core import mail

from helpdesk.models import GateDecision, Message, SlaRecord, Ticket
from helpdesk.services.replies import reply_deliver, reply_send
from helpdesk.services.tickets import ReplyRefused, note_add, ticket_clock_start

from .factories import AmazonTicketFactory, OwnedTicketFactory

pytestmark = pytest.mark.django_db

PROMO = "Use code SAVE10 on our website"
TRANSACTIONAL = (
    "Hello, your parcel left our warehouse today with DHL, tracking number 00340434161234567890. "
    "We are sorry for the delay."
)


@pytest.fixture
def send(django_capture_on_commit_callbacks, immediate_tasks):
    """``reply_send`` with its on-commit delivery run, as after a real commit."""

    def _send(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return reply_send(**kwargs)

    return _send


@pytest.fixture
def amazon_ticket(channels):
    ticket = AmazonTicketFactory(channel=channels["amazon-de"])
    ticket_clock_start(ticket=ticket, at=ticket.created_at)
    ticket.save()
    return ticket


def test_promotional_amazon_reply_through_the_service_sends_nothing(
    amazon_ticket, marketplace_agent, send
):
    result = send(ticket=amazon_ticket, body=PROMO, author=marketplace_agent)
    assert not result.allowed
    assert result.message is None
    assert mail.outbox == []
    assert not Message.objects.filter(direction="outbound").exists()
    finding = result.findings[0]
    assert finding.category == "discount"
    assert PROMO[finding.start : finding.end] == finding.excerpt
    assert finding.message  # the suggestion shown to the agent
    # The decision is on record, with the exact text the gate looked at.
    decision = GateDecision.objects.get()
    assert not decision.allowed and decision.draft == PROMO
    assert decision.findings[0]["category"] == "discount"
    # The customer is still waiting: a blocked reply does not stop the clock.
    amazon_ticket.refresh_from_db()
    assert amazon_ticket.awaiting_since is not None
    assert not SlaRecord.objects.exists()


@pytest.mark.parametrize(
    "text",
    [
        "Visit www.nordvik-outdoor.de for 20% off your next order",
        "Please leave us a 5-star review and we send you a free gift",
        "Write to us on WhatsApp +49 170 1234567 instead",
        "Thanks for your order 🎉",
        "Join our newsletter for exclusive deals",
    ],
)
def test_every_kind_of_promotion_is_stopped_at_the_gate(
    amazon_ticket, marketplace_agent, send, text
):
    result = send(ticket=amazon_ticket, body=text, author=marketplace_agent)
    assert not result.allowed, text
    assert mail.outbox == []


def test_transactional_amazon_reply_leaves_from_the_authorised_sender_with_the_order_id(
    amazon_ticket, marketplace_agent, send, settings
):
    amazon_ticket.channel.sender_address = ""
    amazon_ticket.channel.save()
    result = send(ticket=amazon_ticket, body=TRANSACTIONAL, author=marketplace_agent)
    assert result.allowed
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.from_email == settings.HELPDESK_AMAZON_SENDER
    assert sent.to == [amazon_ticket.reply_to]
    assert "@marketplace.amazon.de" in sent.to[0]
    assert "302-1234567-1234567" in sent.subject
    assert "302-1234567-1234567" in sent.body
    assert sent.extra_headers["Message-ID"] == f"<{result.message.message_id}>"
    assert result.message.message_id.endswith("@nordvik.example")  # the sender's domain
    message = Message.objects.get(direction="outbound")
    assert message.delivery_status == "sent"
    assert message.gate_decision == result.decision and result.decision.allowed
    amazon_ticket.refresh_from_db()
    assert amazon_ticket.status == Ticket.Status.PENDING
    assert amazon_ticket.awaiting_since is None and amazon_ticket.first_response_at
    record = SlaRecord.objects.get()
    assert record.outcome == "replied" and record.first and not record.breached


def test_amazon_reply_without_an_authorised_sender_is_refused(
    amazon_ticket, marketplace_agent, settings, immediate_tasks
):
    amazon_ticket.channel.sender_address = ""
    amazon_ticket.channel.save()
    settings.HELPDESK_AMAZON_SENDER = ""
    with pytest.raises(ReplyRefused):
        reply_send(ticket=amazon_ticket, body=TRANSACTIONAL, author=marketplace_agent)
    assert mail.outbox == []


def test_the_same_promotion_is_fine_on_the_own_store(channels, owned_agent, send):
    ticket = OwnedTicketFactory(channel=channels["shopify"], marketable=True)
    result = send(ticket=ticket, body=PROMO + " 🎉", author=owned_agent)
    assert result.allowed
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [ticket.reply_to]


def test_a_promotional_signature_blocks_amazon_replies_and_is_reported_there(
    amazon_ticket, marketplace_agent, send
):
    channel = amazon_ticket.channel
    channel.signature = "Nordvik Care · www.nordvik-outdoor.de"
    channel.save()  # saved without clean(): the gate still catches it
    result = send(ticket=amazon_ticket, body=TRANSACTIONAL, author=marketplace_agent)
    assert not result.allowed
    assert {f.where for f in result.findings} == {"signature"}
    assert mail.outbox == []


def test_delivery_refuses_text_that_changed_after_the_gate(
    amazon_ticket, marketplace_agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        result = reply_send(ticket=amazon_ticket, body=TRANSACTIONAL, author=marketplace_agent)
    # Someone edits the stored text behind the gate's back, bypassing ORM and triggers.
    from django.db import connection

    from helpdesk import audit_guard

    audit_guard.remove(connection)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE helpdesk_message SET body_text = %s WHERE id = %s",
                [PROMO, result.message.pk],
            )
    finally:
        audit_guard.install(connection)
    message = reply_deliver(message_id=result.message.pk)
    assert message.delivery_status == "failed"
    assert mail.outbox == []


def test_notes_are_never_sent(amazon_ticket, marketplace_agent, immediate_tasks):
    note = note_add(ticket=amazon_ticket, body=PROMO, author=marketplace_agent)
    assert note.direction == "note"
    with pytest.raises(ReplyRefused):
        reply_deliver(message_id=note.pk)
    assert mail.outbox == []


def test_reply_endpoint_goes_through_the_same_gate(
    client, amazon_ticket, marketplace_agent, immediate_tasks, django_capture_on_commit_callbacks
):
    client.force_login(marketplace_agent)
    url = f"/admin/helpdesk/tickets/{amazon_ticket.pk}/reply/"
    blocked = client.post(url, data=json.dumps({"body": PROMO}), content_type="application/json")
    assert blocked.status_code == 422
    assert blocked.json()["findings"][0]["category"] == "discount"
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        allowed = client.post(
            url, data=json.dumps({"body": TRANSACTIONAL}), content_type="application/json"
        )
    assert allowed.status_code == 200 and allowed.json()["allowed"]
    assert len(mail.outbox) == 1


def test_admin_form_shows_findings_and_sends_nothing(
    client, amazon_ticket, marketplace_agent, immediate_tasks
):
    client.force_login(marketplace_agent)
    response = client.post(
        f"/admin/helpdesk/tickets/{amazon_ticket.pk}/", {"action": "send", "body": PROMO}
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert '<mark class="hd-finding"' in html and "code SAVE10</mark>" in html
    assert "Not sent" in html
    assert PROMO in html  # the draft is kept in the box to fix
    assert mail.outbox == []


def test_automatic_reply_does_not_stop_the_clock(amazon_ticket, immediate_tasks):
    result = reply_send(
        ticket=amazon_ticket,
        body="We received your message about order 302-1234567-1234567 and will answer soon.",
        author=None,
        automatic=True,
    )
    assert result.allowed
    amazon_ticket.refresh_from_db()
    assert amazon_ticket.awaiting_since is not None
    assert amazon_ticket.first_response_at is None
    assert not SlaRecord.objects.exists()


def test_check_button_shows_findings_without_recording_or_sending(
    client, amazon_ticket, marketplace_agent, immediate_tasks
):
    client.force_login(marketplace_agent)
    url = f"/admin/helpdesk/tickets/{amazon_ticket.pk}/"
    html = client.post(url, {"action": "check", "body": PROMO}).content.decode()
    assert "This reply would be stopped" in html and "code SAVE10</mark>" in html
    clean = client.post(url, {"action": "check", "body": TRANSACTIONAL}, follow=True)
    assert "No findings" in clean.content.decode()
    assert not GateDecision.objects.exists() and mail.outbox == []


def test_a_link_in_the_buyers_subject_never_makes_the_ticket_unanswerable(
    client, channels, marketplace_agent, immediate_tasks, django_capture_on_commit_callbacks
):
    import base64

    from .conftest import WEBHOOK_AUTH, payload

    data = payload("postmark_amazon_de.json")
    data["Subject"] = (
        "Deckel kaputt, Foto: https://imgur.com/a/x7Kq2 (Bestellung: 302-1234567-1234567)"
    )
    auth = "Basic " + base64.b64encode(WEBHOOK_AUTH.encode()).decode()
    webhook = client.post(
        "/anymail/postmark/inbound/",
        data=json.dumps(data),
        content_type="application/json",
        headers={"authorization": auth},
    )
    assert webhook.status_code == 200
    ticket = Ticket.objects.get()
    assert "imgur.com" in ticket.subject

    client.force_login(marketplace_agent)
    url = f"/admin/helpdesk/tickets/{ticket.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "send", "body": TRANSACTIONAL})
    assert response.status_code == 302
    sent = mail.outbox[-1]
    assert sent.subject == "Re: Bestellung 302-1234567-1234567"  # in the ticket's language
    assert GateDecision.objects.get().subject == sent.subject
    # The gate still checks everything the seller writes.
    blocked = client.post(url, {"action": "send", "body": PROMO})
    assert blocked.status_code == 422 and len(mail.outbox) == 1
