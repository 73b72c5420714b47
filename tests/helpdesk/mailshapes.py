"""Inbound webhook posts in the providers' real shapes, built from a raw message.

Postmark posts JSON: the parsed fields (``FromFull``, ``ToFull``, ``Headers``, ``TextBody``,
``HtmlBody``, ``Attachments`` with base64 ``Content``), its own ``MessageID`` for every post and,
with "Include raw email content in JSON payload", the message itself as ``RawEmail``. Mailgun
posts ``multipart/form-data``: to a URL containing "mime" the message as ``body-mime``, otherwise
the parsed fields (``message-headers`` as a JSON list of pairs, ``body-plain``, ``body-html``,
``attachment-count`` and files ``attachment-1`` …), signed with ``timestamp``, ``token`` and an
HMAC ``signature``. The shapes follow django-anymail's own tests of these webhooks.
"""

import base64
import hashlib
import hmac
import json
import time
import uuid

from django.core.files.uploadedfile import SimpleUploadedFile

from .conftest import MAILGUN_KEY, WEBHOOK_AUTH

BASIC = "Basic " + base64.b64encode(WEBHOOK_AUTH.encode()).decode()
POSTMARK_URL = "/anymail/postmark/inbound/"
MAILGUN_URL = "/anymail/mailgun/inbound/"
MAILGUN_MIME_URL = "/anymail/mailgun/inbound_mime/"


def postmark_raw(raw: bytes, *, message_id: str | None = None, **fields) -> dict:
    """A Postmark post carrying the message as ``RawEmail`` (Postmark sends it as text)."""
    return {
        "MessageID": message_id or str(uuid.uuid4()),
        "OriginalRecipient": fields.pop("recipient", "care@nordvik.example"),
        "MessageStream": "inbound",
        "RawEmail": raw.decode("utf-8", "replace"),
        "Headers": [{"Name": "Return-Path", "Value": "<bounce@sender.example>"}],
        "BccFull": [],
        **fields,
    }


def postmark_parsed(
    *,
    from_email: str = "james.carter@example.co.uk",
    from_name: str = "James Carter",
    to: str = "care@nordvik.example",
    subject: str = "Question",
    text: str = "Hello",
    html: str = "",
    headers: list[tuple[str, str]] = (),
    attachments: list[tuple[str, str, bytes]] = (),
    message_id: str | None = None,
    reply_to: str = "",
) -> dict:
    """A Postmark post without ``RawEmail``: the parsed fields only."""
    return {
        "FromName": from_name,
        "MessageStream": "inbound",
        "From": from_email,
        "FromFull": {"Email": from_email, "Name": from_name, "MailboxHash": ""},
        "To": to,
        "ToFull": [{"Email": to, "Name": "", "MailboxHash": ""}],
        "CcFull": [],
        "BccFull": [],
        "OriginalRecipient": to,
        "Subject": subject,
        "MessageID": message_id or str(uuid.uuid4()),
        "ReplyTo": reply_to,
        "Date": "Sun, 22 Nov 2026 10:40:51 +0000",
        "TextBody": text,
        "HtmlBody": html,
        "StrippedTextReply": "",
        "Tag": "",
        "Headers": [
            {"Name": "Return-Path", "Value": f"<{from_email}>"},
            *({"Name": n, "Value": v} for n, v in headers),
        ],
        "Attachments": [
            {
                "Name": name,
                "Content": base64.b64encode(content).decode(),
                "ContentType": content_type,
                "ContentLength": len(content),
                "ContentID": "",
            }
            for name, content_type, content in attachments
        ],
    }


def post_postmark(client, data: dict, *, auth: str | None = BASIC):
    return client.post(
        POSTMARK_URL,
        data=json.dumps(data),
        content_type="application/json",
        headers={"authorization": auth} if auth else {},
    )


def mailgun_signed(fields: dict, *, token: str | None = None) -> dict:
    timestamp = str(int(time.time()))
    token = token or uuid.uuid4().hex + uuid.uuid4().hex[:18]
    signature = hmac.new(MAILGUN_KEY.encode(), f"{timestamp}{token}".encode(), "sha256")
    return {**fields, "timestamp": timestamp, "token": token, "signature": signature.hexdigest()}


def mailgun_mime(raw: bytes, *, recipient: str = "care@nordvik.example", token=None) -> dict:
    """Mailgun's post to a ``…/inbound_mime/`` URL: the message as ``body-mime``."""
    return mailgun_signed(
        {
            "recipient": recipient,
            "sender": "bounce@sender.example",
            "from": "",
            "subject": "",
            "body-mime": raw.decode("utf-8", "replace"),
        },
        token=token,
    )


def mailgun_parsed(
    *,
    headers: list[tuple[str, str]],
    text: str = "",
    html: str = "",
    attachments: list[tuple[str, str, bytes]] = (),
    recipient: str = "care@nordvik.example",
    token=None,
) -> dict:
    """Mailgun's post to ``…/inbound/``: parsed fields and the files as uploads."""
    fields = {
        "recipient": recipient,
        "sender": "bounce@sender.example",
        "message-headers": json.dumps([list(pair) for pair in headers]),
        "body-plain": text,
        "stripped-text": text,
        "body-html": html,
        "attachment-count": str(len(attachments)),
        "content-id-map": "{}",
    }
    signed = mailgun_signed(fields, token=token)
    for number, (name, content_type, content) in enumerate(attachments, start=1):
        signed[f"attachment-{number}"] = SimpleUploadedFile(name, content, content_type)
    return signed


def post_mailgun(client, data: dict, *, url: str = MAILGUN_MIME_URL):
    return client.post(url, data=data, headers={"authorization": BASIC})


def raw_mail(
    *headers: str,
    body: bytes = b"Hello, the lid of my bottle leaks.\r\n",
    content_type: str = "text/plain; charset=utf-8",
) -> bytes:
    """A one-part message from header lines (given as text or bytes) and a body."""
    lines = [h.encode("utf-8") if isinstance(h, str) else h for h in headers]
    if not any(line.lower().startswith(b"to:") for line in lines):
        lines.append(b"To: care@nordvik.example")
    if not any(line.lower().startswith(b"subject:") for line in lines):
        lines.append(b"Subject: My bottle")
    lines.append(b"MIME-Version: 1.0")
    lines.append(f"Content-Type: {content_type}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
