"""A bounded fuzz of the inbound webhooks: 500 generated deliveries in the real Postmark and
Mailgun shapes (random headers, charsets and transfer encodings, NUL bytes, broken addresses,
nested parts, attachments, sizes up to the providers' limits) and redeliveries of some give no
server error, and every delivery is kept once: as a ticket message or in the quarantine.

Seeded, so a failure reproduces: ``BRIDGECARD_FUZZ_SEED=<seed shown> pytest …``.
"""

import base64
import io
import json
import os
import random
import uuid
from dataclasses import dataclass
from email.header import Header

import pytest

from helpdesk.models import InboundEvent, Message, QuarantinedMail

from .mailshapes import (
    BASIC,
    MAILGUN_MIME_URL,
    MAILGUN_URL,
    POSTMARK_URL,
    mailgun_signed,
)

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

SEED = int(os.environ.get("BRIDGECARD_FUZZ_SEED", "20261203"))
COUNT = 500
MB = 1024 * 1024

CHARSETS = [
    "utf-8", "iso-8859-1", "windows-1252", "windows-874", "unknown-8bit", "x-user-defined",
    "koi8-r", "shift_jis", "gb2312", "big5", "iso-2022-jp", "utf-16", "bogus-charset", "",
]  # fmt: skip
ENCODINGS = ["7bit", "8bit", "quoted-printable", "base64", "binary", "x-bogus", ""]
WORDS = [
    "Deckel", "leckt", "Flasche", "garantie", "Café", "übermorgen", "การรับประกัน", "保修",
    "бутылка", "😀", "<script>alert(1)</script>", "302-1234567-1234567", "\x00", "\u202e",
    "=?utf-8?q?x?=", "\r", "Mueller, Hans", "\\", '"', "\ufeff", "\udcff", "a" * 300,
]  # fmt: skip
FROMS = [
    "ada@example.org",
    "Ada Lovelace <ada@example.org>",
    "Mueller, Hans <hans@example.de>",
    "anna@example.de, ben@example.de",
    "<>",
    "",
    '"broken <x@',
    "Buyer <x@marketplace.amazon.evil.example>",
    "Thomas Krüger - Amazon Marketplace <7q2mx9z1k4tbd3c@marketplace.amazon.de>",
    "=?windows-874?q?=A1=D2=C3?= <somchai@example.co.th>",
    "=?bogus?q?caf=E9?= <x@example.org>",
    "no address at all",
    "a@b",
    "x" * 300 + "@example.org",
    "ünïcödé@exämple.org",
]


class Upload(io.BytesIO):
    """A file for the test client under any name, as a provider may post it (".." included)."""

    def __init__(self, content: bytes, *, name: str, content_type: str):
        super().__init__(content)
        self.name = name
        self.content_type = content_type


@dataclass
class Delivery:
    provider: str  # as anymail names it in the event
    event_id: str
    post: dict
    url: str
    json: bool


