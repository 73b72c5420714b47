"""Messages to a buyer through Amazon's Messaging API (v1) and its Uploads API, for one order.

What Amazon offers for an order is its answer to ``getMessagingActionsForOrder`` (a HAL
document: ``_links.actions`` and ``_embedded.actions``); a message type not in it is never
sent. Sending one is, for a type with an attachment, three steps: ``createUploadDestination
ForResource`` (announcing the document's MD5 and content type), a PUT of the bytes to the URL
it returns, then the send operation naming the ``uploadDestinationId``; Amazon answers
201 Created.

This module only speaks to Amazon; it decides nothing about the words. Every text and
document it is given has passed the send gate first: the one caller is
``helpdesk.services.amazon_messages.amazon_message_send`` (a test keeps it that way), because
the gate lives in the helpdesk, above this app in the import order.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import httpx
from sp_api.api import Messaging, Upload

from .connection import Connection
from .marketplaces import BY_DOMAIN
from .models import AmazonOrder, BuyerMessage

log = logging.getLogger("amazon.spapi")

Type = BuyerMessage.Type

#: Per message type: the operation that sends it (the call log's name and its rate limit)
#: and the python-amazon-sp-api method.
OPERATIONS: dict[str, tuple[str, str]] = {
    Type.WARRANTY: ("createWarranty", "create_warranty"),
    Type.CONFIRM_DELIVERY: ("createConfirmDeliveryDetails", "create_confirm_delivery_details"),
    Type.UNEXPECTED_PROBLEM: ("createUnexpectedProblem", "create_unexpected_problem"),
    Type.INVOICE: ("sendInvoice", "send_invoice"),
}
#: The types whose message is a free text (1 to 2,000 characters, Amazon's limit) and those
#: that carry a document.
TEXT_TYPES = frozenset({Type.CONFIRM_DELIVERY, Type.UNEXPECTED_PROBLEM})
ATTACHMENT_TYPES = frozenset({Type.WARRANTY, Type.INVOICE})
MAX_TEXT = 2000


@dataclass(frozen=True)
class Attachment:
    """A document to send: its file name as the buyer sees it and its bytes (a PDF)."""

    file_name: str
    data: bytes
    content_type: str = "application/pdf"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class Sent:
    """Amazon's answer to a send: HTTP status and ``x-amzn-RequestId``."""

    status: int
    request_id: str
    upload_ids: list[str] = field(default_factory=list)


