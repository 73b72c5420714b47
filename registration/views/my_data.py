"""``/my/``: the customer's own data (registrations, consent, JSON download, withdrawal and
erasure), reached from the link in every mail, and the form that mails a fresh link."""

from __future__ import annotations

import json

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.network import client_ip

from .. import links, ratelimit, services, tokens
from ..forms import EmailLinkForm
from ..selectors import (
    consent_states,
    customer_data_export,
    customer_for_data_link,
    customer_registrations,
)
from . import language


def _customer_for(token: str):
    public_id, expired = tokens.read_data_token(token)
    return customer_for_data_link(public_id=public_id), expired


@require_http_methods(["GET", "POST"])
def my_data(request, token: str):
    """Registrations, consent state, download, withdrawal and erasure. The link is the key: it
    is long, signed and expires."""
    customer, expired = _customer_for(token)
    language.activate(request, customer.locale if customer else "")
    if customer is None:
        form = EmailLinkForm()
        state = "expired" if expired else "invalid"
        return render(
            request, "registration/my_data_request.html", {"form": form, "state": state}, status=400
        )
    message = ""
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "withdraw":
            withdrawn = services.consent_withdraw_all(
                customer=customer, network_address=client_ip(request), locale=request.LANGUAGE_CODE
            )
            message = (
                _("Done: we will not send you marketing e-mail or notices any more.")
                if withdrawn
                else _("There was no consent to withdraw.")
            )
        elif action == "erase":
            if request.POST.get("sure") != "yes":
                message = _("Please tick the box to confirm that you want your data erased.")
            else:
                services.customer_erasure_request(customer=customer)
                return render(request, "registration/my_data_erased.html", {})
    states = consent_states(customer=customer)
    registrations = list(customer_registrations(customer=customer))
    for registration in registrations:
        registration.claim_path = links.claim_path(registration)
    context = {
        "customer": customer,
        "registrations": registrations,
        "states": states,
        "can_withdraw": any(s in ("granted", "confirmed") for s in states.values()),
        "message": message,
        "token": token,
        "today": timezone.localdate(),
    }
    return render(request, "registration/my_data.html", context)


def my_data_json(request, token: str):
    """Everything we hold about the customer, as a JSON download (data portability)."""
    customer, _expired = _customer_for(token)
    if customer is None:
        raise Http404
    payload = json.dumps(customer_data_export(customer=customer), ensure_ascii=False, indent=2)
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="my-data-{customer.public_id}.json"'
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
def my_data_request(request):
    """Ask for a fresh link by e-mail. The answer is the same whether or not we know the
    address."""
    language.activate(request, "")
    form = EmailLinkForm(request.POST or None)
    status = 200
    state = ""
    if request.method == "POST" and form.is_valid() and not form.cleaned_data["homepage"]:
        limited = ratelimit.hit(
            group="registration.data-link",
            key=client_ip(request),
            rate=settings.REGISTRATION_RATE_LIMIT,
        ) or ratelimit.hit(
            group="registration.data-link-email", key=form.cleaned_data["email"].lower(), rate="3/h"
        )
        if limited:
            status, state = 429, "slow"
        else:
            services.data_link_send(email=form.cleaned_data["email"], locale=request.LANGUAGE_CODE)
            state = "sent"
    return render(
        request, "registration/my_data_request.html", {"form": form, "state": state}, status=status
    )