def words(rng: random.Random, low: int = 1, high: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def encoded_words(rng: random.Random, text: str) -> str:
    charset = rng.choice(["utf-8", "iso-8859-1", "windows-874", "unknown-8bit", "bogus"])
    try:
        return Header(text, "utf-8" if charset in ("unknown-8bit", "bogus") else charset).encode()
    except (UnicodeError, LookupError):
        return f"=?{charset}?q?{text.encode('utf-8', 'replace').hex()}?="


def header_lines(rng: random.Random, serial: int) -> list[str]:
    subject = words(rng)
    lines = [
        f"From: {rng.choice(FROMS)}",
        f"To: {rng.choice(['care@nordvik.example', 'shop@nordvik.example', 'x@y', ''])}",
        f"Subject: {encoded_words(rng, subject) if rng.random() < 0.3 else subject}",
    ]
    choice = rng.random()
    if choice < 0.7:
        lines.append(f"Message-ID: <fuzz-{serial}-{uuid.uuid4().hex[:8]}@example.org>")
    elif choice < 0.8:
        lines.append("Message-ID: <reused@example.org>")  # another mail reusing one id
    elif choice < 0.85:
        lines.append(f"Message-ID: {words(rng, 1, 3)}")
    if rng.random() < 0.2:
        lines.append(f"Reply-To: {rng.choice(FROMS)}")
    if rng.random() < 0.2:
        lines.append(f"In-Reply-To: <{rng.choice(['reused', 'nothing', '\x00'])}@example.org>")
    if rng.random() < 0.1:
        lines.append("Auto-Submitted: auto-replied")
    for _ in range(rng.randint(0, 4)):
        lines.append(f"X-Fuzz-{rng.randint(0, 99)}: {words(rng, 0, 40)}")
    return [line.replace("\r", " ").replace("\n", " ") for line in lines]


def body_part(rng: random.Random, serial: int, subtype: str = "plain") -> bytes:
    charset = rng.choice(CHARSETS)
    encoding = rng.choice(ENCODINGS)
    text = f"#{serial} {words(rng, 3, 30)}"
    if subtype == "html":
        text = f"<div onclick='x()'><p>{text}</p><img src='https://t.example/p.gif'></div>"
    try:
        data = text.encode(charset or "ascii", "replace")
    except LookupError:
        data = text.encode("utf-8", "surrogatepass")
    if encoding == "base64":
        data = base64.encodebytes(data)
    elif encoding == "quoted-printable":
        data = b"".join(
            b"=%02X" % byte if byte > 126 or byte == 61 else bytes([byte]) for byte in data
        )
    content_type = f"text/{subtype}" + (f"; charset={charset}" if charset else "")
    head = f"Content-Type: {content_type}\r\n"
    if encoding:
        head += f"Content-Transfer-Encoding: {encoding}\r\n"
    return head.encode() + b"\r\n" + data


def attachment_part(rng: random.Random, size: int) -> tuple[str, str, bytes, bytes]:
    name = rng.choice(
        ["photo.jpg", "Rechnung Müller.pdf", "../../etc/passwd", "", "..", "a" * 300, "x\x00y.png"]
    )
    content_type = rng.choice(
        [
            "image/jpeg",
            "application/pdf",
            "application/octet-stream",
            "message/rfc822",
            "text/plain",
        ]
    )
    content = os.urandom(size) if content_type != "message/rfc822" else b"Subject: inner\r\n\r\nhi"
    disposition = rng.choice(["attachment", "inline", "attachment", "bogus"])
    encoded = base64.encodebytes(content)
    head = (
        f'Content-Type: {content_type}; name="{name}"\r\n'
        f'Content-Disposition: {disposition}; filename="{name}"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
    )
    if rng.random() < 0.3:
        head += f"Content-ID: <img{rng.randint(0, 9)}@fuzz>\r\n"
    return name, content_type, content, head.encode() + b"\r\n" + encoded


def raw_message(rng: random.Random, serial: int, attachments: list[bytes]) -> bytes:
    headers = "\r\n".join(header_lines(rng, serial)).encode("utf-8", "surrogateescape")
    headers += b"\r\nMIME-Version: 1.0"
    parts = [body_part(rng, serial)]
    if rng.random() < 0.4:
        parts.append(body_part(rng, serial, "html"))
    parts += attachments
    if len(parts) == 1 and rng.random() < 0.7:
        return headers + b"\r\n" + parts[0]
    boundary = rng.choice([f"b{serial}", "", '=_weird boundary"', "x" * 80])
    kind = rng.choice(["mixed", "alternative", "related", "signed"])
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + part + b"\r\n" for part in parts)
    if rng.random() < 0.9:
        body += b"--" + boundary.encode() + b"--\r\n"  # sometimes the end is missing
    head = f'Content-Type: multipart/{kind}; boundary="{boundary}"'.encode()
    return headers + b"\r\n" + head + b"\r\n\r\n" + body


def size_for(rng: random.Random, serial: int, limit_mb: int) -> int:
    if serial in (4, 6):  # one delivery per provider close to its limit
        return int(limit_mb * MB * 0.72)  # base64 brings the message to about 97 %
    if serial in (2, 9):  # and one over Django's site-wide limit each
        return 3 * MB
    return rng.choice([0, 0, 0, 16, 1024, 40_000])


