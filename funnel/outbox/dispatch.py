"""The outbox: claim due deliveries, re-check them, send them, record what happened.

Exactly once (ARCHITECTURE.md, invariant 5) rests on four things:

1. the database allows one ``Delivery`` per (enrolment, step);
2. a due delivery is *claimed* in a short transaction — ``SELECT … FOR UPDATE SKIP LOCKED`` on
   PostgreSQL, a conditional ``UPDATE … WHERE status='scheduled'`` everywhere — which stamps it
   with a claim token, so two workers never hold the same row;
3. every write of a result is guarded by that token, so a worker whose claim was reclaimed
   cannot overwrite what happened since;
4. the reaper (``deliveries_reap``) returns claims older than ``FUNNEL_CLAIM_TIMEOUT_SECONDS``
   after asking the provider whether it accepted them (``funnel.providers``).

Marketability is re-checked for the whole claimed batch in one query right before the provider
calls begin. The residual window — a withdrawal committed in the milliseconds between that
query and the provider call — is accepted and documented in docs/funnel.md.
"""

import email.policy
import logging
import os
import socket
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import formataddr

from anymail.exceptions import AnymailRecipientsRefused
from anymail.message import AnymailMessage
from django.conf import settings
from django.core.mail import mailers
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from core import mail_errors
from core.mail_errors import describe
from customers.models import Channel, Order, Suppression
from customers.services import suppression_add

from . import tokens
from .models import ContactPreference, Delivery, Enrolment, MailType, TrackingEvent
from .providers import ReconcileUnavailable, batch_merge_format, get_reconciler
from .rendering import compile_message, merge_values
from .selectors import customer_locale, reachable_identity_ids, withdrawn_customer_ids
from .services import (
    DiscountPoolEmpty,
    customer_time_zone,
    discount_code_assign,
    fit_window,
    step_due_at,
)
from .templatetags.funnel_email import manual_for

log = logging.getLogger(__name__)

SENT, RETRY, FAILED, CANCEL, DEFER = "sent", "retry", "failed", "cancel", "defer"

#: Tracking events that prove the provider accepted a message.
ACCEPTED_EVIDENCE = ("queued", "sent", "delivered", "opened", "clicked", "bounced", "deferred")


@dataclass
class Outcome:
    delivery: Delivery
    kind: str
    message_id: str = ""
    error: str = ""
    subject: str = ""
    locale: str = ""
    until: datetime | None = None
    exit_reason: str = ""
    suppress_email: str = ""


