"""Recorded Postmark and Mailgun inbound payloads posted to the real anymail webhook URLs."""

import base64
import hashlib
import hmac
import json
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from customers.models import ChannelIdentity, ConsentRecord, Customer
from helpdesk.models import Attachment, Message, Ticket

from .conftest import MAILGUN_KEY, PAYLOADS, WEBHOOK_AUTH, payload

pytestmark = pytest.mark.django_db

BASIC = "Basic " + base64.b64encode(WEBHOOK_AUTH.encode()).decode()


def post_postmark(client, name, auth=BASIC):
    headers = {"authorization": auth} if auth else {}
    return client.post(
        "/anymail/postmark/inbound/",
        data=json.dumps(payload(name)),
        content_type="application/json",
        headers=headers,
    )


def post_mailgun(client, name, *, url="/anymail/mailgun/inbound/", resign=False, tamper=None):
    recorded = payload(name)
    fields = dict(recorded["fields"])
    if resign:
        fields["timestamp"] = str(int(time.time()))
        fields["token"] = hashlib.sha256(fields["timestamp"].encode()).hexdigest()[:50]
        fields["signature"] = hmac.new(
            MAILGUN_KEY.encode(), f"{fields['timestamp']}{fields['token']}".encode(), "sha256"
        ).hexdigest()
    if tamper:
        fields.update(tamper)
    for field, spec in recorded["files"].items():
        fields[field] = SimpleUploadedFile(
            spec["filename"], (PAYLOADS / spec["path"]).read_bytes(), spec["content_type"]
        )
    return client.post(url, data=fields, headers={"authorization": BASIC})


def test_postmark_amazon_relay_mail_opens_an_amazon_ticket_of_its_marketplace(client, channels):
    response = post_postmark(client, "postmark_amazon_de.json")
    assert response.status_code == 200
    ticket = Ticket.objects.get()
    assert ticket.channel == channels["amazon-de"]
    assert ticket.channel.policy == "amazon_message"
    assert ticket.amazon_order_id == "302-1234567-1234567"
    assert ticket.reply_to == "7q2mx9z1k4tbd3c@marketplace.amazon.de"
    assert ticket.status == Ticket.Status.OPEN
    assert ticket.response_due_at is not None
    # The relay address is an Amazon identity of a customer with no own e-mail address.
    identity = ticket.identity
    assert (identity.channel, identity.marketplace, identity.owned) == (
        "amazon",
        "amazon.de",
        False,
    )
    assert ticket.customer.email == ""
    assert ticket.customer.first_name == "Thomas"
    message = ticket.messages.get()
    assert message.message_id == "0102019a8b1c2d3e-amz-de-001@eu-west-1.amazonses.com"
    assert message.provider == "Postmark"
    assert message.raw.read().startswith(b"")  # the raw message is kept as evidence
    # Remote tracking images and styles are gone from the sanitised HTML.
    assert "amazon.de/gp/r.html" not in message.body_html
    assert "<style" not in message.body_html


def test_redelivered_webhook_creates_nothing_twice(client, channels):
    for _ in range(3):
        assert post_postmark(client, "postmark_amazon_de.json").status_code == 200
    assert Ticket.objects.count() == 1
    assert Message.objects.count() == 1
    assert Customer.objects.count() == 1


def test_amazon_followup_threads_by_relay_address_and_keeps_attachment(client, channels):
    post_postmark(client, "postmark_amazon_de.json")
    post_postmark(client, "postmark_amazon_de_followup.json")
    ticket = Ticket.objects.get()
    assert ticket.messages.count() == 2
    followup = ticket.messages.last()
    assert followup.visible_text.startswith("Danke! Hier ein Foto vom Karton.")
    assert "Ihre Sendung ist unterwegs" not in followup.visible_text
    assert "Ihre Sendung ist unterwegs" in followup.quoted_text
    attachment = followup.attachments.get()
    assert attachment.filename == "karton.png"
    assert attachment.content_type == "image/png"
    stored = attachment.file.read()
    assert hashlib.sha256(stored).hexdigest() == attachment.sha256
    assert stored.startswith(b"\x89PNG")


def test_owned_html_mail_is_sanitised_folded_and_routed_by_recipient(client, channels):
    post_postmark(client, "postmark_owned_html.json")
    ticket = Ticket.objects.get()
    assert ticket.channel == channels["shopify"]
    assert ticket.channel.policy == "owned_message"
    message = ticket.messages.get()
    html = message.body_html
    for dangerous in ("<script", "onclick", "javascript:", "<iframe", "tracker.example"):
        assert dangerous not in html, dangerous
    assert "<b>Sage</b>" in html
    assert 'src="cid:ii_lid01"' in html  # inline image kept, shown from the stored file
    assert "It ships today" not in html and "It ships today" in message.quoted_html
    assert "It ships today" in message.quoted_text
    inline = message.attachments.get()
    assert inline.inline and inline.content_id == "ii_lid01"
    assert ticket.customer.email == "james.carter@example.co.uk"


