"""Reading what a real mail says, whatever shape it came in: headers, senders, charsets, bodies
and files. Pure functions, no database; none of them raises on a malformed message.

Python's ``email`` package parses leniently but reads strictly: ``AnymailInboundMessage
.from_email`` raises on ``From: Mueller, Hans <…>``, on two From addresses and on ``From: <>``,
and decoding a part raises ``LookupError`` for charsets such as ``unknown-8bit``,
``x-user-defined`` or ``windows-874``. Here every value is read from the raw header or the
decoded payload bytes, with a best effort where the mail is wrong: the first usable address, a
charset Python knows under another name, UTF-8 and then Windows-1252 for bytes of unknown
encoding. Text that reaches the database never carries a NUL (PostgreSQL refuses it) or a lone
surrogate.
"""

import codecs
import contextlib
import hashlib
import re
from email.header import decode_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.datastructures import CaseInsensitiveMapping

from customers.models import is_amazon_relay

#: Charsets mail clients declare under names Python does not know. "unknown-8bit" (RFC 1428)
#: and "x-user-defined" say nothing about the bytes: they are read as UTF-8, then Windows-1252.
CHARSET_ALIASES = {
    "windows-874": "cp874",
    "x-windows-874": "cp874",
    "tis620": "tis-620",
    "x-sjis": "shift_jis",
    "x-euc-jp": "euc_jp",
    "ks_c_5601-1987": "cp949",
    "x-mac-roman": "mac_roman",
    "unknown-8bit": "",
    "x-user-defined": "",
    "x-unknown": "",
    "unknown": "",
}
#: Headers a provider or relay adds on the way; they differ between two deliveries of one mail.
TRANSPORT_HEADERS = {
    "received",
    "return-path",
    "delivered-to",
    "x-original-to",
    "x-envelope-from",
    "dkim-signature",
    "arc-seal",
    "arc-message-signature",
    "arc-authentication-results",
    "authentication-results",
}
ANGLE_ADDRESS_RE = re.compile(r"<\s*([^<>\s@]+@[^<>\s@]+)\s*>")
BARE_ADDRESS_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
FOLDING_RE = re.compile(r"\r?\n[ \t]*")


def clean_text(value: str) -> str:
    """*value* as the database can keep it: no NUL, no lone surrogate (the email package keeps
    undecodable header bytes as surrogates; they are read as UTF-8, else Windows-1252)."""
    if not value:
        return ""
    value = value.replace("\x00", "")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        try:
            value = decode_bytes(value.encode("utf-8", "surrogateescape"), None)
        except UnicodeEncodeError:
            value = value.encode("utf-8", "replace").decode("utf-8")
    return value.replace("\x00", "")


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Text of *data* in the declared *charset* when Python knows it (under its name or an
    alias), else UTF-8, else Windows-1252, else Latin-1 (which reads any byte)."""
    candidates = []
    name = (charset or "").strip().strip('"').lower()
    name = CHARSET_ALIASES.get(name, name)
    if name:
        with contextlib.suppress(LookupError):
            candidates.append(codecs.lookup(name).name)
    candidates += ["utf-8", "cp1252"]
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def decode_header_value(raw: Any) -> str:
    """The text of one header as received: folding undone, RFC 2047 encoded words decoded with
    the lenient charsets above. Never raises."""
    value = FOLDING_RE.sub(" ", str(raw or "")).strip()
    if "=?" in value:
        try:
            decoded = []
            for chunk, charset in decode_header(value):
                if isinstance(chunk, bytes):
                    decoded.append(decode_bytes(chunk, charset))
                else:
                    decoded.append(chunk)
            value = "".join(decoded)
        except Exception:  # noqa: S110 - not even encoded words: kept as it came
            pass
    return clean_text(value)


def raw_headers(message: Message) -> list[tuple[str, str]]:
    """Every header of *message*, in order, as received (encoded words decoded)."""
    pairs = []
    try:
        items = list(message.raw_items())
    except Exception:
        items = []
    for name, value in items:
        pairs.append((clean_text(str(name)), decode_header_value(value)))
    return pairs


def header_value(message: Message, name: str) -> str:
    """The first *name* header of *message* as received, or ``""``."""
    wanted = name.lower()
    for key, value in raw_headers(message):
        if key.lower() == wanted:
            return value
    return ""


def headers_for_record(message: Message) -> CaseInsensitiveMapping[str]:
    """The message's headers for the record and for rules that read them (first of each name,
    values cut at 1,000 characters)."""
    record: dict[str, str] = {}
    for name, value in raw_headers(message):
        record.setdefault(name, value[:1000])
    return CaseInsensitiveMapping(record)


def is_usable_address(address: str) -> bool:
    """An address a reply can go to and a customer can be known by: valid, and not a look-alike
    of Amazon's relay (``x@marketplace.amazon.evil.example`` passes the relay pattern's negative
    test yet is refused by the database for a customer's own address)."""
    if not address or len(address) > 254:
        return False
    if "@marketplace.amazon." in address.lower() and not is_amazon_relay(address):
        return False
    try:
        validate_email(address)
    except ValidationError:
        return False
    return True