@dataclass
class DispatchStats:
    batches: int = 0
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    cancelled: int = 0
    deferred: int = 0

    def add(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            name = {
                SENT: "sent",
                RETRY: "retried",
                FAILED: "failed",
                CANCEL: "cancelled",
                DEFER: "deferred",
            }[outcome.kind]
            setattr(self, name, getattr(self, name) + 1)


class FunnelMessage(AnymailMessage):
    """Python's header folding (78 columns) turns a long ``List-Unsubscribe`` URL into RFC 2047
    encoded-words, which mailbox providers do not decode, breaking one-click unsubscribe over
    SMTP. RFC 5322 allows lines of up to 998 characters, so serialise with that limit. (HTTP
    ESP backends send headers as JSON and never call ``message()``.)"""

    def message(self, *, policy=email.policy.default):
        return super().message(policy=policy.clone(max_line_length=998))


def retry_delay(attempt: int) -> timedelta:
    return mail_errors.backoff(
        attempt, base=settings.FUNNEL_RETRY_BASE_SECONDS, ceiling=settings.FUNNEL_RETRY_MAX_SECONDS
    )


def is_transient(error: Exception) -> bool:
    """An empty discount pool waits for the marketer to add codes; the rest is the mail's own."""
    return isinstance(error, DiscountPoolEmpty) or mail_errors.is_transient(error)


def insert_ignoring_duplicates(deliveries: list[Delivery]) -> None:
    """INSERT … ON CONFLICT DO NOTHING for many rows in one executemany: the unique
    (enrolment, step) constraint turns a repeated schedule into a no-op. Equivalent to
    ``bulk_create(ignore_conflicts=True)``, which spends most of its time compiling SQL."""
    fields = [f for f in Delivery._meta.concrete_fields if not f.primary_key]
    quote = db_connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = (
        f"INSERT INTO {quote(Delivery._meta.db_table)} ({columns}) "  # noqa: S608
        f"VALUES ({placeholders}) ON CONFLICT DO NOTHING"
    )
    rows = [
        [f.get_db_prep_save(f.pre_save(delivery, True), db_connection) for f in fields]
        for delivery in deliveries
    ]
    with db_connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Recorder:
    """Writes outcomes, guarded by the claim token, and schedules the next step."""

    def __init__(self):
        self._steps: dict[int, list] = {}

    def steps_of(self, sequence) -> list:
        if sequence.pk not in self._steps:
            self._steps[sequence.pk] = list(sequence.steps.order_by("sort_order", "pk"))
        return self._steps[sequence.pk]

    def record(self, token, outcomes: list[Outcome], *, now: datetime | None = None) -> None:
        if not outcomes:
            return
        now = now or timezone.now()
        by_kind = defaultdict(list)
        for outcome in outcomes:
            by_kind[outcome.kind].append(outcome)
        with transaction.atomic():
            if by_kind[SENT]:
                self._record_sent(token, by_kind[SENT], now)
            for outcome in by_kind[RETRY]:
                self._record_retry(token, outcome, now)
            for outcome in by_kind[FAILED]:
                self._finish(token, outcome, Delivery.Status.FAILED, now)
            for outcome in by_kind[CANCEL]:
                self._finish(token, outcome, Delivery.Status.CANCELLED, now)
            for outcome in by_kind[DEFER]:
                Delivery.objects.filter(
                    pk=outcome.delivery.pk, claim_token=token, status=Delivery.Status.SENDING
                ).update(
                    status=Delivery.Status.SCHEDULED,
                    due_at=outcome.until,
                    claim_token=None,
                    claimed_at=None,
                    attempts=F("attempts") - 1,  # waiting for a window or a pause is no attempt
                )
        for outcome in outcomes:
            if outcome.suppress_email:
                suppression_add(
                    email=outcome.suppress_email,
                    reason=Suppression.Reason.BOUNCE,
                    detail=f"Provider refused the address: {outcome.error}"[:500],
                )

    def _record_sent(self, token, outcomes: list[Outcome], now: datetime) -> None:
        # One parametrised UPDATE run for every row (executemany): a CASE expression per
        # column over hundreds of rows costs more in Django's expression compiler than the
        # database spends running it. Guarded by the claim token like every other write.
        field = Delivery._meta.get_field
        table = Delivery._meta.db_table
        token_value = field("claim_token").get_db_prep_value(token, db_connection)
        sent_at = field("sent_at").get_db_prep_value(now, db_connection)
        with db_connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {table} SET status = %s, sent_at = %s, last_error = '', "  # noqa: S608
                "provider_message_id = %s, subject = %s, locale = %s "
                "WHERE id = %s AND claim_token = %s AND status = %s",
                [
                    (
                        Delivery.Status.SENT,
                        sent_at,
                        o.message_id[:120],
                        o.subject[:255],
                        o.locale[:10],
                        o.delivery.pk,
                        token_value,
                        Delivery.Status.SENDING,
                    )
                    for o in outcomes
                ],
            )
        ids = [o.delivery.pk for o in outcomes]
        recorded = set(
            Delivery.objects.filter(
                pk__in=ids, claim_token=token, status=Delivery.Status.SENT
            ).values_list("pk", flat=True)
        )
        self.schedule_next([o.delivery for o in outcomes if o.delivery.pk in recorded], now)

    def schedule_next(self, deliveries: list[Delivery], sent_at: datetime) -> None:
        new, completed = [], []
        for delivery in deliveries:
            enrolment = delivery.enrolment
            steps = self.steps_of(enrolment.sequence)
            following = None
            for index, step in enumerate(steps):
                if step.pk == delivery.step_id:
                    following = steps[index + 1] if index + 1 < len(steps) else None
                    break
            if following is None:
                completed.append(enrolment.pk)
                continue
            new.append(
                Delivery(
                    enrolment=enrolment,
                    step=following,
                    customer_id=delivery.customer_id,
                    identity_id=delivery.identity_id,
                    mail_type=delivery.mail_type,
                    due_at=step_due_at(
                        step=following, after=sent_at, customer=delivery.identity.customer
                    ),
                )
            )
        if new:
            insert_ignoring_duplicates(new)
        if completed:
            Enrolment.objects.filter(pk__in=completed, status=Enrolment.Status.ACTIVE).update(
                status=Enrolment.Status.COMPLETED, ended_at=sent_at
            )

    def _record_retry(self, token, outcome: Outcome, now: datetime) -> None:
        delivery = outcome.delivery
        if delivery.attempts >= settings.FUNNEL_MAX_ATTEMPTS:
            outcome.kind = FAILED
            outcome.error = f"Gave up after {delivery.attempts} attempts. {outcome.error}"
            outcome.exit_reason = Enrolment.ExitReason.FAILED
            self._finish(token, outcome, Delivery.Status.FAILED, now)
            return
        Delivery.objects.filter(
            pk=delivery.pk, claim_token=token, status=Delivery.Status.SENDING
        ).update(
            status=Delivery.Status.SCHEDULED,
            due_at=now + retry_delay(delivery.attempts),
            claim_token=None,
            claimed_at=None,
            last_error=outcome.error,
        )

    def _finish(self, token, outcome: Outcome, status: str, now: datetime) -> None:
        updated = Delivery.objects.filter(
            pk=outcome.delivery.pk, claim_token=token, status=Delivery.Status.SENDING
        ).update(
            status=status,
            last_error=outcome.error if status == Delivery.Status.FAILED else "",
            cancel_reason=outcome.error[:120] if status == Delivery.Status.CANCELLED else "",
        )
        if updated and outcome.exit_reason:
            Enrolment.objects.filter(
                pk=outcome.delivery.enrolment_id, status=Enrolment.Status.ACTIVE
            ).update(status=Enrolment.Status.EXITED, exit_reason=outcome.exit_reason, ended_at=now)


