"""Reads of the registration app, for its own views, mails and admin screens and for the apps
above it. Every query the public pages run is here, so a reviewer counts them in one file."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Locale, Page

from catalog.models import Brand, Product, ProductDocument
from customers.models import ConsentRecord, Customer
from customers.selectors import customer_consent_state

from .models import ConsentText, LegalPage, ProductPage, Registration, ShortCode


def _language(locale: Locale | str | None) -> str:
    if isinstance(locale, Locale):
        return locale.language_code
    return str(locale or "")


def product_page_for(
    product: Product | int, locale: Locale | str | None = None, *, fallback: bool = True
) -> ProductPage | None:
    """The live landing page of *product* (instance or id) in *locale* (a language code such as
    ``"de"`` or a Wagtail ``Locale``). With *fallback*, the default language's page, then any
    language's, stands in for a missing translation."""
    product_id = getattr(product, "pk", product)
    pages = ProductPage.objects.live().filter(product_id=product_id).select_related("locale")
    language = _language(locale)
    page = pages.filter(locale__language_code=language).first() if language else None
    if page is None and fallback:
        page = (
            pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
            or pages.order_by("id").first()
        )
    return page


def legal_links(language: str | None, *, absolute: bool = False) -> dict[str, str]:
    """The addresses of the legal notice and the privacy notice in *language*
    (``{"imprint_url": …, "privacy_url": …}``), the default language's standing in for a
    missing translation; a kind without any live page is left out. *absolute* prefixes
    ``SITE_URL``, for mail. One query."""
    pages = LegalPage.objects.live().select_related("locale")
    chosen: dict[str, LegalPage] = {}
    rank = {language or settings.LANGUAGE_CODE: 0, settings.LANGUAGE_CODE: 1}
    for page in sorted(pages, key=lambda p: (rank.get(p.locale.language_code, 2), p.pk)):
        chosen.setdefault(page.kind, page)
    urls = {}
    for kind, page in chosen.items():
        parts = page.get_url_parts()  # type: ignore[no-untyped-call]  # Wagtail is untyped
        if parts is None:
            continue
        _site, _root_url, path = parts
        urls[f"{kind}_url"] = f"{settings.SITE_URL if absolute else ''}{path}"
    return urls


def consent_text_current(*, purpose: str, locale: str) -> ConsentText | None:
    """The wording to show for *purpose* in *locale*; the default language's stands in when a
    language has none yet (the ledger then records that it was shown)."""
    return ConsentText.objects.current(purpose=purpose, locale=locale) or (
        ConsentText.objects.current(purpose=purpose, locale=settings.LANGUAGE_CODE)
    )


def customer_registrations(*, customer: Customer) -> QuerySet[Registration]:
    return (
        Registration.objects.filter(customer=customer)
        .select_related("product", "sku", "short_code")
        .order_by("-created_at")
    )


def customer_data_export(*, customer: Customer) -> dict[str, Any]:
    """Everything this app and ``customers`` hold about a person, as JSON-ready data. Apps above
    add their sections through ``registration.signals.customer_data_requested``."""
    from .signals import customer_data_requested

    data: dict[str, Any] = {
        "customer": {
            "id": str(customer.public_id),
            "email": customer.email,
            "first_name": customer.first_name,
            "last_name": customer.last_name,
            "language": customer.locale,
            "country": customer.country,
            "created_at": customer.created_at.isoformat(),
        },
        "identities": [
            {
                "channel": i.channel,
                "marketplace": i.marketplace,
                "address": i.email or i.external_id,
                "source": i.source,
                "created_at": i.created_at.isoformat(),
            }
            for i in customer.identities.all()
        ],
        "registrations": [
            {
                "id": str(r.public_id),
                "reference": r.reference_display,
                "product": r.product.name,
                "sku": r.sku.code if r.sku else "",
                "serial": r.serial,
                "bought_at": r.purchase_channel,
                "marketplace": r.marketplace,
                "amazon_order_id": r.amazon_order_id,
                "shop": r.retailer,
                "purchase_date": r.purchase_date.isoformat(),
                "warranty_starts_on": r.warranty_starts_on.isoformat(),
                "warranty_ends_on": r.warranty_ends_on.isoformat(),
                "country": r.country,
                "language": r.locale,
                "short_code": r.short_code.code if r.short_code else "",
                "registered_at": r.created_at.isoformat(),
            }
            for r in customer_registrations(customer=customer)
        ],
        "consent_ledger": [
            {
                "time": c.created_at.isoformat(),
                "purpose": c.purpose,
                "action": c.action,
                "wording": c.text,
                "wording_version": c.text_version,
                "language": c.locale,
                "source": c.source,
                "page": c.page_url,
                "short_code": c.short_code,
                "network_address_hash": c.ip_hash,
            }
            for c in customer_consent_ledger(customer=customer)
        ],
        "orders": [
            {
                "channel": o.channel,
                "marketplace": o.marketplace,
                "order_id": o.external_id,
                "placed_at": o.placed_at.isoformat(),
                "cancelled_at": o.cancelled_at.isoformat() if o.cancelled_at else None,
                "lines": [
                    {"title": line.title, "sku": line.external_sku, "quantity": line.quantity}
                    for line in o.lines.all()
                ],
                "deliveries": [
                    {
                        "delivered_at": f.delivered_at.isoformat() if f.delivered_at else None,
                        "carrier": f.tracking_company,
                        "tracking_number": f.tracking_number,
                    }
                    for f in o.fulfilments.all()
                ],
                "refunds": [
                    {
                        "refunded_at": r.refunded_at.isoformat(),
                        "amount": str(r.amount) if r.amount is not None else None,
                        "currency": r.currency,
                        "note": r.note,
                    }
                    for r in o.refunds.all()
                ],
            }
            for o in customer.orders.prefetch_related("lines", "fulfilments", "refunds")
        ],
    }
    for _receiver, section in customer_data_requested.send(
        sender=Customer, customer_id=customer.pk
    ):
        if isinstance(section, dict):
            data.update(section)
    return data


