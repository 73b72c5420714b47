"""Reads. ``marketable_identities`` is the one answer to "who may be marketed to": funnel
enrolment, Klaviyo sync and every export go through it (docs/architecture.md, invariant 3)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, F, OuterRef, QuerySet, Subquery

from .models import (
    Channel,
    ChannelIdentity,
    ConsentRecord,
    Customer,
    Order,
    ShopifySyncState,
    Suppression,
    is_amazon_relay,
)

#: The actions that decide consent; a GRANTED row waits for its confirmation and decides nothing.
DECISIVE_ACTIONS = (
    ConsentRecord.Action.CONFIRMED,
    ConsentRecord.Action.WITHDRAWN,
    ConsentRecord.Action.ERASED,
)


def latest_decisive_consent(*, purpose: str) -> QuerySet[ConsentRecord]:
    """Subquery base: the newest decisive ledger row of ``OuterRef('customer_id')``."""
    return ConsentRecord.objects.filter(
        customer_id=OuterRef("customer_id"), purpose=purpose, action__in=DECISIVE_ACTIONS
    ).order_by("-id")


def marketable_identities(
    *, purpose: str = ConsentRecord.Purpose.MARKETING_EMAIL
) -> QuerySet[ChannelIdentity]:
    """Owned identities with an address whose customer's latest decisive consent for *purpose*
    is a confirmation given for that very identity, not erased, and not suppressed.

    A marketplace identity is never returned, whatever consent its customer gave elsewhere: a
    customer with an Amazon and a site identity is reachable only through the site identity.
    """
    latest = latest_decisive_consent(purpose=purpose)
    active_suppression = Suppression.objects.active().filter(address_hash=OuterRef("address_hash"))
    return (
        ChannelIdentity.objects.filter(owned=True, customer__erased_at__isnull=True)
        .exclude(email="")
        .annotate(
            consent_action=Subquery(latest.values("action")[:1]),
            consent_identity_id=Subquery(latest.values("identity_id")[:1]),
            consent_record_id=Subquery(latest.values("id")[:1]),
        )
        .filter(consent_action=ConsentRecord.Action.CONFIRMED, consent_identity_id=F("id"))
        .exclude(Exists(active_suppression))
        .select_related("customer")
    )


def identity_is_marketable(
    *, identity_id: int, purpose: str = ConsentRecord.Purpose.MARKETING_EMAIL
) -> bool:
    """The re-check a sender makes right before the provider call."""
    return marketable_identities(purpose=purpose).filter(pk=identity_id).exists()


def customer_consent_state(*, customer: Customer, purpose: str) -> str | None:
    """The customer's current state for *purpose*: ``granted`` (waiting for confirmation),
    ``confirmed``, ``withdrawn``, ``erased`` or None (never asked). A grant that expired
    unconfirmed (``consent_grants_expire``) waits for nothing any more and counts as never
    given."""
    rows = (
        ConsentRecord.objects.filter(customer=customer, purpose=purpose)
        .exclude(action=ConsentRecord.Action.GRANTED, erased_at__isnull=False)
        .order_by("-id")
    )
    last = rows.values_list("action", flat=True).first()
    if last == ConsentRecord.Action.GRANTED:
        decisive = rows.filter(action__in=DECISIVE_ACTIONS).values_list("action", flat=True).first()
        if decisive == ConsentRecord.Action.CONFIRMED:
            return ConsentRecord.Action.CONFIRMED
    return last


@dataclass(frozen=True)
class StoreConsent:
    """What the own store may be told about one customer's e-mail marketing consent."""

    customer_id: int
    identity_id: int
    email: str
    #: True: subscribed with a confirmed opt-in; False: unsubscribed.
    subscribed: bool
    #: When the customer confirmed (subscribed), or withdrew or was suppressed (unsubscribed).
    consent_at: datetime


