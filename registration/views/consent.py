"""``/confirm/<token>/``: the double opt-in link from the confirmation mail."""

from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from core.network import client_ip

from .. import links, ratelimit, services, tokens
from ..selectors import customer_by_id, double_opt_in_state
from . import language


@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    """GET shows a button and POST confirms: mail scanners that open every link in a message
    must not confirm on the customer's behalf. A link used before says "already confirmed"
    (not an error); an expired link offers a fresh one by mail."""
    data = tokens.read_confirm_token(token)
    customer = customer_by_id(customer_id=data.customer_id) if data else None
    language.activate(request, customer.locale if customer else "")
    if data is None or customer is None or customer.erased_at:
        return render(request, "registration/confirm.html", {"state": "invalid"}, status=400)
    context = {"token": token, "customer": customer}
    if request.method != "POST":
        # A link used before (or after the choice changed) says so at once, expired or not.
        state = double_opt_in_state(customer=customer, grant_ids=data.grant_ids)
        if state == "already" or (state == "nothing" and not data.expired):
            return render(
                request,
                "registration/confirm.html",
                {**context, "state": state, "data_url": links.data_path(customer)},
            )
    if data.expired:
        if request.method == "POST" and request.POST.get("action") == "resend":
            if ratelimit.hit(group="registration.resend", key=str(customer.pk), rate="3/h"):
                return render(
                    request, "registration/confirm.html", {**context, "state": "slow"}, status=429
                )
            resent = services.double_opt_in_resend(
                customer_id=data.customer_id, identity_id=data.identity_id, grant_ids=data.grant_ids
            )
            # Nothing waits any more (confirmed meanwhile, or expired unconfirmed): say so.
            state = "resent" if resent else services.ConfirmOutcome.NOTHING
            return render(
                request,
                "registration/confirm.html",
                {**context, "state": state, "data_url": links.data_path(customer)},
            )
        return render(request, "registration/confirm.html", {**context, "state": "expired"})
    if request.method == "POST":
        outcome = services.double_opt_in_confirm(
            customer_id=data.customer_id,
            identity_id=data.identity_id,
            grant_ids=data.grant_ids,
            network_address=client_ip(request),
        )
        return render(
            request,
            "registration/confirm.html",
            {**context, "state": outcome, "data_url": links.data_path(customer)},
        )
    return render(request, "registration/confirm.html", {**context, "state": "ask"})
