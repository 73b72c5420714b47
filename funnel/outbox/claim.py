"""Claiming due deliveries for one worker (``core.claims``: ``SKIP LOCKED`` where the database
has it, a conditional UPDATE everywhere, a token on every claimed row), and loading what their
messages need in a handful of queries."""

import os
import socket
import uuid
from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone

from core.claims import Claims
from registration.models import Registration

from ..models import Delivery, Sequence, SequenceStep

CLAIMS = Claims(Delivery, free=Delivery.Status.SCHEDULED, held=Delivery.Status.SENDING)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def due_deliveries(*, now: datetime) -> QuerySet[Delivery]:
    """Scheduled deliveries whose time has come, oldest first. An unpublished sequence holds
    its mail."""
    return CLAIMS.due(now=now).filter(enrolment__sequence__live=True).order_by("due_at", "pk")


def due_count(*, now: datetime | None = None) -> int:
    return due_deliveries(now=now or timezone.now()).count()


def deliveries_claim(*, limit: int, worker: str) -> tuple[uuid.UUID, list[Delivery]] | None:
    """Claim up to *limit* due deliveries for *worker*: the claim token and the deliveries with
    everything a message needs attached, or None when nothing is due."""
    now = timezone.now()
    token = CLAIMS.claim(due_deliveries(now=now), limit=limit, now=now, claimed_by=worker[:120])
    if token is None:
        return None
    deliveries = list(
        CLAIMS.held_by(token)
        .select_related("identity__customer", "enrolment")
        .order_by("due_at", "pk")
    )
    attach_related(deliveries)
    return (token, deliveries) if deliveries else None


def attach_related(deliveries: list[Delivery]) -> None:
    """Steps, sequences (with brand) and registrations are shared by many deliveries: load each
    once per batch instead of once per row through select_related."""
    step_ids = {d.step_id for d in deliveries if d.step_id is not None}
    steps = {s.pk: s for s in SequenceStep.objects.filter(pk__in=step_ids)}
    sequence_ids = {d.enrolment.sequence_id for d in deliveries}
    sequences = {
        s.pk: s for s in Sequence.objects.filter(pk__in=sequence_ids).select_related("brand")
    }
    registration_ids = {
        d.enrolment.registration_id for d in deliveries if d.enrolment.registration_id is not None
    }
    registrations = {
        r.pk: r
        for r in Registration.objects.filter(pk__in=registration_ids).select_related(
            "product", "sku"
        )
    }
    for delivery in deliveries:
        delivery.step = steps.get(delivery.step_id) if delivery.step_id is not None else None
        enrolment = delivery.enrolment
        enrolment.sequence = sequences[enrolment.sequence_id]
        enrolment.registration = (
            registrations.get(enrolment.registration_id)
            if enrolment.registration_id is not None
            else None
        )
