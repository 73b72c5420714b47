"""A fake Shopify GraphQL Admin API: a real HTTP server on 127.0.0.1, so the official ShopifyAPI
package (``shopify.GraphQL``) runs unchanged against it.

It answers ``POST /admin/api/<version>/graphql.json`` in the documented shapes: ``data``;
``errors`` (a list of ``{"message", "extensions": {"code"}}``, ``THROTTLED`` when the bucket
cannot hold the query); ``extensions.cost`` with ``requestedQueryCost``, ``actualQueryCost``
and ``throttleStatus`` (``maximumAvailable``, ``currentlyAvailable``, ``restoreRate``) on every
answer; 401 with ``{"errors": "[API] Invalid API key or access token …"}`` for a wrong token;
5xx on demand. Operations are told apart by the ``operationName`` the client sends (every query
of ours names itself), and the query must name the same operation.

The bucket runs on the fake's own clock, which only ``advance(seconds)`` moves: a test passes
``fake.advance`` to the client as its ``sleep`` (and ``fake.now`` as its ``clock``), so a wait the
client computes from the restore rate refills the bucket exactly as Shopify's would, at once.

The data (orders, customers) are dicts in the GraphQL shapes, built by ``order_node`` and
``customer_node`` below; the fake returns whole nodes whatever fields were asked for. Customers
carry their e-mail marketing consent on ``defaultEmailAddress``; ``customerCreate`` and
``customerEmailMarketingConsentUpdate`` answer with ``userErrors`` as Shopify does (a taken
e-mail, an unknown customer, a state that cannot be set), and ``customer_update_body`` builds
the ``customers/update`` webhook the store sends after a change.
"""

import base64
import json
import re
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from .fake_shopify_actions import StoreActionsMixin, gid, iso, transaction_node
from .fake_shopify_actions import refund_node as refund_node  # re-exported for the tests
from .fake_shopify_bulk import BulkOperationsMixin

TOKEN = "shpat_fake_0123456789abcdef"
INVALID_TOKEN_BODY = {
    "errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"
}
PATH_RE = re.compile(r"^/admin/api/(?P<version>[^/]+)/graphql\.json$")
TOKEN_PATH = "/admin/oauth/access_token"
CLIENT_ID = "fake-client-id"
CLIENT_SECRET = "fake-client-secret"


def customer_node(
    number: int,
    email: str,
    first: str = "",
    last: str = "",
    *,
    marketing: str = "NOT_SUBSCRIBED",
    opt_in: str | None = None,
    consent_at: datetime | None = None,
) -> dict:
    """A ``Customer`` node; its ``defaultEmailAddress`` (a ``CustomerEmailAddress``) carries the
    e-mail marketing consent: ``marketingState``, ``marketingOptInLevel``,
    ``marketingUpdatedAt``."""
    return {
        "id": gid("Customer", number),
        "legacyResourceId": str(number),
        "firstName": first,
        "lastName": last,
        "defaultEmailAddress": {
            "emailAddress": email,
            "marketingState": marketing,
            "marketingOptInLevel": opt_in,
            "marketingUpdatedAt": iso(consent_at) if consent_at else None,
        }
        if email
        else None,
    }


def customer_update_body(node: dict, *, updated: datetime | None = None) -> dict:
    """The ``customers/update`` webhook body (the REST ``Customer`` resource) for a customer of
    the fake, as Shopify sends it after a change: ``email_marketing_consent`` with ``state``,
    ``opt_in_level`` and ``consent_updated_at`` in lower case."""
    address = node.get("defaultEmailAddress") or {}
    state = address.get("marketingState")
    level = address.get("marketingOptInLevel")
    return {
        "id": int(node["legacyResourceId"]),
        "email": address.get("emailAddress"),
        "first_name": node.get("firstName") or None,
        "last_name": node.get("lastName") or None,
        "created_at": "2026-01-05T10:00:00-05:00",
        "updated_at": iso(updated or datetime.now(UTC)),
        "state": "enabled",
        "verified_email": True,
        "tags": "",
        "admin_graphql_api_id": node["id"],
        "email_marketing_consent": {
            "state": state.lower() if state else None,
            "opt_in_level": level.lower() if level else None,
            "consent_updated_at": address.get("marketingUpdatedAt"),
        }
        if address
        else None,
    }


