"""Provider posts to the inbound webhooks: read within the provider's own size limit instead of
Django's site-wide one, and read again from a stored copy (a quarantined post).

Django refuses a request body over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` (2.5 MB) before any view
runs, and the setting is global. A mail with a phone photo is larger than that, so the inbound
webhook reads the body itself, up to what the provider may send (``request_limit``), and hands
it to Django as already read; every other path keeps Django's limit.

Mailgun posts ``multipart/form-data`` with the whole message in one form field (``body-mime``),
which Django's multipart parser counts against the same global limit. On the inbound paths the
form is parsed by the ``multipart`` library instead (the parser behind Bottle: streaming, with
its own limits), set as the request's ``multipart_parser_class``.
"""

import io
import json
import logging
from collections.abc import Sequence
from typing import Any

import multipart
from anymail.signals import AnymailInboundEvent
from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpRequest, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.utils.datastructures import MultiValueDict

from core.anymail_webhooks import INBOUND, view_class

from . import mail_reading as reading

MB = 1024 * 1024
logger = logging.getLogger(__name__)


class PayloadTooLarge(Exception):
    """A post larger than the provider ever sends."""


def message_limit_mb(webhook: str) -> int:
    limits = settings.INBOUND_MAIL_MAX_MESSAGE_MB
    return int(limits.get(webhook, limits.get("default", 25)))


def request_limit(webhook: str) -> int:
    """Bytes a post of *webhook* may have: twice the provider's largest message (a post can
    carry the parsed message and the raw one, base64 adds a third) and a megabyte of fields."""
    return (2 * message_limit_mb(webhook) + 1) * MB


def _content_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def read_body(request: HttpRequest, limit: int) -> bytes:
    """Read the body of *request* (at most *limit* bytes) so that ``request.body`` and
    ``request.POST`` answer from it whatever ``DATA_UPLOAD_MAX_MEMORY_SIZE`` says."""
    if _content_length(request) > limit:
        raise PayloadTooLarge
    body = request.read(limit + 1)
    if len(body) > limit:
        raise PayloadTooLarge
    # Where Django keeps a body it has read; ``body`` and ``POST`` use it from here on.
    request._body = body  # type: ignore[attr-defined]
    request.multipart_parser_class = _form_parser(limit)
    return body


def _form_parser(limit: int) -> type["InboundFormParser"]:
    return type("LimitedInboundFormParser", (InboundFormParser,), {"max_bytes": limit})


class InboundFormParser:
    """``multipart/form-data`` for the inbound webhooks, with the provider's limit for fields
    and files alike (the interface of Django's ``MultiPartParser``)."""

    max_bytes = 0

    def __init__(
        self,
        META: dict[str, Any],
        input_data: io.BufferedIOBase,
        upload_handlers: Sequence[object],
        encoding: str | None = None,
    ) -> None:
        self.content_type = str(META.get("CONTENT_TYPE", ""))
        self.stream = input_data
        self.encoding = encoding or settings.DEFAULT_CHARSET

    def parse(self) -> tuple[QueryDict, MultiValueDict[str, Any]]:
        from django.core.files.uploadedfile import SimpleUploadedFile

        _value, options = multipart.parse_options_header(self.content_type)
        boundary = options.get("boundary")
        if not boundary:
            raise MultiPartParserError("The form has no boundary.")
        post = QueryDict(mutable=True, encoding=self.encoding)
        files: MultiValueDict[str, Any] = MultiValueDict()
        parser = multipart.MultipartParser(
            self.stream,
            boundary,
            charset=self.encoding,
            part_limit=settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
            partsize_limit=self.max_bytes,
            memory_limit=self.max_bytes,
            disk_limit=self.max_bytes,
            headersize_limit=16 * 1024,
        )
        try:
            for part in parser:
                if part.filename is not None:
                    files.appendlist(
                        part.name,
                        SimpleUploadedFile(
                            _upload_name(part.filename), part.raw, part.content_type
                        ),
                    )
                else:
                    post.appendlist(part.name, part.raw.decode(self.encoding, "replace"))
                part.close()
        except multipart.MultipartError as error:
            raise MultiPartParserError(str(error)) from error
        return post, files


def _upload_name(filename: str) -> str:
    """A name Django accepts for an upload (no folders, not empty): the customer's file name
    is cleaned again when it is stored."""
    name = reading.clean_text(filename).replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name if name not in {"", ".", ".."} else "attachment"


