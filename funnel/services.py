"""Writes of the funnel: enrolment, cancellation, tracking, unsubscribe and preferences,
discount codes and the export audit. Sending itself lives in ``funnel.outbox``, what orders do
in ``funnel.orders``.

Every function is keyword-only, runs in a transaction and is safe to call twice: signals are
delivered at least once, webhooks repeat, and people click unsubscribe links more than once.
"""

import hashlib
import logging
import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from anymail.signals import AnymailTrackingEvent
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import F, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from core.claims import ClaimContended, claim_first
from core.network import hash_network_address
from customers.models import (
    ChannelIdentity,
    ConsentRecord,
    Customer,
    Suppression,
)
from customers.selectors import customer_consent_state, marketable_identities
from customers.services import ConsentEvidence, consent_record, suppression_add
from registration.models import Registration

from . import klaviyo
from .models import (
    ContactPreference,
    Delivery,
    DiscountCode,
    DiscountCodePool,
    Enrolment,
    ExportLog,
    KlaviyoSync,
    Sequence,
    TrackingEvent,
)
from .scheduling import step_due_at
from .selectors import (
    customer_locale,
    live_sequences,
    sequence_matches,
    transactional_reachable_identities,
    withdrawn_customer_ids,
)
from .tasks import enrolments_for_consent_task, enrolments_for_registration_task

log = logging.getLogger(__name__)


# --- enrolment ------------------------------------------------------------------------------


def enrolment_start(
    *,
    sequence: Sequence,
    identity: ChannelIdentity,
    registration: Registration | None,
    trigger_key: str,
    now: datetime | None = None,
) -> Enrolment | None:
    """Enrol *identity* and schedule the first step. Returns None when already enrolled for the
    same trigger (the unique constraint makes a repeated signal harmless) or when the sequence
    has no steps. Callers have already asked the right selector; this does not re-decide."""
    now = now or timezone.now()
    first = sequence.steps.order_by("sort_order", "pk").first()
    if first is None:
        return None
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                sequence=sequence,
                customer_id=identity.customer_id,
                identity=identity,
                registration=registration,
                trigger_key=trigger_key,
                enrolled_at=now,
            )
            Delivery.objects.create(
                enrolment=enrolment,
                step=first,
                customer_id=identity.customer_id,
                identity=identity,
                mail_type=sequence.mail_type,
                due_at=step_due_at(step=first, after=now, customer=identity.customer),
            )
    except IntegrityError:
        return None
    return enrolment


def enrolment_resume_after_consent(
    *, sequence: Sequence, identity: ChannelIdentity, trigger_key: str
) -> Enrolment | None:
    """Consent confirmed again after a withdrawal: the enrolment the withdrawal ended goes on
    where it stopped. The deliveries the withdrawal cancelled are scheduled again (due now at the
    earliest); a step already sent is never sent twice, the outbox holds one row per step.
    Enrolments ended for any other reason (a purchase, a suppression, an erasure) stay ended."""
    now = timezone.now()
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update()
            .filter(
                sequence=sequence,
                identity=identity,
                trigger_key=trigger_key,
                status=Enrolment.Status.EXITED,
                exit_reason=Enrolment.ExitReason.WITHDREW,
            )
            .first()
        )
        if enrolment is None:
            return None
        cancelled = Delivery.objects.filter(
            enrolment=enrolment,
            status=Delivery.Status.CANCELLED,
            cancel_reason=WITHDRAWAL_CANCEL_REASON,
        )
        cancelled.filter(due_at__lt=now).update(due_at=now)
        cancelled.update(status=Delivery.Status.SCHEDULED, cancel_reason="")
        Enrolment.objects.filter(pk=enrolment.pk).update(
            status=Enrolment.Status.ACTIVE, exit_reason="", ended_at=None, ended_by=None
        )
    enrolment.refresh_from_db()
    return enrolment


def _registrations_of(customer_id: int) -> list[Registration]:
    return list(
        Registration.objects.filter(customer_id=customer_id, anonymised_at__isnull=True)
        .select_related("product", "sku")
        .order_by("-created_at")
    )


