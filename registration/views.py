"""Views of the public registration pages. Thin: parse, call one service, render or redirect.

The scan redirect (``scan``) is the hot path and stays free of ORM work beyond one cached
lookup; see ``registration.scans``.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import quote

from django.conf import settings
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
)
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale, Page

from catalog.models import Brand
from core.network import client_ip
from customers.models import ConsentRecord, Customer

from . import codes, links, ratelimit, scans, services, tokens
from .forms import (
    LANGUAGE_DEFAULTS,
    SERIAL_TAKEN_MESSAGE,
    EmailLinkForm,
    RegistrationForm,
    issue_form_token,
    read_form_token,
)
from .models import ConsentText, Registration, ShortCode
from .selectors import (
    consent_states,
    consent_text_current,
    customer_data_export,
    customer_registrations,
)

logger = logging.getLogger(__name__)


# --- Scans ------------------------------------------------------------------------------------


def scan(request, code: str):
    """``/r/<code>``: record the scan and send the customer to the right page in their
    language (the insert's language, else the browser's, else the default)."""
    text = codes.normalise(code)[:16] if len(code) <= 64 else ""
    info = scans.lookup(text) if text else None
    device, is_bot = scans.device_of(request.META.get("HTTP_USER_AGENT", ""), request.method)
    browser_language = scans.supported_language(request.LANGUAGE_CODE) or settings.LANGUAGE_CODE
    if info is None:
        scans.record(
            short_code_id=None,
            code=text,
            device=device,
            language=browser_language,
            is_bot=is_bot,
            outcome="unknown",
        )
        return _no_store(unknown_code(request, code=text))
    language = info.locale or browser_language
    if info.retired:
        scans.record(
            short_code_id=info.id,
            code=text,
            device=device,
            language=language,
            is_bot=is_bot,
            outcome="retired",
        )
        target = _retired_target(info, language)
        if target:
            return _no_store(HttpResponseRedirect(target))
        translation.activate(language)
        return _no_store(render(request, "registration/retired_code.html", {"code": text}))
    page = scans.page_url(info.product_id, language)
    if page is None:
        logger.warning("Short code %s: its product has no live page", text)
        page = f"/{language}/"
        location = page
    elif info.target == ShortCode.Target.REGISTER:
        location = f"{page}register/?code={text}"
    else:
        anchor = {"warranty": "#warranty", "manual": "#manual", "support": "#support"}
        location = f"{page}?code={text}{anchor.get(info.target, '')}"
    scans.record(
        short_code_id=info.id,
        code=text,
        device=device,
        language=language,
        is_bot=is_bot,
        outcome="redirected",
    )
    return _no_store(HttpResponseRedirect(location))


def _no_store(response):
    # Every scan must reach us (no shared cache may answer it), and the answer depends on the
    # browser's language.
    response["Cache-Control"] = "no-store"
    patch_vary_headers(response, ["Accept-Language"])
    return response


def _retired_target(info: scans.CodeInfo, language: str) -> str | None:
    if not info.retired_to_id:
        return None
    page = Page.objects.filter(pk=info.retired_to_id).live().first()
    if page is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    if translated is not None and translated.live:
        page = translated
    return page.get_url()


def unknown_code(request, *, code: str = ""):
    """A helpful page in the customer's language (type the code again, or find the product),
    answered with status 404 so link checkers and crawlers know the code does not exist. The
    status is set after ``LocaleMiddleware`` (``config.middleware.DeferredStatusMiddleware``),
    which would otherwise redirect a 404 on this unprefixed path into the page tree."""
    response = render(request, "registration/unknown_code.html", {"code": code})
    response.deferred_status = 404
    response["X-Robots-Tag"] = "noindex"
    return response


def code_entry(request):
    """The home page's "type the code on your card" box: tidy what was typed and follow it as if
    the QR code had been scanned."""
    code = codes.normalise(request.GET.get("code", "")[:64])[:16]
    if not code:
        return redirect("/")
    return redirect(f"/r/{code}")


# --- Product page and the registration form ---------------------------------------------------


def _page_language(page) -> str:
    return page.locale.language_code


def _code_for(request, page) -> ShortCode | None:
    raw = request.POST.get("code", "") if request.method == "POST" else request.GET.get("code", "")
    text = codes.normalise(str(raw)[:64])[:16]
    if not text:
        return None
    code = ShortCode.objects.filter(code=text).select_related("sku").first()
    if code is None or code.sku.product_id != page.product_id:
        return None
    return code


def _consent_texts(page, token_data: dict | None):
    """The consent wordings for this form: the versions the form was rendered with (from its
    signed token) or, on a fresh form, the current ones for the page's language."""
    language = _page_language(page)
    marketing = consent_text_current(purpose=ConsentRecord.Purpose.MARKETING_EMAIL, locale=language)
    safety = consent_text_current(purpose=ConsentRecord.Purpose.SAFETY_NOTICES, locale=language)
    if token_data:
        shown = {
            t.pk: t
            for t in ConsentText.objects.filter(pk__in=[token_data.get("m"), token_data.get("s")])
        }
        marketing = shown.get(token_data.get("m")) if token_data.get("m") else None
        safety = shown.get(token_data.get("s")) if token_data.get("s") else None
        if marketing and marketing.purpose != ConsentRecord.Purpose.MARKETING_EMAIL:
            marketing = None
        if safety and safety.purpose != ConsentRecord.Purpose.SAFETY_NOTICES:
            safety = None
    return marketing, safety


