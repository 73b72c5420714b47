"""The product page, its registration form (``register/``) and the thank-you page
(``register/done/``): served through ``ProductPage``'s routes, so Wagtail resolves the page and
its language first.

The consent wordings a form shows travel with it in a signed token
(``registration.forms.issue_form_token``): the ledger records the version the customer read,
even if a new one is published while the form is open.
"""

from __future__ import annotations

from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from catalog import voice
from catalog.selectors import product_text
from core.network import client_ip
from customers.models import ConsentRecord

from .. import codes, ratelimit, services, tokens
from ..forms import (
    LANGUAGE_DEFAULTS,
    SERIAL_TAKEN_MESSAGE,
    RegistrationForm,
    issue_form_token,
    read_form_token,
)
from ..models import ShortCode
from ..selectors import (
    consent_granted_since,
    consent_text_current,
    consent_texts_by_id,
    page_translations,
    product_documents,
    registration_for_done_page,
    shortcode_for_product,
)


def _page_language(page) -> str:
    return page.locale.language_code


def _code_for(request, page) -> ShortCode | None:
    raw = request.POST.get("code", "") if request.method == "POST" else request.GET.get("code", "")
    text = codes.normalise(str(raw)[:64])[:16]
    return shortcode_for_product(code=text, product_id=page.product_id)


def _consent_texts(page, token_data: dict | None):
    """The consent wordings for this form: the versions the form was rendered with (from its
    signed token) or, on a fresh form, the current ones for the page's language."""
    if not token_data:
        language = _page_language(page)
        return (
            consent_text_current(purpose=ConsentRecord.Purpose.MARKETING_EMAIL, locale=language),
            consent_text_current(purpose=ConsentRecord.Purpose.SAFETY_NOTICES, locale=language),
        )
    shown = consent_texts_by_id(ids=[token_data.get("m"), token_data.get("s")])
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
    return RegistrationForm(
        initial={
            **_initial(request, page, code),
            "token": issue_form_token(marketing=marketing, safety=safety),
        },
        product=page.product,
        marketing_text=marketing,
        safety_text=safety,
    )


def product_page_context(request, page) -> dict:
    """What ``ProductPage.get_context`` adds: the scanned code, documents, translations."""
    code = _code_for(request, page) if request.method == "GET" else None
    product = page.product
    summary = product_text(product=product, language=_page_language(page)).summary
    return {
        "meta_description": page.search_description or " ".join(summary.split())[:300],
        "og_image_url": _og_image_url(request, page.hero_image or product.image),
        "product": product,
        "brand": product.brand,
        "code": code,
        "documents": product_documents(product=product, language=_page_language(page)),
        "page_translations": page_translations(page=page),
        "register_url": f"{page.url}register/" + (f"?code={code.code}" if code else ""),
    }


def _og_image_url(request, image) -> str:
    """The absolute address of a 1200x630 rendition of *image* (the size link previews use),
    or "" without an image."""
    if image is None:
        return ""
    url = image.get_rendition("fill-1200x630").url
    return url if url.startswith(("http://", "https://")) else request.build_absolute_uri(url)


def product_page(request, page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    voice.activate(_page_language(page), page.product.brand)
    context = page.get_context(request)
    context["form"] = _new_form(request, page, context["code"])
    return render(request, page.get_template(request), context)


def register(request, page):
    """GET: the form. POST: validate, register, redirect to the thank-you page (POST/redirect/
    GET); any problem re-renders the form with every entry kept and errors in the page's
    language."""
    voice.activate(_page_language(page), page.product.brand)
    code = _code_for(request, page)
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method != "POST":
        return _render_form(request, page, _new_form(request, page, code), code)

    token_data = read_form_token(str(request.POST.get("token", "")))
    marketing, safety = _consent_texts(page, token_data)
    data = request.POST.copy()
    # A re-rendered form keeps its first render time (the timing trap) and only the wordings
    # that passed the checks above.
    data["token"] = issue_form_token(
        marketing=marketing,
        safety=safety,
        rendered_at=token_data["t"] if token_data else None,
    )
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
        # A person whose browser filled the hidden field, or who sent the form very fast, sends
        # it again and it goes through: the field is emptied and the first render time kept.
        data["homepage"] = ""
        form.is_valid()
        form.add_error(
            None,
            _(
                "We could not accept the form this time. Your entries are kept: please check "
                "them and press “%(button)s” again."
            )
            % {"button": _("Register my product")},
        )
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
    """The thank-you page: readable for an hour through the signed ``?t=`` of the redirect."""
    voice.activate(_page_language(page), page.product.brand)
    registration = registration_for_done_page(
        public_id=tokens.read_done_token(str(request.GET.get("t", ""))),
        product_id=page.product_id,
    )
    if registration is None:
        return redirect(page.url)
    context = page.get_context(request)
    context.update(
        {
            "registration": registration,
            "masked_email": _mask(registration.customer.email),
            "asked_consent": consent_granted_since(
                customer_id=registration.customer_id, since=registration.created_at
            ),
        }
    )
    return render(request, "registration/register_done.html", context)


def _mask(email: str) -> str:
    local, _sep, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}" if domain else ""
