"""The send-time rulebook: why a claimed delivery is sent now, cancelled, or deferred.

Split in two so the rules can be read and tested without a database:

* ``send_facts`` reads, in one query per fact, what the rules need to know about the whole
  claimed batch (who is reachable, who withdrew, who paused, who bought, who was mailed
  recently) right before the provider calls begin;
* ``triage`` is a pure function of the deliveries (with their step, enrolment, sequence and
  customer attached) and those facts. The rules are checked in order; the first that matches
  decides.

The residual window — a withdrawal committed between ``send_facts`` and the provider call — is
accepted and documented in docs/funnel.md.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Max

from customers.models import Channel, Order

from ..models import ContactPreference, Delivery, Enrolment, MailType
from ..scheduling import customer_time_zone, fit_window
from ..selectors import reachable_identity_ids, withdrawn_customer_ids
from ..services import BOUGHT
from .record import CANCEL, DEFER, Outcome

#: A window that opens within this long counts as open (no deferral for a minute's wait).
WINDOW_GRACE = timedelta(minutes=1)


@dataclass(frozen=True)
class SendFacts:
    """What the database says about a batch at send time."""

    now: datetime
    #: (mail type, identity id) pairs that may be mailed now (invariants 3 and 5)
    reachable: frozenset[tuple[str, int]] = frozenset()
    #: customers who withdrew consent (asked for transactional mail that exits on withdrawal)
    withdrawn: frozenset[int] = frozenset()
    #: customer → the end of their pause
    paused: dict[int, datetime] = field(default_factory=dict)
    #: customer → their latest own-store order
    last_order: dict[int, datetime] = field(default_factory=dict)
    #: smart sending: at most one marketing mail per person per *spacing* (zero: off)
    spacing: timedelta = timedelta(0)
    #: customer → their latest marketing mail within *spacing*
    recent: dict[int, datetime] = field(default_factory=dict)


def send_facts(deliveries: list[Delivery], *, now: datetime) -> SendFacts:
    identity_ids: defaultdict[str, set[int]] = defaultdict(set)
    for delivery in deliveries:
        identity_ids[delivery.mail_type].add(delivery.identity_id)
    reachable = frozenset(
        (mail_type, identity_id)
        for mail_type, ids in identity_ids.items()
        for identity_id in reachable_identity_ids(mail_type=mail_type, identity_ids=ids)
    )
    customer_ids = {d.customer_id for d in deliveries}
    withdrawn = withdrawn_customer_ids(
        customer_ids={
            d.customer_id
            for d in deliveries
            if d.mail_type == MailType.TRANSACTIONAL and d.enrolment.sequence.exit_on_withdrawal
        }
    )
    paused = {
        customer_id: until
        for customer_id, until in ContactPreference.objects.filter(
            customer_id__in=customer_ids, paused_until__gt=now
        ).values_list("customer_id", "paused_until")
        if until is not None
    }
    last_order = dict(
        Order.objects.filter(
            customer_id__in=customer_ids, channel=Channel.SHOPIFY, cancelled_at__isnull=True
        )
        .values("customer_id")
        .annotate(last=Max("placed_at"))
        .values_list("customer_id", "last")
    )
    # Smart sending: at most one marketing mail per person per FUNNEL_SMART_SENDING_HOURS,
    # across all sequences, as Klaviyo flows do by default.
    spacing = timedelta(hours=settings.FUNNEL_SMART_SENDING_HOURS)
    recent: dict[int, datetime] = {}
    if spacing:
        recent = dict(
            Delivery.objects.filter(
                customer_id__in=customer_ids,
                mail_type=MailType.COMMERCIAL,
                status=Delivery.Status.SENT,
                sent_at__gt=now - spacing,
            )
            .values("customer_id")
            .annotate(last=Max("sent_at"))
            .values_list("customer_id", "last")
        )
    return SendFacts(
        now=now,
        reachable=reachable,
        withdrawn=frozenset(withdrawn),
        paused=paused,
        last_order=last_order,
        spacing=spacing,
        recent=recent,
    )


def triage(deliveries: list[Delivery], facts: SendFacts) -> tuple[list[Delivery], list[Outcome]]:
    """Split *deliveries* into those to send now and the outcomes of the rest (cancelled, with
    the enrolment's exit reason where the person is gone for good, or deferred to a time)."""
    now, spacing = facts.now, facts.spacing
    recent = dict(facts.recent)  # a marketing mail sent in this batch makes the next one wait
    ready: list[Delivery] = []
    held: list[Outcome] = []
    for delivery in deliveries:
        enrolment = delivery.enrolment
        sequence = enrolment.sequence

        def stop(reason: str, exit_reason: str = "", _delivery: Delivery = delivery) -> None:
            held.append(Outcome(_delivery, CANCEL, error=reason, exit_reason=exit_reason))

        if delivery.step is None:
            stop("the step was removed from the sequence")
        elif enrolment.status != Enrolment.Status.ACTIVE:
            stop("the enrolment has ended")
        elif (delivery.mail_type, delivery.identity_id) not in facts.reachable:
            # Invariant 3 and 5: withdrawn, suppressed, erased or never marketable.
            stop("not reachable at send time", Enrolment.ExitReason.NOT_MARKETABLE)
        elif delivery.customer_id in facts.withdrawn:
            stop("consent withdrawn", Enrolment.ExitReason.WITHDREW)
        elif (
            sequence.exit_on_purchase
            and facts.last_order.get(delivery.customer_id)
            and facts.last_order[delivery.customer_id] >= enrolment.enrolled_at
        ):
            stop(BOUGHT, Enrolment.ExitReason.PURCHASED)
        elif delivery.customer_id in facts.paused:
            held.append(Outcome(delivery, DEFER, until=facts.paused[delivery.customer_id]))
        elif (
            spacing
            and delivery.mail_type == MailType.COMMERCIAL
            and sequence.smart_sending
            and delivery.customer_id in recent
        ):
            held.append(Outcome(delivery, DEFER, until=recent[delivery.customer_id] + spacing))
        else:
            customer = delivery.identity.customer
            fitting = fit_window(now, delivery.step.window, customer_time_zone(customer))
            if fitting > now + WINDOW_GRACE:
                held.append(Outcome(delivery, DEFER, until=fitting))
            else:
                ready.append(delivery)
                if spacing and delivery.mail_type == MailType.COMMERCIAL:
                    recent[delivery.customer_id] = now
    return ready, held
