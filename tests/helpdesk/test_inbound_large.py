"""Large mail: what Postmark (35 MB) and Mailgun (25 MB) deliver is accepted on the inbound
webhook paths, its attachments land in media storage, and every other path keeps Django's
request-size limit."""

import json
import os
from email.message import EmailMessage

import pytest

from helpdesk.models import Attachment, Message

from .mailshapes import (
    BASIC,
    MAILGUN_URL,
    mailgun_mime,
    mailgun_parsed,
    post_mailgun,
    post_postmark,
    postmark_parsed,
    sha256,
)

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


def photo(size: int) -> bytes:
    return b"\xff\xd8\xff\xe0" + os.urandom(size - 4)


def mime_with_attachment(content: bytes, *, message_id: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Ada Lovelace <ada@example.org>"
    message["To"] = "care@nordvik.example"
    message["Subject"] = "Photo of the broken lid"
    message["Message-ID"] = f"<{message_id}>"
    message.set_content("Here is the photo.")
    message.add_attachment(content, maintype="image", subtype="jpeg", filename="lid.jpg")
    return message.as_bytes()


def stored_file(attachment: Attachment) -> bytes:
    with attachment.file.open("rb") as file:
        return file.read()


def test_a_phone_photo_through_postmark_is_accepted_and_kept_in_media(client, channels, settings):
    content = photo(6 * MB)
    data = postmark_parsed(subject="Photo", attachments=[("IMG_2041.jpg", "image/jpeg", content)])
    response = post_postmark(client, data)
    assert response.status_code == 200
    attachment = Attachment.objects.get()
    assert attachment.size == len(content) and attachment.sha256 == sha256(content)
    assert stored_file(attachment) == content
    assert (settings.MEDIA_ROOT / attachment.file.name).is_file()


@pytest.mark.slow
def test_mailgun_raw_mime_near_its_limit_is_accepted(client, channels):
    content = photo(17 * MB)  # base64 makes the message about 23 MB
    raw = mime_with_attachment(content, message_id="big-1@example.org")
    assert 22 * MB < len(raw) < 25 * MB
    response = post_mailgun(client, mailgun_mime(raw))
    assert response.status_code == 200
    assert stored_file(Attachment.objects.get()) == content


def test_mailgun_parsed_fields_with_a_large_file_and_a_large_html_body(client, channels):
    content = photo(8 * MB)
    data = mailgun_parsed(
        headers=[
            ("From", "ada@example.org"),
            ("To", "care@nordvik.example"),
            ("Subject", "Photos"),
            ("Message-Id", "<big-2@example.org>"),
        ],
        text="Photos attached.",
        html="<p>" + "Photos attached. " * 200_000 + "</p>",  # a 3.4 MB form field
        attachments=[("lid.jpg", "image/jpeg", content)],
    )
    response = post_mailgun(client, data, url=MAILGUN_URL)
    assert response.status_code == 200
    assert stored_file(Attachment.objects.get()) == content
    assert Message.objects.get().body_text.startswith("Photos attached.")


def test_a_post_above_the_providers_limit_is_refused_with_413(client, channels, settings):
    settings.INBOUND_MAIL_MAX_MESSAGE_MB = {**settings.INBOUND_MAIL_MAX_MESSAGE_MB, "postmark": 1}
    data = postmark_parsed(attachments=[("big.bin", "application/octet-stream", photo(3 * MB))])
    response = post_postmark(client, data)
    assert response.status_code == 413
    assert not Message.objects.exists()


def test_other_paths_keep_the_site_wide_limit(client, channels, settings):
    settings.MAIL_TRACKING_PROVIDERS = ["postmark"]
    settings.SHOPIFY_WEBHOOK_SECRET = "shopify-secret"
    big = json.dumps({"RecordType": "Open", "Padding": "x" * (3 * MB)})
    tracking = client.post(
        "/anymail/postmark/tracking/",
        data=big,
        content_type="application/json",
        headers={"authorization": BASIC},
    )
    assert tracking.status_code == 400
    shopify = client.post(
        "/webhooks/shopify/orders-create", data=big, content_type="application/json"
    )
    assert shopify.status_code == 400