def enrolments_start_for_consent(*, customer_id: int) -> list[Enrolment]:
    """After a confirmed marketing consent: enrol the customer's marketable identities in the
    live "consent confirmed" sequences whose filters match one of their registrations."""
    started: list[Enrolment] = []
    # Invariant 3: only what the ownership selector returns is ever enrolled.
    identities = list(marketable_identities().filter(customer_id=customer_id))
    if not identities:
        return started
    registrations = _registrations_of(customer_id)
    for sequence in live_sequences(trigger=Sequence.Trigger.CONSENT_CONFIRMED):
        for identity in identities:
            candidates: Iterable[Registration | None] = registrations or [None]
            for registration in candidates:
                locale = customer_locale(customer=identity.customer, registration=registration)
                if sequence_matches(sequence=sequence, registration=registration, locale=locale):
                    enrolment = enrolment_start(
                        sequence=sequence,
                        identity=identity,
                        registration=registration,
                        trigger_key="consent",
                    ) or enrolment_resume_after_consent(
                        sequence=sequence, identity=identity, trigger_key="consent"
                    )
                    if enrolment:
                        started.append(enrolment)
                    break
    return started


def _identity_may_enter(*, sequence: Sequence, identity_id: int) -> bool:
    if sequence.is_commercial:
        return marketable_identities().filter(pk=identity_id).exists()
    return transactional_reachable_identities().filter(pk=identity_id).exists()


def enrolments_start_for_registration(
    *, registration_id: int, trigger: str = Sequence.Trigger.REGISTRATION_CREATED
) -> list[Enrolment]:
    """After a registration (or when its warranty nears its end): enrol the registering owned
    identity in matching live sequences. Commercial ones ask the ownership selector; care and
    warranty mail asks only that the address is owned, reachable and not suppressed."""
    registration = (
        Registration.objects.select_related("customer", "identity", "product", "sku")
        .filter(pk=registration_id, anonymised_at__isnull=True)
        .first()
    )
    if registration is None:
        return []
    identity = registration.identity
    locale = customer_locale(customer=registration.customer, registration=registration)
    withdrawn = withdrawn_customer_ids(customer_ids=[registration.customer_id])
    prefix = "registration" if trigger == Sequence.Trigger.REGISTRATION_CREATED else "warranty"
    started = []
    for sequence in live_sequences(trigger=trigger):
        if not sequence_matches(sequence=sequence, registration=registration, locale=locale):
            continue
        if sequence.exit_on_withdrawal and registration.customer_id in withdrawn:
            continue
        if not _identity_may_enter(sequence=sequence, identity_id=identity.pk):
            continue
        enrolment = enrolment_start(
            sequence=sequence,
            identity=identity,
            registration=registration,
            trigger_key=f"{prefix}:{registration.pk}",
        )
        if enrolment:
            started.append(enrolment)
    return started


def enrolments_start_for_expiring_warranties(*, today: date | None = None) -> int:
    """For the tick: registrations whose warranty ends within a sequence's lead time. The
    enrolment's unique trigger key makes running this every few minutes harmless."""
    today = today or timezone.localdate()
    count = 0
    for sequence in live_sequences(trigger=Sequence.Trigger.WARRANTY_EXPIRING):
        horizon = today + timedelta(days=sequence.warranty_days_before)
        due = Registration.objects.filter(
            anonymised_at__isnull=True, warranty_ends_on__gt=today, warranty_ends_on__lte=horizon
        ).exclude(pk__in=Enrolment.objects.filter(sequence=sequence).values("registration_id"))
        for registration_id in due.values_list("pk", flat=True).iterator():
            count += len(
                enrolments_start_for_registration(
                    registration_id=registration_id, trigger=Sequence.Trigger.WARRANTY_EXPIRING
                )
            )
    return count


# --- stopping -------------------------------------------------------------------------------


def enrolments_end(
    *, enrolments: QuerySet[Enrolment], actor: User | None, reason: str, cancel_reason: str
) -> int:
    """End active *enrolments* (a queryset), recording who (*actor*; None for the system) and
    when, and cancel their scheduled deliveries; *reason* (an ``Enrolment.ExitReason``) says why.
    Deliveries a worker has already claimed are stopped by its re-check before the provider call."""
    now = timezone.now()
    with transaction.atomic():
        active = enrolments.filter(status=Enrolment.Status.ACTIVE)
        ids = list(active.values_list("pk", flat=True))
        if not ids:
            return 0
        Delivery.objects.filter(enrolment_id__in=ids, status=Delivery.Status.SCHEDULED).update(
            status=Delivery.Status.CANCELLED, cancel_reason=cancel_reason[:120]
        )
        Enrolment.objects.filter(pk__in=ids, status=Enrolment.Status.ACTIVE).update(
            status=Enrolment.Status.EXITED, exit_reason=reason, ended_at=now, ended_by=actor
        )
    return len(ids)


