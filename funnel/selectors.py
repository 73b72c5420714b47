"""Reads of the funnel. Who may receive *commercial* mail is never decided here: that is
``customers.selectors.marketable_identities`` (invariant 3), called by enrolment, by the pre-send
re-check, by Klaviyo sync and by exports."""

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, QuerySet, Subquery

from customers.models import ChannelIdentity, ConsentRecord, Customer, Suppression
from customers.selectors import DECISIVE_ACTIONS, marketable_identities
from registration.models import Registration

from .models import KlaviyoSync, MailType, Sequence


def live_sequences(*, trigger: str) -> QuerySet[Sequence]:
    return (
        Sequence.objects.filter(live=True, trigger=trigger)
        .select_related("brand")
        .prefetch_related("products")
    )


def transactional_reachable_identities() -> QuerySet[ChannelIdentity]:
    """Owned identities with an address, not erased, not suppressed: who may get care and
    warranty mail about a product they registered. Marketing consent is not needed for that,
    but an address that bounced or complained is never mailed, and an Amazon relay never."""
    active_suppression = Suppression.objects.active().filter(address_hash=OuterRef("address_hash"))
    return (
        ChannelIdentity.objects.filter(owned=True, customer__erased_at__isnull=True)
        .exclude(email="")
        .exclude(Exists(active_suppression))
    )


def reachable_identity_ids(*, mail_type: str, identity_ids: Iterable[int]) -> set[int]:
    """The re-check right before the provider call, for a whole batch in one query."""
    ids = list(identity_ids)
    if not ids:
        return set()
    base = (
        marketable_identities()
        if mail_type == MailType.COMMERCIAL
        else transactional_reachable_identities()
    )
    return set(base.filter(pk__in=ids).values_list("pk", flat=True))


def withdrawn_customer_ids(*, customer_ids: Iterable[int]) -> set[int]:
    """Customers whose latest decisive marketing consent is a withdrawal (or erasure)."""
    ids = list(customer_ids)
    if not ids:
        return set()
    latest = ConsentRecord.objects.filter(
        customer_id=OuterRef("pk"),
        purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
        action__in=DECISIVE_ACTIONS,
    ).order_by("-id")
    return set(
        Customer.objects.filter(pk__in=ids)
        .annotate(last_action=Subquery(latest.values("action")[:1]))
        .filter(last_action__in=[ConsentRecord.Action.WITHDRAWN, ConsentRecord.Action.ERASED])
        .values_list("pk", flat=True)
    )


def sequence_matches(*, sequence: Sequence, registration: Registration | None, locale: str) -> bool:
    """The sequence's entry filters (products, languages, where bought) for one person."""
    product_ids = {p.pk for p in sequence.products.all()}
    if product_ids and (registration is None or registration.product_id not in product_ids):
        return False
    if sequence.locales and locale not in sequence.locales:
        return False
    return not (
        sequence.purchase_channels
        and (
            registration is None or registration.purchase_channel not in sequence.purchase_channels
        )
    )


def customer_locale(*, customer: Customer, registration: Registration | None = None) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    for candidate in (customer.locale, getattr(registration, "locale", "")):
        if candidate in codes:
            return candidate
    return settings.LANGUAGE_CODE


def customer_mail_history(*, customer_id: int) -> dict[str, Any]:
    """The funnel's part of a person's data download: sequences, mails, preferences."""
    from .models import ContactPreference, Delivery, Enrolment

    preference = ContactPreference.objects.filter(customer_id=customer_id).first()
    return {
        "email_sequences": [
            {
                "sequence": e.sequence.name,
                "status": e.status,
                "left_because": e.exit_reason,
                "enrolled_at": e.enrolled_at.isoformat(),
                "ended_at": e.ended_at.isoformat() if e.ended_at else None,
            }
            for e in Enrolment.objects.filter(customer_id=customer_id).select_related("sequence")
        ],
        "emails": [
            {
                "subject": d.subject,
                "status": d.status,
                "sent_at": d.sent_at.isoformat() if d.sent_at else None,
                "opened_at": d.opened_at.isoformat() if d.opened_at else None,
                "clicked_at": d.clicked_at.isoformat() if d.clicked_at else None,
            }
            for d in Delivery.objects.filter(customer_id=customer_id).order_by("created_at")
        ],
        "email_pause_until": (
            preference.paused_until.isoformat() if preference and preference.paused_until else None
        ),
    }


def klaviyo_sync_counts() -> dict[str, int]:
    """How many Klaviyo sync rows are in each status (the sync page's summary)."""
    rows = KlaviyoSync.objects.values("status").annotate(count=Count("pk"))
    return {row["status"]: row["count"] for row in rows}


def klaviyo_failed_syncs() -> QuerySet[KlaviyoSync]:
    """Rows that will not be tried again by themselves, newest first, with what they were for."""
    return (
        KlaviyoSync.objects.filter(status=KlaviyoSync.Status.FAILED)
        .select_related("identity", "registration__product")
        .order_by("-id")
    )