class Dispatcher:
    """One worker's run over the due deliveries.

    Override ``build_message`` to change what is sent (it returns an ``AnymailMessage``), or
    ``send_chunk`` to change how a chunk reaches the provider.
    """

    def __init__(self, *, batch_size: int | None = None, worker: str | None = None, mailer=None):
        self.batch_size = batch_size or settings.FUNNEL_BATCH_SIZE
        self.record_every = max(1, settings.FUNNEL_RECORD_EVERY)
        self.worker = worker or worker_name()
        self.mailer_alias = mailer or settings.FUNNEL_MAILER
        self.recorder = Recorder()
        self.stats = DispatchStats()
        self._compiled: dict = {}
        self.merge_format, self.merge_limit = batch_merge_format(self.mailer_alias)

    # --- the loop ---
    def run(self, *, max_batches: int | None = None) -> DispatchStats:
        connection = mailers[self.mailer_alias]
        connection.open()
        try:
            while max_batches is None or self.stats.batches < max_batches:
                claim = self.claim()
                if claim is None:
                    break
                token, deliveries = claim
                self.stats.batches += 1
                self.stats.claimed += len(deliveries)
                self.process(token, deliveries, connection)
        finally:
            connection.close()
        return self.stats

    def claim(self):
        now = timezone.now()
        token = uuid.uuid4()
        with transaction.atomic():
            due = Delivery.objects.filter(
                status=Delivery.Status.SCHEDULED,
                due_at__lte=now,
                enrolment__sequence__live=True,  # an unpublished sequence holds its mail
            ).order_by("due_at", "pk")
            if db_connection.vendor == "postgresql":
                # Rows another worker holds are skipped, not waited for.
                due = due.select_for_update(skip_locked=True, of=("self",))
            ids = list(due.values_list("pk", flat=True)[: self.batch_size])
            if not ids:
                return None
            Delivery.objects.filter(pk__in=ids, status=Delivery.Status.SCHEDULED).update(
                status=Delivery.Status.SENDING,
                claim_token=token,
                claimed_at=now,
                claimed_by=self.worker[:120],
                attempts=F("attempts") + 1,
            )
        deliveries = list(
            Delivery.objects.filter(claim_token=token, status=Delivery.Status.SENDING)
            .select_related("identity__customer", "enrolment")
            .order_by("due_at", "pk")
        )
        self.attach_related(deliveries)
        return (token, deliveries) if deliveries else None

    def attach_related(self, deliveries: list[Delivery]) -> None:
        """Steps, sequences (with brand) and registrations are shared by many deliveries:
        load each once per batch instead of once per row through select_related."""
        from registration.models import Registration

        from .models import Sequence, SequenceStep

        step_ids = {d.step_id for d in deliveries if d.step_id}
        steps = {s.pk: s for s in SequenceStep.objects.filter(pk__in=step_ids)}
        sequence_ids = {d.enrolment.sequence_id for d in deliveries}
        sequences = {
            s.pk: s for s in Sequence.objects.filter(pk__in=sequence_ids).select_related("brand")
        }
        registration_ids = {d.enrolment.registration_id for d in deliveries} - {None}
        registrations = {
            r.pk: r
            for r in Registration.objects.filter(pk__in=registration_ids).select_related(
                "product", "sku"
            )
        }
        for delivery in deliveries:
            delivery.step = steps.get(delivery.step_id)
            enrolment = delivery.enrolment
            enrolment.sequence = sequences[enrolment.sequence_id]
            enrolment.registration = registrations.get(enrolment.registration_id)

    def process(self, token, deliveries: list[Delivery], connection) -> None:
        ready, held = self.triage(deliveries)
        self.recorder.record(token, held)
        self.stats.add(held)
        for start in range(0, len(ready), self.record_every):
            outcomes = self.send_chunk(ready[start : start + self.record_every], connection)
            self.recorder.record(token, outcomes)
            self.stats.add(outcomes)

    # --- the checks right before sending ---
    def triage(self, deliveries: list[Delivery]) -> tuple[list[Delivery], list[Outcome]]:
        now = timezone.now()
        identity_ids = defaultdict(set)
        for delivery in deliveries:
            identity_ids[delivery.mail_type].add(delivery.identity_id)
        reachable = {
            (mail_type, identity_id)
            for mail_type, ids in identity_ids.items()
            for identity_id in reachable_identity_ids(mail_type=mail_type, identity_ids=ids)
        }
        customer_ids = {d.customer_id for d in deliveries}
        withdrawn = withdrawn_customer_ids(
            customer_ids={
                d.customer_id
                for d in deliveries
                if d.mail_type == MailType.TRANSACTIONAL and d.enrolment.sequence.exit_on_withdrawal
            }
        )
        paused = dict(
            ContactPreference.objects.filter(
                customer_id__in=customer_ids, paused_until__gt=now
            ).values_list("customer_id", "paused_until")
        )
        last_order = dict(
            Order.objects.filter(customer_id__in=customer_ids, channel=Channel.SHOPIFY)
            .values("customer_id")
            .annotate(last=Max("placed_at"))
            .values_list("customer_id", "last")
        )
        # Smart sending: at most one marketing mail per person per FUNNEL_SMART_SENDING_HOURS,
        # across all sequences, as Klaviyo flows do by default.
        spacing = timedelta(hours=settings.FUNNEL_SMART_SENDING_HOURS)
        recent = {}
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
        ready, held = [], []
        for delivery in deliveries:
            enrolment = delivery.enrolment
            sequence = enrolment.sequence

            def stop(reason, exit_reason="", _delivery=delivery):
                held.append(Outcome(_delivery, CANCEL, error=reason, exit_reason=exit_reason))

            if delivery.step is None:
                stop("the step was removed from the sequence")
            elif enrolment.status != Enrolment.Status.ACTIVE:
                stop("the enrolment has ended")
            elif (delivery.mail_type, delivery.identity_id) not in reachable:
                # Invariant 3 and 5: withdrawn, suppressed, erased or never marketable.
                stop("not reachable at send time", Enrolment.ExitReason.NOT_MARKETABLE)
            elif delivery.customer_id in withdrawn:
                stop("consent withdrawn", Enrolment.ExitReason.WITHDREW)
            elif (
                sequence.exit_on_purchase
                and last_order.get(delivery.customer_id)
                and last_order[delivery.customer_id] >= enrolment.enrolled_at
            ):
                stop("bought in the own store", Enrolment.ExitReason.PURCHASED)
            elif delivery.customer_id in paused:
                held.append(Outcome(delivery, DEFER, until=paused[delivery.customer_id]))
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
                if fitting > now + timedelta(minutes=1):
                    held.append(Outcome(delivery, DEFER, until=fitting))
                else:
                    ready.append(delivery)
                    if spacing and delivery.mail_type == MailType.COMMERCIAL:
                        recent[delivery.customer_id] = now  # a second one in this batch waits
        return ready, held

    # --- building and sending ---
    def compiled(self, sequence, step, locale):
        key = (step.pk, locale)
        if key not in self._compiled:
            self._compiled[key] = compile_message(sequence=sequence, step=step, locale=locale)
        return self._compiled[key]

    def prepare(self, delivery: Delivery) -> "Prepared":
        """Everything one recipient's message needs, computed once: the compiled step in
        their language, their merge values, their signed links and discount codes."""
        enrolment = delivery.enrolment
        sequence = enrolment.sequence
        registration = enrolment.registration
        customer = delivery.identity.customer
        locale = customer_locale(customer=customer, registration=registration)
        compiled = self.compiled(sequence, delivery.step, locale)
        values = merge_values(
            customer=customer,
            registration=registration,
            brand=sequence.brand,
            locale=compiled.locale,
        )
        token = tokens.make(
            identity_id=delivery.identity_id, delivery_id=delivery.pk, locale=compiled.locale
        )
        unsubscribe_url = f"{settings.SITE_URL}/email/unsubscribe/{token}/"
        values["_unsubscribe_url"] = unsubscribe_url
        values["_preferences_url"] = f"{settings.SITE_URL}/email/preferences/{token}/"
        if "_manual_url" in compiled.names:
            manual = (
                manual_for(registration.product, compiled.locale)
                if registration
                else {"url": settings.SITE_URL + "/", "title": ""}
            )
            values["_manual_url"], values["_manual_title"] = manual["url"], manual["title"]
        for pool_id in compiled.discount_pools:
            values[f"_discount_{pool_id}"] = discount_code_assign(
                pool_id=pool_id, delivery_id=delivery.pk
            )
        headers = {}
        if delivery.mail_type == MailType.COMMERCIAL:
            # RFC 8058 one-click unsubscribe: the POST goes to the same signed URL.
            headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        name = f"{customer.first_name} {customer.last_name}".strip()
        return Prepared(
            delivery=delivery,
            compiled=compiled,
            values=values,
            email=delivery.identity.email,
            to=formataddr((name, delivery.identity.email)),
            from_email=sequence.from_email or settings.DEFAULT_FROM_EMAIL,
            reply_to=sequence.reply_to,
            headers=headers,
            metadata={
                "delivery_id": str(delivery.public_id),
                "sequence_id": str(sequence.pk),
                "step_id": str(delivery.step_id),
            },
        )

    def build_message(self, prepared: "Prepared", connection) -> FunnelMessage:
        subject, text, html = prepared.compiled.render(prepared.values)
        prepared.subject = subject
        message = FunnelMessage(
            subject=subject,
            body=text,
            from_email=prepared.from_email,
            to=[prepared.to],
            reply_to=[prepared.reply_to] if prepared.reply_to else None,
            headers=prepared.headers,
            connection=connection,
        )
        message.attach_alternative(html, "text/html")
        message.metadata = prepared.metadata
        message.tags = [f"funnel-{prepared.delivery.mail_type}"]
        message.track_opens = True
        message.track_clicks = True
        return message

    def send_chunk(self, deliveries: list[Delivery], connection) -> list[Outcome]:
        """One provider call per message over one open connection (HTTP keep-alive), or,
        where the provider fills in per-recipient values itself, one call per batch."""
        if self.merge_format:
            return self.send_merged(deliveries, connection)
        return [self.send_one(delivery, connection) for delivery in deliveries]

    def _prepare_or_outcome(self, delivery: Delivery):
        try:
            return self.prepare(delivery), None
        except DiscountPoolEmpty as error:
            return None, Outcome(delivery, RETRY, error=describe(error))
        except Exception as error:
            log.exception("Could not build delivery %s", delivery.pk)
            return None, Outcome(delivery, RETRY, error=describe(error))

    def _failure(self, delivery: Delivery, error: Exception, status) -> Outcome:
        outcome = Outcome(delivery, RETRY if is_transient(error) else FAILED, error=describe(error))
        if outcome.kind == FAILED:
            outcome.exit_reason = Enrolment.ExitReason.FAILED
            if status == "rejected":
                outcome.suppress_email = delivery.identity.email
        log.warning("Delivery %s: %s", delivery.pk, outcome.error)
        return outcome

    def send_one(self, delivery: Delivery, connection) -> Outcome:
        prepared, failed = self._prepare_or_outcome(delivery)
        if failed:
            return failed
        try:
            message = self.build_message(prepared, connection)
        except Exception as error:
            log.exception("Could not build delivery %s", delivery.pk)
            return Outcome(delivery, RETRY, error=describe(error))
        try:
            connection.send_messages([message])
        except Exception as error:
            status = getattr(message, "anymail_status", None)
            statuses = (status.status or set()) if status is not None else set()
            return self._failure(delivery, error, "rejected" if "rejected" in statuses else None)
        status = getattr(message, "anymail_status", None)
        message_id = status.message_id if status is not None else None
        return Outcome(
            delivery,
            SENT,
            message_id=str(message_id) if message_id else f"local:{delivery.public_id}",
            subject=prepared.subject[:255],
            locale=prepared.compiled.locale,
        )

    # --- batch sending through the provider's merge data ---
    def send_merged(self, deliveries: list[Delivery], connection) -> list[Outcome]:
        """Group recipients of the same step, language and sender into one message with
        anymail's ``merge_data`` / ``merge_metadata`` / ``merge_headers``: the provider sends
        each recipient their own copy. An address appears at most once per batch."""
        outcomes, groups = [], {}
        for delivery in deliveries:
            prepared, failed = self._prepare_or_outcome(delivery)
            if failed:
                outcomes.append(failed)
                continue
            key = (
                prepared.compiled.step_id,
                prepared.compiled.locale,
                prepared.from_email,
                prepared.reply_to,
                delivery.mail_type,
            )
            batches = groups.setdefault(key, [[]])
            current = batches[-1]
            if len(current) >= self.merge_limit or any(p.email == prepared.email for p in current):
                current = []
                batches.append(current)
            current.append(prepared)
        for batches in groups.values():
            for batch in batches:
                if batch:
                    outcomes.extend(self.send_merge_batch(batch, connection))
        return outcomes

    def send_merge_batch(self, batch: list["Prepared"], connection) -> list[Outcome]:
        first = batch[0]
        compiled = first.compiled
        subject, text, html = compiled.merge_templates(self.merge_format)
        message = FunnelMessage(
            subject=subject,
            body=text,
            from_email=first.from_email,
            to=[p.to for p in batch],
            reply_to=[first.reply_to] if first.reply_to else None,
            connection=connection,
        )
        message.attach_alternative(html, "text/html")
        message.merge_data = {p.email: compiled.merge_data(p.values) for p in batch}
        message.merge_metadata = {p.email: p.metadata for p in batch}
        if first.headers:
            message.merge_headers = {p.email: p.headers for p in batch}
        message.tags = [f"funnel-{first.delivery.mail_type}"]
        message.track_opens = True
        message.track_clicks = True
        try:
            connection.send_messages([message])
        except Exception as error:
            recipients = getattr(getattr(message, "anymail_status", None), "recipients", {}) or {}
            return [
                self._failure(p.delivery, error, getattr(recipients.get(p.email), "status", None))
                for p in batch
            ]
        recipients = message.anymail_status.recipients
        outcomes = []
        for prepared in batch:
            status = recipients.get(prepared.email)
            if status is not None and status.status in ("rejected", "invalid", "failed"):
                outcomes.append(
                    self._failure(
                        prepared.delivery,
                        AnymailRecipientsRefused(f"provider status {status.status}"),
                        status.status,
                    )
                )
                continue
            subject_line, _text, _html = compiled.render(prepared.values)
            message_id = status.message_id if status is not None else None
            outcomes.append(
                Outcome(
                    prepared.delivery,
                    SENT,
                    message_id=str(message_id)
                    if message_id
                    else f"local:{prepared.delivery.public_id}",
                    subject=subject_line[:255],
                    locale=compiled.locale,
                )
            )
        return outcomes