def addresses_in(value: str) -> list[tuple[str, str]]:
    """``(display name, address)`` pairs of a From / Reply-To header, usable addresses only, best
    effort: ``Mueller, Hans <hans@example.de>`` gives ``("Mueller, Hans", "hans@example.de")``."""
    value = clean_text(value)
    found = []
    try:
        parsed = getaddresses([value])
    except Exception:
        parsed = []
    for name, address in parsed:
        address = address.strip().lower()
        if is_usable_address(address):
            found.append((name.strip(), address))
    angled = ANGLE_ADDRESS_RE.findall(value)
    if len(found) == 1 and len(angled) == 1 and found[0][1] == angled[0].strip().lower():
        # A display name with an unquoted comma is split off by the parser: it is everything
        # before the angle bracket.
        name = value[: value.index("<")].strip().strip('"').strip()
        found = [(name, found[0][1])]
    if not found:
        for address in angled or BARE_ADDRESS_RE.findall(value):
            address = address.strip().lower()
            if is_usable_address(address):
                found.append(("", address))
    return found


def sender(message: Message) -> tuple[str, str]:
    """``(display name, address)`` of the mail's author: the first usable From address; when the
    From header holds no address at all (``From: <>``, a bare name), the envelope sender. An
    address that is there but unusable (a relay look-alike) gives none: ``(name, "")``."""
    from_header = header_value(message, "From")
    found = addresses_in(from_header)
    if found:
        return found[0]
    name = from_header.split("<", 1)[0].strip().strip("\"'").strip()
    if "@" in name:
        name = ""
    if "@" in from_header:
        return name[:150], ""
    envelope = str(getattr(message, "envelope_sender", None) or "").strip().lower()
    return name[:150], envelope if is_usable_address(envelope) else ""


def reply_address(message: Message) -> str:
    """The first usable Reply-To address, or ``""``."""
    found = addresses_in(header_value(message, "Reply-To"))
    return found[0][1] if found else ""


def address_list(value: str) -> str:
    """The addresses of a To / Cc header, comma-separated."""
    try:
        pairs = getaddresses([clean_text(value)])
    except Exception:
        return ""
    return ", ".join(address for _name, address in pairs if address)


def parts(message: Message) -> list[Message]:
    try:
        return list(message.walk())
    except Exception:
        return [message]


def _is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment"
    except Exception:
        return False


def part_bytes(part: Message) -> bytes:
    """The decoded content of one part (for a ``message/rfc822`` part, the enclosed message)."""
    try:
        if part.is_multipart():
            return raw_bytes(part)
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            return payload
        if isinstance(payload, list) and payload:
            return raw_bytes(payload[0])
    except Exception:  # noqa: S110 - content that cannot be decoded is kept in the raw message
        pass
    return b""


def part_text(part: Message) -> str:
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    text = decode_bytes(part_bytes(part), charset)
    return clean_text(re.sub(r"\r\n|\r", "\n", text))


def bodies(message: Message) -> tuple[str, str]:
    """``(plain text, HTML)`` of the mail: its first text and HTML parts that are not files."""
    text = html = None
    for part in parts(message):
        if part.is_multipart() or _is_attachment(part):
            continue
        try:
            content_type = part.get_content_type()
        except Exception:  # noqa: S112 - a part without a readable type is no body
            continue
        if content_type == "text/plain" and text is None:
            text = part_text(part)
        elif content_type == "text/html" and html is None:
            html = part_text(part)
    return text or "", html or ""


def file_parts(message: Message) -> list[Message]:
    """The files of the mail: attachments, and inline parts that are files (an image with a
    Content-ID, a named file; some clients mark the text body itself "inline")."""
    files = []
    for part in parts(message):
        if part is message and not part.is_multipart() and not _is_attachment(part):
            continue
        try:
            disposition = part.get_content_disposition()
        except Exception:
            disposition = None
        if disposition == "attachment" or (
            disposition == "inline" and (part_filename(part) or header_value(part, "Content-ID"))
        ):
            files.append(part)
    return files


def part_filename(part: Message) -> str:
    try:
        return clean_text(decode_header_value(part.get_filename() or ""))
    except Exception:
        return ""


def part_content_type(part: Message) -> str:
    try:
        return clean_text(part.get_content_type())
    except Exception:
        return "application/octet-stream"


def raw_bytes(message: Message) -> bytes:
    """The message as bytes, for the record: as the provider sent it when the webhook kept
    that (``raw_source``), else generated from the parsed message, the old way if need be, else
    as text with what cannot be encoded replaced."""
    source = getattr(message, "raw_source", None)
    if isinstance(source, bytes) and source:
        return source
    for generate in (
        lambda: message.as_bytes(),
        lambda: message.as_bytes(policy=compat32),
        lambda: message.as_string(policy=compat32).encode("utf-8", "surrogateescape"),
        lambda: str(message).encode("utf-8", "replace"),
    ):
        try:
            return generate()
        except Exception:  # noqa: S112
            continue
    return b""


def content_digest(message: Message) -> str:
    """A digest of what the mail says, the same for every delivery of one mail: its headers
    (without those added in transit) and the decoded content of every part. MIME boundaries,
    which anymail draws anew whenever it rebuilds a message, play no part."""
    digest = hashlib.sha256()
    for name, value in raw_headers(message):
        key = name.lower()
        if key in TRANSPORT_HEADERS or key in {"content-type", "mime-version"}:
            continue
        digest.update(f"{key}:{value}\n".encode("utf-8", "replace"))
    for part in parts(message):
        if part.is_multipart():
            continue
        digest.update(part_content_type(part).encode() + b"\n")
        digest.update(part_filename(part).encode("utf-8", "replace") + b"\n")
        digest.update(hashlib.sha256(part_bytes(part)).digest())
    return digest.hexdigest()