def order_node(
    number: int,
    *,
    customer: dict | None,
    name: str = "",
    created: datetime,
    updated: datetime | None = None,
    lines: list[dict] | None = None,
    fulfillments: list[dict] | None = None,
    refunds: list[dict] | None = None,
    cancelled: datetime | None = None,
    cancel_reason: str | None = None,
    total: str = "64.90",
    currency: str = "EUR",
    test: bool = False,
    transactions: list[dict] | None = None,
    shipping_address: dict | None = None,
) -> dict:
    """An ``Order`` node as the Admin API returns it for our ``OrdersPage`` query (with its
    ``transactions``, by default one card payment of the total, and ``shippingAddress``, which
    the store actions ask for)."""
    email = (customer or {}).get("defaultEmailAddress") or {}
    return {
        "id": gid("Order", number),
        "legacyResourceId": str(number),
        "name": name or f"#{number % 10000}",
        "email": email.get("emailAddress"),
        "createdAt": iso(created),
        "updatedAt": iso(updated or created),
        "cancelledAt": iso(cancelled) if cancelled else None,
        "cancelReason": cancel_reason,
        "test": test,
        "currencyCode": currency,
        "totalPriceSet": {"shopMoney": {"amount": total, "currencyCode": currency}},
        "customer": customer,
        "lineItems": {
            "nodes": lines or [],
            "pageInfo": {"hasNextPage": False, "endCursor": None},
        },
        "fulfillments": fulfillments or [],
        "refunds": refunds or [],
        "transactions": transactions
        if transactions is not None
        else [transaction_node(number * 10 + 1, amount=total, currency=currency)],
        "shippingAddress": shipping_address,
    }


def line_node(
    number: int,
    *,
    sku: str,
    title: str,
    quantity: int = 1,
    variant: int | None = None,
    price: str = "10.00",
    currency: str = "EUR",
):
    return {
        "id": gid("LineItem", number),
        "sku": sku,
        "title": title,
        "quantity": quantity,
        "originalUnitPriceSet": {"shopMoney": {"amount": price, "currencyCode": currency}},
        "variant": {"id": gid("ProductVariant", variant), "legacyResourceId": str(variant)}
        if variant
        else None,
    }


def fulfillment_node(
    number: int,
    *,
    created: datetime,
    delivered: datetime | None = None,
    tracking: tuple[str, str, str] | None = None,
) -> dict:
    company, tracking_number, url = tracking or ("", "", "")
    return {
        "id": gid("Fulfillment", number),
        "status": "SUCCESS",
        "displayStatus": "DELIVERED" if delivered else "IN_TRANSIT",
        "createdAt": iso(created),
        "deliveredAt": iso(delivered) if delivered else None,
        "trackingInfo": [{"company": company, "number": tracking_number, "url": url}]
        if tracking
        else [],
    }


