"""The fake Shopify store's answers to the ticket's store actions (``fake_shopify.FakeShopify``
mixes them in): ``SuggestedRefund`` (``Order.suggestedRefund``), ``RefundLineItem``
(``refundCreate``), ``ReplacementSource`` (the order's customer and shipping address),
``ReplacementDraftOrder`` (``draftOrderCreate``) and ``CancelOrder`` (``orderCancel``), in the
Admin API's documented shapes, ``userErrors`` included.

Money behaves as Shopify documents it: an order's ``transactions`` hold its payments (``SALE``,
``CAPTURE``) and the refunds of them (``REFUND`` with a ``parentTransaction``); the suggestion
pays back the lines' price from what is still refundable, a manual payment included (its
``gateway`` says ``manual``); ``refundCreate`` without ``transactions`` records the items and
pays back nothing, and a transaction larger than its payment's refundable rest is refused.
"""

from datetime import UTC, datetime
from decimal import Decimal

LOCATION = "gid://shopify/Location/1"


def gid(kind: str, number: int | str) -> str:
    return f"gid://shopify/{kind}/{number}"


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def money(amount: Decimal | str, currency: str) -> dict:
    return {"shopMoney": {"amount": f"{Decimal(amount):.2f}", "currencyCode": currency}}


def transaction_node(
    number: int,
    *,
    amount: str,
    currency: str = "EUR",
    gateway: str = "shopify_payments",
    kind: str = "SALE",
    parent: str | None = None,
) -> dict:
    """An ``OrderTransaction``: a payment (``SALE``) or a refund of one (``REFUND``, *parent*
    being the payment's id)."""
    return {
        "id": gid("OrderTransaction", number),
        "kind": kind,
        "status": "SUCCESS",
        "gateway": gateway,
        "amountSet": money(amount, currency),
        "parentTransaction": {"id": parent} if parent else None,
    }


def refund_node(
    number: int, *, created: datetime, amount: str, currency: str = "EUR", lines=(), note=""
) -> dict:
    return {
        "id": gid("Refund", number),
        "createdAt": iso(created),
        "note": note or None,
        "totalRefundedSet": {"shopMoney": {"amount": amount, "currencyCode": currency}},
        "refundLineItems": {
            "nodes": [{"quantity": q, "lineItem": {"id": gid("LineItem", n)}} for n, q in lines],
            "pageInfo": {"hasNextPage": False, "endCursor": None},
        },
    }


def _amount(node: dict) -> Decimal:
    return Decimal(node["amountSet"]["shopMoney"]["amount"])


