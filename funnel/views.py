"""Public pages reached from a mail: unsubscribe (RFC 8058 one-click and a confirm page) and
preferences. The signed token in the URL is the authority, so these pages need no login and no
CSRF cookie (a mail client's one-click POST carries neither)."""

from django.conf import settings
from django.core import signing
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from catalog import voice
from core.network import client_ip
from customers.models import ChannelIdentity, ConsentRecord
from customers.selectors import customer_consent_state

from . import services, tokens
from .models import ContactPreference, Delivery, Enrolment

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}
PAUSE_DAYS = {"pause_30": 30, "pause_90": 90}


def state_is_withdrawn(state) -> bool:
    return state in (ConsentRecord.Action.WITHDRAWN, ConsentRecord.Action.ERASED)


def _language(request, link) -> str:
    wanted = request.GET.get("lang", "")
    if wanted in LANGUAGE_CODES:
        return wanted
    if link is not None and link.locale in LANGUAGE_CODES:
        return link.locale
    return translation.get_language_from_request(request) or settings.LANGUAGE_CODE


def _resolve(token):
    try:
        link = tokens.read(token)
    except signing.BadSignature:
        return None, None, None
    identity = (
        ChannelIdentity.objects.select_related("customer").filter(pk=link.identity_id).first()
    )
    delivery = None
    if identity is not None and link.delivery_id:
        delivery = Delivery.objects.filter(pk=link.delivery_id, identity=identity).first()
    return link, identity, delivery


def _chrome(delivery) -> dict:
    """Page chrome: the language switcher links to ``?lang=`` (these pages honour it), and the
    header names the brand that sent the mail when the link says which."""
    chrome = {"language_query": True}
    if delivery is not None:
        chrome["brand_name"] = delivery.enrolment.sequence.brand.name
    return chrome


def _brand(delivery):
    """The brand whose mail the link came from (else the site's): its register is used."""
    return delivery.enrolment.sequence.brand if delivery is not None else None


def _invalid(request, language):
    with voice.override(language):
        return render(
            request,
            "funnel/link_invalid.html",
            {"language": language, **_chrome(None)},
            status=404,
        )


@csrf_exempt
@never_cache
def unsubscribe(request, token):
    """GET asks to confirm (a link scanner following the URL unsubscribes nobody); POST
    unsubscribes at once. A POST with ``List-Unsubscribe=One-Click`` is a mail client's RFC 8058
    one-click request: it gets a plain 200, no redirect, no page."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    link, identity, delivery = _resolve(token)
    language = _language(request, link)
    if link is None or identity is None:
        return _invalid(request, language)
    one_click = request.POST.get("List-Unsubscribe") == "One-Click"
    if request.method == "POST":
        services.unsubscribe(
            identity=identity,
            delivery=delivery,
            source=(
                ConsentRecord.Source.ONE_CLICK_UNSUBSCRIBE
                if one_click
                else ConsentRecord.Source.UNSUBSCRIBE
            ),
            locale=language,
            network_address=client_ip(request),
        )
        if one_click:
            return HttpResponse("Unsubscribed.\n", content_type="text/plain; charset=utf-8")
    context = {
        "token": token,
        "language": language,
        "email": identity.email,
        "done": request.method == "POST",
        **_chrome(delivery),
    }
    with voice.override(language, _brand(delivery)):
        template = "funnel/unsubscribe_done.html" if context["done"] else "funnel/unsubscribe.html"
        return render(request, template, context)


@csrf_exempt
@never_cache
def preferences(request, token):
    link, identity, delivery = _resolve(token)
    language = _language(request, link)
    if link is None or identity is None:
        return _invalid(request, language)
    customer = identity.customer
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action in PAUSE_DAYS:
            services.preference_pause(customer=customer, days=PAUSE_DAYS[action])
        elif action == "resume":
            services.preference_resume(customer=customer)
        elif action == "leave":
            services.unsubscribe(
                identity=identity,
                delivery=delivery,
                source=ConsentRecord.Source.PREFERENCES,
                locale=language,
                network_address=client_ip(request),
            )
        else:
            action = ""
        return redirect(f"{request.path}?lang={language}&saved={action}")
    preference = ContactPreference.objects.filter(customer=customer).first()
    paused_until = preference.paused_until if preference else None
    if paused_until and paused_until <= timezone.now():
        paused_until = None
    state = customer_consent_state(customer=customer, purpose=ConsentRecord.Purpose.MARKETING_EMAIL)
    context = {
        "token": token,
        "language": language,
        "email": identity.email,
        "subscribed": state == ConsentRecord.Action.CONFIRMED,
        "gets_care_mail": not state_is_withdrawn(state)
        and Enrolment.objects.filter(customer=customer, status=Enrolment.Status.ACTIVE).exists(),
        "paused_until": paused_until,
        "saved": request.GET.get("saved", ""),
        **_chrome(delivery),
    }
    with voice.override(language, _brand(delivery)):
        return render(request, "funnel/preferences.html", context)
