"""Changes made in the own store on a support agent's request: refund a line item
(``refundCreate``), a replacement as a draft order at no charge (``draftOrderCreate``) and
cancelling an order nothing of which was shipped (``orderCancel``).

These functions only talk to the store, through ``shopify_admin.ShopifyClient``; who may ask,
from which ticket, and the audit row are the helpdesk's (``helpdesk.services.store_actions``).
Each refuses an order that is not an own-store (Shopify) order before anything is sent, and
turns the store's ``userErrors`` into ``StoreActionFailed`` with the store's messages.

A refund moves money only with ``transactions``: ``refundCreate`` with line items alone records
the items as refunded and pays nothing back. So the store is asked first what to pay back
(``suggestedRefund``, whose ``suggestedTransactions`` name the payments to refund), the agent
confirms that amount, and the refund is sent with those transactions."""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext as _

from catalog.models import MarketplaceIdentifier

from .models import Channel, Order, OrderLine
from .shopify_admin import ShopifyClient, ShopifyError


class StoreActionFailed(ShopifyError):
    """The store refused the change (its ``userErrors``), or it was not tried at all."""

    def __init__(self, message: str, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


@dataclass
class StoreActionResult:
    #: The store's id of what was made: the refund, the draft order or the cancel job.
    shopify_id: str
    #: The draft order's name ("#D12") or the refund's amount, for the note on the ticket.
    label: str = ""
    #: The draft order's invoice link, when the store gave one.
    url: str = ""
    raw: dict[str, Any] = field(default_factory=dict)
    #: A refund's money as the store recorded it (in the store's currency).
    amount: Decimal | None = None
    currency: str = ""
    #: A refund's ``restockType``.
    restock_type: str = ""


def gid(kind: str, value: str) -> str:
    """Shopify's global id for *value*, which the webhooks record as a number and the Admin
    API sync as a global id already."""
    return value if value.startswith("gid://") else f"gid://shopify/{kind}/{value}"


def require_store_order(order: Order) -> None:
    if order.channel != Channel.SHOPIFY:
        raise StoreActionFailed(_("Only an order of the own store can be changed in the store."))


def _user_errors(payload: dict[str, Any], *keys: str) -> list[dict[str, Any]]:
    errors: list[dict[str, Any]] = []
    for key in keys:
        value = payload.get(key)
        if isinstance(value, list):
            errors.extend(e for e in value if isinstance(e, dict) and e not in errors)
    return errors


def _refused(errors: list[dict[str, Any]]) -> StoreActionFailed:
    messages = "; ".join(str(e.get("message", "")) for e in errors)[:500]
    return StoreActionFailed(
        _("The store refused the change: %(errors)s") % {"errors": messages}, errors
    )


SUGGEST_QUERY = """
query SuggestedRefund($id: ID!, $refundLineItems: [RefundLineItemInput!]) {
  order(id: $id) {
    id
    suggestedRefund(refundLineItems: $refundLineItems) {
      amountSet { shopMoney { amount currencyCode } presentmentMoney { amount currencyCode } }
      suggestedTransactions {
        parentTransaction { id }
        amountSet { shopMoney { amount currencyCode } presentmentMoney { amount currencyCode } }
        gateway
        kind
      }
      refundLineItems { lineItem { id } quantity restockType location { id } }
      shipping { amountSet { shopMoney { amount currencyCode } } }
    }
  }
}
"""

REFUND_MUTATION = """
mutation RefundLineItem($input: RefundInput!) {
  refundCreate(input: $input) {
    refund { id totalRefundedSet { shopMoney { amount currencyCode } } }
    userErrors { field message }
  }
}
"""

#: Shopify's ``RefundLineItemRestockType`` values: back in stock from a return, back in stock
#: because it was never shipped, or not back in stock.
RESTOCK_TYPES = ("RETURN", "CANCEL", "NO_RESTOCK")
#: Gateways through which the store moves no money (a payment recorded by hand): a refund there
#: is recorded by staff in Shopify, not from a ticket.
MANUAL_GATEWAYS = frozenset({"manual", "cash_on_delivery", "bank_deposit", "money_order"})


def restock_type(line: OrderLine, *, restock: bool) -> str:
    """What fits *line*: not back in stock unless asked; back in stock as a return when the
    order was shipped, as a cancelled item when it was not."""
    if not restock:
        return "NO_RESTOCK"
    return "RETURN" if line.order.fulfilments.exists() else "CANCEL"


@dataclass(frozen=True)
class RefundPlan:
    """What the store suggests for refunding *quantity* of a line: the money (in the store's
    currency) and the transactions that move it back to the original payments."""

    amount: Decimal
    currency: str
    quantity: int
    restock_type: str
    #: ``OrderTransactionInput`` values for ``refundCreate``, one per payment refunded.
    transactions: list[dict[str, Any]]
    #: ``RefundLineItemInput`` values for ``refundCreate``.
    refund_line_items: list[dict[str, Any]]


def _money(value: object) -> tuple[Decimal, str]:
    money = value.get("shopMoney") if isinstance(value, dict) else None
    if not isinstance(money, dict):
        return Decimal(0), ""
    try:
        amount = Decimal(str(money.get("amount", "0")))
    except InvalidOperation:
        amount = Decimal(0)
    return amount, str(money.get("currencyCode") or "")


def _presentment_differs(value: object) -> bool:
    if not isinstance(value, dict):
        return False
    shop, shown = value.get("shopMoney") or {}, value.get("presentmentMoney") or {}
    return bool(shown) and shown.get("currencyCode") != shop.get("currencyCode")


def _validate_quantity(line: OrderLine, quantity: int) -> None:
    require_store_order(line.order)
    if not line.external_id:
        raise StoreActionFailed(_("This order line has no id in the store."))
    if quantity < 1 or quantity > line.quantity - line.refunded_quantity:
        raise StoreActionFailed(
            _("Refund between 1 and %(count)s of this line.")
            % {"count": line.quantity - line.refunded_quantity}
        )


def refund_plan(
    shopify_client: ShopifyClient, line: OrderLine, *, quantity: int, restock: bool
) -> RefundPlan:
    """Ask the store what refunding *quantity* of *line* pays back (``suggestedRefund``, a
    read: nothing changes). Refused when nothing can be paid back from here: no refundable
    payment is left (refunded already) or it was taken by hand, or the order was paid in
    another currency than the store's."""
    _validate_quantity(line, quantity)
    order_id = gid("Order", line.order.external_id)
    restock_as = restock_type(line, restock=restock)
    data = shopify_client.execute(
        SUGGEST_QUERY,
        operation_name="SuggestedRefund",
        variables={
            "id": order_id,
            "refundLineItems": [
                {
                    "lineItemId": gid("LineItem", line.external_id),
                    "quantity": quantity,
                    "restockType": restock_as,
                }
            ],
        },
    )
    order = data.get("order")
    suggested = order.get("suggestedRefund") if isinstance(order, dict) else None
    if not isinstance(suggested, dict):
        raise StoreActionFailed(_("The store does not know this order."))
    if _presentment_differs(suggested.get("amountSet")):
        raise StoreActionFailed(
            _("This order was paid in another currency than the store's: refund it in Shopify.")
        )
    transactions: list[dict[str, Any]] = []
    for suggestion in suggested.get("suggestedTransactions") or []:
        if not isinstance(suggestion, dict):
            continue
        parent = suggestion.get("parentTransaction") or {}
        gateway = str(suggestion.get("gateway") or "")
        amount, _currency = _money(suggestion.get("amountSet"))
        if not parent.get("id") or amount <= 0 or gateway.lower() in MANUAL_GATEWAYS:
            continue
        transactions.append(
            {
                "orderId": order_id,
                "parentId": parent["id"],
                "amount": str(amount),
                "gateway": gateway,
                "kind": "REFUND",
            }
        )
    amount, currency = _money(suggested.get("amountSet"))
    if not transactions or amount <= 0:
        raise StoreActionFailed(
            _(
                "Nothing can be paid back for this line from here: the order has no refundable "
                "payment left (it was refunded already, or paid in a way the store cannot refund "
                "by itself). Check the order in Shopify."
            )
        )
    items: list[dict[str, Any]] = []
    for suggested_line in suggested.get("refundLineItems") or []:
        if not isinstance(suggested_line, dict):
            continue
        item: dict[str, Any] = {
            "lineItemId": (suggested_line.get("lineItem") or {}).get("id")
            or gid("LineItem", line.external_id),
            "quantity": suggested_line.get("quantity") or quantity,
            "restockType": suggested_line.get("restockType") or restock_as,
        }
        location = (suggested_line.get("location") or {}).get("id")
        if location and item["restockType"] != "NO_RESTOCK":
            item["locationId"] = location
        items.append(item)
    if not items:
        items = [
            {
                "lineItemId": gid("LineItem", line.external_id),
                "quantity": quantity,
                "restockType": restock_as,
            }
        ]
    return RefundPlan(
        amount=sum((Decimal(t["amount"]) for t in transactions), Decimal(0)),
        currency=currency,
        quantity=quantity,
        restock_type=restock_as,
        transactions=transactions,
        refund_line_items=items,
    )


def refund_line(
    shopify_client: ShopifyClient,
    line: OrderLine,
    *,
    quantity: int,
    note: str,
    notify: bool,
    restock: bool = False,
    expected_amount: Decimal | None = None,
) -> StoreActionResult:
    """Refund *quantity* of *line* with *note*, the money back to the original payments as the
    store suggests (``refund_plan``), restocked or not (*restock*); *notify* asks the store to
    mail the customer. With *expected_amount* (what the agent confirmed) nothing is refunded
    when the store now suggests another amount."""
    plan = refund_plan(shopify_client, line, quantity=quantity, restock=restock)
    if expected_amount is not None and plan.amount != expected_amount:
        raise StoreActionFailed(
            _(
                "The store now suggests refunding %(amount)s %(currency)s instead of what was "
                "confirmed; nothing was refunded. Please confirm again."
            )
            % {"amount": plan.amount, "currency": plan.currency}
        )
    data = shopify_client.execute(
        REFUND_MUTATION,
        operation_name="RefundLineItem",
        variables={
            "input": {
                "orderId": gid("Order", line.order.external_id),
                "note": note,
                "notify": notify,
                "refundLineItems": plan.refund_line_items,
                "transactions": plan.transactions,
            }
        },
    )
    payload = data.get("refundCreate") or {}
    errors = _user_errors(payload, "userErrors")
    refund = payload.get("refund")
    if errors or not isinstance(refund, dict):
        raise _refused(errors)
    amount, currency = _money(refund.get("totalRefundedSet"))
    return StoreActionResult(
        shopify_id=str(refund.get("id", "")),
        label=f"{amount} {currency}".strip(),
        raw=refund,
        amount=amount,
        currency=currency or plan.currency,
        restock_type=plan.restock_type,
    )


DRAFT_SOURCE_QUERY = """
query ReplacementSource($id: ID!) {
  order(id: $id) {
    id
    customer { id }
    shippingAddress {
      firstName lastName company address1 address2 city provinceCode countryCodeV2 zip phone
    }
  }
}
"""

DRAFT_MUTATION = """
mutation ReplacementDraftOrder($input: DraftOrderInput!) {
  draftOrderCreate(input: $input) {
    draftOrder { id name invoiceUrl }
    userErrors { field message }
  }
}
"""

#: ``MailingAddress`` fields read from the order -> ``MailingAddressInput`` fields.
ADDRESS_FIELDS = {
    "firstName": "firstName",
    "lastName": "lastName",
    "company": "company",
    "address1": "address1",
    "address2": "address2",
    "city": "city",
    "provinceCode": "provinceCode",
    "countryCodeV2": "countryCode",
    "zip": "zip",
    "phone": "phone",
}


def _replacement_source(shopify_client: ShopifyClient, order: Order) -> tuple[str, dict[str, Any]]:
    """The order's customer (its store id) and shipping address as a ``MailingAddressInput``,
    as the store has them now (an address changed in Shopify after the order counts)."""
    data = shopify_client.execute(
        DRAFT_SOURCE_QUERY,
        operation_name="ReplacementSource",
        variables={"id": gid("Order", order.external_id)},
    )
    node = data.get("order")
    if not isinstance(node, dict):
        raise StoreActionFailed(_("The store does not know this order."))
    customer = node.get("customer") or {}
    address = node.get("shippingAddress") or {}
    given = {
        target: address[source]
        for source, target in ADDRESS_FIELDS.items()
        if isinstance(address, dict) and address.get(source)
    }
    return str(customer.get("id") or "") if isinstance(customer, dict) else "", given


def _variant_id(line: OrderLine) -> str:
    if line.sku_id is None:
        return ""
    value = (
        MarketplaceIdentifier.objects.filter(
            sku_id=line.sku_id, kind=MarketplaceIdentifier.Kind.SHOPIFY_VARIANT
        )
        .values_list("value", flat=True)
        .first()
    )
    return gid("ProductVariant", value) if value else ""


def draft_replacement(
    shopify_client: ShopifyClient, line: OrderLine, *, note: str
) -> StoreActionResult:
    """A draft order for one more of *line*'s variant (a line without a known variant goes as
    a custom line with its title), discounted by 100 % as a replacement, for the order's
    customer (``purchasingEntity``, the API version's way since ``customerId`` was deprecated)
    and e-mail address, shipped to the order's shipping address, with *note* (naming the
    ticket). Nothing is charged or completed: staff complete it in Shopify."""
    order = line.order
    require_store_order(order)
    customer_id, address = _replacement_source(shopify_client, order)
    discount = {"value": 100.0, "valueType": "PERCENTAGE", "title": _("Replacement")}
    item: dict[str, Any] = {"quantity": 1, "appliedDiscount": discount}
    variant = _variant_id(line)
    if variant:
        item["variantId"] = variant
    else:
        item.update(title=line.title or line.external_sku, originalUnitPrice="0.00")
    given: dict[str, Any] = {
        "lineItems": [item],
        "note": note,
        "tags": ["replacement"],
    }
    if order.customer.email:
        given["email"] = order.customer.email
    if customer_id:
        given["purchasingEntity"] = {"customerId": customer_id}
    if address:
        given["shippingAddress"] = address
    data = shopify_client.execute(
        DRAFT_MUTATION, operation_name="ReplacementDraftOrder", variables={"input": given}
    )
    payload = data.get("draftOrderCreate") or {}
    errors = _user_errors(payload, "userErrors")
    draft = payload.get("draftOrder")
    if errors or not isinstance(draft, dict):
        raise _refused(errors)
    return StoreActionResult(
        shopify_id=str(draft.get("id", "")),
        label=str(draft.get("name") or ""),
        url=str(draft.get("invoiceUrl") or ""),
        raw=draft,
    )


CANCEL_MUTATION = """
mutation CancelOrder($orderId: ID!, $reason: OrderCancelReason!, $refundMethod: OrderCancelRefundMethodInput!, $restock: Boolean!, $notifyCustomer: Boolean, $staffNote: String) {
  orderCancel(orderId: $orderId, reason: $reason, refundMethod: $refundMethod, restock: $restock, notifyCustomer: $notifyCustomer, staffNote: $staffNote) {
    job { id done }
    orderCancelUserErrors { field message code }
    userErrors { field message }
  }
}
"""

#: Shopify's ``OrderCancelReason`` values.
CANCEL_REASONS = ("CUSTOMER", "DECLINED", "FRAUD", "INVENTORY", "STAFF", "OTHER")


def cancel_order(
    shopify_client: ShopifyClient, order: Order, *, reason: str, note: str, notify: bool
) -> StoreActionResult:
    """Cancel *order*, refunded to the original payment methods and restocked. Refused here
    when the store reported a fulfilment or the order is cancelled already."""
    require_store_order(order)
    if order.cancelled_at is not None:
        raise StoreActionFailed(_("This order is cancelled already."))
    if order.fulfilments.exists():
        raise StoreActionFailed(
            _("This order was shipped (in part or whole): it cannot be cancelled. Refund it.")
        )
    if reason not in CANCEL_REASONS:
        raise StoreActionFailed(_("Choose why the order is cancelled."))
    data = shopify_client.execute(
        CANCEL_MUTATION,
        operation_name="CancelOrder",
        variables={
            "orderId": gid("Order", order.external_id),
            "reason": reason,
            "refundMethod": {"originalPaymentMethodsRefund": True},
            "restock": True,
            "notifyCustomer": notify,
            "staffNote": note,
        },
    )
    payload = data.get("orderCancel") or {}
    errors = _user_errors(payload, "orderCancelUserErrors", "userErrors")
    job = payload.get("job")
    if errors or not isinstance(job, dict):
        raise _refused(errors)
    return StoreActionResult(shopify_id=str(job.get("id", "")), raw=job)