class FakeShopify(StoreActionsMixin, BulkOperationsMixin):
    """The store, its bucket and what it was asked."""

    def __init__(
        self,
        *,
        token: str = TOKEN,
        shop_name: str = "Nordvik Outdoor",
        maximum: float = 2000.0,
        restore_rate: float = 100.0,
    ):
        self.token = token
        self.shop_name = shop_name
        self.lock = threading.Lock()
        self.orders: list[dict] = []
        self.customers: list[dict] = []
        self.discounts: list[dict] = []
        self.requests: list[dict] = []
        self.costs: dict[str, int] = {
            "ShopName": 1,
            "OrdersPage": 252,
            "OrderById": 12,
            "CustomerByEmail": 2,
            "CustomerConsentByEmail": 2,
            "CustomerCreate": 10,
            "CustomerEmailMarketingConsentUpdate": 10,
        }
        #: Every consent change the store accepted: (customer gid, the input's consent).
        self.consent_updates: list[tuple[str, dict]] = []
        #: What the store actions asked for and the store accepted.
        self.refunds_made: list[dict] = []
        self.draft_orders: list[dict] = []
        self.cancelled: list[dict] = []
        self.suggestions: list[list[dict]] = []
        self.maximum = maximum
        self.available = maximum
        self.restore_rate = restore_rate
        self.clock = 0.0
        self.fail_next = 0
        self.fail_status = 503
        self.throttle_next = 0
        #: Tokens handed out for the client credentials (a Dev Dashboard app's), newest last.
        self.granted: list[str] = []
        self.bulk_setup()
        handler = type("Handler", (_Handler,), {"fake": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}"

    def start(self) -> "FakeShopify":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # the clock and the bucket ------------------------------------------------------------

    def now(self) -> float:
        return self.clock

    def advance(self, seconds: float) -> None:
        """Time passes (the client's injected ``sleep``): the bucket refills."""
        with self.lock:
            self.clock += seconds
            self.available = min(self.maximum, self.available + seconds * self.restore_rate)

    def operations(self) -> list[str]:
        return [r["operation"] for r in self.requests]

    # answering ---------------------------------------------------------------------------

    def answer(self, operation: str, query: str, variables: dict) -> tuple[int, dict]:
        requested = self.costs.get(operation, 10)
        with self.lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                return self.fail_status, {"errors": "Internal Server Error"}
            throttled = self.throttle_next > 0 or requested > self.available
            if self.throttle_next > 0:
                self.throttle_next -= 1
            if throttled:
                return 200, {
                    "errors": [
                        {
                            "message": "Throttled",
                            "extensions": {
                                "code": "THROTTLED",
                                "documentation": "https://shopify.dev/api/usage/rate-limits",
                            },
                        }
                    ],
                    "extensions": self.cost(requested, None),
                }
            if not re.search(rf"\b(query|mutation)\s+{re.escape(operation)}\b", query):
                return 200, {
                    "errors": [
                        {
                            "message": f'No operation named "{operation}"',
                            "extensions": {"code": "OPERATION_NOT_FOUND"},
                        }
                    ]
                }
            handler = getattr(self, f"op_{operation}", None)
            if handler is None:
                return 200, {
                    "errors": [
                        {
                            "message": f"Field '{operation}' doesn't exist on type 'QueryRoot'",
                            "extensions": {"code": "undefinedField", "typeName": "QueryRoot"},
                        }
                    ]
                }
            data = handler(variables or {})
            actual = max(1, requested // 4)
            self.available -= actual
            return 200, {"data": data, "extensions": self.cost(requested, actual)}

    def cost(self, requested: int, actual: int | None) -> dict:
        return {
            "cost": {
                "requestedQueryCost": requested,
                "actualQueryCost": actual,
                "throttleStatus": {
                    "maximumAvailable": self.maximum,
                    "currentlyAvailable": self.available,
                    "restoreRate": self.restore_rate,
                },
            }
        }

    def op_ShopName(self, variables: dict) -> dict:
        return {"shop": {"name": self.shop_name}}

    def op_OrdersPage(self, variables: dict) -> dict:
        orders = sorted(self.orders, key=lambda o: (o["updatedAt"], o["legacyResourceId"]))
        search = variables.get("query") or ""
        found = re.search(r"updated_at:>(=?)'([^']+)'", search)
        if found:
            since = datetime.fromisoformat(found.group(2).replace("Z", "+00:00"))
            inclusive = found.group(1) == "="

            def keep(order: dict) -> bool:
                updated = datetime.fromisoformat(order["updatedAt"].replace("Z", "+00:00"))
                return updated >= since if inclusive else updated > since

            orders = [o for o in orders if keep(o)]
        start = 0
        if variables.get("after"):
            start = int(base64.b64decode(variables["after"]).decode().split(":")[1]) + 1
        first = int(variables.get("first") or 50)
        page = orders[start : start + first]
        end = start + len(page) - 1
        return {
            "orders": {
                "nodes": page,
                "pageInfo": {
                    "hasNextPage": start + first < len(orders),
                    "endCursor": base64.b64encode(f"cursor:{end}".encode()).decode()
                    if page
                    else None,
                },
            }
        }

    def op_OrderById(self, variables: dict) -> dict:
        found = [o for o in self.orders if o["id"] == variables.get("id")]
        return {"order": found[0] if found else None}

    def op_CustomerByEmail(self, variables: dict) -> dict:
        found = re.search(r"email:(\S+)", variables.get("query") or "")
        wanted = found.group(1).strip("'\"").lower() if found else ""
        nodes = [
            c
            for c in self.customers
            if ((c.get("defaultEmailAddress") or {}).get("emailAddress") or "").lower() == wanted
        ]
        return {"customers": {"nodes": nodes[:1]}}

    def customer(self, *, email: str = "", id: str = "") -> dict | None:
        for node in self.customers:
            address = ((node.get("defaultEmailAddress") or {}).get("emailAddress") or "").lower()
            if (email and address == email.lower()) or (id and node["id"] == id):
                return node
        return None

    def op_CustomerConsentByEmail(self, variables: dict) -> dict:
        return self.op_CustomerByEmail(variables)

    def op_CustomerCreate(self, variables: dict) -> dict:
        email = ((variables.get("input") or {}).get("email") or "").strip()
        if not email:
            return {
                "customerCreate": {
                    "customer": None,
                    "userErrors": [
                        {
                            "field": ["input"],
                            "message": "A name, phone number, or email address must be present",
                        }
                    ],
                }
            }
        if self.customer(email=email):
            return {
                "customerCreate": {
                    "customer": None,
                    "userErrors": [{"field": ["email"], "message": "Email has already been taken"}],
                }
            }
        node = customer_node(7_310_284_000 + len(self.customers) + 1, email)
        self.customers.append(node)
        return {"customerCreate": {"customer": {"id": node["id"]}, "userErrors": []}}

    def op_CustomerEmailMarketingConsentUpdate(self, variables: dict) -> dict:
        given = variables.get("input") or {}
        consent = given.get("emailMarketingConsent") or {}

        def refused(field: list[str], message: str, code: str) -> dict:
            return {
                "customerEmailMarketingConsentUpdate": {
                    "customer": None,
                    "userErrors": [{"field": field, "message": message, "code": code}],
                }
            }

        node = self.customer(id=given.get("customerId") or "")
        if node is None:
            return refused(["input", "customerId"], "Customer does not exist", "INVALID")
        if consent.get("marketingState") not in ("SUBSCRIBED", "UNSUBSCRIBED", "PENDING"):
            return refused(
                ["input", "emailMarketingConsent", "marketingState"],
                "Marketing state is not included in the list",
                "INCLUSION",
            )
        address = node.get("defaultEmailAddress")
        if not address:
            return refused(["input", "customerId"], "Customer must have an email", "INVALID")
        address["marketingState"] = consent["marketingState"]
        address["marketingOptInLevel"] = consent.get("marketingOptInLevel") or "SINGLE_OPT_IN"
        address["marketingUpdatedAt"] = consent.get("consentUpdatedAt") or iso(datetime.now(UTC))
        self.consent_updates.append((node["id"], dict(consent)))
        return {
            "customerEmailMarketingConsentUpdate": {
                "customer": {"id": node["id"], "defaultEmailAddress": dict(address)},
                "userErrors": [],
            }
        }

    def op_DiscountCodeCreate(self, variables: dict) -> dict:
        given = variables.get("basicCodeDiscount") or {}
        code = given.get("code", "")
        if any(d["code"] == code for d in self.discounts):
            return {
                "discountCodeBasicCreate": {
                    "codeDiscountNode": None,
                    "userErrors": [
                        {
                            "field": ["basicCodeDiscount", "code"],
                            "code": "TAKEN",
                            "message": "Code must be unique. Please try a different code.",
                        }
                    ],
                }
            }
        number = 1000 + len(self.discounts) + 1
        self.discounts.append({"id": gid("DiscountCodeNode", number), "code": code, **given})
        return {
            "discountCodeBasicCreate": {
                "codeDiscountNode": {
                    "id": gid("DiscountCodeNode", number),
                    "codeDiscount": {"codes": {"nodes": [{"code": code}]}},
                },
                "userErrors": [],
            }
        }


class _Handler(BaseHTTPRequestHandler):
    fake: FakeShopify

    def log_message(self, *args: Any) -> None:
        pass

    def reply(self, status: int, payload: dict) -> None:
        body = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def client_credentials(self, raw: bytes) -> None:
        """``POST /admin/oauth/access_token`` (form-encoded): the client-credentials grant. A
        new token each time; it becomes the one the store accepts."""
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        self.fake.requests.append({"path": self.path, "operation": "token", "form": form})
        if form.get("grant_type") != "client_credentials":
            self.reply(400, {"error": "unsupported_grant_type"})
            return
        if (form.get("client_id"), form.get("client_secret")) != (CLIENT_ID, CLIENT_SECRET):
            self.reply(400, {"error": "invalid_client"})
            return
        token = f"shpat_cc_{len(self.fake.granted) + 1:04d}"
        self.fake.granted.append(token)
        self.fake.token = token
        self.reply(200, {"access_token": token, "scope": "read_orders", "expires_in": 86399})

    def do_GET(self) -> None:
        """A bulk operation's file (``fake_shopify_bulk``): no token, like a signed URL."""
        body = self.fake.bulk_file(self.path)
        if body is None:
            self.reply(404, {"errors": "Not Found"})
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/jsonl")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        match = PATH_RE.match(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.path == TOKEN_PATH:
            self.client_credentials(raw)
            return
        token = self.headers.get("X-Shopify-Access-Token", "")
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        operation = body.get("operationName") or ""
        self.fake.requests.append(
            {
                "path": self.path,
                "version": match.group("version") if match else None,
                "token": token,
                "operation": operation,
                "query": body.get("query", ""),
                "variables": body.get("variables") or {},
                "user_agent": self.headers.get("User-Agent", ""),
            }
        )
        if match is None:
            self.reply(404, {"errors": "Not Found"})
            return
        if token != self.fake.token:
            self.reply(401, INVALID_TOKEN_BODY)
            return
        status, payload = self.fake.answer(operation, body.get("query", ""), body.get("variables"))
        self.reply(status, payload)


def days_ago(days: float) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)
