"""Returning stale claims — their worker died or hung — without ever sending a mail twice."""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from ..models import TrackingEvent
from ..providers import Reconciler, ReconcileUnavailable, get_reconciler
from .claim import CLAIMS
from .record import SENT, Outcome, Recorder

log = logging.getLogger(__name__)

#: Tracking events that prove the provider accepted a message.
ACCEPTED_EVIDENCE = ("queued", "sent", "delivered", "opened", "clicked", "bounced", "deferred")


@dataclass
class ReapStats:
    released: int = 0
    confirmed: int = 0
    undecided: int = 0


def deliveries_reap(
    *, stale_after: timedelta | None = None, reconciler: Reconciler | None = None
) -> ReapStats:
    """Return stale claims (``FUNNEL_CLAIM_TIMEOUT_SECONDS`` by default) to the queue.

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
    stale = CLAIMS.stale(older_than=stale_after, now=now).select_related(
        "identity__customer", "enrolment__sequence"
    )
    for delivery in stale.iterator(chunk_size=200):
        token = delivery.claim_token
        if token is None:  # released meanwhile by its own worker
            continue
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
        stats.released += CLAIMS.release(
            CLAIMS.held_by(token).filter(pk=delivery.pk),
            due_at=now,
            last_error=f"Reclaimed from {delivery.claimed_by} after its claim went stale.",
        )
    return stats
