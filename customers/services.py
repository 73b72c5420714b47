"""Writes about customers. Every consent change, suppression and erasure goes through here, in
a transaction, and is announced to the apps above on commit (``customers.signals``)."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import (
    OWNED_CHANNELS,
    Channel,
    ChannelIdentity,
    ConsentRecord,
    Customer,
    Suppression,
    address_hash,
    is_amazon_relay,
    normalise_email,
)
from .network import hash_network_address
from .selectors import DECISIVE_ACTIONS
from .signals import consent_changed, customer_erased, suppression_added


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
) -> ChannelIdentity:
    """Record how *customer* is known on *channel*. A relay address is always an Amazon
    identity, whatever channel the caller named."""
    if is_amazon_relay(email) or is_amazon_relay(external_id):
        channel = Channel.AMAZON
    identity, created = ChannelIdentity.objects.get_or_create(
        channel=channel,
        marketplace=marketplace,
        external_id=external_id,
        defaults={
            "customer": customer,
            "email": email,
            "source": source,
            "source_detail": source_detail,
        },
    )
    if not created and identity.customer_id != customer.pk:
        raise ValueError(f"{identity} already belongs to another customer.")
    return identity


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
    grant waiting for it; tombstones are written by ``customer_erase`` only.
    """
    if action == ConsentRecord.Action.ERASED:
        raise ConsentError("Tombstones are written by customer_erase only.")
    if customer.erased_at:
        raise ConsentError("This customer's data was erased.")
    if action in (ConsentRecord.Action.GRANTED, ConsentRecord.Action.CONFIRMED):
        if identity is None or identity.customer_id != customer.pk:
            raise ConsentError("Consent is given for one of the customer's own identities.")
        if identity.channel not in OWNED_CHANNELS:
            raise ConsentError("A marketplace identity cannot carry marketing consent.")
        if not text:
            raise ConsentError("A grant or confirmation must keep the exact wording shown.")
    with transaction.atomic():
        # Serialise consent changes per customer so "latest row" is well defined.
        Customer.objects.select_for_update().filter(pk=customer.pk).first()
        if action == ConsentRecord.Action.CONFIRMED:
            rows = ConsentRecord.objects.filter(customer=customer, purpose=purpose).order_by("-id")
            last_decisive = rows.filter(action__in=DECISIVE_ACTIONS).values_list("id", flat=True)
            pending = rows.filter(action=ConsentRecord.Action.GRANTED, identity=identity)
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


def suppression_lift(*, suppression: Suppression, user) -> None:
    Suppression.objects.filter(pk=suppression.pk, lifted_at__isnull=True).update(
        lifted_at=timezone.now(), lifted_by=user
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
        ConsentRecord.objects.filter(customer=customer, erased_at__isnull=True)._erase(
            erased_at=now, ip_hash="", page_url=""
        )
        for identity in customer.identities.all():
            ChannelIdentity.objects.filter(pk=identity.pk).update(
                external_id=f"erased-{identity.pk}", email="", address_hash="", source_detail=""
            )
        Suppression.objects.filter(address_hash__in=hashes).update(email="")
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
        customer_erased.send(sender=Customer, customer_id=customer.pk)
    customer.refresh_from_db()