def keep_source(event: AnymailInboundEvent, request: HttpRequest) -> None:
    """Remember the message as the provider sent it, when the post carries it whole (Postmark's
    ``RawEmail``, Mailgun's ``body-mime``): the record keeps those bytes rather than the
    message generated again from what anymail parsed."""
    source = None
    if isinstance(event.esp_event, dict):
        source = event.esp_event.get("RawEmail")
    elif request.content_type == "multipart/form-data":
        source = request.POST.get("body-mime")
    if isinstance(source, str) and source:
        event.message.raw_source = source.encode("utf-8", "surrogateescape")


def request_from_payload(content_type: str, body: bytes) -> WSGIRequest:
    """A request carrying a stored provider post, as the webhook received it."""
    return WSGIRequest(
        {
            "REQUEST_METHOD": "POST",
            "CONTENT_TYPE": content_type,
            "CONTENT_LENGTH": str(len(body)),
            "PATH_INFO": "/",
            "SERVER_NAME": "localhost",
            "SERVER_PORT": "443",
            "wsgi.url_scheme": "https",
            "wsgi.input": io.BytesIO(body),
        }
    )


def events_from_payload(webhook: str, content_type: str, body: bytes) -> list[AnymailInboundEvent]:
    """The inbound events in a stored post of *webhook*, read by the same anymail view that
    received it (authentication was checked when it arrived)."""
    cls = view_class(webhook, INBOUND)
    if cls is None:
        raise LookupError(f"No inbound webhook for {webhook!r}.")
    request = request_from_payload(content_type, body)
    read_body(request, max(request_limit(webhook), len(body)))
    view: Any = cls()
    try:
        events = list(view.parse_events(request))
        for event in events:
            keep_source(event, request)
        return events
    except Exception:
        repaired = repaired_events(webhook, view, request)
        if repaired is None:
            raise
        return repaired


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return reading.clean_text(value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    return value


def _postmark_addresses(value: Any) -> str:
    """``FromFull`` / ``ToFull`` entries as header text, whatever they hold (no validation,
    which is what refused them: ``helpdesk.mail_reading`` reads the text leniently)."""
    texts = []
    for entry in value if isinstance(value, list) else [value]:
        if not isinstance(entry, dict):
            continue
        name = str(entry.get("Name") or "").replace("\\", "\\\\").replace('"', '\\"')
        email = str(entry.get("Email") or "")
        if name and email:
            texts.append(f'"{name}" <{email}>')
        elif email or name:
            texts.append(email or name)
    return ", ".join(texts)


def _repaired_postmark(view: Any, request: HttpRequest) -> list[AnymailInboundEvent]:
    """Postmark's post read again with its addresses as plain headers. anymail validates every
    ``FromFull`` / ``ToFull`` / ``CcFull`` / ``BccFull`` entry and refuses the whole mail for
    one it does not like (an empty ``Email`` for ``From: <>``, a bare name); as headers they
    reach ``helpdesk.mail_reading``, which reads them leniently. Text that JSON can carry but
    a mail cannot (a lone surrogate) is cleaned first."""
    posted = json.loads(request.body.decode("utf-8", "replace"))
    events = []
    for esp_event in posted if isinstance(posted, list) else [posted]:
        repaired = _clean(esp_event)
        addresses = {
            name: _postmark_addresses(repaired.pop(field, None))
            for field, name in (("FromFull", "From"), ("ToFull", "To"), ("CcFull", "Cc"))
        }
        repaired.pop("BccFull", None)
        for attachment in repaired.get("Attachments") or []:
            # An empty file comes with an empty "Content", which anymail takes for missing.
            if isinstance(attachment, dict) and attachment.get("Content") == "":
                attachment.setdefault("Data", "")
        event = view.esp_to_anymail_event(repaired)
        for name, value in addresses.items():
            del event.message[name]
            if value:
                event.message[name] = value
        events.append(event)
    return events


#: Providers whose posts can be read again when anymail refuses them: webhook → reader.
REPAIRS = {"postmark": _repaired_postmark}


def repaired_events(
    webhook: str, view: Any, request: HttpRequest
) -> list[AnymailInboundEvent] | None:
    """The events of a post anymail refused, read again leniently, or ``None`` when this
    provider's posts have no lenient reading (or this one does not read either)."""
    repair = REPAIRS.get(webhook)
    if repair is None:
        return None
    try:
        return repair(view, request)
    except Exception:  # not even leniently: the caller quarantines the post
        logger.info("A %s post could not be read leniently either", webhook, exc_info=True)
        return None
