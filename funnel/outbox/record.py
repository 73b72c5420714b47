"""Writing what happened to claimed deliveries: sent, retried, failed, cancelled or deferred,
each write guarded by the claim token (``core.claims``), and scheduling the next step of every
delivery that was sent."""

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import F, Field
from django.utils import timezone

from customers.models import Suppression
from customers.services import suppression_add

from ..models import Delivery, Enrolment, Sequence, SequenceStep
from ..scheduling import retry_delay, step_due_at
from .claim import CLAIMS

SENT, RETRY, FAILED, CANCEL, DEFER = "sent", "retry", "failed", "cancel", "defer"


@dataclass
class Outcome:
    """What became of one claimed delivery (*kind* is one of the constants above)."""

    delivery: Delivery
    kind: str
    message_id: str = ""
    error: str = ""
    subject: str = ""
    locale: str = ""
    until: datetime | None = None
    exit_reason: str = ""
    suppress_email: str = ""


def insert_ignoring_duplicates(deliveries: list[Delivery]) -> None:
    """INSERT … ON CONFLICT DO NOTHING for many rows in one executemany: the unique
    (enrolment, step) constraint turns a repeated schedule into a no-op. Equivalent to
    ``bulk_create(ignore_conflicts=True)``, which spends most of its time compiling SQL."""
    fields = [f for f in Delivery._meta.concrete_fields if not f.primary_key]
    quote = db_connection.ops.quote_name
    columns = ", ".join(quote(str(f.column)) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = (
        f"INSERT INTO {quote(str(Delivery._meta.db_table))} ({columns}) "  # noqa: S608
        f"VALUES ({placeholders}) ON CONFLICT DO NOTHING"
    )
    rows = [
        [f.get_db_prep_save(f.pre_save(delivery, True), db_connection) for f in fields]
        for delivery in deliveries
    ]
    with db_connection.cursor() as cursor:
        cursor.executemany(sql, rows)


class Recorder:
    """Writes outcomes, guarded by the claim token, and schedules the next step."""

    def __init__(self) -> None:
        self._steps: dict[int, list[SequenceStep]] = {}

    def steps_of(self, sequence: Sequence) -> list[SequenceStep]:
        if sequence.pk not in self._steps:
            self._steps[sequence.pk] = list(sequence.steps.order_by("sort_order", "pk"))
        return self._steps[sequence.pk]

    def record(
        self, token: uuid.UUID, outcomes: list[Outcome], *, now: datetime | None = None
    ) -> None:
        if not outcomes:
            return
        now = now or timezone.now()
        by_kind: defaultdict[str, list[Outcome]] = defaultdict(list)
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
                CLAIMS.release(
                    CLAIMS.held_by(token).filter(pk=outcome.delivery.pk),
                    due_at=outcome.until,
                    attempts=F("attempts") - 1,  # waiting for a window or a pause is no attempt
                )
        for outcome in outcomes:
            if outcome.suppress_email:
                suppression_add(
                    email=outcome.suppress_email,
                    reason=Suppression.Reason.BOUNCE,
                    detail=f"Provider refused the address: {outcome.error}"[:500],
                )

    def _record_sent(self, token: uuid.UUID, outcomes: list[Outcome], now: datetime) -> None:
        # One parametrised UPDATE run for every row (executemany): a CASE expression per
        # column over hundreds of rows costs more in Django's expression compiler than the
        # database spends running it. Guarded by the claim token like every other write.
        def field(name: str) -> Field[Any, Any]:
            found = Delivery._meta.get_field(name)
            assert isinstance(found, Field)
            return found

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
        new: list[Delivery] = []
        completed: list[int] = []
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

    def _record_retry(self, token: uuid.UUID, outcome: Outcome, now: datetime) -> None:
        delivery = outcome.delivery
        if delivery.attempts >= settings.FUNNEL_MAX_ATTEMPTS:
            outcome.kind = FAILED
            outcome.error = f"Gave up after {delivery.attempts} attempts. {outcome.error}"
            outcome.exit_reason = Enrolment.ExitReason.FAILED
            self._finish(token, outcome, Delivery.Status.FAILED, now)
            return
        CLAIMS.release(
            CLAIMS.held_by(token).filter(pk=delivery.pk),
            due_at=now + retry_delay(delivery.attempts),
            last_error=outcome.error,
        )

    def _finish(self, token: uuid.UUID, outcome: Outcome, status: str, now: datetime) -> None:
        updated = (
            CLAIMS.held_by(token)
            .filter(pk=outcome.delivery.pk)
            .update(
                status=status,
                last_error=outcome.error if status == Delivery.Status.FAILED else "",
                cancel_reason=outcome.error[:120] if status == Delivery.Status.CANCELLED else "",
            )
        )
        if updated and outcome.exit_reason:
            Enrolment.objects.filter(
                pk=outcome.delivery.enrolment_id, status=Enrolment.Status.ACTIVE
            ).update(status=Enrolment.Status.EXITED, exit_reason=outcome.exit_reason, ended_at=now)