def test_mailgun_amazon_fr_with_attachment_and_signature(client, channels):
    response = post_mailgun(client, "mailgun_amazon_fr.json")
    assert response.status_code == 200
    ticket = Ticket.objects.get()
    assert ticket.channel == channels["amazon-fr"]
    assert ticket.amazon_order_id == "405-3817264-5538102"
    message = ticket.messages.get()
    assert message.provider == "Mailgun"
    assert message.message_id == "0102019a8c0011aa-amz-fr-001@eu-west-1.amazonses.com"
    attachment = message.attachments.get()
    assert attachment.filename == "facture-405-3817264-5538102.pdf"
    assert attachment.file.read().startswith(b"%PDF")
    # Redelivery (Mailgun retries on timeouts) changes nothing.
    post_mailgun(client, "mailgun_amazon_fr.json")
    assert Message.objects.count() == 1 and Attachment.objects.count() == 1


def test_mailgun_raw_mime_reply_threads_by_references(client, channels):
    post_postmark(client, "postmark_owned_html.json")
    response = post_mailgun(
        client, "mailgun_owned_reply_mime.json", url="/anymail/mailgun/inbound_mime/"
    )
    assert response.status_code == 200
    ticket = Ticket.objects.get()
    assert ticket.messages.count() == 2
    reply = ticket.messages.last()
    assert reply.visible_text.startswith("Great, thank you!")
    assert "new lid is on its way" in reply.quoted_text


def test_marketplace_mail_never_joins_an_owned_thread(client, channels):
    """An Amazon relay message that references an own-store message still lands on Amazon."""
    post_postmark(client, "postmark_owned_html.json")
    data = payload("postmark_amazon_de.json")
    data["Headers"].append(
        {"Name": "In-Reply-To", "Value": "<CAJx7fK2bottle-lid-001@mail.gmail.com>"}
    )
    client.post(
        "/anymail/postmark/inbound/",
        data=json.dumps(data),
        content_type="application/json",
        headers={"authorization": BASIC},
    )
    assert Ticket.objects.count() == 2
    amazon = Ticket.objects.get(channel=channels["amazon-de"])
    assert amazon.messages.count() == 1


def test_unauthenticated_or_forged_webhooks_create_nothing(client, channels):
    assert post_postmark(client, "postmark_amazon_de.json", auth=None).status_code == 400
    wrong = "Basic " + base64.b64encode(b"inbound:guess").decode()
    assert post_postmark(client, "postmark_amazon_de.json", auth=wrong).status_code == 400
    forged = post_mailgun(client, "mailgun_amazon_fr.json", tamper={"signature": "0" * 64})
    assert forged.status_code == 400
    assert not Message.objects.exists() and not Ticket.objects.exists()


def test_inbound_auto_reply_does_not_start_the_clock(client, channels):
    post_postmark(client, "postmark_autoreply.json")
    ticket = Ticket.objects.get()
    assert ticket.messages.get().automatic
    assert ticket.awaiting_since is None and ticket.response_due_at is None


def test_marketplace_message_writes_no_consent_and_relay_stays_amazon(client, channels):
    post_postmark(client, "postmark_amazon_de.json")
    post_mailgun(client, "mailgun_amazon_fr.json")
    assert not ConsentRecord.objects.exists()
    relays = ChannelIdentity.objects.filter(external_id__contains="@marketplace.amazon.")
    assert relays.count() == 2
    assert set(relays.values_list("channel", flat=True)) == {"amazon"}
    assert not Customer.objects.filter(email__contains="marketplace.amazon").exists()


def test_amazon_frame_around_the_buyers_words_is_left_out_of_the_view(client, channels):
    post_postmark(client, "postmark_amazon_de.json")
    message = Message.objects.get()
    assert message.visible_text.startswith("Hallo,")
    assert message.visible_text.endswith("Thomas Krüger")
    assert "Nachricht:" not in message.visible_text
    assert "Ende der Nachricht" in message.body_text  # the full text is kept


def test_mail_without_a_sender_is_kept_and_cannot_be_answered(channels, marketplace_agent):
    from anymail.inbound import AnymailInboundMessage

    from helpdesk.services.inbound import inbound_receive
    from helpdesk.services.replies import reply_send
    from helpdesk.services.tickets import ReplyRefused

    broken = AnymailInboundMessage.construct(
        to="care@nordvik.example", subject="?", text="no sender", headers=[("Message-ID", "<x@y>")]
    )
    stored, created = inbound_receive(message=broken, provider="test")
    assert created and stored.ticket.reply_to == ""
    with pytest.raises(ReplyRefused):
        reply_send(ticket=stored.ticket, body="Hello", author=marketplace_agent)
