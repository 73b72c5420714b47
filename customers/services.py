"""Writes about customers. Every consent change, suppression and erasure goes through here, in
a transaction, and is announced to the apps above on commit (``customers.signals``)."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, ProtectedError, Q, RestrictedError
from django.utils import timezone

from core.network import hash_network_address

from .models import (
    OWNED_CHANNELS,
    Channel,
    ChannelIdentity,
    ConsentRecord,
    Customer,
    IdentityLink,
    Order,
    OrderFulfilment,
    OrderRefund,
    ShopifyConsentPush,
    Suppression,
    address_hash,
    is_amazon_relay,
    normalise_email,
)
from .selectors import DECISIVE_ACTIONS
from .signals import (
    consent_changed,
    customer_erased,
    suppression_added,
)


class ConsentError(ValueError):
    """A consent change that the ledger's rules do not allow."""


def customer_get_or_create(
    *,
    email: str,
    first_name: str = "",
    last_name: str = "",
    locale: str = "",
    country: str = "",
) -> tuple[Customer, bool]:
    """The customer owning *email* (matched case-insensitively), created when new. Names,
    language and country fill gaps but never overwrite what the person told us earlier."""
    email = normalise_email(email)
    if is_amazon_relay(email):
        raise ValueError("An Amazon relay address is not a customer's own e-mail address.")
    defaults = {
        "first_name": first_name,
        "last_name": last_name,
        "locale": locale,
        "country": country,
    }
    with transaction.atomic():
        customer = Customer.objects.select_for_update().filter(email__iexact=email).first()
        if customer is None:
            try:
                with transaction.atomic():
                    return Customer.objects.create(email=email, **defaults), True
            except IntegrityError:
                # A concurrent request created the same address first.
                customer = Customer.objects.get(email__iexact=email)
        changed = [f for f, v in defaults.items() if v and not getattr(customer, f)]
        for field in changed:
            setattr(customer, field, defaults[field])
        if changed:
            customer.save(update_fields=[*changed, "updated_at"])
        return customer, False


def identity_attach(
    *,
    customer: Customer,
    channel: str,
    external_id: str,
    email: str = "",
    marketplace: str = "",
    source: str,
    source_detail: str = "",
    name: str = "",
) -> ChannelIdentity:
    """Record how *customer* is known on *channel*. A relay address is always an Amazon
    identity, whatever channel the caller named. *name* is how the channel shows the person
    (the buyer's name on relay mail); it is kept as first seen, never overwritten."""
    if is_amazon_relay(email) or is_amazon_relay(external_id):
        channel = Channel.AMAZON
    identity, created = ChannelIdentity.objects.get_or_create(
        channel=channel,
        marketplace=marketplace,
        external_id=external_id,
        defaults={
            "customer": customer,
            "email": email,
            "name": name[:300],
            "source": source,
            "source_detail": source_detail,
        },
    )
    if not created and identity.customer_id != customer.pk:
        raise ValueError(f"{identity} already belongs to another customer.")
    return identity


def identity_link_possible(
    *, identity: ChannelIdentity, customer: Customer, evidence: list[str], order_id: str = ""
) -> IdentityLink | None:
    """Record that *identity* may be *customer* (a claim without proof, e.g. an order number
    typed on the registration form), for an agent to confirm or dismiss. A link already
    decided stays as decided; an identity that is already the customer's needs no link."""
    if identity.customer_id == customer.pk or customer.erased_at:
        return None
    with transaction.atomic():
        link, created = IdentityLink.objects.get_or_create(
            identity=identity,
            customer=customer,
            defaults={
                "status": IdentityLink.Status.POSSIBLE,
                "evidence": evidence,
                "order_id": order_id[:64],
            },
        )
        if not created and link.status == IdentityLink.Status.POSSIBLE:
            IdentityLink.objects.filter(pk=link.pk).update(
                evidence=evidence, order_id=order_id[:64]
            )
    return link


def identity_link_make(
    *,
    identity: ChannelIdentity,
    customer: Customer,
    evidence: list[str],
    order_id: str = "",
    actor: User | None,
) -> Customer:
    """Make the marketplace *identity* one of *customer*'s own, with its orders: ``LINKED``
    when the system found strong evidence (*actor* None), ``CONFIRMED`` when an agent
    decided (*actor* is recorded with the time). Returns the customer the identity belonged
    to before, which the caller moves its own rows from and may then discard
    (``customer_discard_if_empty``). The identity keeps the name the channel gave it."""
    if customer.erased_at:
        raise ValueError("An erased customer cannot be linked.")
    if identity.channel in OWNED_CHANNELS:
        raise ValueError("Only a marketplace identity is linked by evidence.")
    status = IdentityLink.Status.CONFIRMED if actor is not None else IdentityLink.Status.LINKED
    with transaction.atomic():
        identity = ChannelIdentity.objects.select_for_update().get(pk=identity.pk)
        previous = Customer.objects.get(pk=identity.customer_id)
        IdentityLink.objects.update_or_create(
            identity=identity,
            customer=customer,
            defaults={
                "status": status,
                "evidence": evidence,
                "order_id": order_id[:64],
                "decided_by": actor,
                "decided_at": timezone.now(),
            },
        )
        if previous.pk != customer.pk:
            ChannelIdentity.objects.filter(pk=identity.pk).update(customer=customer)
            Order.objects.filter(identity=identity).update(customer=customer)
            # Other possible matches of this identity were answered by this decision.
            IdentityLink.objects.filter(
                identity=identity, status=IdentityLink.Status.POSSIBLE
            ).exclude(customer=customer).delete()
    identity.refresh_from_db()
    return previous