def consent_states(*, customer: Customer) -> dict[str, str | None]:
    from customers.selectors import customer_consent_state

    return {
        purpose: customer_consent_state(customer=customer, purpose=purpose)
        for purpose in ConsentRecord.Purpose.values
    }


def customer_consent_ledger(*, customer: Customer) -> QuerySet[ConsentRecord]:
    """Every consent row of *customer*, oldest first: the order evidence is read in."""
    return ConsentRecord.objects.filter(customer=customer).order_by("id")


def customer_by_id(*, customer_id: int) -> Customer | None:
    """The customer with this primary key, erased ones included: the caller decides what an
    erased customer's page shows."""
    return Customer.objects.filter(pk=customer_id).first()


def customer_for_data_link(*, public_id: str | None) -> Customer | None:
    """The customer an own-data link names; None once they are erased."""
    if not public_id:
        return None
    return Customer.objects.filter(public_id=public_id, erased_at__isnull=True).first()


def shortcode_for_product(*, code: str, product_id: int) -> ShortCode | None:
    """The short code *code* when it belongs to one of the product's SKUs (a code carried to
    another product's page is ignored)."""
    if not code:
        return None
    return (
        ShortCode.objects.filter(code=code, sku__product_id=product_id)
        .select_related("sku")
        .first()
    )


def consent_texts_by_id(*, ids: list[int | None]) -> dict[int, ConsentText]:
    """The consent wordings a form was rendered with, by primary key."""
    wanted = [pk for pk in ids if pk]
    if not wanted:
        return {}
    return {text.pk: text for text in ConsentText.objects.filter(pk__in=wanted)}


def product_documents(*, product: Product, language: str) -> list[ProductDocument]:
    """The product's catalogue documents for a page in *language* (and those in every
    language)."""
    return list(product.documents.filter(language__in=("", language)).select_related("document"))


def page_translations(*, page: Page) -> list[tuple[str, str]]:
    """(language code, URL) of every live translation of *page*, itself included."""
    return [
        (p.locale.language_code, p.get_url())
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    ]


def live_page_url(*, page_id: int, language: str) -> str | None:
    """URL of the live page *page_id* in *language* when it has a live translation, else in its
    own language; None when the page is not live."""
    page = Page.objects.filter(pk=page_id).live().first()
    if page is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    if translated is not None and translated.live:
        page = translated
    url: str | None = page.get_url()
    return url


def registration_for_done_page(*, public_id: str | None, product_id: int) -> Registration | None:
    if not public_id:
        return None
    return (
        Registration.objects.filter(public_id=public_id, product_id=product_id)
        .select_related("customer", "product")
        .first()
    )


def consent_granted_since(*, customer_id: int, since: datetime) -> bool:
    """Whether the customer ticked a consent box at or after *since* (the thank-you page then
    says a confirmation link is on its way)."""
    return ConsentRecord.objects.filter(
        customer_id=customer_id, action=ConsentRecord.Action.GRANTED, created_at__gte=since
    ).exists()


def double_opt_in_state(*, customer: Customer, grant_ids: tuple[int, ...]) -> str:
    """What a double opt-in link would do now, so a used link says so before anyone presses a
    button: ``waiting`` (a purpose it names still waits for confirmation), ``already`` (every
    purpose it names is confirmed) or ``nothing`` (withdrawn, replaced or expired meanwhile)."""
    purposes = set(
        ConsentRecord.objects.filter(
            pk__in=grant_ids, customer=customer, action=ConsentRecord.Action.GRANTED
        ).values_list("purpose", flat=True)
    )
    states = {customer_consent_state(customer=customer, purpose=p) for p in purposes}
    if ConsentRecord.Action.GRANTED in states:
        return "waiting"
    if states == {ConsentRecord.Action.CONFIRMED}:
        return "already"
    return "nothing"


def consent_purposes(*, grant_ids: list[int]) -> list[str]:
    """The purposes of the GRANTED rows a double opt-in mail asks the customer to confirm."""
    if not grant_ids:
        return []
    return list(ConsentRecord.objects.filter(pk__in=grant_ids).values_list("purpose", flat=True))


def default_brand() -> Brand | None:
    """The brand that signs mails not about one product (the first one set up)."""
    return Brand.objects.order_by("id").first()