#: How a delivery cancelled by a withdrawal is marked, so a renewed consent can schedule it again.
WITHDRAWAL_CANCEL_REASON = "consent withdrawn"


def enrolments_end_for_withdrawal(*, customer_id: int) -> int:
    return enrolments_end(
        enrolments=Enrolment.objects.filter(
            customer_id=customer_id, sequence__exit_on_withdrawal=True
        ),
        actor=None,
        reason=Enrolment.ExitReason.WITHDREW,
        cancel_reason=WITHDRAWAL_CANCEL_REASON,
    )


def enrolments_end_for_suppression(*, address_hash: str) -> int:
    if not address_hash:
        return 0
    return enrolments_end(
        enrolments=Enrolment.objects.filter(identity__address_hash=address_hash),
        actor=None,
        reason=Enrolment.ExitReason.SUPPRESSED,
        cancel_reason="address suppressed",
    )


#: Why a purchase exit cancelled a delivery (here and in the pre-send triage).
BOUGHT = "bought in the own store"


def enrolments_end_for_purchase(*, customer_id: int, placed_at: datetime) -> int:
    return enrolments_end(
        enrolments=Enrolment.objects.filter(
            customer_id=customer_id, sequence__exit_on_purchase=True, enrolled_at__lte=placed_at
        ),
        actor=None,
        reason=Enrolment.ExitReason.PURCHASED,
        cancel_reason=BOUGHT,
    )


def customer_funnel_erase(*, customer_id: int, addresses: list[str]) -> None:
    """Erasure: stop everything and drop what the funnel copied about the person (subjects
    carry merge fields such as a first name); ask Klaviyo to forget the person's *addresses*."""
    enrolments_end(
        enrolments=Enrolment.objects.filter(customer_id=customer_id),
        actor=None,
        reason=Enrolment.ExitReason.ERASED,
        cancel_reason="data erased",
    )
    Delivery.objects.filter(customer_id=customer_id).update(subject="", last_error="")
    ContactPreference.objects.filter(customer_id=customer_id).delete()
    KlaviyoSync.objects.filter(identity__customer_id=customer_id).exclude(
        status=KlaviyoSync.Status.DONE
    ).exclude(kind=KlaviyoSync.Kind.DELETE).update(
        status=KlaviyoSync.Status.SKIPPED, email="", last_error="data erased"
    )
    for email in addresses:
        klaviyo.klaviyo_queue_deletion(email=email)


# --- reactions to the apps below (their receivers call these) -------------------------------


def consent_change_apply(*, customer_id: int, purpose: str, action: str, record_id: int) -> None:
    """A marketing consent was confirmed, withdrawn or erased: start or stop the customer's
    sequences and Klaviyo subscription. Other purposes do not concern the funnel."""
    if purpose != ConsentRecord.Purpose.MARKETING_EMAIL:
        return
    if action == ConsentRecord.Action.CONFIRMED:
        enrolments_for_consent_task.enqueue(customer_id)
        klaviyo.klaviyo_queue_customer_subscribe(
            customer_id=customer_id, consent_record_id=record_id
        )
    elif action in (ConsentRecord.Action.WITHDRAWN, ConsentRecord.Action.ERASED):
        enrolments_end_for_withdrawal(customer_id=customer_id)
        klaviyo.klaviyo_queue_customer_unsubscribe(customer_id=customer_id)


def suppression_apply(*, address_hash: str) -> None:
    """An address was suppressed: stop its sequences and unsubscribe it in Klaviyo."""
    enrolments_end_for_suppression(address_hash=address_hash)
    klaviyo.klaviyo_queue_address_unsubscribe(address_hash=address_hash)


def registration_funnel_enter(*, registration_id: int) -> None:
    """A product was registered: enrol its owner (in a task) and tell Klaviyo if marketable."""
    enrolments_for_registration_task.enqueue(registration_id)
    klaviyo.klaviyo_queue_registration_event(registration_id=registration_id)


# --- unsubscribe and preferences ------------------------------------------------------------


