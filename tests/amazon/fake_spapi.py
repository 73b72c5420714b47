"""A fake Selling Partner API on 127.0.0.1 for the tests, answering in the shapes Amazon
documents (Orders API v0, Sellers API v1, Login with Amazon), errors and throttling included:

- ``POST /auth/o2/token``: ``{access_token, token_type, expires_in, refresh_token}``; an unknown
  or revoked refresh token gets 400 ``{error: invalid_grant, error_description}``.
- ``GET /orders/v0/orders``: ``{payload: {Orders, NextToken?, LastUpdatedBefore?}}`` filtered by
  ``LastUpdatedAfter`` / ``LastUpdatedBefore`` / ``MarketplaceIds``, ``MaxResultsPerPage``
  (default 100) per page; ``NextToken`` continues the same query.
- ``GET /orders/v0/orders/{id}/orderItems``: ``{payload: {AmazonOrderId, OrderItems}}``.
- ``GET /sellers/v1/marketplaceParticipations``: ``{payload: [{marketplace, participation}]}``.
- ``GET /solicitations/v1/orders/{id}?marketplaceIds=…`` (getSolicitationActionsForOrder): a HAL
  document ``{_links: {actions: [{href, name}], self: {href}}, _embedded: {actions: [{_links,
  name}]}}`` listing ``productReviewAndSellerFeedback`` unless the order is in
  :attr:`FakeSPAPI.not_eligible` or was solicited already (Amazon offers it once per order).
- ``POST /solicitations/v1/orders/{id}/solicitations/productReviewAndSellerFeedback?marketplaceIds=…``
  (createProductReviewAndSellerFeedbackSolicitation): 201 ``{}``, the order recorded in
  :attr:`FakeSPAPI.solicited`; a second one for the same order is refused.
- ``GET /messaging/v1/orders/{id}?marketplaceIds=…`` (getMessagingActionsForOrder): a HAL
  document like the solicitations one listing the message types in
  :attr:`FakeSPAPI.messaging_actions` (per order; :data:`DEFAULT_MESSAGING_ACTIONS` otherwise).
- ``POST /messaging/v1/orders/{id}/messages/{type}?marketplaceIds=…`` (createWarranty,
  createConfirmDeliveryDetails, createUnexpectedProblem, sendInvoice): 201 ``{}``, the JSON body
  recorded in :attr:`FakeSPAPI.messages`; a type not offered for the order gets 400
  ``InvalidInput``, an attachment naming an upload destination nothing was uploaded to as well.
- ``POST /uploads/2020-11-01/uploadDestinations/{resource}?contentMD5=…&contentType=…``
  (createUploadDestinationForResource): ``{payload: {uploadDestinationId, url, headers}}``, the
  url a ``PUT /upload/{id}`` on this server and ``headers`` the ones S3 signed into it
  (``Content-MD5``, ``x-amz-server-side-encryption``); a PUT without them is refused (403
  ``SignatureDoesNotMatch``), bytes whose MD5 is not the announced one too (400 ``BadDigest``);
  accepted bytes land in :attr:`FakeSPAPI.uploads`.
- errors: ``{errors: [{code, message, details}]}``; 429 ``QuotaExceeded`` carries
  ``x-amzn-RateLimit-Limit`` (and ``Retry-After`` when a test asks for it); every answer
  carries ``x-amzn-RequestId``.

A test scripts failures with :meth:`FakeSPAPI.fail_next` and reads what arrived in
:attr:`FakeSPAPI.requests`. The restricted operations (Tokens API, the restricted getOrder) are
in ``fake_restricted.py``, whose server the ``fake`` fixture runs.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

ORDERS_PATH = "/orders/v0/orders"
SOLICITATIONS_PATH = "/solicitations/v1/orders/"
REVIEW_ACTION = "productReviewAndSellerFeedback"
MESSAGING_PATH = "/messaging/v1/orders/"
UPLOADS_PATH = "/uploads/2020-11-01/uploadDestinations/"
#: Message type (the path segment) → the operation that sends it.
MESSAGING_OPERATIONS = {
    "warranty": "createWarranty",
    "confirmDeliveryDetails": "createConfirmDeliveryDetails",
    "unexpectedProblem": "createUnexpectedProblem",
    "invoice": "sendInvoice",
}
DEFAULT_MESSAGING_ACTIONS = ("warranty", "confirmDeliveryDetails", "unexpectedProblem", "invoice")


@dataclass
class Failure:
    status: int
    code: str
    message: str
    headers: dict[str, str] = field(default_factory=dict)


def order(
    order_id: str,
    *,
    updated: str,
    purchased: str | None = None,
    marketplace_id: str = "A1PA6795UKMFR9",
    status: str = "Shipped",
    channel: str = "MFN",
    latest_delivery: str | None = None,
    total: str = "49.99",
) -> dict[str, Any]:
    """An ``Order`` object as getOrders returns it (no buyer data: not a restricted call)."""
    result: dict[str, Any] = {
        "AmazonOrderId": order_id,
        "PurchaseDate": purchased or updated,
        "LastUpdateDate": updated,
        "OrderStatus": status,
        "FulfillmentChannel": channel,
        "SalesChannel": "Amazon.de",
        "MarketplaceId": marketplace_id,
        "OrderTotal": {"CurrencyCode": "EUR", "Amount": total},
        "NumberOfItemsShipped": 1,
        "NumberOfItemsUnshipped": 0,
        "OrderType": "StandardOrder",
        "IsPrime": False,
        "IsBusinessOrder": False,
    }
    if latest_delivery:
        result["LatestDeliveryDate"] = latest_delivery
        result["EarliestDeliveryDate"] = latest_delivery
    return result


def item(order_item_id: str, *, asin: str, sku: str = "", title: str = "", qty: int = 1) -> dict:
    return {
        "ASIN": asin,
        "SellerSKU": sku,
        "OrderItemId": order_item_id,
        "Title": title,
        "QuantityOrdered": qty,
        "QuantityShipped": qty,
        "ItemPrice": {"CurrencyCode": "EUR", "Amount": "49.99"},
    }


class FakeSPAPI:
    def __init__(self) -> None:
        self.orders: list[dict[str, Any]] = []
        self.items: dict[str, list[dict[str, Any]]] = {}
        self.refresh_tokens: set[str] = {"Atzr|good"}
        self.not_eligible: set[str] = set()
        self.solicited: list[str] = []
        #: order id → the message types offered for it (default: every one this fake knows).
        self.messaging_actions: dict[str, list[str]] = {}
        #: (order id, message type, JSON body) of every message Amazon accepted.
        self.messages: list[tuple[str, str, dict[str, Any]]] = []
        #: upload destination id → {resource, content_md5, content_type, data (bytes or None)}
        self.uploads: dict[str, dict[str, Any]] = {}
        self.page_size = 100
        self.rate_limit = "0.0167"
        self.requests: list[tuple[str, str, dict[str, list[str]]]] = []
        self._failures: dict[str, list[Failure]] = {}
        self._tokens: set[str] = set()
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def token_url(self) -> str:
        return f"{self.url}/auth/o2/token"

    def start(self) -> FakeSPAPI:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fail_next(self, operation: str, failure: Failure, times: int = 1) -> None:
        """The next *times* calls of *operation* (``getOrders``, ``getOrderItems``,
        ``getMarketplaceParticipations``, ``getSolicitationActionsForOrder``,
        ``createProductReviewAndSellerFeedbackSolicitation``, ``getMessagingActionsForOrder``,
        ``createWarranty`` …, ``createUploadDestinationForResource``) answer *failure*."""
        with self._lock:
            self._failures.setdefault(operation, []).extend([failure] * times)

    def throttle_next(self, operation: str, times: int = 1, retry_after: str = "") -> None:
        headers = {"x-amzn-RateLimit-Limit": self.rate_limit}
        if retry_after:
            headers["Retry-After"] = retry_after
        self.fail_next(
            operation,
            Failure(
                429, "QuotaExceeded", "You exceeded your quota for the requested resource.", headers
            ),
            times,
        )

    def calls(self, operation: str) -> int:
        return sum(1 for op, _path, _q in self.requests if op == operation)

    # -----------------------------------------------------------------------------------------

    def _pop_failure(self, operation: str) -> Failure | None:
        with self._lock:
            queue = self._failures.get(operation)
            return queue.pop(0) if queue else None

    def _orders_page(self, query: dict[str, list[str]]) -> dict[str, Any]:
        token = query.get("NextToken", [""])[0]
        if token:
            criteria, start = json.loads(bytes.fromhex(token).decode())
        else:
            criteria = {k: v for k, v in query.items() if k != "NextToken"}
            start = 0
        after = criteria.get("LastUpdatedAfter", [""])[0]
        before = criteria.get("LastUpdatedBefore", [""])[0]
        markets = ",".join(criteria.get("MarketplaceIds", [])).split(",")
        size = int(criteria.get("MaxResultsPerPage", [str(self.page_size)])[0])
        size = min(size, self.page_size)
        matching = sorted(
            (
                o
                for o in self.orders
                if (not after or o["LastUpdateDate"] >= after)
                and (not before or o["LastUpdateDate"] < before)
                and o["MarketplaceId"] in markets
            ),
            key=lambda o: o["LastUpdateDate"],
        )
        page = matching[start : start + size]
        payload: dict[str, Any] = {"Orders": page}
        if before:
            payload["LastUpdatedBefore"] = before
        if start + size < len(matching):
            payload["NextToken"] = json.dumps([criteria, start + size]).encode().hex()
        return {"payload": payload}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: dict, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def _error(self, failure: Failure) -> None:
                self._send(
                    failure.status,
                    {"errors": [{"code": failure.code, "message": failure.message, "details": ""}]},
                    failure.headers,
                )

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                parts = urlsplit(self.path)
                if parts.path.startswith(SOLICITATIONS_PATH) and parts.path.endswith(
                    "/solicitations/" + REVIEW_ACTION
                ):
                    self._solicit(parts.path.split("/")[4], parse_qs(parts.query))
                    return
                if parts.path.startswith(MESSAGING_PATH) and "/messages/" in parts.path:
                    self._message(parts.path, parse_qs(parts.query), body)
                    return
                if parts.path.startswith(UPLOADS_PATH):
                    self._upload_destination(parts.path, parse_qs(parts.query))
                    return
                form = parse_qs(body)
                if parts.path != "/auth/o2/token":
                    self._send(
                        404, {"errors": [{"code": "NotFound", "message": "", "details": ""}]}
                    )
                    return
                fake.requests.append(("token", self.path, form))
                refresh = form.get("refresh_token", [""])[0]
                if (
                    form.get("grant_type") != ["refresh_token"]
                    or refresh not in fake.refresh_tokens
                ):
                    self._send(
                        400,
                        {
                            "error": "invalid_grant",
                            "error_description": "The request has an invalid grant parameter : refresh_token",
                        },
                    )
                    return
                access = f"Atza|{uuid.uuid4().hex}"
                fake._tokens.add(access)
                self._send(
                    200,
                    {
                        "access_token": access,
                        "refresh_token": refresh,
                        "token_type": "bearer",
                        "expires_in": 3600,
                    },
                )

            def _solicitation_guard(
                self, operation: str, path: str, query: dict[str, list[str]]
            ) -> bool:
                """Record the call; answer an error (and say so) for a missing token, a
                scripted failure or a missing marketplace."""
                fake.requests.append((operation, path, query))
                if self.headers.get("x-amz-access-token") not in fake._tokens:
                    self._error(
                        Failure(403, "Unauthorized", "Access to requested resource is denied.")
                    )
                    return False
                failure = fake._pop_failure(operation)
                if failure is not None:
                    self._error(failure)
                    return False
                if len(query.get("marketplaceIds", [])) != 1:
                    self._error(
                        Failure(400, "InvalidInput", "Exactly one marketplaceIds is required.")
                    )
                    return False
                return True

            def _actions(self, order_id: str, query: dict[str, list[str]]) -> None:
                path = SOLICITATIONS_PATH + order_id
                if not self._solicitation_guard("getSolicitationActionsForOrder", path, query):
                    return
                market = query["marketplaceIds"][0]
                self_href = f"{path}?marketplaceIds={market}"
                href = f"{path}/solicitations/{REVIEW_ACTION}?marketplaceIds={market}"
                offered = order_id not in fake.not_eligible and order_id not in fake.solicited
                links = [{"href": href, "name": REVIEW_ACTION}] if offered else []
                embedded = (
                    [
                        {
                            "_links": {
                                "self": {"href": href},
                                "schema": {
                                    "href": f"{href}&schema=true",
                                    "name": REVIEW_ACTION,
                                },
                            },
                            "name": REVIEW_ACTION,
                        }
                    ]
                    if offered
                    else []
                )
                self._send(
                    200,
                    {
                        "_links": {"actions": links, "self": {"href": self_href}},
                        "_embedded": {"actions": embedded},
                    },
                    {"x-amzn-RateLimit-Limit": "1.0"},
                )

            def _solicit(self, order_id: str, query: dict[str, list[str]]) -> None:
                operation = "createProductReviewAndSellerFeedbackSolicitation"
                path = f"{SOLICITATIONS_PATH}{order_id}/solicitations/{REVIEW_ACTION}"
                if not self._solicitation_guard(operation, path, query):
                    return
                if order_id in fake.not_eligible or order_id in fake.solicited:
                    self._error(
                        Failure(
                            400,
                            "InvalidInput",
                            "The solicitation is not available for this order.",
                        )
                    )
                    return
                fake.solicited.append(order_id)
                self._send(201, {}, {"x-amzn-RateLimit-Limit": "1.0"})

            def _messaging_actions(self, order_id: str, query: dict[str, list[str]]) -> None:
                path = MESSAGING_PATH + order_id
                if not self._solicitation_guard("getMessagingActionsForOrder", path, query):
                    return
                market = query["marketplaceIds"][0]
                offered = fake.messaging_actions.get(order_id, list(DEFAULT_MESSAGING_ACTIONS))
                links, embedded = [], []
                for name in offered:
                    href = f"{path}/messages/{name}?marketplaceIds={market}"
                    links.append({"href": href, "name": name})
                    embedded.append(
                        {
                            "_links": {
                                "self": {"href": href},
                                "schema": {"href": f"{href}&schema=true", "name": name},
                            },
                            "name": name,
                        }
                    )
                self._send(
                    200,
                    {
                        "_links": {
                            "actions": links,
                            "self": {"href": f"{path}?marketplaceIds={market}"},
                        },
                        "_embedded": {"actions": embedded},
                    },
                    {"x-amzn-RateLimit-Limit": "1.0"},
                )

            def _message(self, path: str, query: dict[str, list[str]], body: str) -> None:
                segments = path.split("/")
                order_id, message_type = segments[4], segments[-1]
                operation = MESSAGING_OPERATIONS.get(message_type, message_type)
                if not self._solicitation_guard(operation, path, query):
                    return
                offered = fake.messaging_actions.get(order_id, list(DEFAULT_MESSAGING_ACTIONS))
                if message_type not in offered:
                    self._error(
                        Failure(
                            400, "InvalidInput", "This message type is not available for the order."
                        )
                    )
                    return
                data = json.loads(body or "{}")
                for attachment in data.get("attachments") or []:
                    upload = fake.uploads.get(str(attachment.get("uploadDestinationId")))
                    if upload is None or upload["data"] is None:
                        self._error(
                            Failure(400, "InvalidInput", "The upload destination has no document.")
                        )
                        return
                fake.messages.append((order_id, message_type, data))
                self._send(201, {}, {"x-amzn-RateLimit-Limit": "1.0"})

            def _upload_destination(self, path: str, query: dict[str, list[str]]) -> None:
                operation = "createUploadDestinationForResource"
                fake.requests.append((operation, path, query))
                if self.headers.get("x-amz-access-token") not in fake._tokens:
                    self._error(
                        Failure(403, "Unauthorized", "Access to requested resource is denied.")
                    )
                    return
                failure = fake._pop_failure(operation)
                if failure is not None:
                    self._error(failure)
                    return
                if not query.get("contentMD5") or not query.get("marketplaceIds"):
                    self._error(
                        Failure(400, "InvalidInput", "contentMD5 and marketplaceIds are required.")
                    )
                    return
                destination = f"amzn1.tortuga.4.eu.{uuid.uuid4()}"
                # python-amazon-sp-api quotes the digest before the query is encoded.
                md5 = unquote(query["contentMD5"][0])
                fake.uploads[destination] = {
                    "resource": path[len(UPLOADS_PATH) :],
                    "content_md5": md5,
                    "content_type": query.get("contentType", [""])[0],
                    "data": None,
                }
                self._send(
                    200,
                    {
                        "payload": {
                            "uploadDestinationId": destination,
                            "url": f"{fake.url}/upload/{destination}?X-Amz-Signature=fake",
                            # S3 signs these headers into the URL: the PUT must send them.
                            "headers": {
                                "x-amz-server-side-encryption": "aws:kms",
                                "Content-MD5": md5,
                            },
                        }
                    },
                    {"x-amzn-RateLimit-Limit": "10.0"},
                )

            def do_PUT(self) -> None:
                """The upload URL (S3 in production): the bytes whose MD5 was announced."""
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length)
                destination = urlsplit(self.path).path.removeprefix("/upload/")
                fake.requests.append(("upload", self.path, {}))
                failure = fake._pop_failure("upload")
                if failure is not None:
                    self._send(failure.status, {"Code": failure.code})
                    return
                upload = fake.uploads.get(destination)
                if upload is None:
                    self._send(404, {})
                    return
                header = self.headers.get("Content-MD5", "")
                if header != upload["content_md5"] or not self.headers.get(
                    "x-amz-server-side-encryption"
                ):
                    self._send(403, {"Code": "SignatureDoesNotMatch"})
                    return
                digest = base64.b64encode(
                    hashlib.md5(data, usedforsecurity=False).digest()
                ).decode()
                if digest != header:
                    self._send(400, {"Code": "BadDigest"})
                    return
                upload["data"] = data
                upload["put_content_type"] = self.headers.get("Content-Type", "")
                self._send(200, {})

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                path = parts.path
                if path == ORDERS_PATH:
                    operation = "getOrders"
                elif path.startswith(ORDERS_PATH + "/") and path.endswith("/orderItems"):
                    operation = "getOrderItems"
                elif path == "/sellers/v1/marketplaceParticipations":
                    operation = "getMarketplaceParticipations"
                elif path.startswith(SOLICITATIONS_PATH) and path.count("/") == 4:
                    self._actions(path.split("/")[4], query)
                    return
                elif path.startswith(MESSAGING_PATH) and path.count("/") == 4:
                    self._messaging_actions(path.split("/")[4], query)
                    return
                else:
                    self._error(Failure(404, "NotFound", "Resource not found."))
                    return
                fake.requests.append((operation, path, query))
                if self.headers.get("x-amz-access-token") not in fake._tokens:
                    self._error(
                        Failure(403, "Unauthorized", "Access to requested resource is denied.")
                    )
                    return
                failure = fake._pop_failure(operation)
                if failure is not None:
                    self._error(failure)
                    return
                limit = {"x-amzn-RateLimit-Limit": fake.rate_limit}
                if operation == "getOrders":
                    if not query.get("NextToken") and not (
                        query.get("LastUpdatedAfter") or query.get("CreatedAfter")
                    ):
                        self._error(
                            Failure(
                                400,
                                "InvalidInput",
                                "Either CreatedAfter or LastUpdatedAfter must be specified.",
                            )
                        )
                        return
                    self._send(200, fake._orders_page(query), limit)
                elif operation == "getOrderItems":
                    order_id = path.split("/")[4]
                    if not any(o["AmazonOrderId"] == order_id for o in fake.orders):
                        self._error(Failure(404, "NotFound", f"Order {order_id} not found."))
                        return
                    self._send(
                        200,
                        {
                            "payload": {
                                "AmazonOrderId": order_id,
                                "OrderItems": fake.items.get(order_id, []),
                            }
                        },
                        {"x-amzn-RateLimit-Limit": "0.5"},
                    )
                else:
                    self._send(
                        200,
                        {
                            "payload": [
                                {
                                    "marketplace": {
                                        "id": "A1PA6795UKMFR9",
                                        "countryCode": "DE",
                                        "name": "Amazon.de",
                                        "defaultCurrencyCode": "EUR",
                                        "defaultLanguageCode": "de_DE",
                                        "domainName": "www.amazon.de",
                                    },
                                    "participation": {
                                        "isParticipating": True,
                                        "hasSuspendedListings": False,
                                    },
                                }
                            ]
                        },
                    )

        return Handler
