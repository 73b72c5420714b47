"""The screen that sends a message to an Amazon buyer through the Messaging API, from the
ticket's sidebar: the types Amazon offers for the order now, the warranty certificate of the
customer's registration prefilled, and every refusal (the send gate, Amazon's) as a sentence
on the page. The decision is ``services.amazon_messages.amazon_message_send``'s."""

from django.contrib import messages as flash
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from amazon.messaging import Attachment

from .. import selectors
from ..forms import AmazonMessageForm
from ..services.amazon_messages import (
    AmazonMessageRefused,
    amazon_message_send,
    amazon_message_types,
    registration_for_order,
    warranty_certificate,
)
from .holds import _forbidden
from .tickets import _require_helpdesk, _ticket_or_404

#: Who may send messages through the Messaging API (the marketplace support role has it).
SEND_PERMISSION = "amazon.send_buyermessage"


def amazon_ticket_order(request, pk: int, *, permission: str, refusal: str):
    """The ticket and its synced Amazon order for a person holding *permission*, or the 403
    page that says why not (*refusal* when the permission is missing)."""
    _require_helpdesk(request)
    ticket = _ticket_or_404(request, pk)
    if not request.user.has_perm(permission):
        return None, _forbidden(request, refusal)
    order = selectors.amazon_order_for_ticket(ticket=ticket)
    if order is None:
        return None, _forbidden(request, _("This ticket has no Amazon order synced from Amazon."))
    return (ticket, order), None


def amazon_message(request, pk: int):
    found, refused = amazon_ticket_order(
        request,
        pk,
        permission=SEND_PERMISSION,
        refusal=_("You may not send messages through Amazon."),
    )
    if refused is not None:
        return refused
    ticket, order = found
    registration = registration_for_order(order=order)
    problem = ""
    findings: list = []
    try:
        offered = amazon_message_types(order=order)
    except AmazonMessageRefused as refused:
        offered, problem = [], str(refused)
    if not offered and not problem:
        problem = _("Amazon offers no message for this order now.")
    initial = {}
    if registration is not None:
        initial = {
            "coverage_start": registration.warranty_starts_on,
            "coverage_end": registration.warranty_ends_on,
        }
    form = AmazonMessageForm(
        request.POST or None, request.FILES or None, offered=offered, initial=initial
    )
    status = 200
    if request.method == "POST" and offered:
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            attachment = None
            if data["document"] is not None:
                attachment = Attachment(data["document"].name[:200], data["document"].read())
            elif data["message_type"] == "warranty" and registration is not None:
                attachment = warranty_certificate(registration=registration)
            coverage = None
            if data["coverage_start"] and data["coverage_end"]:
                coverage = (data["coverage_start"], data["coverage_end"])
            try:
                amazon_message_send(
                    order=order,
                    message_type=data["message_type"],
                    author=request.user,
                    text=data["text"],
                    attachment=attachment,
                    coverage=coverage,
                )
            except AmazonMessageRefused as refused:
                problem, findings = str(refused), refused.findings
            else:
                flash.success(request, _("Amazon accepted the message for the buyer."))
                return redirect(reverse("helpdesk_ticket", args=[ticket.pk]))
    return render(
        request,
        "helpdesk/amazon_message.html",
        {
            "ticket": ticket,
            "order": order,
            "form": form,
            "offered": offered,
            "registration": registration,
            "problem": problem,
            "findings": findings,
            "sent": order.buyer_messages.select_related("author")[:20],
            "page_title": _("Message to the buyer through Amazon"),
        },
        status=status,
    )
