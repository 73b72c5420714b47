"""Who an Amazon buyer is: the linking decision between a relay address and a customer known
elsewhere, made on evidence.

An Amazon order number typed on the registration form is a claim, not proof: anyone who has
seen a parcel label or an order confirmation can type one. So a relay address is linked to a
site registrant automatically only on strong evidence:

- the order is recorded for that customer in the seller's own order data (``customers.Order``
  on the Amazon channel), or
- all three of: the registrant typed this order number, the registrant confirmed their e-mail
  address (they followed a double opt-in link mailed to it), and the buyer's name on the relay
  mail matches the registered first and last name.

Anything weaker (the typed order number alone, a different or missing name, an unconfirmed
address) is recorded as a *possible match* (``customers.IdentityLink``) that the agent sees on
the ticket and confirms or dismisses; the decision records who made it. Until then the buyer
keeps their own customer record, with the name Amazon gave, so nobody's erasure reaches the
other's messages and no macro greets the buyer with another person's name.
"""

import unicodedata

from django.contrib.auth.models import User
from django.db import transaction

from customers.models import Channel as CustomerChannel
from customers.models import ChannelIdentity, Customer, IdentityLink, Order
from customers.selectors import identity_address_confirmed
from customers.services import (
    customer_discard_if_empty,
    identity_attach,
    identity_link_dismiss,
    identity_link_make,
    identity_link_possible,
)
from registration.models import Registration

from .. import inbound_mail
from ..models import Channel, Ticket
from .tickets import ticket_event_add

Evidence = IdentityLink.Evidence

#: Together, and only together, these make a typed order number strong evidence.
STRONG_REGISTRATION_EVIDENCE = frozenset(
    {Evidence.ORDER_TYPED, Evidence.NAME_MATCHES, Evidence.ADDRESS_CONFIRMED}
)


def relay_customer_for(
    *, channel: Channel, address: str, buyer_name: str, order_id: str
) -> tuple[Customer, ChannelIdentity]:
    """The customer and Amazon identity of a relay *address* writing for the first time on
    *channel* about *order_id*, with *buyer_name* as the relay mail shows it.

    Strong evidence attaches the identity to the customer it points to (recorded as a
    ``LINKED`` link with its evidence); otherwise the buyer is a customer of their own (no
    e-mail, never marketable) and every registrant who typed the order number is a possible
    match for the agent to decide.
    """
    first, last = inbound_mail.display_name_parts(buyer_name)
    name = f"{first} {last}".strip()
    order = (
        Order.objects.filter(channel=CustomerChannel.AMAZON, external_id=order_id)
        .select_related("customer")
        .first()
        if order_id
        else None
    )
    if order is not None and not order.customer.erased_at:
        identity = _relay_identity(order.customer, channel, address, name, order_id)
        identity_link_make(
            identity=identity,
            customer=order.customer,
            evidence=[Evidence.RECORDED_ORDER],
            order_id=order_id,
            actor=None,
        )
        return order.customer, identity

    assessed = [
        (registration, registration_evidence(registration=registration, buyer_name=name))
        for registration in registrations_naming(order_id=order_id)
    ]
    strong = {r.customer_id: (r, ev) for r, ev in assessed if is_strong(ev)}
    if len(strong) == 1:
        ((registration, evidence),) = strong.values()
        identity = _relay_identity(registration.customer, channel, address, name, order_id)
        identity_link_make(
            identity=identity,
            customer=registration.customer,
            evidence=evidence,
            order_id=order_id,
            actor=None,
        )
        return registration.customer, identity

    # Known only through Amazon: no e-mail of their own, never marketable.
    buyer = Customer.objects.create(first_name=first, last_name=last)
    identity = _relay_identity(buyer, channel, address, name, order_id)
    for registration, evidence in assessed:
        identity_link_possible(
            identity=identity, customer=registration.customer, evidence=evidence, order_id=order_id
        )
    return buyer, identity


def registration_links_find(*, registration_id: int) -> int:
    """A registration names an Amazon order that buyers already wrote about: weigh the
    evidence for each of their relay identities (link on strong evidence, else record a
    possible match). Returns how many identities were linked."""
    registration = (
        Registration.objects.filter(pk=registration_id, anonymised_at__isnull=True)
        .select_related("customer")
        .first()
    )
    if registration is None or not registration.amazon_order_id:
        return 0
    return _weigh(registration, _buyers_of(registration.amazon_order_id, registration.customer_id))


def customer_links_review(*, customer_id: int) -> int:
    """Something the evidence rests on changed for *customer_id* (they confirmed their
    address): possible matches that are now strong are linked. Returns how many."""
    linked = 0
    registrations = Registration.objects.filter(
        customer_id=customer_id, anonymised_at__isnull=True
    ).exclude(amazon_order_id="")
    for registration in registrations.select_related("customer"):
        pending = ChannelIdentity.objects.filter(
            links__customer_id=customer_id,
            links__status=IdentityLink.Status.POSSIBLE,
            links__order_id=registration.amazon_order_id,
        )
        linked += _weigh(registration, list(pending))
    return linked