def _initial(request, page, code: ShortCode | None) -> dict:
    language = _page_language(page)
    marketplace, country = LANGUAGE_DEFAULTS.get(language, ("", ""))
    accept = request.META.get("HTTP_ACCEPT_LANGUAGE", "")[:200]
    first = accept.split(",")[0].split(";")[0].strip()
    if "-" in first and len(first.split("-")[-1]) == 2:
        country = first.split("-")[-1].upper()
    initial = {"marketplace": marketplace, "country": country}
    if code is not None:
        initial.update({"code": code.code, "sku": str(code.sku_id)})
        if code.serial:
            initial["serial"] = code.serial
    return initial


def _new_form(request, page, code):
    marketing, safety = _consent_texts(page, None)
    form = RegistrationForm(
        initial={
            **_initial(request, page, code),
            "token": issue_form_token(marketing=marketing, safety=safety),
        },
        product=page.product,
        marketing_text=marketing,
        safety_text=safety,
    )
    return form


def product_page_context(request, page) -> dict:
    code = _code_for(request, page) if request.method == "GET" else None
    product = page.product
    language = _page_language(page)
    documents = [
        d
        for d in product.documents.select_related("document").all()
        if d.language in ("", language)
    ]
    translations = [
        (p.locale.language_code, p.get_url())
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    ]
    return {
        "product": product,
        "brand": product.brand,
        "code": code,
        "documents": documents,
        "page_translations": translations,
        "register_url": f"{page.url}register/" + (f"?code={code.code}" if code else ""),
    }


def product_page(request, page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    translation.activate(_page_language(page))
    context = page.get_context(request)
    context["form"] = _new_form(request, page, context["code"])
    return render(request, page.get_template(request), context)


def register(request, page):
    """GET: the form. POST: validate, register, redirect to the thank-you page (POST/redirect/
    GET); any problem re-renders the form with every entry kept and errors in the page's
    language."""
    language = _page_language(page)
    translation.activate(language)
    code = _code_for(request, page)
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method != "POST":
        return _render_form(request, page, _new_form(request, page, code), code)

    token_data = read_form_token(str(request.POST.get("token", "")))
    marketing, safety = _consent_texts(page, token_data)
    data = request.POST.copy()
    rendered_at = token_data["t"] if token_data else int(timezone.now().timestamp())
    data["token"] = signing_refresh(rendered_at, marketing, safety)
    form = RegistrationForm(
        data, product=page.product, marketing_text=marketing, safety_text=safety
    )
    status = 200
    problem = _abuse_problem(request, data, token_data)
    if problem == "rate":
        status = 429
        form.add_error(
            None, _("Too many attempts from your network. Please wait a few minutes and try again.")
        )
        form.is_valid()
    elif problem:
        form.is_valid()
        form.add_error(None, _("Please check your entries and send the form again."))
    elif form.is_valid():
        if ratelimit.hit(
            group="registration.email",
            key=form.cleaned_data["email"],
            rate=settings.REGISTRATION_EMAIL_RATE_LIMIT,
        ):
            status = 429
            form.add_error(
                None,
                _("Too many registrations for this e-mail address. Please try again in an hour."),
            )
        else:
            try:
                registration = _submit(request, page, form, code, marketing, safety)
            except services.SerialTakenError:
                form.add_error("serial", SERIAL_TAKEN_MESSAGE)
            else:
                done = tokens.done_token(registration_public_id=registration.public_id)
                return HttpResponseRedirect(f"{page.url}register/done/?t={quote(done)}", status=303)
    return _render_form(request, page, form, code, status=status)


def signing_refresh(rendered_at: int, marketing, safety) -> str:
    from django.core import signing

    from .forms import FORM_TOKEN_SALT

    return signing.dumps(
        {
            "t": rendered_at,
            "m": marketing.pk if marketing else None,
            "s": safety.pk if safety else None,
        },
        salt=FORM_TOKEN_SALT,
    )


def _abuse_problem(request, data, token_data) -> str:
    """'' when the submission looks human; otherwise why not (never told to the sender)."""
    if ratelimit.hit(
        group="registration.address",
        key=client_ip(request),
        rate=settings.REGISTRATION_RATE_LIMIT,
    ):
        return "rate"
    if str(data.get("homepage", "")).strip():
        return "honeypot"
    if token_data is None:
        return "token"
    age = timezone.now().timestamp() - token_data["t"]
    if age < settings.REGISTRATION_MIN_FORM_SECONDS or age > 86400:
        return "timing"
    return ""


def _submit(request, page, form, code, marketing, safety):
    data = form.cleaned_data
    return services.registration_submit(
        product=page.product,
        sku=data["sku"],
        first_name=data["first_name"],
        last_name=data["last_name"],
        email=data["email"],
        purchase_channel=data["purchase_channel"],
        marketplace=data["marketplace"],
        amazon_order_id=data["amazon_order_id"],
        retailer=data["retailer"],
        purchase_date=data["purchase_date"],
        serial=data.get("serial", ""),
        country=data["country"],
        marketing_text=marketing if data.get("marketing") else None,
        safety_text=safety if data.get("safety") else None,
        provenance=services.Provenance(
            short_code=code,
            page_url=f"{settings.SITE_URL}{request.path}",
            locale=_page_language(page),
            network_address=client_ip(request),
        ),
    )


def _render_form(request, page, form, code, status=200):
    context = page.get_context(request)
    context.update({"form": form, "code": code})
    return render(request, "registration/register_page.html", context, status=status)


def register_done(request, page):
    translation.activate(_page_language(page))
    public_id = tokens.read_done_token(str(request.GET.get("t", "")))
    registration = (
        Registration.objects.filter(public_id=public_id, product_id=page.product_id)
        .select_related("customer", "product")
        .first()
        if public_id
        else None
    )
    if registration is None:
        return redirect(page.url)
    asked = ConsentRecord.objects.filter(
        customer_id=registration.customer_id,
        action=ConsentRecord.Action.GRANTED,
        created_at__gte=registration.created_at,
    ).exists()
    context = page.get_context(request)
    context.update(
        {
            "registration": registration,
            "masked_email": _mask(registration.customer.email),
            "asked_consent": asked,
        }
    )
    return render(request, "registration/register_done.html", context)


def _mask(email: str) -> str:
    local, _, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}" if domain else ""