class StoreActionsMixin:
    orders: list[dict]
    refunds_made: list[dict]
    draft_orders: list[dict]
    cancelled: list[dict]
    #: Every suggestion asked for: the ``refundLineItems`` given.
    suggestions: list[list[dict]]

    def order_by_gid(self, order_id: str) -> dict | None:
        return next((o for o in self.orders if o["id"] == order_id), None)

    def refundable(self, order: dict) -> list[tuple[dict, Decimal]]:
        """Each payment of *order* with what is left to refund of it."""
        transactions = order.get("transactions") or []
        left = []
        for payment in transactions:
            if payment["kind"] not in ("SALE", "CAPTURE") or payment["status"] != "SUCCESS":
                continue
            refunded = sum(
                (
                    _amount(t)
                    for t in transactions
                    if t["kind"] == "REFUND"
                    and (t.get("parentTransaction") or {}).get("id") == payment["id"]
                ),
                Decimal(0),
            )
            left.append((payment, _amount(payment) - refunded))
        return left

    @staticmethod
    def line_price(line: dict) -> Decimal:
        return Decimal(
            ((line.get("originalUnitPriceSet") or {}).get("shopMoney") or {}).get("amount") or "0"
        )

    def op_SuggestedRefund(self, variables: dict) -> dict:
        order = self.order_by_gid(variables.get("id") or "")
        if order is None:
            return {"order": None}
        given = variables.get("refundLineItems") or []
        self.suggestions.append(given)
        currency = order["currencyCode"]
        lines = {line["id"]: line for line in order["lineItems"]["nodes"]}
        wanted = sum(
            (
                self.line_price(lines[item["lineItemId"]]) * item.get("quantity", 0)
                for item in given
                if item.get("lineItemId") in lines
            ),
            Decimal(0),
        )
        suggested, total = [], Decimal(0)
        for payment, left in self.refundable(order):
            share = min(left, wanted - total)
            if share <= 0:
                continue
            total += share
            suggested.append(
                {
                    "parentTransaction": {"id": payment["id"]},
                    "amountSet": {
                        **money(share, currency),
                        "presentmentMoney": money(share, currency)["shopMoney"],
                    },
                    "gateway": payment["gateway"],
                    "kind": "SUGGESTED_REFUND",
                }
            )
        return {
            "order": {
                "id": order["id"],
                "suggestedRefund": {
                    "amountSet": {
                        **money(total, currency),
                        "presentmentMoney": money(total, currency)["shopMoney"],
                    },
                    "suggestedTransactions": suggested,
                    "refundLineItems": [
                        {
                            "lineItem": {"id": item.get("lineItemId")},
                            "quantity": item.get("quantity"),
                            "restockType": item.get("restockType") or "NO_RESTOCK",
                            "location": {"id": LOCATION}
                            if item.get("restockType") in ("RETURN", "CANCEL")
                            else None,
                        }
                        for item in given
                    ],
                    "shipping": {"amountSet": money("0", currency)},
                },
            }
        }

    def op_RefundLineItem(self, variables: dict) -> dict:
        given = variables.get("input") or {}

        def refused(field: list[str], message: str) -> dict:
            return {
                "refundCreate": {
                    "refund": None,
                    "userErrors": [{"field": field, "message": message}],
                }
            }

        order = self.order_by_gid(given.get("orderId") or "")
        if order is None:
            return refused(["orderId"], "Order does not exist")
        lines = {line["id"]: line for line in order["lineItems"]["nodes"]}
        refunded: list[tuple[str, int]] = []
        for n, item in enumerate(given.get("refundLineItems") or []):
            line = lines.get(item.get("lineItemId"))
            if line is None:
                return refused(
                    ["refundLineItems", str(n), "lineItemId"], "Line item does not exist"
                )
            if item.get("restockType") not in ("RETURN", "CANCEL", "NO_RESTOCK", None):
                return refused(
                    ["refundLineItems", str(n), "restockType"], "Restock type is not valid"
                )
            already = sum(
                r["quantity"]
                for refund in order["refunds"]
                for r in refund["refundLineItems"]["nodes"]
                if r["lineItem"]["id"] == line["id"]
            )
            if item.get("quantity", 0) > line["quantity"] - already:
                return refused(
                    ["refundLineItems", str(n), "quantity"],
                    "Quantity cannot refund more items than were purchased",
                )
            refunded.append((line["id"], item["quantity"]))
        left = {payment["id"]: rest for payment, rest in self.refundable(order)}
        paid_back: list[dict] = []
        for n, transaction in enumerate(given.get("transactions") or []):
            parent = transaction.get("parentId")
            amount = Decimal(str(transaction.get("amount") or "0"))
            if transaction.get("kind") != "REFUND" or parent not in left:
                return refused(
                    ["transactions", str(n), "parentId"], "Parent transaction does not exist"
                )
            if amount > left[parent]:
                return refused(
                    ["transactions", str(n), "amount"],
                    f"Amount cannot be greater than the refundable amount ({left[parent]:.2f})",
                )
            left[parent] -= amount
            paid_back.append(
                transaction_node(
                    7000 + len(order["transactions"]) + 1,
                    amount=str(amount),
                    currency=order["currencyCode"],
                    gateway=transaction.get("gateway") or "",
                    kind="REFUND",
                    parent=parent,
                )
            )
        number = 9000 + sum(len(o["refunds"]) for o in self.orders) + 1
        total = sum((_amount(t) for t in paid_back), Decimal(0))
        node = refund_node(
            number,
            created=datetime.now(UTC),
            amount=f"{total:.2f}",
            currency=order["currencyCode"],
            note=given.get("note") or "",
        )
        node["refundLineItems"]["nodes"] = [
            {"quantity": q, "lineItem": {"id": line_id}} for line_id, q in refunded
        ]
        order["refunds"].append(node)
        order["transactions"].extend(paid_back)
        self.refunds_made.append(dict(given))
        return {
            "refundCreate": {
                "refund": {"id": node["id"], "totalRefundedSet": node["totalRefundedSet"]},
                "userErrors": [],
            }
        }

    def op_ReplacementSource(self, variables: dict) -> dict:
        order = self.order_by_gid(variables.get("id") or "")
        if order is None:
            return {"order": None}
        customer = order.get("customer")
        return {
            "order": {
                "id": order["id"],
                "customer": {"id": customer["id"]} if customer else None,
                "shippingAddress": order.get("shippingAddress"),
            }
        }

    def op_ReplacementDraftOrder(self, variables: dict) -> dict:
        given = variables.get("input") or {}
        items = given.get("lineItems") or []
        errors = []
        if not items:
            errors.append({"field": ["lineItems"], "message": "Add at least 1 product"})
        if "customerId" in given:  # deprecated in favour of purchasingEntity
            errors.append(
                {"field": ["customerId"], "message": "Use purchasingEntity to set the customer"}
            )
        address = given.get("shippingAddress") or {}
        if address and not address.get("countryCode"):
            errors.append(
                {"field": ["shippingAddress", "countryCode"], "message": "Country is required"}
            )
        if errors:
            return {"draftOrderCreate": {"draftOrder": None, "userErrors": errors}}
        number = 1100 + len(self.draft_orders) + 1
        node = {
            "id": gid("DraftOrder", number),
            "name": f"#D{len(self.draft_orders) + 1}",
            "invoiceUrl": f"https://nordvik.example/invoices/{number}",
        }
        self.draft_orders.append({**node, "input": given})
        return {"draftOrderCreate": {"draftOrder": node, "userErrors": []}}

    def op_CancelOrder(self, variables: dict) -> dict:
        def refused(field: list[str], message: str, code: str) -> dict:
            error = {"field": field, "message": message}
            return {
                "orderCancel": {
                    "job": None,
                    "orderCancelUserErrors": [{**error, "code": code}],
                    "userErrors": [error],
                }
            }

        order = self.order_by_gid(variables.get("orderId") or "")
        if order is None:
            return refused(["orderId"], "Order does not exist", "NOT_FOUND")
        if order["cancelledAt"]:
            return refused(["orderId"], "Order has already been cancelled", "INVALID")
        if order["fulfillments"]:
            return refused(
                ["orderId"], "Cannot cancel an order with fulfilled line items", "INVALID"
            )
        order["cancelledAt"] = iso(datetime.now(UTC))
        order["cancelReason"] = variables.get("reason")
        self.cancelled.append(dict(variables))
        job = {"id": gid("Job", f"cancel-{order['legacyResourceId']}"), "done": False}
        return {"orderCancel": {"job": job, "orderCancelUserErrors": [], "userErrors": []}}
