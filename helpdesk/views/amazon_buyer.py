"""The ticket sidebar's "show the buyer's address" button: the one way the buyer's name and
shipping address of an Amazon order are fetched (a POST by a person with
``amazon.fetch_buyer_pii``, on an Amazon ticket whose order is synced). The decision and the
record of who asked are ``amazon.buyer_data.buyer_data_fetch``'s."""

from django.contrib import messages as flash
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from amazon.buyer_data import PERMISSION, BuyerDataRefused, buyer_data_fetch

from .amazon_messages import amazon_ticket_order


@require_POST
def amazon_buyer_data(request, pk: int):
    found, refused = amazon_ticket_order(
        request, pk, permission=PERMISSION, refusal=_("You may not see Amazon buyers' addresses.")
    )
    if refused is not None:
        return refused
    ticket, order = found
    try:
        buyer_data_fetch(order=order, actor=request.user)
    except BuyerDataRefused as refused:
        flash.error(request, str(refused))
    else:
        flash.success(request, _("The buyer's address was fetched from Amazon."))
    return redirect("helpdesk_ticket", pk=ticket.pk)
