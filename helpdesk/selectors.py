"""Reads of the helpdesk: who sees which channels, inboxes, a ticket's timeline, the macros a
ticket is offered, the customer-360 view and the SLA report.

Channel visibility comes from two permissions (``helpdesk.work_marketplace_tickets`` for Amazon,
``helpdesk.work_owned_tickets`` for the own store, site and e-mail), which ``roles.py`` gives to
the two support groups. Every view and endpoint reads tickets and macros through here.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import median
from typing import Literal, TypedDict

from django.contrib.auth.models import User
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from amazon.models import AmazonOrder
from catalog.selectors import product_name
from customers.models import Channel as CustomerChannel
from customers.models import (
    ChannelIdentity,
    ConsentRecord,
    Customer,
    IdentityLink,
    Order,
    address_hash,
)
from customers.selectors import customer_consent_state, marketable_identities
from funnel.models import Delivery, Enrolment
from registration.models import Registration

from .customer_orders import amazon_order_for_ticket as amazon_order_for_ticket
from .customer_orders import amazon_orders_of
from .models import (
    Attachment,
    Channel,
    Macro,
    Message,
    SlaRecord,
    Ticket,
    TicketEvent,
)
from .models.channels import AMAZON_MESSAGE, OWNED_MESSAGE

MARKETPLACE_PERMISSION = "helpdesk.work_marketplace_tickets"
OWNED_PERMISSION = "helpdesk.work_owned_tickets"


def visible_policies(*, user: User) -> set[str]:
    policies: set[str] = set()
    if user.has_perm(MARKETPLACE_PERMISSION):
        policies.add(AMAZON_MESSAGE)
    if user.has_perm(OWNED_PERMISSION):
        policies.add(OWNED_MESSAGE)
    return policies


def visible_channels(*, user: User) -> QuerySet[Channel]:
    kinds: list[str] = []
    if user.has_perm(MARKETPLACE_PERMISSION):
        kinds.append(CustomerChannel.AMAZON)
    if user.has_perm(OWNED_PERMISSION):
        kinds += [CustomerChannel.SHOPIFY, CustomerChannel.SITE, CustomerChannel.EMAIL]
    return Channel.objects.filter(kind__in=kinds)


def tickets_for_user(*, user: User) -> QuerySet[Ticket]:
    return Ticket.objects.filter(channel__in=visible_channels(user=user))


def tickets_for_work(*, user: User) -> QuerySet[Ticket]:
    """The tickets *user* may open, with everything the ticket screen shows beside them."""
    return tickets_for_user(user=user).select_related(
        "channel", "customer", "identity", "assignee", "registration__product"
    )


def attachments_for_user(*, user: User) -> QuerySet[Attachment]:
    """Attachments of the tickets *user* may open: a file id alone opens nothing."""
    return Attachment.objects.select_related("message__ticket").filter(
        message__ticket__in=tickets_for_user(user=user)
    )


def inbox(
    *, user: User, channel: Channel | None = None, view: str = "open", query: str = ""
) -> QuerySet[Ticket]:
    """Tickets of the channels *user* may see, the most urgent first: overdue and soonest due
    at the top, then tickets without a running clock by latest activity."""
    tickets = tickets_for_user(user=user).select_related("channel", "customer", "assignee")
    if channel is not None:
        tickets = tickets.filter(channel=channel)
    if view == "open":
        tickets = tickets.filter(status=Ticket.Status.OPEN)
    elif view == "mine":
        tickets = tickets.filter(assignee=user).exclude(status=Ticket.Status.SOLVED)
    elif view == "overdue":
        tickets = tickets.filter(response_due_at__lt=timezone.now())
    elif view == "pending":
        tickets = tickets.filter(status=Ticket.Status.PENDING)
    elif view == "closed":
        tickets = tickets.filter(
            status__in=[Ticket.Status.SOLVED, Ticket.Status.NO_RESPONSE_NEEDED]
        )
    if query:
        tickets = tickets.filter(
            Q(subject__icontains=query)
            | Q(amazon_order_id__icontains=query)
            | Q(reply_to__icontains=query)
            | Q(customer__email__icontains=query)
            | Q(customer__last_name__icontains=query)
        )
    return tickets.order_by("response_due_at", "-last_message_at")


def inbox_counts(*, user: User) -> dict[int, dict[str, int]]:
    """Per visible channel: open tickets and how many are past their response time."""
    now = timezone.now()
    rows = (
        tickets_for_user(user=user)
        .values("channel_id")
        .annotate(
            open=Count("pk", filter=Q(status=Ticket.Status.OPEN)),
            overdue=Count("pk", filter=Q(response_due_at__lt=now)),
        )
    )
    return {row["channel_id"]: {"open": row["open"], "overdue": row["overdue"]} for row in rows}


def macros_for_ticket(*, ticket: Ticket) -> QuerySet[Macro]:
    """The macros an agent answering *ticket* is offered: the library of the ticket's policy
    only (an Amazon ticket never sees an own-store macro), narrowed to the ticket's channel;
    promotional macros only when the customer may receive offers
    (``ticket_may_receive_offers``)."""
    macros = (
        Macro.objects.filter(is_active=True, library=ticket.channel.effective_policy)
        .filter(Q(channels__isnull=True) | Q(channels=ticket.channel))
        .distinct()
        .order_by("name")
        .prefetch_related("variants")
    )
    if not ticket_may_receive_offers(ticket=ticket):
        macros = macros.filter(promotional=False)
    return macros


def ticket_may_receive_offers(*, ticket: Ticket) -> bool:
    """Whether own-store offers (promotional macros, discount codes, the loyalty programme)
    may go to *ticket*'s reply address. The one selector that says who may be marketed to
    decides, as for the funnel (``customers.selectors.marketable_identities``): the address
    is an owned identity of the ticket's customer with confirmed marketing consent, not
    withdrawn, not suppressed, not erased. Never on a marketplace channel."""
    if ticket.channel.is_amazon or not ticket.reply_to:
        return False
    return (
        marketable_identities()
        .filter(customer_id=ticket.customer_id, address_hash=address_hash(ticket.reply_to))
        .exists()
    )


def macros_for_user(*, user: User) -> QuerySet[Macro]:
    return Macro.objects.filter(library__in=visible_policies(user=user))


# ---------------------------------------------------------------------------------------------
# One ticket


class TimelineMessage(TypedDict):
    kind: Literal["message"]
    at: datetime
    message: Message
    #: the message's HTML with inline images pointing at their stored attachments
    html: str


class TimelineEvent(TypedDict):
    kind: Literal["event"]
    at: datetime
    event: TicketEvent


def ticket_timeline(
    *, ticket: Ticket, attachment_url: Callable[[Attachment], str]
) -> list[TimelineMessage | TimelineEvent]:
    """Messages and events of *ticket* in time order. An inline image (``cid:``) in a message's
    HTML points at ``attachment_url`` of the stored attachment."""
    messages = ticket.messages.select_related("author", "gate_decision").prefetch_related(
        "attachments"
    )
    items: list[TimelineMessage | TimelineEvent] = []
    for message in messages:
        # Amazon relay mail carries the same words as text inside a frame we strip; its HTML
        # adds nothing but Amazon's layout, so the text is shown.
        html = "" if ticket.channel.is_amazon and message.visible_text else message.body_html
        for attachment in message.attachments.all():
            if attachment.content_id and html:
                url = attachment_url(attachment)
                html = html.replace(f'src="cid:{attachment.content_id}"', f'src="{url}"')
        items.append(
            {"kind": "message", "at": message.created_at, "message": message, "html": html}
        )
    for event in ticket.events.select_related("actor"):
        items.append({"kind": "event", "at": event.created_at, "event": event})
    items.sort(key=lambda item: item["at"])
    return items


def registration_for_order(*, order_id: str, customer_id: int) -> Registration | None:
    """The first registration of *customer_id* that names Amazon order *order_id* (none for an
    empty id). Someone else's registration naming the order is a claim, not this customer's:
    ``helpdesk.services.identity_links`` weighs it."""
    if not order_id:
        return None
    return (
        Registration.objects.filter(amazon_order_id=order_id, customer_id=customer_id)
        .order_by("pk")
        .first()
    )


def product_name_for_ticket(*, ticket: Ticket) -> str:
    """The product a ticket is about, for a macro's ``{product}``, in the ticket's language: the
    linked registration's, else the first line of the Amazon order, else the customer's latest
    registration."""
    language = ticket.language or ticket.customer.locale or ""
    if ticket.registration is not None:
        return product_name(product=ticket.registration.product, language=language)
    if ticket.amazon_order_id:
        order = Order.objects.filter(external_id=ticket.amazon_order_id).first()
        if order is not None:
            line = order.lines.select_related("sku__product").first()
            if line is not None:
                if line.sku is None:
                    return line.title
                return product_name(product=line.sku.product, language=language)
    registration = ticket.customer.registrations.select_related("product").first()
    if registration is None:
        return ""
    return product_name(product=registration.product, language=language)


def claimable_registrations() -> QuerySet[Registration]:
    """Registrations a warranty claim may be opened for (not anonymised by an erasure)."""
    return Registration.objects.select_related("product", "customer", "identity").filter(
        anonymised_at__isnull=True
    )


# ---------------------------------------------------------------------------------------------
# Customer 360


@dataclass
class LinkedPerson:
    customer: Customer
    evidence: str


@dataclass
class IdentityRow:
    identity: ChannelIdentity
    marketable: bool
    customer: Customer


@dataclass
class PossibleMatch:
    """A registrant who may be the buyer of the ticket (they typed the buyer's order number),
    for the agent to confirm or dismiss, with the evidence for and against."""

    link: IdentityLink
    registrations: list[Registration]


@dataclass
class Customer360:
    """One person across channels: the ticket's customer plus every customer record linked to
    it by evidence (the same Amazon order recorded for them, the same e-mail address), with
    what each channel knows; and, apart, the possible matches an agent has yet to decide (an
    order number typed on the registration form is a claim, not proof)."""

    customer: Customer
    linked: list[LinkedPerson] = field(default_factory=list)
    possible_matches: list[PossibleMatch] = field(default_factory=list)
    decided_links: list[IdentityLink] = field(default_factory=list)
    identities: list[IdentityRow] = field(default_factory=list)
    registrations: list[Registration] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    amazon_orders: list[AmazonOrder] = field(default_factory=list)
    tickets: list[Ticket] = field(default_factory=list)
    consent_state: str | None = None
    marketable_through: list[ChannelIdentity] = field(default_factory=list)
    funnel: list[Enrolment | Delivery] = field(default_factory=list)

    @property
    def people(self) -> list[Customer]:
        return [self.customer, *(p.customer for p in self.linked)]


def customer_360(*, ticket: Ticket, user: User | None = None) -> Customer360:
    """The person behind *ticket*; with *user*, past tickets on channels they cannot open are
    listed without a link."""
    customer = ticket.customer
    view = Customer360(customer=customer)
    people: dict[int, Customer] = {customer.pk: customer}

    # Evidence 1: Amazon order numbers this person is known by on Amazon (their recorded
    # orders, their relay mail) → the same order recorded for someone else (the seller's own
    # order data). An order number typed on a form is a claim, not evidence: a registration
    # naming the order is only a possible match (``_identity_links``).
    order_ids = set(
        Order.objects.filter(customer=customer, channel=CustomerChannel.AMAZON).values_list(
            "external_id", flat=True
        )
    )
    order_ids |= set(
        Ticket.objects.filter(customer=customer, channel__kind=CustomerChannel.AMAZON)
        .exclude(amazon_order_id="")
        .values_list("amazon_order_id", flat=True)
    )
    if order_ids:
        for order in Order.objects.filter(
            channel=CustomerChannel.AMAZON, external_id__in=order_ids
        ).select_related("customer"):
            if order.customer_id not in people:
                people[order.customer_id] = order.customer
                view.linked.append(
                    LinkedPerson(order.customer, f"same Amazon order {order.external_id}")
                )
    # Evidence 2: the same own e-mail address.
    emails = {c.email for c in people.values() if c.email}
    emails |= set(
        ChannelIdentity.objects.filter(customer_id__in=people, owned=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if emails:
        same_email = Customer.objects.filter(
            Q(email__in=emails) | Q(identities__owned=True, identities__email__in=emails)
        ).exclude(pk__in=people)
        for other in same_email.distinct():
            people[other.pk] = other
            view.linked.append(LinkedPerson(other, "same e-mail address"))

    marketable = set(
        marketable_identities().filter(customer_id__in=people).values_list("pk", flat=True)
    )
    for identity in ChannelIdentity.objects.filter(customer_id__in=people).select_related(
        "customer"
    ):
        row = IdentityRow(identity, identity.pk in marketable, identity.customer)
        view.identities.append(row)
        if row.marketable:
            view.marketable_through.append(identity)
    view.registrations = list(
        Registration.objects.filter(customer_id__in=people)
        .select_related("product", "sku")
        .order_by("-created_at")
    )
    _identity_links(view, ticket)
    view.orders = list(
        Order.objects.filter(customer_id__in=people)
        .prefetch_related("lines__sku", "fulfilments", "refunds")
        .order_by("-placed_at")
    )
    view.amazon_orders = amazon_orders_of(customer_ids=list(people))
    view.tickets = list(
        Ticket.objects.filter(customer_id__in=people)
        .exclude(pk=ticket.pk)
        .select_related("channel")
        .order_by("-last_message_at")[:20]
    )
    openable = (
        set(visible_channels(user=user).values_list("pk", flat=True)) if user is not None else None
    )
    for past in view.tickets:
        past.can_open = openable is None or past.channel_id in openable
    states = [
        customer_consent_state(customer=person, purpose=ConsentRecord.Purpose.MARKETING_EMAIL)
        for person in people.values()
    ]
    view.consent_state = next((s for s in states if s), None)
    view.funnel = _funnel_rows(list(people))
    return view


def _identity_links(view: Customer360, ticket: Ticket) -> None:
    """The ticket identity's possible matches (not erased), and the decided links of every
    marketplace identity shown, with who decided."""
    if ticket.identity_id is not None:
        possible = IdentityLink.objects.filter(
            identity_id=ticket.identity_id,
            status=IdentityLink.Status.POSSIBLE,
            customer__erased_at__isnull=True,
        ).select_related("customer")
        for link in possible:
            registrations = Registration.objects.filter(
                customer_id=link.customer_id, anonymised_at__isnull=True
            ).select_related("product")
            if link.order_id:
                registrations = registrations.filter(amazon_order_id=link.order_id)
            view.possible_matches.append(PossibleMatch(link, list(registrations)))
    view.decided_links = list(
        IdentityLink.objects.filter(
            identity__in=[row.identity for row in view.identities if not row.identity.owned]
        )
        .exclude(status=IdentityLink.Status.POSSIBLE)
        .select_related("identity", "decided_by")
    )


def possible_match_for(*, ticket: Ticket, link_id: object) -> IdentityLink | None:
    """The undecided possible match *link_id* of *ticket*'s identity (None for anything else,
    a malformed id included)."""
    try:
        pk = int(str(link_id))
    except ValueError:
        return None
    if ticket.identity_id is None:
        return None
    return (
        IdentityLink.objects.filter(
            pk=pk, identity_id=ticket.identity_id, status=IdentityLink.Status.POSSIBLE
        )
        .select_related("identity", "customer")
        .first()
    )


def ticket_greeting_name(*, ticket: Ticket) -> str:
    """The first name a reply greets with. On Amazon the buyer's name as the relay mail gave
    it (the customer record may be a registrant linked by evidence, whose spelling differs);
    elsewhere the customer's own."""
    identity = ticket.identity
    if ticket.channel.is_amazon and identity is not None and identity.name:
        return identity.name.split()[0]
    return ticket.customer.first_name


