"""The demo's Shopify store: a stand-in for ``https://<shop>.myshopify.com/admin/api/<version>/
graphql.json``, served by this site at ``/demo-store/…`` when ``SHOPIFY_DEMO_STORE`` is on
(``make run``; never in production: the settings refuse it without ``DEBUG``). The real client
(``customers.shopify_admin``, through the official ShopifyAPI package) talks to it over HTTP like
to Shopify, so the demo shows a connection check, own-store orders synced beside a ticket and
codes created "in the store" by the discount macro, with no credentials.

It answers the operations Bridgecard sends — ``ShopName``, ``OrdersPage``, ``CustomerByEmail``,
``DiscountCodeCreate`` and the consent push's ``CustomerConsentByEmail``, ``CustomerCreate``,
``CustomerEmailMarketingConsentUpdate``, and the ticket's store actions ``SuggestedRefund``
(``Order.suggestedRefund``), ``RefundLineItem`` (``refundCreate``, paying back what its
``transactions`` say), ``ReplacementSource`` (the order's customer and shipping address),
``ReplacementDraftOrder`` (``draftOrderCreate``) and ``CancelOrder``
(``orderCancel``, refused for a shipped order) — in the Admin API's documented shapes, with ``extensions.cost``, and 401
for a wrong token. The tests use their own fake (``tests/customers/fake_shopify.py``), which
also throttles and fails on demand.
"""

import json
import secrets
import threading
from datetime import UTC, timedelta
from decimal import Decimal
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import re_path
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

SHOP_NAME = "Nordvik Outdoor (demo store)"
DOMAIN = "nordvik-demo.myshopify.com"
TOKEN = "shpat_demo_store_0000"  # noqa: S105 (the demo store's public stand-in token)
#: James Carter, the demo's own-store customer (customers/demo.py).
JAMES = {
    "id": "gid://shopify/Customer/7310284519",
    "legacyResourceId": "7310284519",
    "firstName": "James",
    "lastName": "Carter",
    "defaultEmailAddress": {"emailAddress": "james.carter@example.co.uk"},
}

#: James's shipping address, as ``Order.shippingAddress``.
ADDRESS = {
    "firstName": "James",
    "lastName": "Carter",
    "company": None,
    "address1": "14 Wharf Road",
    "address2": None,
    "city": "Bristol",
    "provinceCode": None,
    "countryCodeV2": "GB",
    "zip": "BS1 4RN",
    "phone": None,
}
_discounts: dict[str, dict[str, Any]] = {}
_customers: dict[str, dict[str, Any]] = {}
_lock = threading.Lock()


