"""The claim protocol of every outbox and pool: how a worker takes rows nobody else may take
(docs/decisions/0003-claim-protocol.md).

A claim is a short transaction: select the due rows in the order to serve them — locked, with
rows another worker holds *skipped*, not waited for, where the database can (``SKIP LOCKED``) —
then a conditional ``UPDATE … WHERE status = <free>`` that stamps them with a fresh token. The
conditional UPDATE decides on every database; the lock only keeps workers from queueing behind
each other, so SQLite, which has neither row locks nor ``SKIP LOCKED``, stays correct.

Afterwards every write of a result is guarded by the token (``Claims.held_by``), so a worker
whose claim was reaped cannot overwrite what happened since; the reaper returns claims whose
worker died (``Claims.stale`` → ``Claims.release``).

Used by the funnel's deliveries (``funnel.outbox``), the Klaviyo sync (``funnel.klaviyo``) and
the discount-code pools (``claim_first``, ``funnel.services.discount_code_claim``).
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import connections, models, transaction
from django.db.models import F, QuerySet
from django.utils import timezone


class ClaimContended(Exception):
    """Other callers took every candidate first, *tries* times in a row."""


def skip_locked[M: models.Model](queryset: QuerySet[M]) -> QuerySet[M]:
    """*queryset* locking the rows it selects and skipping those another transaction holds,
    where the database supports it and a transaction is open to hold the locks. Elsewhere the
    query is returned unchanged: the conditional UPDATE that follows decides alone."""
    connection = connections[queryset.db]
    features = connection.features
    if not (connection.in_atomic_block and features.has_select_for_update_skip_locked):
        return queryset
    # Only the claimed table's rows: a join (e.g. to the sequence) must not lock shared rows.
    of = ("self",) if features.has_select_for_update_of else ()
    return queryset.select_for_update(skip_locked=True, of=of)


@dataclass(frozen=True)
class Claims[M: models.Model]:
    """The claim columns of one outbox table — ``status``, ``due_at``, ``claim_token``,
    ``claimed_at`` and ``attempts`` — and the two statuses a row moves between: *free*
    (waiting to be claimed) and *held* (a worker holds it)."""

    model: type[M]
    free: str
    held: str

    @property
    def rows(self) -> QuerySet[M]:
        return self.model._default_manager.all()

    def due(self, *, now: datetime) -> QuerySet[M]:
        """Free rows whose time has come; narrow and order them before ``claim``."""
        return self.rows.filter(status=self.free, due_at__lte=now)

    def claim(
        self, due: QuerySet[M], *, limit: int, now: datetime, **stamp: Any
    ) -> uuid.UUID | None:
        """Claim up to *limit* rows of *due*, in its order, for one worker: they move to *held*,
        count one more attempt and carry a new token (and *stamp*, e.g. the worker's name).
        Returns the token, or None when nothing was free."""
        token = uuid.uuid4()
        with transaction.atomic(using=due.db):
            ids = list(skip_locked(due).values_list("pk", flat=True)[:limit])
            if not ids:
                return None
            self.rows.filter(pk__in=ids, status=self.free).update(
                status=self.held,
                claim_token=token,
                claimed_at=now,
                attempts=F("attempts") + 1,
                **stamp,
            )
        return token

    def held_by(self, token: uuid.UUID) -> QuerySet[M]:
        """The rows *token* still holds. Every write of a result goes through this."""
        return self.rows.filter(claim_token=token, status=self.held)

    def release(self, rows: QuerySet[M], **values: Any) -> int:
        """Put *rows* back in the queue, unclaimed, with *values* (a later ``due_at``, the last
        error)."""
        return rows.update(status=self.free, claim_token=None, claimed_at=None, **values)

    def stale(self, *, older_than: timedelta, now: datetime | None = None) -> QuerySet[M]:
        """Claims held longer than *older_than*: their worker died or hung."""
        cutoff = (now or timezone.now()) - older_than
        return self.rows.filter(status=self.held, claimed_at__lt=cutoff)


def claim_first(
    free: QuerySet[Any], *, values: dict[str, Any], fields: Sequence[str] = ("pk",), tries: int = 20
) -> tuple[Any, ...] | None:
    """Take the first row of *free* (an ordered queryset of untaken rows) by writing *values*,
    and return its *fields* (the primary key first); None when *free* is empty. Two callers
    never take the same row: the UPDATE is conditional on *free*'s own filter. Run it inside
    the caller's transaction, so what the caller records about the row rolls back with it.
    Raises ``ClaimContended`` after *tries* races lost in a row."""
    for _attempt in range(tries):
        candidate: tuple[Any, ...] | None = skip_locked(free).values_list(*fields).first()
        if candidate is None:
            return None
        if free.order_by().filter(pk=candidate[0]).update(**values):
            return candidate
    raise ClaimContended(f"{tries} races for a free {free.model._meta.verbose_name} lost.")
