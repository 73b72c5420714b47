"""Reads of the registration app, for its own views and for the apps above it."""

from __future__ import annotations

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Locale

from customers.models import ConsentRecord, Customer

from .models import ConsentText, ProductPage, Registration


def _language(locale) -> str:
    if isinstance(locale, Locale):
        return locale.language_code
    return str(locale or "")


def product_page_for(product, locale=None, *, fallback: bool = True) -> ProductPage | None:
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


def customer_data_export(*, customer: Customer) -> dict:
    """Everything this app and ``customers`` hold about a person, as JSON-ready data. Apps above
    add their sections through ``registration.signals.customer_data_requested``."""
    from .signals import customer_data_requested

    data: dict = {
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
            for c in ConsentRecord.objects.filter(customer=customer).order_by("id")
        ],
        "orders": [
            {
                "channel": o.channel,
                "marketplace": o.marketplace,
                "order_id": o.external_id,
                "placed_at": o.placed_at.isoformat(),
                "lines": [
                    {"title": line.title, "sku": line.external_sku, "quantity": line.quantity}
                    for line in o.lines.all()
                ],
            }
            for o in customer.orders.prefetch_related("lines")
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
