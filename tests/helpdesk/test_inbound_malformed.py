"""Ordinary malformed mail, as real clients and relays send it, through the real Postmark and
Mailgun webhooks: every one is stored as a ticket message with a best-effort sender and the raw
header kept, never a server error."""

import pytest

from customers.models import ChannelIdentity, Customer
from helpdesk.models import Message, QuarantinedMail, Ticket

from .mailshapes import (
    MAILGUN_URL,
    mailgun_mime,
    mailgun_parsed,
    post_mailgun,
    post_postmark,
    postmark_parsed,
    postmark_raw,
    raw_mail,
)

pytestmark = pytest.mark.django_db

QP = "Content-Transfer-Encoding: quoted-printable"

CASES = {
    "unquoted comma in From": (
        raw_mail("From: Mueller, Hans <hans@example.de>", "Message-ID: <c1@example.de>"),
        "hans@example.de",
        "Mueller, Hans <hans@example.de>",
    ),
    "two From addresses": (
        raw_mail("From: anna@example.de, ben@example.de", "Message-ID: <c2@example.de>"),
        "anna@example.de",
        "anna@example.de, ben@example.de",
    ),
    "empty From": (raw_mail("From: <>", "Message-ID: <c3@example.de>"), None, "<>"),
    "broken Reply-To": (
        raw_mail(
            "From: Ada <ada@example.org>",
            'Reply-To: "broken <x@',
            "Message-ID: <c4@example.org>",
        ),
        "ada@example.org",
        "Ada <ada@example.org>",
    ),
    "charset unknown-8bit": (
        raw_mail(
            "From: ada@example.org",
            "Subject: =?unknown-8bit?q?Caf=E9_cup?=",
            "Message-ID: <c5@example.org>",
            QP,
            content_type="text/plain; charset=unknown-8bit",
            body=b"Mein Caf=E9becher leckt.\r\n",
        ),
        "ada@example.org",
        "ada@example.org",
    ),
    "charset x-user-defined": (
        raw_mail(
            "From: ada@example.org",
            "Message-ID: <c6@example.org>",
            QP,
            content_type="text/plain; charset=x-user-defined",
            body=b"Mein Caf=E9becher leckt.\r\n",
        ),
        "ada@example.org",
        "ada@example.org",
    ),
    "charset windows-874": (
        raw_mail(
            "From: somchai@example.co.th",
            "Subject: =?windows-874?q?=A1=D2=C3=C3=D1=BA=BB=C3=D0=A1=D1=B9?=",
            "Message-ID: <c7@example.co.th>",
            QP,
            content_type="text/plain; charset=windows-874",
            body=b"=A1=D2=C3=C3=D1=BA=BB=C3=D0=A1=D1=B9\r\n",
        ),
        "somchai@example.co.th",
        "somchai@example.co.th",
    ),
    "NUL bytes": (
        raw_mail(
            "From: ada@example.org",
            "Subject: Lid\x00 leaks",
            "Message-ID: <c8@example.org>",
            body=b"The lid\x00 leaks.\r\n",
        ),
        "ada@example.org",
        "ada@example.org",
    ),
    "relay look-alike": (
        raw_mail(
            "From: Buyer <x@marketplace.amazon.evil.example>", "Message-ID: <c9@evil.example>"
        ),
        None,
        "Buyer <x@marketplace.amazon.evil.example>",
    ),
}


def post_both_ways(client, raw: bytes, provider: str):
    if provider == "mailgun":
        return post_mailgun(client, mailgun_mime(raw))
    return post_postmark(client, postmark_raw(raw))


def expected_case(case: str) -> tuple[bytes, str | None, str]:
    return CASES[case]


@pytest.mark.parametrize("provider", ["mailgun", "postmark"])
@pytest.mark.parametrize("case", list(CASES))
def test_malformed_mail_is_stored_with_a_best_effort_sender(client, channels, case, provider):
    raw, address, raw_from = expected_case(case)
    response = post_both_ways(client, raw, provider)
    assert response.status_code == 200
    message = Message.objects.get()
    assert not QuarantinedMail.objects.exists()
    ticket = message.ticket
    assert message.headers["From"] == raw_from  # the header as it came
    if address:
        assert address in message.from_address
        assert ticket.reply_to == address
        assert ticket.customer.email == address
    else:
        assert ticket.reply_to in ("", "bounce@sender.example")
    for text in (message.subject, message.body_text, ticket.subject):
        assert "\x00" not in text
    assert message.raw.read()  # the raw message is kept as evidence