def identity_link_confirm(*, link: IdentityLink, actor: User) -> None:
    """The agent confirms a possible match: the relay identity becomes one of the
    registrant's own, its tickets follow (each with an event naming the agent), and the
    buyer's own record, now empty, is discarded. The identity keeps the buyer's name."""
    if link.status != IdentityLink.Status.POSSIBLE:
        return
    with transaction.atomic():
        previous = identity_link_make(
            identity=link.identity,
            customer=link.customer,
            evidence=link.evidence,
            order_id=link.order_id,
            actor=actor,
        )
        _tickets_follow(link.identity, link.customer, previous, actor)


def identity_link_reject(*, link: IdentityLink, actor: User) -> None:
    """The agent finds the possible match is somebody else: recorded, never offered again."""
    identity_link_dismiss(link=link, actor=actor)


# ---------------------------------------------------------------------------------------------
# The evidence


def registrations_naming(*, order_id: str) -> list[Registration]:
    """Registrations (not erased) on which someone typed *order_id*."""
    if not order_id:
        return []
    return list(
        Registration.objects.filter(
            amazon_order_id=order_id, anonymised_at__isnull=True, customer__erased_at__isnull=True
        )
        .select_related("customer")
        .order_by("pk")
    )


def registration_evidence(*, registration: Registration, buyer_name: str) -> list[str]:
    """What speaks for (and against) the buyer called *buyer_name* being the person who
    made *registration*, which names the buyer's order."""
    evidence: list[str] = [Evidence.ORDER_TYPED]
    registered = f"{registration.customer.first_name} {registration.customer.last_name}"
    if name_key(buyer_name) and name_key(registered):
        same = name_key(buyer_name) == name_key(registered)
        evidence.append(Evidence.NAME_MATCHES if same else Evidence.NAME_DIFFERS)
    confirmed = identity_address_confirmed(identity_id=registration.identity_id)
    evidence.append(Evidence.ADDRESS_CONFIRMED if confirmed else Evidence.ADDRESS_UNCONFIRMED)
    return evidence


def is_strong(evidence: list[str]) -> bool:
    return Evidence.RECORDED_ORDER in evidence or set(evidence) >= STRONG_REGISTRATION_EVIDENCE


def name_key(name: str) -> tuple[str, ...]:
    """A full name compared without case, accents, punctuation or word order ("Dubois,
    Marie" equals "marie DUBOIS", "Zoë" equals "Zoe"). One word alone is no full name and
    compares as nothing."""
    folded = unicodedata.normalize("NFKD", name or "").casefold()
    letters = "".join(
        c if c.isalnum() else " " for c in folded if not unicodedata.combining(c)
    ).split()
    return tuple(sorted(letters)) if len(letters) >= 2 else ()


# ---------------------------------------------------------------------------------------------
# Details


def _relay_identity(
    customer: Customer, channel: Channel, address: str, name: str, order_id: str
) -> ChannelIdentity:
    detail = f"Amazon message about order {order_id}" if order_id else "Amazon message"
    return identity_attach(
        customer=customer,
        channel=CustomerChannel.AMAZON,
        marketplace=channel.marketplace,
        external_id=address,
        email=address,
        name=name,
        source=ChannelIdentity.Source.INBOUND_MAIL,
        source_detail=detail[:200],
    )


def _buyers_of(order_id: str, registrant_id: int) -> list[ChannelIdentity]:
    """Relay identities (of someone else) whose tickets are about *order_id*."""
    return list(
        ChannelIdentity.objects.filter(
            channel=CustomerChannel.AMAZON,
            tickets__amazon_order_id=order_id,
            customer__erased_at__isnull=True,
        )
        .exclude(customer_id=registrant_id)
        .distinct()
    )


def _weigh(registration: Registration, identities: list[ChannelIdentity]) -> int:
    linked = 0
    order_id = registration.amazon_order_id
    for identity in identities:
        decided = identity.links.exclude(status=IdentityLink.Status.POSSIBLE)
        if decided.filter(customer_id=registration.customer_id).exists():
            continue  # an agent (or earlier evidence) decided already
        evidence = registration_evidence(registration=registration, buyer_name=identity.name)
        if not is_strong(evidence):
            identity_link_possible(
                identity=identity,
                customer=registration.customer,
                evidence=evidence,
                order_id=order_id,
            )
            continue
        with transaction.atomic():
            previous = identity_link_make(
                identity=identity,
                customer=registration.customer,
                evidence=evidence,
                order_id=order_id,
                actor=None,
            )
            _tickets_follow(identity, registration.customer, previous, None)
        linked += 1
    return linked


def _tickets_follow(
    identity: ChannelIdentity, customer: Customer, previous: Customer, actor: User | None
) -> None:
    """The identity's tickets now belong to *customer*; registrations of that customer naming
    a ticket's order show on it; the previous, now empty, customer record goes."""
    if previous.pk == customer.pk:
        return
    for ticket in Ticket.objects.select_for_update().filter(identity=identity):
        ticket_event_add(
            ticket=ticket,
            actor=actor,
            field_name="customer",
            old=f"#{previous.pk}",
            new=f"#{customer.pk}",
        )
        ticket.customer = customer
        if ticket.registration_id is None and ticket.amazon_order_id:
            ticket.registration = (
                Registration.objects.filter(
                    customer=customer, amazon_order_id=ticket.amazon_order_id
                )
                .order_by("pk")
                .first()
            )
        ticket.save(update_fields=["customer", "registration", "updated_at"])
    customer_discard_if_empty(customer=previous)