@dataclass
class Prepared:
    delivery: Delivery
    compiled: object
    values: dict
    email: str
    to: str
    from_email: str
    reply_to: str
    headers: dict
    metadata: dict
    subject: str = ""


def deliveries_dispatch(*, batch_size: int | None = None, max_batches: int | None = None):
    """Send what is due now, until nothing is left (or *max_batches* batches)."""
    return Dispatcher(batch_size=batch_size).run(max_batches=max_batches)


@dataclass
class ReapStats:
    released: int = 0
    confirmed: int = 0
    undecided: int = 0


def deliveries_reap(*, stale_after: timedelta | None = None, reconciler=None) -> ReapStats:
    """Return stale claims (their worker died or hung) to the queue.

    Before releasing one, ask whether the provider already accepted it: a tracking event for
    it, or the provider's own answer (``funnel.providers``). Accepted → recorded as sent, never
    sent again. Not found → scheduled again. The provider unreachable → left for the next run.
    """
    if stale_after is None:
        stale_after = timedelta(seconds=settings.FUNNEL_CLAIM_TIMEOUT_SECONDS)
    reconciler = reconciler or get_reconciler()
    recorder = Recorder()
    stats = ReapStats()
    now = timezone.now()
    stale = Delivery.objects.filter(
        status=Delivery.Status.SENDING, claimed_at__lt=now - stale_after
    ).select_related("identity__customer", "enrolment__sequence")
    for delivery in stale.iterator(chunk_size=200):
        token = delivery.claim_token
        accepted = None
        if TrackingEvent.objects.filter(
            delivery=delivery, event_type__in=ACCEPTED_EVIDENCE
        ).exists():
            accepted = delivery.provider_message_id or "seen-in-tracking"
        else:
            try:
                accepted = reconciler.find(delivery)
            except ReconcileUnavailable as error:
                log.warning("Cannot reconcile delivery %s yet: %s", delivery.pk, error)
                stats.undecided += 1
                continue
        if accepted:
            recorder.record(
                token,
                [Outcome(delivery, SENT, message_id=str(accepted), locale=delivery.locale)],
            )
            stats.confirmed += 1
            continue
        released = Delivery.objects.filter(
            pk=delivery.pk, claim_token=token, status=Delivery.Status.SENDING
        ).update(
            status=Delivery.Status.SCHEDULED,
            claim_token=None,
            claimed_at=None,
            due_at=now,
            last_error=f"Reclaimed from {delivery.claimed_by} after its claim went stale.",
        )
        stats.released += released
    return stats


def due_count(*, now: datetime | None = None) -> int:
    return Delivery.objects.filter(
        status=Delivery.Status.SCHEDULED,
        due_at__lte=now or timezone.now(),
        enrolment__sequence__live=True,
    ).count()
