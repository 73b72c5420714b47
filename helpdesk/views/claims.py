"""The public warranty claim page, reached from the certificate's code or a signed link."""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _

from catalog import voice
from core.network import client_ip
from registration import ratelimit
from registration.models import Registration

from .. import selectors
from ..claim_status import STAGES, claim_for_status, claim_stage, claim_status_ticket_id
from ..forms import (
    ClaimForm,
)
from ..services.claims import claim_link_valid, claim_open


def claim(request, public_id):
    registration = get_object_or_404(selectors.claimable_registrations(), public_id=public_id)
    token = request.GET.get("t", "") or request.POST.get("t", "")
    needs_email = not claim_link_valid(registration=registration, token=token)
    with voice.override(_claim_language(registration), registration.product.brand):
        form = ClaimForm(
            request.POST or None,
            request.FILES or None,
            needs_email=needs_email,
            registration=registration,
        )
        status = 400 if request.method == "POST" else 200
        if request.method == "POST" and _claim_throttled(request, registration):
            # Checked first, so guessing the registered address counts too.
            form.is_valid()
            form.add_error(None, _("Too many attempts. Please wait a few minutes and try again."))
            status = 429
        elif request.method == "POST" and form.is_valid():
            claim_open(
                registration=registration,
                description=form.cleaned_data["description"],
                files=form.cleaned_data.get("photos") or [],
                locale=translation.get_language(),
            )
            return redirect("helpdesk_claim_sent", public_id=registration.public_id)
        response = render(
            request,
            "helpdesk/claim.html",
            {
                "registration": registration,
                "form": form,
                "token": token if not needs_email else "",
            },
            status=status,
        )
    return response


def _claim_throttled(request, registration: Registration) -> bool:
    """Whether this claim attempt goes over a limit: per network address
    (``HELPDESK_CLAIM_RATE_LIMIT``) or per claim link, i.e. per registration, signed or not
    (``HELPDESK_CLAIM_LINK_RATE_LIMIT``). Every attempt counts against both."""
    by_address = ratelimit.hit(
        group="helpdesk.claim.address",
        key=client_ip(request),
        rate=settings.HELPDESK_CLAIM_RATE_LIMIT,
    )
    by_link = ratelimit.hit(
        group="helpdesk.claim.link",
        key=str(registration.public_id),
        rate=settings.HELPDESK_CLAIM_LINK_RATE_LIMIT,
    )
    return by_address or by_link


def claim_sent(request, public_id):
    registration = get_object_or_404(Registration, public_id=public_id)
    with voice.override(_claim_language(registration), registration.product.brand):
        return render(request, "helpdesk/claim_sent.html", {"registration": registration})


def _claim_language(registration: Registration) -> str:
    """The registration's language when the site offers it, else the request's."""
    if registration.locale in dict(settings.LANGUAGES):
        return registration.locale
    return translation.get_language()


def claim_status(request, token):
    """A claim's stage, from the signed link in the acknowledgement mail; no login. A tampered
    or unknown link gets a page that says so (404), never an error."""
    ticket_id = claim_status_ticket_id(token)
    ticket = claim_for_status(ticket_id) if ticket_id is not None else None
    if ticket is None or ticket.registration is None:
        response = render(request, "helpdesk/claim_status_invalid.html")
        # A 404 set after LocaleMiddleware, which would redirect it (config.middleware).
        response.deferred_status = 404  # type: ignore[attr-defined]
        return response
    registration = ticket.registration
    language = ticket.language if ticket.language in dict(settings.LANGUAGES) else None
    with voice.override(language or _claim_language(registration), registration.product.brand):
        stage = claim_stage(ticket)
        reached = [code for code, _label in STAGES].index(stage)
        steps = [
            {"code": code, "label": label, "done": n < reached, "current": n == reached}
            for n, (code, label) in enumerate(STAGES)
            if code != "waiting" or stage == "waiting"
        ]
        return render(
            request,
            "helpdesk/claim_status.html",
            {"ticket": ticket, "registration": registration, "stage": stage, "steps": steps},
        )