def delivery(rng: random.Random, serial: int) -> Delivery:
    shape = ["postmark_parsed", "postmark_raw", "mailgun_mime", "mailgun_parsed"][serial % 4]
    limit = 35 if shape.startswith("postmark") else 25
    files = [attachment_part(rng, size_for(rng, serial, limit)) for _ in range(rng.randint(0, 2))]
    if serial in (4, 6) and not files:
        files = [attachment_part(rng, size_for(rng, serial, limit))]
    if shape == "postmark_raw" or shape == "mailgun_mime":
        raw = raw_message(rng, serial, [part for *_rest, part in files])
        if shape == "mailgun_mime":
            post = mailgun_signed(
                {
                    "recipient": "care@nordvik.example",
                    "sender": "b@sender.example",
                    "body-mime": raw.decode("utf-8", "replace"),
                }
            )
            return Delivery("Mailgun", post["token"], post, MAILGUN_MIME_URL, False)
        event_id = str(uuid.uuid4())
        post = {
            "MessageID": event_id,
            "RawEmail": raw.decode("utf-8", "replace"),
            "Headers": [],
            "OriginalRecipient": "care@nordvik.example",
        }
        return Delivery("Postmark", event_id, post, POSTMARK_URL, True)
    lines = header_lines(rng, serial)
    pairs = [line.split(": ", 1) if ": " in line else [line, ""] for line in lines]
    text = f"#{serial} {words(rng, 3, 30)}"
    html = f"<p>{words(rng)}</p>" if rng.random() < 0.4 else ""
    if shape == "mailgun_parsed":
        fields = {
            "recipient": "care@nordvik.example",
            "sender": "b@sender.example",
            "message-headers": json.dumps(pairs),
            "body-plain": text,
            "body-html": html,
            "attachment-count": str(len(files)),
            "content-id-map": "{}",
        }
        post = mailgun_signed(fields)
        for number, (name, content_type, content, _part) in enumerate(files, start=1):
            post[f"attachment-{number}"] = Upload(content, name=name, content_type=content_type)
        return Delivery("Mailgun", post["token"], post, MAILGUN_URL, False)
    event_id = str(uuid.uuid4())
    header = {name.lower(): value for name, value in pairs}
    post = {
        "MessageID": event_id,
        "From": header.get("from", ""),
        "FromFull": {"Email": header.get("from", "").strip("<> "), "Name": "", "MailboxHash": ""},
        "ToFull": [{"Email": header.get("to", ""), "Name": "", "MailboxHash": ""}],
        "CcFull": [],
        "Subject": header.get("subject", ""),
        "TextBody": text,
        "HtmlBody": html,
        "OriginalRecipient": "care@nordvik.example",
        "Headers": [
            {"Name": n, "Value": v} for n, v in pairs if n.lower() not in ("from", "to", "subject")
        ],
        "Attachments": [
            {
                "Name": name,
                "Content": base64.b64encode(content).decode(),
                "ContentType": content_type,
                "ContentLength": len(content),
                "ContentID": "",
            }
            for name, content_type, content, _part in files
        ],
    }
    if rng.random() < 0.05 and post["Attachments"]:
        post["Attachments"][0]["Content"] = post["Attachments"][0]["Content"][:-3]  # cut off
    return Delivery("Postmark", event_id, post, POSTMARK_URL, True)


def form_safe(value):
    """Form fields travel as UTF-8, which has no lone surrogates (JSON escapes them)."""
    return value.encode("utf-8", "replace").decode() if isinstance(value, str) else value


def send(client, item: Delivery):
    if item.json:
        return client.post(
            item.url,
            data=json.dumps(item.post),
            content_type="application/json",
            headers={"authorization": BASIC},
        )
    data = {key: form_safe(value) for key, value in item.post.items()}
    return client.post(item.url, data=data, headers={"authorization": BASIC})


def kept(item: Delivery) -> bool:
    if (
        InboundEvent.objects.filter(provider=item.provider, event_id=item.event_id)
        .filter(message__isnull=False)
        .exists()
        or InboundEvent.objects.filter(
            provider=item.provider, event_id=item.event_id, quarantined__isnull=False
        ).exists()
    ):
        return True
    for quarantined in QuarantinedMail.objects.filter(kind=QuarantinedMail.Kind.PAYLOAD):
        with quarantined.raw.open("rb") as file:
            if item.event_id.encode() in file.read():
                return True
    return False


def test_generated_deliveries_never_fail_and_are_all_kept(client, channels):
    rng = random.Random(SEED)
    sent: list[Delivery] = []
    serial = 0
    while len(sent) < COUNT:
        if sent and rng.random() < 0.03:
            item = rng.choice(sent)  # the provider delivers the same post again
            for key in ("attachment-1", "attachment-2"):
                if key in item.post:
                    item.post[key].seek(0)
        else:
            item = delivery(rng, serial)
            sent.append(item)
            serial += 1
        try:
            response = send(client, item)
        except Exception as error:  # a server error: say how to reproduce it
            raise AssertionError(f"seed {SEED}, delivery {serial}") from error
        assert response.status_code == 200, (SEED, serial, response.content[:300])
    lost = [item for item in sent if not kept(item)]
    assert not lost, (SEED, [(item.provider, item.event_id) for item in lost])
    # Each delivery is one ticket message or one quarantined mail: none lost, none doubled.
    assert Message.objects.count() + QuarantinedMail.objects.count() == COUNT
    assert QuarantinedMail.objects.count() < COUNT * 0.02