def identity_link_dismiss(*, link: IdentityLink, actor: User) -> None:
    """An agent found that the possible match is not the same person; who and when are
    recorded, and the link is not offered again."""
    IdentityLink.objects.filter(pk=link.pk, status=IdentityLink.Status.POSSIBLE).update(
        status=IdentityLink.Status.DISMISSED, decided_by=actor, decided_at=timezone.now()
    )


def customer_discard_if_empty(*, customer: Customer) -> bool:
    """Delete a customer record nothing refers to any more (the buyer's own record after
    their relay identity was linked to the person they are). Anything that still refers to it
    (a ticket, an order, a consent row) keeps it."""
    if customer.email or customer.identities.exists():
        return False
    try:
        with transaction.atomic():
            customer.delete()
    except (ProtectedError, RestrictedError, IntegrityError):
        return False
    return True


@dataclass(frozen=True)
class ConsentEvidence:
    """Where and how a consent change happened, as the ledger keeps it."""

    source: str
    locale: str = ""
    page_url: str = ""
    short_code: str = ""
    insert_ref: str = ""
    network_address: str = ""
    actor: str = ""


def consent_record(
    *,
    customer: Customer,
    identity: ChannelIdentity | None,
    purpose: str,
    action: str,
    evidence: ConsentEvidence,
    text_version: str = "",
    text: str = "",
) -> ConsentRecord:
    """Append one row to the consent ledger.

    Rules: consent is given for an owned identity of the same customer; a confirmation needs a
    grant waiting for it and is Bridgecard's own double opt-in, never a store's report (an
    opt-in Shopify reports is a grant, whose wording the store showed and keeps); tombstones are
    written by ``customer_erase`` only.
    """
    from_store = evidence.source == ConsentRecord.Source.SHOPIFY
    if action == ConsentRecord.Action.ERASED:
        raise ConsentError("Tombstones are written by customer_erase only.")
    if from_store and action == ConsentRecord.Action.CONFIRMED:
        raise ConsentError("A store's opt-in is not a double opt-in Bridgecard can prove.")
    if customer.erased_at:
        raise ConsentError("This customer's data was erased.")
    if action in (ConsentRecord.Action.GRANTED, ConsentRecord.Action.CONFIRMED):
        if identity is None or identity.customer_id != customer.pk:
            raise ConsentError("Consent is given for one of the customer's own identities.")
        if identity.channel not in OWNED_CHANNELS:
            raise ConsentError("A marketplace identity cannot carry marketing consent.")
        if not text and not from_store:
            raise ConsentError("A grant or confirmation must keep the exact wording shown.")
    with transaction.atomic():
        # Serialise consent changes per customer so "latest row" is well defined.
        Customer.objects.select_for_update().filter(pk=customer.pk).first()
        if action == ConsentRecord.Action.CONFIRMED:
            rows = ConsentRecord.objects.filter(customer=customer, purpose=purpose).order_by("-id")
            last_decisive = rows.filter(action__in=DECISIVE_ACTIONS).values_list("id", flat=True)
            pending = rows.filter(
                action=ConsentRecord.Action.GRANTED, identity=identity, erased_at__isnull=True
            )
            if last_decisive.first() is not None:
                pending = pending.filter(id__gt=last_decisive.first())
            if not pending.exists():
                raise ConsentError("There is no grant waiting for this confirmation.")
        record = ConsentRecord.objects.create(
            customer=customer,
            identity=identity,
            purpose=purpose,
            action=action,
            text_version=text_version,
            text=text,
            locale=evidence.locale,
            source=evidence.source,
            page_url=evidence.page_url[:500],
            short_code=evidence.short_code,
            insert_ref=evidence.insert_ref,
            ip_hash=hash_network_address(evidence.network_address),
            actor=evidence.actor,
        )
        transaction.on_commit(
            lambda: consent_changed.send(
                sender=ConsentRecord,
                customer_id=customer.pk,
                purpose=purpose,
                action=action,
                record_id=record.pk,
            )
        )
    return record


def suppression_add(*, email: str, reason: str, detail: str = "") -> tuple[Suppression, bool]:
    """Stop all mail to *email*. Adding an address twice keeps the first suppression."""
    with transaction.atomic():
        existing = Suppression.objects.active().filter(address_hash=address_hash(email)).first()
        if existing:
            return existing, False
        suppression = Suppression.objects.create(email=email, reason=reason, detail=detail[:500])
        transaction.on_commit(
            lambda: suppression_added.send(
                sender=Suppression,
                address_hash=suppression.address_hash,
                reason=reason,
                suppression_id=suppression.pk,
            )
        )
    return suppression, True