# --- Double opt-in ----------------------------------------------------------------------------


def _activate(request, fallback: str) -> str:
    wanted = scans.supported_language(str(request.GET.get("lang", ""))[:10])
    language = wanted or scans.supported_language(fallback) or request.LANGUAGE_CODE
    translation.activate(language)
    request.LANGUAGE_CODE = language
    return language


@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    """The double opt-in link. GET shows a button and POST confirms: mail scanners that open
    every link in a message must not confirm on the customer's behalf."""
    data = tokens.read_confirm_token(token)
    customer = Customer.objects.filter(pk=data.customer_id).first() if data else None
    _activate(request, customer.locale if customer else "")
    if data is None or customer is None or customer.erased_at:
        return render(request, "registration/confirm.html", {"state": "invalid"}, status=400)
    context = {"token": token, "customer": customer}
    if data.expired:
        if request.method == "POST" and request.POST.get("action") == "resend":
            if ratelimit.hit(group="registration.resend", key=str(customer.pk), rate="3/h"):
                return render(
                    request, "registration/confirm.html", {**context, "state": "slow"}, status=429
                )
            services.double_opt_in_resend(
                customer_id=data.customer_id, identity_id=data.identity_id, grant_ids=data.grant_ids
            )
            return render(request, "registration/confirm.html", {**context, "state": "resent"})
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
            {**context, "state": outcome, "data_url": _data_url(customer)},
        )
    return render(request, "registration/confirm.html", {**context, "state": "ask"})


# --- The customer's own data ------------------------------------------------------------------


def _data_url(customer) -> str:
    return f"/my/{tokens.data_token(customer_public_id=customer.public_id)}/"


def _customer_for(token: str):
    public_id, expired = tokens.read_data_token(token)
    customer = (
        Customer.objects.filter(public_id=public_id, erased_at__isnull=True).first()
        if public_id
        else None
    )
    return customer, expired


@require_http_methods(["GET", "POST"])
def my_data(request, token: str):
    """Registrations, consent state, download, withdrawal and erasure, reached from the link in
    every mail. The link is the key: it is long, signed and expires."""
    customer, expired = _customer_for(token)
    _activate(request, customer.locale if customer else "")
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
    """``/my/``: ask for a fresh link by e-mail. The answer is the same whether or not we know
    the address."""
    _activate(request, "")
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


# --- Errors -----------------------------------------------------------------------------------


def csrf_failure(request, reason: str = ""):
    """A form sent without its security token (cookies blocked, a very old page): explain in the
    customer's language instead of Django's technical 403."""
    return render(request, "registration/csrf_failure.html", {}, status=403)


# --- Admin: consent evidence ------------------------------------------------------------------


def consent_evidence_pdf(request, customer_id: int):
    """Printable consent evidence for one customer (admin; needs ``customers.view_consentrecord``)."""
    from django.core.exceptions import PermissionDenied

    from .pdf import evidence

    if not request.user.has_perm("customers.view_consentrecord"):
        raise PermissionDenied
    customer = Customer.objects.filter(pk=customer_id).first()
    if customer is None:
        raise Http404
    records = ConsentRecord.objects.filter(customer=customer).order_by("id")
    pdf = evidence.render(
        customer=customer, records=records, generated_by=request.user.get_username()
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="consent-evidence-{customer.public_id}.pdf"'
    )
    return response


def brand_for_request() -> Brand | None:
    return Brand.objects.order_by("id").first()