def test_charsets_python_does_not_know_are_still_read(client, channels):
    post_mailgun(client, mailgun_mime(CASES["charset windows-874"][0]))
    post_mailgun(client, mailgun_mime(CASES["charset unknown-8bit"][0]))
    thai, cafe = Message.objects.order_by("pk")
    assert thai.subject == "การรับประกัน"
    assert thai.body_text.strip() == "การรับประกัน"
    assert cafe.body_text.strip() == "Mein Cafébecher leckt."
    assert cafe.subject == "Café cup"


def test_names_written_last_name_first_are_read_as_such(client, channels):
    post_mailgun(client, mailgun_mime(CASES["unquoted comma in From"][0]))
    customer = Ticket.objects.get().customer
    assert (customer.first_name, customer.last_name) == ("Hans", "Mueller")


def test_a_relay_look_alike_is_no_amazon_buyer_and_no_customer_address(client, channels):
    response = post_mailgun(client, mailgun_mime(CASES["relay look-alike"][0]))
    assert response.status_code == 200
    ticket = Ticket.objects.get()
    assert ticket.channel == channels["email"]
    assert ticket.reply_to == ""  # nobody answers an address that mimics Amazon's relay
    assert not Customer.objects.exclude(email="").exists()
    assert not ChannelIdentity.objects.exists()


def test_mailgun_parsed_fields_with_an_unquoted_comma(client, channels):
    data = mailgun_parsed(
        headers=[
            ("From", "Mueller, Hans <hans@example.de>"),
            ("To", "care@nordvik.example"),
            ("Subject", "Deckel"),
            ("Message-Id", "<p1@example.de>"),
        ],
        text="Der Deckel leckt.",
    )
    assert post_mailgun(client, data, url=MAILGUN_URL).status_code == 200
    message = Message.objects.get()
    assert message.ticket.reply_to == "hans@example.de"
    assert message.visible_text == "Der Deckel leckt."


@pytest.mark.parametrize(
    "from_full,to_full,address",
    [
        # No From address: the envelope sender (Postmark's Return-Path) is the best guess.
        (
            {"Email": "", "Name": "", "MailboxHash": ""},
            "care@nordvik.example",
            "james.carter@example.co.uk",
        ),
        ({"Email": "hans@example.de", "Name": "Mueller, Hans"}, "", "hans@example.de"),
        ({"Email": "ünïcödé@exämple.org", "Name": "Jürgen"}, "care@nordvik.example", None),
    ],
)
def test_postmark_parsed_fields_anymail_refuses_still_make_a_ticket(
    client, channels, from_full, to_full, address
):
    """Postmark's default post (no RawEmail): anymail refuses the whole mail for one address
    it cannot format (``From: <>`` arrives as an empty ``Email``, "undisclosed recipients" as
    an empty To)."""
    data = postmark_parsed(subject="Lid", text="The lid leaks.")
    data["FromFull"] = from_full
    data["ToFull"] = [{"Email": to_full, "Name": "", "MailboxHash": ""}]
    assert post_postmark(client, data).status_code == 200
    assert not QuarantinedMail.objects.exists()
    message = Message.objects.get()
    assert message.visible_text == "The lid leaks."
    assert message.ticket.reply_to == (address or "")


@pytest.mark.parametrize(
    ("sender", "shown"),
    [
        (
            "=?utf-8?q?Thomas_Kr=C3=BCger_-_Amazon_Marketplace?= <7q2mx9z1k4tbd3c@marketplace.amazon.de>",
            "Thomas Krüger - Amazon Marketplace <7q2mx9z1k4tbd3c@marketplace.amazon.de>",
        ),
        ("=?utf-8?b?5p2O5piO?= <li.ming@example.cn>", "李明 <li.ming@example.cn>"),
        ('"Dubois, Marie" <marie@example.fr>', '"Dubois, Marie" <marie@example.fr>'),
    ],
)
def test_the_sender_is_stored_as_a_person_reads_it_not_encoded(channels, sender, shown):
    from helpdesk.services.inbound import inbound_receive

    from .factories import inbound

    inbound_receive(message=inbound(sender=sender), provider="postmark")
    assert Message.objects.get().from_address == shown
