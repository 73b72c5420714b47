"""Store actions from an own-store ticket: refund a line item, a replacement as a draft order,
cancel an order nothing of which was shipped (``customers.shopify_actions`` talks to the store).

Each is refused before anything reaches the store when the agent lacks
``helpdesk.store_actions``, the ticket is on a marketplace channel, or the order is not the
ticket's customer's own-store order. Every attempt — refused, failed or done — leaves one
``StoreAction`` row and an internal note on the ticket."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from customers.models import Channel as OrderChannel
from customers.models import Order, OrderLine
from customers.shopify_actions import (
    RefundPlan,
    StoreActionResult,
    cancel_order,
    draft_replacement,
    refund_line,
    refund_plan,
)
from customers.shopify_admin import ShopifyClient, ShopifyError, client

from ..models import StoreAction, Ticket
from .tickets import note_add

PERMISSION = "helpdesk.store_actions"


class StoreActionRefused(ValueError):
    """Not tried: not allowed here, or the store refused or could not be reached (``str()``
    is fit to show the agent)."""


def store_actions_allowed(*, ticket: Ticket, user: Any) -> bool:
    """Whether the ticket screen offers store actions to *user*: never on a marketplace
    ticket, only to agents with the permission."""
    return not ticket.channel.is_amazon and bool(user.has_perm(PERMISSION))


def _audit(
    *,
    kind: str,
    ticket: Ticket,
    order: Order | None,
    actor: Any,
    parameters: dict[str, Any],
    outcome: str,
    detail: str,
    shopify_ids: list[str] | None = None,
) -> StoreAction:
    return StoreAction.objects.create(
        ticket=ticket,
        order=order,
        actor=actor,
        kind=kind,
        parameters=parameters,
        outcome=outcome,
        detail=detail[:2000],
        shopify_ids=shopify_ids or [],
    )


def _check(
    *,
    kind: str,
    ticket: Ticket,
    order: Order,
    actor: Any,
    parameters: dict[str, Any],
    refusal: str = "",
) -> None:
    """Refuse (audited, nothing sent) what may never reach the store."""
    if ticket.channel.is_amazon:
        reason = _("Store actions are never available on a marketplace ticket.")
        error: Exception = PermissionDenied(reason)
    elif not actor.has_perm(PERMISSION):
        reason = _("You may not change orders in the store.")
        error = PermissionDenied(reason)
    elif order.channel != OrderChannel.SHOPIFY or order.customer_id != ticket.customer_id:
        reason = _("Only an own-store order of this ticket's customer can be changed.")
        error = StoreActionRefused(reason)
    elif refusal:
        reason = refusal
        error = StoreActionRefused(reason)
    else:
        return
    _audit(
        kind=kind,
        ticket=ticket,
        order=order,
        actor=actor,
        parameters=parameters,
        outcome=StoreAction.Outcome.REFUSED,
        detail=reason,
    )
    raise error


def _run(
    *,
    kind: str,
    ticket: Ticket,
    order: Order,
    actor: Any,
    parameters: dict[str, Any],
    call: Callable[[ShopifyClient], StoreActionResult],
    done_note: Callable[[str, StoreActionResult], str],
    refusal: str = "",
) -> StoreActionResult:
    _check(
        kind=kind,
        ticket=ticket,
        order=order,
        actor=actor,
        parameters=parameters,
        refusal=refusal,
    )
    label = order.reference or order.external_id
    try:
        result: StoreActionResult = call(client())
    except ShopifyError as error:
        _audit(
            kind=kind,
            ticket=ticket,
            order=order,
            actor=actor,
            parameters=parameters,
            outcome=StoreAction.Outcome.FAILED,
            detail=str(error),
        )
        note_add(
            ticket=ticket,
            author=actor,
            body=_("Store action on order %(order)s not done: %(error)s")
            % {"order": label, "error": error},
        )
        raise StoreActionRefused(str(error)) from None
    if result.amount is not None:
        # what the store recorded as paid back, kept beside what was asked
        parameters = {
            **parameters,
            "refunded": {"amount": str(result.amount), "currency": result.currency},
            "restock_type": result.restock_type,
        }
    with transaction.atomic():
        _audit(
            kind=kind,
            ticket=ticket,
            order=order,
            actor=actor,
            parameters=parameters,
            outcome=StoreAction.Outcome.DONE,
            detail=result.label,
            shopify_ids=[result.shopify_id],
        )
        note_add(ticket=ticket, author=actor, body=done_note(label, result))
    return result


def store_refund_preview(
    *, order_line: OrderLine, quantity: int, restock: bool, actor: Any, ticket: Ticket
) -> RefundPlan:
    """What refunding *quantity* of *order_line* would pay back, as the store suggests it, for
    the agent to confirm. A read: nothing is changed or audited; refused (``PermissionDenied``
    or ``StoreActionRefused``) as ``store_refund_line`` would be."""
    order = order_line.order
    if not store_actions_allowed(ticket=ticket, user=actor):
        raise PermissionDenied(_("You may not change orders in the store."))
    if order.channel != OrderChannel.SHOPIFY or order.customer_id != ticket.customer_id:
        raise StoreActionRefused(
            _("Only an own-store order of this ticket's customer can be changed.")
        )
    try:
        return refund_plan(client(), order_line, quantity=quantity, restock=restock)
    except ShopifyError as error:
        raise StoreActionRefused(str(error)) from None


def store_refund_line(
    *,
    order_line: OrderLine,
    quantity: int,
    reason: str,
    actor: Any,
    ticket: Ticket,
    notify: bool = True,
    restock: bool = False,
    expected_amount: Decimal | None = None,
) -> StoreActionResult:
    """Refund *quantity* of *order_line* in the store, the money back to the original payments
    as the store suggests (when it still suggests *expected_amount*, the amount the agent
    confirmed), restocked when *restock*; the line's refunded count is updated at once (the
    ``refunds/create`` webhook and the reconcile agree with it later)."""
    order = order_line.order
    parameters: dict[str, Any] = {
        "line": order_line.external_id,
        "quantity": quantity,
        "reason": reason,
        "notify": notify,
        "restock": restock,
    }
    if expected_amount is not None:
        parameters["confirmed_amount"] = str(expected_amount)

    def done(label: str, result: StoreActionResult) -> str:
        return _(
            "Refunded %(count)s × %(title)s of order %(order)s in the store (%(amount)s). Reason: %(reason)s"
        ) % {
            "count": quantity,
            "title": order_line.title or order_line.external_sku,
            "order": label,
            "amount": result.label or "—",
            "reason": reason,
        }

    result = _run(
        kind=StoreAction.Kind.REFUND,
        ticket=ticket,
        order=order,
        actor=actor,
        parameters=parameters,
        call=lambda c: refund_line(
            c,
            order_line,
            quantity=quantity,
            note=reason,
            notify=notify,
            restock=restock,
            expected_amount=expected_amount,
        ),
        done_note=done,
    )
    OrderLine.objects.filter(pk=order_line.pk).update(
        refunded_quantity=F("refunded_quantity") + quantity
    )
    return result


def store_resend(*, order_line: OrderLine, actor: Any, ticket: Ticket) -> StoreActionResult:
    """A replacement for *order_line* as a draft order at no charge; staff complete it in
    Shopify (its admin link is on the result)."""
    order = order_line.order
    note = _("Replacement for order %(order)s (ticket %(ticket)s)") % {
        "order": order.reference or order.external_id,
        "ticket": ticket.reference,
    }

    def done(label: str, result: StoreActionResult) -> str:
        return _(
            "Draft order %(draft)s created in the store: a replacement of %(title)s from order %(order)s."
        ) % {
            "draft": result.label or result.shopify_id,
            "title": order_line.title or order_line.external_sku,
            "order": label,
        }

    return _run(
        kind=StoreAction.Kind.RESEND,
        ticket=ticket,
        order=order,
        actor=actor,
        parameters={"line": order_line.external_id},
        call=lambda c: draft_replacement(c, order_line, note=note),
        done_note=done,
    )


def store_cancel(
    *, order: Order, reason: str, actor: Any, ticket: Ticket, note: str = "", notify: bool = True
) -> StoreActionResult:
    """Cancel *order* in the store (refunded, restocked); refused when anything was shipped.
    The ``orders/cancelled`` webhook records the cancellation here."""
    parameters = {"reason": reason, "note": note, "notify": notify}
    refusal = ""
    if order.cancelled_at is not None:
        refusal = _("This order is cancelled already.")
    elif order.fulfilments.exists():
        refusal = _("This order was shipped (in part or whole): it cannot be cancelled. Refund it.")

    def done(label: str, result: StoreActionResult) -> str:
        return _("Order %(order)s cancelled in the store (reason: %(reason)s). %(note)s") % {
            "order": label,
            "reason": reason,
            "note": note,
        }

    return _run(
        kind=StoreAction.Kind.CANCEL,
        ticket=ticket,
        order=order,
        actor=actor,
        parameters=parameters,
        call=lambda c: cancel_order(c, order, reason=reason, note=note, notify=notify),
        done_note=done,
        refusal=refusal,
    )