def unsubscribe(
    *,
    identity: ChannelIdentity,
    delivery: Delivery | None,
    source: str,
    locale: str = "",
    network_address: str = "",
) -> bool:
    """Withdraw marketing consent and stop every pending delivery of the person, at once.

    Returns True when a withdrawal was written; a second click finds nothing left to withdraw
    and writes nothing, but still makes sure nothing is pending.
    """
    customer = identity.customer
    written = False
    with transaction.atomic():
        if customer.erased_at is None:
            state = customer_consent_state(
                customer=customer, purpose=ConsentRecord.Purpose.MARKETING_EMAIL
            )
            # Also when nothing was ever granted: someone stopping care mail objects to mail
            # from us, and the ledger keeps that with its evidence like any other withdrawal.
            if state not in (ConsentRecord.Action.WITHDRAWN, ConsentRecord.Action.ERASED):
                consent_record(
                    customer=customer,
                    identity=identity,
                    purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
                    action=ConsentRecord.Action.WITHDRAWN,
                    evidence=ConsentEvidence(
                        source=source,
                        locale=locale,
                        network_address=network_address,
                        page_url=f"delivery:{delivery.public_id}" if delivery else "",
                    ),
                )
                written = True
        # Also directly, not only through the consent_changed receiver: the page must not
        # depend on a receiver being connected for "stop everything now" to hold.
        enrolments_end_for_withdrawal(customer_id=customer.pk)
        if delivery is not None and delivery.unsubscribed_at is None:
            Delivery.objects.filter(pk=delivery.pk, unsubscribed_at__isnull=True).update(
                unsubscribed_at=timezone.now()
            )
    return written


def preference_pause(*, customer: Customer, days: int) -> ContactPreference:
    until = timezone.now() + timedelta(days=days)
    preference, _created = ContactPreference.objects.update_or_create(
        customer=customer, defaults={"paused_until": until}
    )
    return preference


def preference_resume(*, customer: Customer) -> None:
    ContactPreference.objects.filter(customer=customer).update(paused_until=None)


# --- tracking -------------------------------------------------------------------------------

#: Postmark reports soft bounces as "bounced" with Type SoftBounce: those are not permanent.
SOFT_BOUNCE_TYPES = {"SoftBounce", "Transient", "DnsError"}


def _event_key(provider: str, event: AnymailTrackingEvent) -> str:
    if event.event_id:
        return str(event.event_id)[:200]
    parts = [
        event.event_type,
        event.message_id,
        event.recipient,
        event.timestamp.isoformat() if event.timestamp else "",
        event.click_url,
    ]
    return "h:" + hashlib.sha256("|".join(str(p or "") for p in parts).encode()).hexdigest()


def _delivery_for_event(event: AnymailTrackingEvent) -> Delivery | None:
    delivery_id = (event.metadata or {}).get("delivery_id")
    if delivery_id:
        try:
            public_id = uuid.UUID(str(delivery_id))
        except ValueError:  # not ours: another system sending through the same account
            return None
        return Delivery.objects.filter(public_id=public_id).first()
    if event.message_id:
        return Delivery.objects.filter(provider_message_id=str(event.message_id)).first()
    return None


def is_hard_bounce(event: AnymailTrackingEvent) -> bool:
    raw = event.esp_event if isinstance(event.esp_event, dict) else {}
    return event.event_type == "bounced" and raw.get("Type") not in SOFT_BOUNCE_TYPES


def tracking_event_record(*, provider: str, event: AnymailTrackingEvent) -> bool:
    """Apply one normalised anymail tracking event. Returns False for a replay (the same
    provider event id seen before), which changes nothing."""
    delivery = _delivery_for_event(event)
    occurred = event.timestamp or timezone.now()
    with transaction.atomic():
        try:
            with transaction.atomic():
                TrackingEvent.objects.create(
                    provider=provider[:40],
                    event_id=_event_key(provider, event),
                    event_type=(event.event_type or "unknown")[:30],
                    delivery=delivery,
                    occurred_at=occurred,
                    detail=(event.click_url or event.description or "")[:500],
                )
        except IntegrityError:
            return False
        kind = event.event_type
        if delivery is not None:
            rows = Delivery.objects.filter(pk=delivery.pk)
            if kind == "delivered":
                rows.update(delivered_at=Coalesce(F("delivered_at"), occurred))
            elif kind == "opened":
                rows.update(
                    open_count=F("open_count") + 1, opened_at=Coalesce(F("opened_at"), occurred)
                )
            elif kind == "clicked":
                rows.update(
                    click_count=F("click_count") + 1,
                    clicked_at=Coalesce(F("clicked_at"), occurred),
                    opened_at=Coalesce(F("opened_at"), occurred),
                )
            elif kind == "bounced" and is_hard_bounce(event):
                rows.update(bounced_at=Coalesce(F("bounced_at"), occurred))
            elif kind == "complained":
                rows.update(complained_at=Coalesce(F("complained_at"), occurred))
            elif kind == "unsubscribed":
                rows.update(unsubscribed_at=Coalesce(F("unsubscribed_at"), occurred))
        recipient = event.recipient or (delivery.identity.email if delivery else "")
        reason = None
        if kind == "bounced" and is_hard_bounce(event):
            reason = Suppression.Reason.BOUNCE
        elif kind == "complained":
            reason = Suppression.Reason.COMPLAINT
        if reason and recipient:
            suppression, _created = suppression_add(
                email=recipient,
                reason=reason,
                detail=(event.mta_response or event.description or reason)[:500],
            )
            # Directly as well as through suppression_added: stopping must not wait for
            # a receiver.
            enrolments_end_for_suppression(address_hash=suppression.address_hash)
        elif kind == "unsubscribed" and delivery is not None:
            unsubscribe(
                identity=delivery.identity,
                delivery=delivery,
                source=ConsentRecord.Source.PROVIDER,
                locale=delivery.locale,
            )
    return True


