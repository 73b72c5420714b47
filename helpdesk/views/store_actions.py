"""The ticket screen's store actions (refund a line, a replacement draft order, cancel the
order): asked to confirm first, then done in the store through
``helpdesk.services.store_actions`` (which refuses and audits). Never offered on a marketplace
ticket; refused there as well.

A refund's confirmation shows the money the store will pay back (its ``suggestedRefund``),
formatted for the reader's language; the amount confirmed goes back with the form, and the
store is not asked to refund when it suggests another amount by then."""

from decimal import Decimal

from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import formats
from django.utils.translation import gettext as _

from customers.models import Order

from ..forms import StoreActionForm
from ..services.store_actions import (
    StoreActionRefused,
    store_actions_allowed,
    store_cancel,
    store_refund_line,
    store_refund_preview,
    store_resend,
)


def money_display(amount: Decimal, currency: str) -> str:
    """*amount* with the reader's decimal separator and grouping, and the currency's code."""
    number = formats.number_format(amount, decimal_pos=2, use_l10n=True, force_grouping=True)
    return f"{number} {currency}".strip()


RESTOCK_TEXTS = {
    "RETURN": lambda: _("The returned item goes back into stock."),
    "CANCEL": lambda: _("The item was not shipped and goes back into stock."),
    "NO_RESTOCK": lambda: _("The item does not go back into stock."),
}


def store_action(request, ticket, screen, macros):
    action = request.POST.get("action", "")
    form = StoreActionForm(request.POST)
    if not form.is_valid():
        flash.error(request, _("The store action was incomplete; nothing was changed."))
        screen.status = 400
        return None
    data = form.cleaned_data
    order = get_object_or_404(
        Order.objects.select_related("customer"),
        customer_id=ticket.customer_id,
        external_id=data["order"],
    )
    line = None
    if action != "store_cancel":
        line = get_object_or_404(order.lines.all(), external_id=data["line"] or "-")
    label = order.reference or order.external_id
    if not data["confirm"] and not store_actions_allowed(ticket=ticket, user=request.user):
        raise PermissionDenied
    try:
        if not data["confirm"]:
            summary = _confirmation(action, order=label, line=line, data=data)
            if action == "store_refund":
                assert line is not None
                plan = store_refund_preview(
                    order_line=line,
                    quantity=data["quantity"] or 1,
                    restock=data["restock"],
                    actor=request.user,
                    ticket=ticket,
                )
                data = {**data, "amount": plan.amount}
                summary = " ".join(
                    (
                        _(
                            "Refund %(count)s × %(title)s of order %(order)s and pay "
                            "%(amount)s back to the customer's original payment?"
                        )
                        % {
                            "count": plan.quantity,
                            "title": line.title or line.external_sku,
                            "order": label,
                            "amount": money_display(plan.amount, plan.currency),
                        },
                        str(RESTOCK_TEXTS[plan.restock_type]()),
                    )
                )
            screen.store_confirm = {"action": action, "summary": summary, "data": data}
            return None
        if action == "store_refund":
            assert line is not None
            result = store_refund_line(
                order_line=line,
                quantity=data["quantity"] or 1,
                reason=data["reason"],
                actor=request.user,
                ticket=ticket,
                notify=data["notify"],
                restock=data["restock"],
                expected_amount=data["amount"],
            )
            shown = (
                money_display(result.amount, result.currency)
                if result.amount is not None
                else result.label
            )
            flash.success(request, _("Refunded in the store: %(amount)s.") % {"amount": shown})
        elif action == "store_resend":
            assert line is not None
            result = store_resend(order_line=line, actor=request.user, ticket=ticket)
            flash.success(
                request,
                _("Draft order %(draft)s created in the store; complete it in Shopify.")
                % {"draft": result.label or result.shopify_id},
            )
        else:
            store_cancel(
                order=order,
                reason=data["cancel_reason"] or "CUSTOMER",
                note=data["reason"],
                actor=request.user,
                ticket=ticket,
                notify=data["notify"],
            )
            flash.success(request, _("The store is cancelling the order."))
    except (PermissionDenied, StoreActionRefused) as error:
        # refused (and audited when it was tried): the answer is a redirect, not a 403 or a 500
        flash.error(request, str(error))
    return redirect("helpdesk_ticket", pk=ticket.pk)


def _confirmation(action, *, order, line, data) -> str:
    """The question before a replacement or a cancellation (a refund's names its amount)."""
    return {
        "store_refund": "",
        "store_resend": _("Create a draft order replacing %(title)s of order %(order)s?"),
        "store_cancel": _("Cancel order %(order)s, refund and restock it?"),
    }[action] % {
        "count": data["quantity"] or 1,
        "title": line.title if line else "",
        "order": order,
    }