def suppression_lift(*, suppression: Suppression, actor: User | None, reason: str = "") -> None:
    """Mail the address again. The suppression records who lifted it and when: *actor* is the
    staff member, or None for the system, which then says why in *reason*. Lifting twice keeps
    the first record."""
    if actor is None and not reason:
        raise ValueError("A suppression lifted by the system needs a reason.")
    Suppression.objects.filter(pk=suppression.pk, lifted_at__isnull=True).update(
        lifted_at=timezone.now(), lifted_by=actor, lifted_reason=reason[:200]
    )


def customer_erase(*, customer: Customer, actor: str, reason: str = "") -> None:
    """Data-subject erasure: anonymise the person everywhere and leave a tombstone per purpose.

    Ledger rows keep what proves that consent existed (action, wording, time, source) and lose
    what identifies the person. Suppressions keep their address hash, so an erased person who
    complained is still never mailed. Receivers of ``customer_erased`` anonymise their own app's
    data inside the same transaction: the erasure happens everywhere or nowhere.
    """
    if customer.erased_at:
        return
    now = timezone.now()
    with transaction.atomic():
        hashes = list(
            customer.identities.exclude(address_hash="").values_list("address_hash", flat=True)
        )
        # Passed to receivers so they can ask processors (e.g. Klaviyo) to forget the person.
        addresses = sorted(
            {customer.email, *customer.identities.exclude(email="").values_list("email", flat=True)}
            - {""}
        )
        ConsentRecord.objects.filter(customer=customer, erased_at__isnull=True)._guarded_update(
            erased_at=now, ip_hash="", page_url=""
        )
        for identity in customer.identities.all():
            ChannelIdentity.objects.filter(pk=identity.pk).update(
                external_id=f"erased-{identity.pk}",
                email="",
                name="",
                address_hash="",
                source_detail="",
            )
        # Possible matches were claims about this person or by them: they go. Decided links
        # keep who decided, without the order number.
        links = IdentityLink.objects.filter(Q(customer=customer) | Q(identity__customer=customer))
        links.filter(
            status__in=[IdentityLink.Status.POSSIBLE, IdentityLink.Status.DISMISSED]
        ).delete()
        links.update(order_id="")
        Suppression.objects.filter(address_hash__in=hashes).update(email="")
        # Orders stay (the seller's records); what the store said about the person goes.
        OrderFulfilment.objects.filter(order__customer=customer).update(
            tracking_number="", tracking_url=""
        )
        OrderRefund.objects.filter(order__customer=customer).update(note="")
        # What the own store was told goes with the link to the store's customer; the erasure
        # tells the store nothing (its copy is the store's; Shopify's customers/redact comes in).
        ShopifyConsentPush.objects.filter(customer=customer).delete()
        purposes = set(customer.consents.values_list("purpose", flat=True))
        for purpose in sorted(purposes):
            ConsentRecord.objects.create(
                customer=customer,
                purpose=purpose,
                action=ConsentRecord.Action.ERASED,
                source=ConsentRecord.Source.ERASURE,
                text=reason[:1000],
                actor=actor,
                erased_at=now,
            )
        Customer.objects.filter(pk=customer.pk).update(
            email="", first_name="", last_name="", time_zone="", erased_at=now, updated_at=now
        )
        customer_erased.send(sender=Customer, customer_id=customer.pk, addresses=addresses)
    customer.refresh_from_db()


def consent_grants_expire(*, granted_before: datetime, dry_run: bool = False) -> list[str]:
    """Retention: a consent granted before *granted_before* whose double opt-in was never
    confirmed loses its personal data (the network-address hash and the page address, the
    columns an erasure blanks; the database guard allows exactly that transition) and can no
    longer be confirmed. What stays proves only that the form was sent: purpose, wording and
    version, time, source, language. Returns a line per grant (with *dry_run*, what would go)."""
    confirmed_later = ConsentRecord.objects.filter(
        customer_id=OuterRef("customer_id"),
        identity_id=OuterRef("identity_id"),
        purpose=OuterRef("purpose"),
        action=ConsentRecord.Action.CONFIRMED,
        id__gt=OuterRef("id"),
    )
    due = (
        ConsentRecord.objects.filter(
            action=ConsentRecord.Action.GRANTED,
            erased_at__isnull=True,
            created_at__lt=granted_before,
        )
        .exclude(Exists(confirmed_later))
        .order_by("id")
    )
    lines = [
        f"consent grant #{row.pk} ({row.purpose}, customer #{row.customer_id}, granted "
        f"{row.created_at:%Y-%m-%d}, never confirmed): network-address hash and page address"
        for row in due
    ]
    if not dry_run and lines:
        ConsentRecord.objects.filter(pk__in=[row.pk for row in due])._guarded_update(
            erased_at=timezone.now(), ip_hash="", page_url=""
        )
    return lines