def _funnel_rows(customer_ids: list[int]) -> list[Enrolment | Delivery]:
    """The person's follow-up sequences and the latest mails they were sent (funnel app):
    what support should know before offering anything ("they just got our welcome code")."""
    enrolments = list(
        Enrolment.objects.filter(customer_id__in=customer_ids)
        .select_related("sequence", "identity")
        .order_by("-enrolled_at")[:10]
    )
    deliveries = list(
        Delivery.objects.filter(customer_id__in=customer_ids, sent_at__isnull=False)
        .select_related("step")
        .order_by("-sent_at")[:5]
    )
    return [*enrolments, *deliveries]


# ---------------------------------------------------------------------------------------------
# SLA report


@dataclass
class ChannelReport:
    channel: Channel
    replies: int = 0
    first_replies: int = 0
    median_minutes: float | None = None
    median_first_minutes: float | None = None
    within_target: float | None = None
    breaches: int = 0
    open_overdue: int = 0
    no_response_needed: int = 0


def sla_report(*, user: User, days: int) -> list[ChannelReport]:
    """Response times and breaches per visible channel over the last *days* days. Times are
    in each channel's clock: wall-clock minutes on Amazon, business minutes where the channel
    counts business hours. "No response needed" waits count neither as replies nor breaches."""
    since = timezone.now() - timedelta(days=days)
    now = timezone.now()
    rows: list[ChannelReport] = []
    for channel in visible_channels(user=user).order_by("kind", "marketplace", "name"):
        records = list(
            SlaRecord.objects.filter(channel=channel, stopped_at__gte=since).values(
                "outcome", "elapsed_minutes", "breached", "first"
            )
        )
        replied = [r for r in records if r["outcome"] == SlaRecord.Outcome.REPLIED]
        first = [r for r in replied if r["first"]]
        report = ChannelReport(channel=channel)
        report.replies = len(replied)
        report.first_replies = len(first)
        if replied:
            report.median_minutes = median(r["elapsed_minutes"] for r in replied)
            report.within_target = 100 * sum(not r["breached"] for r in replied) / len(replied)
        if first:
            report.median_first_minutes = median(r["elapsed_minutes"] for r in first)
        report.no_response_needed = sum(
            r["outcome"] == SlaRecord.Outcome.NO_RESPONSE_NEEDED for r in records
        )
        report.open_overdue = Ticket.objects.filter(
            channel=channel, response_due_at__lt=now
        ).count()
        report.breaches = (
            sum(r["breached"] for r in records if r["outcome"] != "no_response_needed")
            + report.open_overdue
        )
        rows.append(report)
    return rows


def order_conversation(*, order_id: str, user: User) -> QuerySet[Ticket]:
    """Every Amazon ticket about one order that *user* may see (for the A-to-z export)."""
    return (
        tickets_for_user(user=user)
        .filter(channel__kind=CustomerChannel.AMAZON, amazon_order_id=order_id)
        .select_related("channel", "customer")
        .order_by("created_at")
    )