# --- discount codes -------------------------------------------------------------------------


class DiscountPoolEmpty(Exception):
    """No unused code left: the delivery waits and retries, the marketer adds codes."""


def discount_codes_add(*, pool: DiscountCodePool, codes: list[str]) -> int:
    """Add *codes* (one per entry, as exported from the shop system) to *pool*; blanks and
    codes the pool already has are skipped. Returns how many were added."""
    cleaned = list(dict.fromkeys(c.strip()[:64] for c in codes if c.strip()))
    existing = set(pool.codes.filter(code__in=cleaned).values_list("code", flat=True))
    new = [DiscountCode(pool=pool, code=code) for code in cleaned if code not in existing]
    DiscountCode.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def discount_code_claim(*, pool_id: int, delivery_id: int | None = None) -> tuple[int, str]:
    """Mark one unused code of *pool_id* as given (to *delivery_id* when a funnel mail carries
    it) and return ``(id, code)``. Two callers never get the same code (``core.claims``). Run it
    inside the caller's transaction so the caller's own record of the code (a ticket's) rolls
    back with it. Raises ``DiscountPoolEmpty``."""
    free = DiscountCode.objects.filter(pool_id=pool_id, assigned_at__isnull=True).order_by("id")
    try:
        claimed = claim_first(
            free,
            values={"delivery_id": delivery_id, "assigned_at": timezone.now()},
            fields=("id", "code"),
        )
    except ClaimContended as error:
        raise DiscountPoolEmpty(
            f"Could not reserve a code from pool {pool_id}; try again."
        ) from error
    if claimed is None:
        raise DiscountPoolEmpty(f"Discount code pool {pool_id} has no unused codes left.")
    return claimed


def discount_code_assign(*, pool_id: int, delivery_id: int) -> str:
    """One code of *pool_id* for *delivery_id*. A retried delivery gets the code it was given
    the first time. A pool whose codes are made in the store, with Shopify connected, makes
    one there (``funnel/store_codes.py``)."""
    from .store_codes import discount_code_for_delivery, store_codes_enabled

    pool = DiscountCodePool.objects.get(pk=pool_id)
    if store_codes_enabled(pool):
        return discount_code_for_delivery(pool=pool, delivery_id=delivery_id)
    given = (
        DiscountCode.objects.filter(pool_id=pool_id, delivery_id=delivery_id)
        .values_list("code", flat=True)
        .first()
    )
    if given:
        return given
    try:
        with transaction.atomic():
            return discount_code_claim(pool_id=pool_id, delivery_id=delivery_id)[1]
    except IntegrityError:  # this delivery got a code from a concurrent attempt
        return DiscountCode.objects.get(pool_id=pool_id, delivery_id=delivery_id).code


# --- exports --------------------------------------------------------------------------------


def export_log_start(
    *, user: User, filters: dict[str, Any], network_address: str = ""
) -> ExportLog:
    return ExportLog.objects.create(
        user=user,
        username=user.get_username(),
        filters=filters,
        ip_hash=hash_network_address(network_address),
    )


def export_log_finish(*, log_id: int, row_count: int) -> None:
    ExportLog.objects.filter(pk=log_id).update(row_count=row_count, finished_at=timezone.now())