def connection_for(
    order: AmazonOrder,
    *,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> Connection:
    connection = Connection(order.account)
    if sleep:
        connection.sleep = sleep
    if clock:
        connection.clock = clock
    return connection


def offered_types(*, order: AmazonOrder, connection: Connection) -> list[str]:
    """The message types (of those Bridgecard sends) Amazon offers for *order* now.
    Raises ``ConnectionProblem`` (4xx, lasting 429) as ``Connection.call`` does."""
    client = connection.client(Messaging, order.marketplace)
    marketplace_id = BY_DOMAIN[order.marketplace].marketplace_id
    response = connection.call(
        "getMessagingActionsForOrder",
        partial(
            client.get_messaging_actions_for_order,
            order.amazon_order_id,
            marketplaceIds=marketplace_id,
        ),
    )
    offered = _action_types(response.payload)
    return [t for t in Type.values if t in offered]


def _action_types(payload: Any) -> set[str]:
    """The message types a HAL answer lists, by each action's name and by the last segment of
    its ``href`` (``…/messages/warranty?marketplaceIds=…``), in ``_links.actions`` or
    ``_embedded.actions``."""
    if not isinstance(payload, dict):
        return set()
    found: set[str] = set()
    for container in (payload.get("_links") or {}, payload.get("_embedded") or {}):
        actions = container.get("actions") if isinstance(container, dict) else None
        for action in actions or []:
            if not isinstance(action, dict):
                continue
            found.add(str(action.get("name", "")))
            links = action.get("_links") or {}
            href = str(action.get("href") or (links.get("self") or {}).get("href") or "")
            if "/messages/" in href:
                found.add(urlsplit(href).path.rsplit("/", 1)[-1])
    # Amazon's operation names (``sendInvoice``) stand for their types as well.
    for message_type, (operation, _method) in OPERATIONS.items():
        if operation in found:
            found.add(message_type)
    return found


def message_post(
    *,
    order: AmazonOrder,
    message_type: str,
    connection: Connection,
    text: str = "",
    attachment: Attachment | None = None,
    coverage: tuple[date, date] | None = None,
) -> Sent:
    """Send one message of *message_type* for *order*: upload the attachment (when the type
    has one) and call the type's operation with the body Amazon documents for it. Returns
    Amazon's status and request id; raises ``ConnectionProblem`` for a refusal (4xx, lasting
    429), ``UploadFailed`` when the document did not arrive. Call it only with gated content."""
    operation, method = OPERATIONS[message_type]
    client = connection.client(Messaging, order.marketplace)
    body: dict[str, Any] = {}
    upload_ids: list[str] = []
    if message_type in TEXT_TYPES:
        body["text"] = text
    if message_type in ATTACHMENT_TYPES:
        if attachment is None:
            raise ValueError(f"{message_type} needs an attachment")
        upload_id = _upload(order=order, message_type=message_type, attachment=attachment,
                            connection=connection)  # fmt: skip
        upload_ids.append(upload_id)
        body["attachments"] = [{"uploadDestinationId": upload_id, "fileName": attachment.file_name}]
    if message_type == Type.WARRANTY and coverage:
        body["coverageStartDate"] = _amazon_time(coverage[0])
        body["coverageEndDate"] = _amazon_time(coverage[1])
    response = connection.call(
        operation, partial(getattr(client, method), order.amazon_order_id, body=body)
    )
    return Sent(status=201, request_id=_request_id(response.headers), upload_ids=upload_ids)


class UploadFailed(Exception):
    """The document did not reach the upload destination (the PUT failed)."""


def _upload(
    *, order: AmazonOrder, message_type: str, attachment: Attachment, connection: Connection
) -> str:
    """``createUploadDestinationForResource`` for the message's resource, then the PUT of the
    bytes. python-amazon-sp-api's ``Upload.upload_document`` only asks for the destination;
    the PUT is ours (httpx, as the library itself uses)."""
    client = connection.client(Upload, order.marketplace)
    resource = f"messaging/v1/orders/{order.amazon_order_id}/messages/{message_type}"
    response = connection.call(
        "createUploadDestinationForResource",
        partial(
            client.upload_document,
            resource,
            _Reader(attachment.data),
            content_type=attachment.content_type,
        ),
    )
    payload = response.payload or {}
    upload_id = str(payload.get("uploadDestinationId") or "")
    url = str(payload.get("url") or "")
    if not upload_id or not url:
        raise UploadFailed("Amazon returned no upload destination.")
    headers = {str(k): str(v) for k, v in (payload.get("headers") or {}).items()}
    headers.setdefault("Content-Type", attachment.content_type)
    try:
        put = httpx.put(url, content=attachment.data, headers=headers, timeout=60)
    except httpx.HTTPError as error:
        raise UploadFailed(f"NetworkError: {error.__class__.__name__}") from error
    request_id = put.headers.get("x-amz-request-id", "")
    log.info(
        "SP-API upload account=%s status=%s request_id=%s",
        order.account.slug,
        put.status_code,
        request_id or "-",
        extra={
            "spapi_operation": "upload",
            "spapi_status": put.status_code,
            "spapi_request_id": request_id,
        },
    )
    if put.status_code >= 300:
        raise UploadFailed(f"HTTP {put.status_code}")
    return upload_id


class _Reader:
    """The bytes as the file object ``Upload.upload_document`` reads for its MD5."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._at = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._data) if size < 0 else self._at + size
        chunk = self._data[self._at : end]
        self._at += len(chunk)
        return chunk


def _amazon_time(day: date) -> str:
    return datetime.combine(day, time(0, 0), tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _request_id(headers: Any) -> str:
    if not headers:
        return ""
    return str(headers.get("x-amzn-RequestId") or headers.get("x-amzn-requestid") or "")
