"""A provider delivers again when it did not hear back in time: a redelivered post creates
nothing twice, with or without a Message-ID, and two different mails are never taken for one."""

import pytest

from helpdesk.models import Message, Ticket

from .mailshapes import (
    MAILGUN_URL,
    mailgun_mime,
    mailgun_parsed,
    post_mailgun,
    post_postmark,
    postmark_parsed,
    raw_mail,
)

pytestmark = pytest.mark.django_db


def test_postmark_redelivery_without_a_message_id_opens_one_ticket(client, channels):
    """Postmark's own MessageID is the same on every delivery of one mail; anymail rebuilds a
    mail without a Message-ID header with fresh MIME boundaries each time."""
    data = postmark_parsed(
        subject="No Message-ID here",
        text="My order has not arrived.",
        attachments=[("receipt.txt", "text/plain", b"order 1042")],
    )
    for _ in range(3):
        assert post_postmark(client, data).status_code == 200
    assert Ticket.objects.count() == 1
    assert Message.objects.count() == 1
    assert Message.objects.get().provider_event_id == data["MessageID"]


def test_mailgun_redelivery_without_a_message_id_opens_one_ticket(client, channels):
    headers = [("From", "ada@example.org"), ("To", "care@nordvik.example"), ("Subject", "Hi")]
    first = mailgun_parsed(headers=headers, text="Where is my parcel?", token="t" * 50)
    again = mailgun_parsed(headers=headers, text="Where is my parcel?", token="t" * 50)
    resigned = mailgun_parsed(headers=headers, text="Where is my parcel?")  # a new token
    for data in (first, again, resigned):
        assert post_mailgun(client, data, url=MAILGUN_URL).status_code == 200
    assert Ticket.objects.count() == 1 and Message.objects.count() == 1


def test_two_different_mails_with_one_message_id_are_both_kept(client, channels):
    """Some mailers reuse a Message-ID; the second mail is another message, not a redelivery."""
    first = raw_mail("From: ada@example.org", "Message-ID: <same@example.org>", body=b"One\r\n")
    second = raw_mail("From: ada@example.org", "Message-ID: <same@example.org>", body=b"Two\r\n")
    post_mailgun(client, mailgun_mime(first))
    post_mailgun(client, mailgun_mime(second))
    post_mailgun(client, mailgun_mime(second))  # and a redelivery of the second
    assert sorted(m.body_text.strip() for m in Message.objects.all()) == ["One", "Two"]
