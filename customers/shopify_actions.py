"""Changes made in the own store on a support agent's request: refund a line item
(``refundCreate``), a replacement as a draft order at no charge (``draftOrderCreate``) and
cancelling an order nothing of which was shipped (``orderCancel``).

These functions only talk to the store, through ``shopify_admin.ShopifyClient``; who may ask,
from which ticket, and the audit row are the helpdesk's (``helpdesk.services.store_actions``).
Each refuses an order that is not an own-store (Shopify) order before anything is sent, and
turns the store's ``userErrors`` into ``StoreActionFailed`` with the store's messages."""

from dataclasses import dataclass, field
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


REFUND_MUTATION = """
mutation RefundLineItem($input: RefundInput!) {
  refundCreate(input: $input) {
    refund { id totalRefundedSet { shopMoney { amount currencyCode } } }
    userErrors { field message }
  }
}
"""


def refund_line(
    shopify_client: ShopifyClient, line: OrderLine, *, quantity: int, note: str, notify: bool
) -> StoreActionResult:
    """Refund *quantity* of *line* (not restocked), with *note*; *notify* asks the store to
    mail the customer."""
    order = line.order
    require_store_order(order)
    if not line.external_id:
        raise StoreActionFailed(_("This order line has no id in the store."))
    if quantity < 1 or quantity > line.quantity - line.refunded_quantity:
        raise StoreActionFailed(
            _("Refund between 1 and %(count)s of this line.")
            % {"count": line.quantity - line.refunded_quantity}
        )
    data = shopify_client.execute(
        REFUND_MUTATION,
        operation_name="RefundLineItem",
        variables={
            "input": {
                "orderId": gid("Order", order.external_id),
                "note": note,
                "notify": notify,
                "refundLineItems": [
                    {
                        "lineItemId": gid("LineItem", line.external_id),
                        "quantity": quantity,
                        "restockType": "NO_RESTOCK",
                    }
                ],
            }
        },
    )
    payload = data.get("refundCreate") or {}
    errors = _user_errors(payload, "userErrors")
    refund = payload.get("refund")
    if errors or not isinstance(refund, dict):
        raise _refused(errors)
    money = (refund.get("totalRefundedSet") or {}).get("shopMoney") or {}
    label = f"{money.get('amount', '')} {money.get('currencyCode', '')}".strip()
    return StoreActionResult(shopify_id=str(refund.get("id", "")), label=label, raw=refund)


DRAFT_MUTATION = """
mutation ReplacementDraftOrder($input: DraftOrderInput!) {
  draftOrderCreate(input: $input) {
    draftOrder { id name invoiceUrl }
    userErrors { field message }
  }
}
"""


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
    customer's e-mail address. Nothing is charged or completed: staff complete it in Shopify."""
    order = line.order
    require_store_order(order)
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