def shopify_consent_target(*, customer_id: int) -> StoreConsent | None:
    """The one gate before Shopify: what ``customers/shopify_consent.py`` may tell the own store
    about *customer_id*'s e-mail marketing consent, or None (tell it nothing).

    - **Subscribed** only through an identity ``marketable_identities`` returns (owned,
      confirmed by double opt-in for that very identity, not suppressed, not erased), with the
      time of that confirmation.
    - **Unsubscribed** when the latest decisive row is a withdrawal, or a confirmation whose
      address is suppressed (a hard bounce, a complaint, blocked by hand), with its time.
    - **Nothing** for an erased customer (the erasure decides what happens in the store), for a
      customer never asked or whose grant awaits its confirmation (a single opt-in the store
      reported is left as the store has it), and for anyone without an owned address: an
      Amazon buyer, known by a relay address only, never reaches the store.
    """
    purpose = ConsentRecord.Purpose.MARKETING_EMAIL
    marketable = (
        marketable_identities(purpose=purpose)
        .filter(customer_id=customer_id)
        .order_by("id")  # one at most: the identity the latest confirmation was given for
        .first()
    )
    if marketable is not None and not is_amazon_relay(marketable.email):
        confirmed_at = ConsentRecord.objects.values_list("created_at", flat=True).get(
            pk=marketable.consent_record_id  # type: ignore[attr-defined]
        )
        return StoreConsent(customer_id, marketable.pk, marketable.email, True, confirmed_at)
    customer = Customer.objects.filter(pk=customer_id, erased_at__isnull=True).first()
    if customer is None:
        return None
    state = customer_consent_state(customer=customer, purpose=purpose)
    if state not in (ConsentRecord.Action.CONFIRMED, ConsentRecord.Action.WITHDRAWN):
        return None
    latest = (
        ConsentRecord.objects.filter(
            customer=customer, purpose=purpose, action__in=DECISIVE_ACTIONS
        )
        .order_by("-id")
        .first()
    )
    if latest is None:
        return None
    owned = [
        identity
        for identity in ChannelIdentity.objects.filter(customer=customer, owned=True)
        .exclude(email="")
        .order_by("id")
        if not is_amazon_relay(identity.email)
    ]
    identity = next((i for i in owned if i.pk == latest.identity_id), owned[0] if owned else None)
    if identity is None:
        return None
    if state == ConsentRecord.Action.WITHDRAWN:
        return StoreConsent(customer_id, identity.pk, identity.email, False, latest.created_at)
    suppression = (
        Suppression.objects.active()
        .filter(address_hash=identity.address_hash)
        .order_by("created_at")
        .first()
    )
    if suppression is None:
        return None
    return StoreConsent(customer_id, identity.pk, identity.email, False, suppression.created_at)


def address_is_suppressed(*, address_hash: str) -> bool:
    return Suppression.objects.active().filter(address_hash=address_hash).exists()


def identity_address_confirmed(*, identity_id: int | None) -> bool:
    """Whether the person behind an owned identity proved they read mail at its address: they
    followed a double opt-in link mailed there (a CONFIRMED ledger row for the identity, for
    any purpose; a later withdrawal does not undo the proof)."""
    if identity_id is None:
        return False
    return ConsentRecord.objects.filter(
        identity_id=identity_id,
        identity__owned=True,
        action=ConsentRecord.Action.CONFIRMED,
    ).exists()


@dataclass(frozen=True)
class StoreOrders:
    """The customer's own-store orders beside an own-channel ticket, and how fresh they are."""

    orders: list[Order]
    connected: bool
    #: The store's handle in Shopify's admin (``nordvik`` of nordvik.myshopify.com), for links.
    shop_handle: str
    synced_at: datetime | None


def store_orders(*, orders: Iterable[Order]) -> StoreOrders:
    """The Shopify orders among *orders* (already read, with their lines, fulfilments and
    refunds prefetched), with the connection's state: connected, the store's handle for links
    into its admin, and when the sync last ran."""
    from .shopify_admin import disconnected_at, store_config

    config = store_config()
    if disconnected_at() is not None:
        config = None  # the app was uninstalled: nothing is synced until it is back
    state = ShopifySyncState.objects.filter(name="orders").first()
    return StoreOrders(
        orders=[order for order in orders if order.channel == Channel.SHOPIFY],
        connected=config is not None,
        shop_handle=config.domain.split(".", 1)[0] if config else "",
        synced_at=state.last_run_at if state else None,
    )