def _iso(days_ago: float) -> str:
    # Whole days before today 09:00 UTC: the same answer all day, so a sync changes nothing.
    today = timezone.now().astimezone(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    moment = today - timedelta(days=days_ago)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _line(number: int, sku: str, title: str, quantity: int = 1) -> dict[str, Any]:
    return {
        "id": f"gid://shopify/LineItem/{number}",
        "sku": sku,
        "title": title,
        "quantity": quantity,
        "variant": None,
    }


def orders() -> list[dict[str, Any]]:
    """James's orders as the Admin API reports them, dated relative to today."""

    def order(number: int, name: str, placed: float, total: str, **rest: Any) -> dict[str, Any]:
        return {
            "id": f"gid://shopify/Order/{number}",
            "legacyResourceId": str(number),
            "name": name,
            "email": "james.carter@example.co.uk",
            "createdAt": _iso(placed),
            "updatedAt": _iso(rest.pop("updated", placed)),
            "cancelledAt": None,
            "cancelReason": None,
            "test": False,
            "currencyCode": "GBP",
            "totalPriceSet": {"shopMoney": {"amount": total, "currencyCode": "GBP"}},
            "customer": JAMES,
            "lineItems": {"nodes": rest.pop("lines"), "pageInfo": {"hasNextPage": False}},
            "fulfillments": rest.pop("fulfillments", []),
            "refunds": rest.pop("refunds", []),
            **rest,
        }

    return [
        order(
            5503468159031,
            "#1031",
            95,
            "79.80",
            updated=88,
            lines=[_line(13101, "NV-HL400-BLK", "Trail Headlamp 400", 2)],
            fulfillments=[
                {
                    "id": "gid://shopify/Fulfillment/4101",
                    "status": "SUCCESS",
                    "displayStatus": "DELIVERED",
                    "createdAt": _iso(94),
                    "deliveredAt": _iso(92),
                    "trackingInfo": [
                        {
                            "company": "Royal Mail",
                            "number": "RM123456789GB",
                            "url": "https://www.royalmail.com/track-your-item#/tracking-results/RM123456789GB",
                        }
                    ],
                }
            ],
            refunds=[
                {
                    "id": "gid://shopify/Refund/9101",
                    "createdAt": _iso(88),
                    "note": "One lamp arrived with a cracked lens",
                    "totalRefundedSet": {"shopMoney": {"amount": "39.90", "currencyCode": "GBP"}},
                    "refundLineItems": {
                        "nodes": [
                            {"quantity": 1, "lineItem": {"id": "gid://shopify/LineItem/13101"}}
                        ]
                    },
                }
            ],
        ),
        order(
            5503468159042,
            "#1042",
            21,
            "49.90",
            updated=17,
            lines=[_line(14201, "NV-BTL750-SAGE", "Insulated Bottle 750 ml")],
            fulfillments=[
                {
                    "id": "gid://shopify/Fulfillment/4201",
                    "status": "SUCCESS",
                    "displayStatus": "DELIVERED",
                    "createdAt": _iso(20),
                    "deliveredAt": _iso(17),
                    "trackingInfo": [{"company": "DPD", "number": "15501234567890", "url": ""}],
                }
            ],
        ),
        order(
            5503468159057,
            "#1057",
            1,
            "24.90",
            lines=[_line(15701, "NV-STRAP", "Head strap")],
        ),
    ]


def _cost(requested: int) -> dict[str, Any]:
    return {
        "cost": {
            "requestedQueryCost": requested,
            "actualQueryCost": max(1, requested // 4),
            "throttleStatus": {
                "maximumAvailable": 2000.0,
                "currentlyAvailable": 2000.0 - requested // 4,
                "restoreRate": 100.0,
            },
        }
    }


def _answer(operation: str, variables: dict[str, Any]) -> dict[str, Any]:
    if operation == "ShopName":
        return {"shop": {"name": SHOP_NAME}}
    if operation == "OrdersPage":
        return {"orders": {"nodes": orders(), "pageInfo": {"hasNextPage": False}}}
    if operation == "CustomerByEmail":
        found = JAMES["defaultEmailAddress"]["emailAddress"] in (variables.get("query") or "")
        return {"customers": {"nodes": [JAMES] if found else []}}
    if operation == "DiscountCodeCreate":
        given = variables.get("basicCodeDiscount") or {}
        code = str(given.get("code", ""))
        with _lock:
            if code in _discounts:
                errors = [
                    {
                        "field": ["basicCodeDiscount", "code"],
                        "code": "TAKEN",
                        "message": "Code must be unique. Please try a different code.",
                    }
                ]
                return {"discountCodeBasicCreate": {"codeDiscountNode": None, "userErrors": errors}}
            node_id = f"gid://shopify/DiscountCodeNode/{secrets.randbelow(10**12)}"
            _discounts[code] = {"id": node_id, **given}
        return {"discountCodeBasicCreate": {"codeDiscountNode": {"id": node_id}, "userErrors": []}}
    if operation in (
        "SuggestedRefund",
        "RefundLineItem",
        "ReplacementSource",
        "ReplacementDraftOrder",
        "CancelOrder",
    ):
        return _store_action(operation, variables)
    if operation in (
        "CustomerConsentByEmail",
        "CustomerCreate",
        "CustomerEmailMarketingConsentUpdate",
    ):
        return _consent(operation, variables)
    raise KeyError(operation)


def _suggested_refund(order: dict[str, Any] | None, variables: dict[str, Any]) -> Any:
    """``Order.suggestedRefund`` for James's order: each unit at the order's average price, from
    the one card payment's rest (what earlier refunds left)."""
    if order is None:
        return None
    lines = order["lineItems"]["nodes"]
    unit = Decimal(order["totalPriceSet"]["shopMoney"]["amount"]) / max(
        1, sum(line["quantity"] for line in lines)
    )
    given = variables.get("refundLineItems") or []
    refunded = sum(Decimal(r["totalRefundedSet"]["shopMoney"]["amount"]) for r in order["refunds"])
    left = Decimal(order["totalPriceSet"]["shopMoney"]["amount"]) - refunded
    amount = min(left, unit * sum(int(item.get("quantity") or 0) for item in given))
    currency = order["currencyCode"]
    money = {"shopMoney": {"amount": f"{amount:.2f}", "currencyCode": currency}}
    parent = {"id": f"gid://shopify/OrderTransaction/{order['legacyResourceId']}1"}
    return {
        "id": order["id"],
        "suggestedRefund": {
            "amountSet": money,
            "suggestedTransactions": [
                {
                    "parentTransaction": parent,
                    "amountSet": money,
                    "gateway": "shopify_payments",
                    "kind": "SUGGESTED_REFUND",
                }
            ]
            if amount > 0
            else [],
            "refundLineItems": [
                {
                    "lineItem": {"id": item.get("lineItemId")},
                    "quantity": item.get("quantity"),
                    "restockType": item.get("restockType") or "NO_RESTOCK",
                    "location": None,
                }
                for item in given
            ],
            "shipping": {"amountSet": {"shopMoney": {"amount": "0.00", "currencyCode": currency}}},
        },
    }


def _store_action(operation: str, variables: dict[str, Any]) -> dict[str, Any]:
    """The store actions, answered against James's orders as ``orders()`` reports them (what
    they change is not remembered: the next sync shows the orders as before)."""
    number = secrets.randbelow(10**12)
    if operation == "ReplacementDraftOrder":
        given = variables.get("input") or {}
        if not given.get("lineItems"):
            errors = [{"field": ["lineItems"], "message": "Add at least 1 product"}]
            return {"draftOrderCreate": {"draftOrder": None, "userErrors": errors}}
        draft = {
            "id": f"gid://shopify/DraftOrder/{number}",
            "name": f"#D{number % 1000}",
            "invoiceUrl": f"https://{DOMAIN}/invoices/{number}",
        }
        return {"draftOrderCreate": {"draftOrder": draft, "userErrors": []}}
    known = {order["id"]: order for order in orders()}
    if operation == "SuggestedRefund":
        return {"order": _suggested_refund(known.get(str(variables.get("id"))), variables)}
    if operation == "ReplacementSource":
        order = known.get(str(variables.get("id")))
        return {
            "order": {
                "id": order["id"],
                "customer": {"id": JAMES["id"]},
                "shippingAddress": ADDRESS,
            }
            if order
            else None
        }
    if operation == "RefundLineItem":
        given = variables.get("input") or {}
        order = known.get(str(given.get("orderId")))
        if order is None:
            errors = [{"field": ["orderId"], "message": "Order does not exist"}]
            return {"refundCreate": {"refund": None, "userErrors": errors}}
        paid = sum(Decimal(str(t.get("amount") or 0)) for t in given.get("transactions") or [])
        money = {"amount": f"{paid:.2f}", "currencyCode": order["currencyCode"]}
        refund = {"id": f"gid://shopify/Refund/{number}", "totalRefundedSet": {"shopMoney": money}}
        return {"refundCreate": {"refund": refund, "userErrors": []}}
    order = known.get(str(variables.get("orderId")))
    problem = (
        "Order does not exist"
        if order is None
        else "Order has already been cancelled"
        if order["cancelledAt"]
        else "Cannot cancel an order with fulfilled line items"
        if order["fulfillments"]
        else ""
    )
    if problem:
        error = {"field": ["orderId"], "message": problem}
        return {
            "orderCancel": {
                "job": None,
                "orderCancelUserErrors": [{**error, "code": "INVALID"}],
                "userErrors": [error],
            }
        }
    job = {"id": f"gid://shopify/Job/{number}", "done": False}
    return {"orderCancel": {"job": job, "orderCancelUserErrors": [], "userErrors": []}}


def _consent(operation: str, variables: dict[str, Any]) -> dict[str, Any]:
    """The customers the demo told the store about, with their e-mail marketing consent (kept
    in this process only, like the codes)."""
    with _lock:
        if operation == "CustomerConsentByEmail":
            query = str(variables.get("query") or "").lower()
            found = [c for email, c in _customers.items() if f'"{email}"' in query]
            return {"customers": {"nodes": found[:1]}}
        given = variables.get("input") or {}
        if operation == "CustomerCreate":
            email = str(given.get("email") or "").strip().lower()
            if not email or email in _customers:
                errors = [{"field": ["email"], "message": "Email has already been taken"}]
                return {"customerCreate": {"customer": None, "userErrors": errors}}
            node = {
                "id": f"gid://shopify/Customer/{secrets.randbelow(10**12)}",
                "defaultEmailAddress": {"emailAddress": email, "marketingState": "NOT_SUBSCRIBED"},
            }
            _customers[email] = node
            return {"customerCreate": {"customer": {"id": node["id"]}, "userErrors": []}}
        consent = given.get("emailMarketingConsent") or {}
        node = next((c for c in _customers.values() if c["id"] == given.get("customerId")), None)
        if node is None:
            errors = [
                {
                    "field": ["input", "customerId"],
                    "message": "Customer does not exist",
                    "code": "INVALID",
                }
            ]
            return {"customerEmailMarketingConsentUpdate": {"customer": None, "userErrors": errors}}
        node["defaultEmailAddress"].update(
            marketingState=consent.get("marketingState"),
            marketingOptInLevel=consent.get("marketingOptInLevel"),
            marketingUpdatedAt=consent.get("consentUpdatedAt"),
        )
        return {"customerEmailMarketingConsentUpdate": {"customer": node, "userErrors": []}}


@csrf_exempt
@require_POST
def graphql(request: HttpRequest, version: str) -> HttpResponse:
    if request.headers.get("X-Shopify-Access-Token") != TOKEN:
        return JsonResponse(
            {
                "errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"
            },
            status=401,
        )
    try:
        body = json.loads(request.body or b"{}")
        operation = str(body.get("operationName") or "")
        data = _answer(operation, body.get("variables") or {})
    except (ValueError, KeyError, AttributeError):
        return JsonResponse(
            {
                "errors": [
                    {
                        "message": "This demo store does not know that operation.",
                        "extensions": {"code": "undefinedField"},
                    }
                ]
            }
        )
    requested = 252 if operation == "OrdersPage" else 10
    return JsonResponse({"data": data, "extensions": _cost(requested)})


urlpatterns = [
    # The same path shape as Shopify's: /admin/api/<version>/graphql.json
    re_path(
        r"^demo-store/admin/api/(?P<version>[0-9]{4}-[0-9]{2}|unstable)/graphql\.json$",
        graphql,
        name="demo_store_graphql",
    )
]
