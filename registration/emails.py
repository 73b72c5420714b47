"""The outbound transactional mails of registration, in the customer's language. None of them
carries advertising: a double opt-in request must not (it would itself need consent).

Every mail links to the customer's own data page, and its footer to the legal notice and the
privacy notice in the mail's language. Change the wording in the templates under
``registration/email/``; to change what a mail carries, replace its builder
(``registration_confirmation``, ``double_opt_in``, ``data_link``, called from
``registration.services``) and keep the links.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from catalog import voice
from catalog.models import Brand
from core.mail_ids import message_id

from . import links, tokens
from .pdf import certificate
from .selectors import consent_purposes, default_brand, legal_links


def _brand(product=None) -> Brand | None:
    if product is not None and product.brand_id:
        return product.brand
    return default_brand()


def _links(*, customer, identity_id=None, grant_ids=None) -> dict[str, str]:
    urls = {"data_url": links.data_url(customer)}
    if grant_ids:
        token = tokens.confirm_token(
            customer_id=customer.pk, identity_id=identity_id, grant_ids=list(grant_ids)
        )
        urls["confirm_url"] = f"{settings.SITE_URL}/confirm/{token}/"
    return urls


def _consent_asked(grant_ids) -> dict[str, bool]:
    purposes = consent_purposes(grant_ids=list(grant_ids or []))
    return {
        "asks_marketing": "marketing_email" in purposes,
        "asks_safety": "safety_notices" in purposes,
    }


def _message(*, template: str, context: dict, to: str, language: str) -> EmailMultiAlternatives:
    return customer_message(
        template=f"registration/email/{template}", context=context, to=to, language=language
    )


def customer_message(
    *, template: str, context: dict, to: str, language: str
) -> EmailMultiAlternatives:
    """A transactional mail to a customer in *language* and the brand's register, from
    ``<template>_subject.txt``, ``<template>.txt`` and ``<template>.html``, with the legal links
    in its context, the brand's support address as Reply-To and a Message-ID on the sender's
    domain. The apps above send their customer mails through it (the helpdesk's claim
    acknowledgement), so every customer mail has the same voice and footer."""
    context = {**context, **legal_links(language, absolute=True)}
    with voice.override(language, context.get("brand")):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    brand = context.get("brand")
    reply_to = [brand.support_email] if brand and brand.support_email else None
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        reply_to=reply_to,
        headers={
            "Auto-Submitted": "auto-generated",
            "Message-ID": message_id(settings.DEFAULT_FROM_EMAIL),
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def registration_confirmation(*, registration, grant_ids) -> EmailMultiAlternatives:
    """Warranty confirmation with the certificate attached, and the double opt-in link when a
    consent box was ticked (*grant_ids*: its GRANTED ledger rows)."""
    customer = registration.customer
    brand = _brand(registration.product)
    language = registration.locale or customer.locale or settings.LANGUAGE_CODE
    context = {
        "registration": registration,
        "customer": customer,
        "brand": brand,
        "claim_url": links.claim_url(registration),
        **_consent_asked(grant_ids),
        **_links(customer=customer, identity_id=registration.identity_id, grant_ids=grant_ids),
    }
    message = _message(
        template="confirmation", context=context, to=customer.email, language=language
    )
    pdf = certificate.render(registration, brand=brand)
    message.attach(f"warranty-{registration.reference}.pdf", pdf, "application/pdf")
    return message


def double_opt_in(*, identity, grant_ids) -> EmailMultiAlternatives:
    """A fresh confirmation link (the first one expired)."""
    customer = identity.customer
    language = customer.locale or settings.LANGUAGE_CODE
    context = {
        "customer": customer,
        "brand": _brand(),
        **_consent_asked(grant_ids),
        **_links(customer=customer, identity_id=identity.pk, grant_ids=grant_ids),
    }
    return _message(template="double_opt_in", context=context, to=identity.email, language=language)


def data_link(*, customer, locale: str) -> EmailMultiAlternatives:
    language = locale or customer.locale or settings.LANGUAGE_CODE
    context = {"customer": customer, "brand": _brand(), **_links(customer=customer)}
    return _message(template="data_link", context=context, to=customer.email, language=language)
