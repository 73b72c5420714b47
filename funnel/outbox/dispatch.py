"""One worker's run over the due deliveries: claim a batch, triage it, send what is ready in
chunks over one open provider connection, and record each chunk's outcomes as it goes.

Sending is one provider call per message over one connection (HTTP keep-alive), or, where the
provider fills in per-recipient values itself (``funnel.providers.batch_merge_format``), one
call per batch of recipients of the same step, language and sender.
"""

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from anymail.exceptions import AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import mailers
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from core import mail_errors

from ..models import Delivery, Enrolment
from ..providers import batch_merge_format
from ..services import DiscountPoolEmpty
from .claim import deliveries_claim, worker_name
from .compose import Composer, Prepared
from .record import CANCEL, DEFER, FAILED, RETRY, SENT, Outcome, Recorder
from .triage import send_facts, triage

log = logging.getLogger(__name__)


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


def is_transient(error: Exception) -> bool:
    """An empty discount pool waits for the marketer to add codes; the rest is the mail's own."""
    return isinstance(error, DiscountPoolEmpty) or mail_errors.is_transient(error)


class Dispatcher:
    """One worker's run over the due deliveries.

    Override ``composer_class`` (``funnel.outbox.compose.Composer``) to change what is sent, or
    ``send_chunk`` to change how a chunk reaches the provider.
    """

    composer_class = Composer

    def __init__(
        self,
        *,
        batch_size: int | None = None,
        worker: str | None = None,
        mailer: str | None = None,
    ) -> None:
        self.batch_size = batch_size or settings.FUNNEL_BATCH_SIZE
        self.record_every = max(1, settings.FUNNEL_RECORD_EVERY)
        self.worker = worker or worker_name()
        self.mailer_alias = mailer or settings.FUNNEL_MAILER
        self.recorder = Recorder()
        self.composer = self.composer_class()
        self.stats = DispatchStats()
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

    def claim(self) -> tuple[uuid.UUID, list[Delivery]] | None:
        return deliveries_claim(limit=self.batch_size, worker=self.worker)

    def process(
        self, token: uuid.UUID, deliveries: list[Delivery], connection: BaseEmailBackend
    ) -> None:
        ready, held = triage(deliveries, send_facts(deliveries, now=timezone.now()))
        self.recorder.record(token, held)
        self.stats.add(held)
        for start in range(0, len(ready), self.record_every):
            outcomes = self.send_chunk(ready[start : start + self.record_every], connection)
            self.recorder.record(token, outcomes)
            self.stats.add(outcomes)

    # --- sending ---
    def send_chunk(self, deliveries: list[Delivery], connection: BaseEmailBackend) -> list[Outcome]:
        if self.merge_format:
            return self.send_merged(deliveries, connection)
        return [self.send_one(delivery, connection) for delivery in deliveries]

    def _prepare_or_outcome(
        self, delivery: Delivery
    ) -> tuple[Prepared, None] | tuple[None, Outcome]:
        try:
            return self.composer.prepare(delivery), None
        except DiscountPoolEmpty as error:
            return None, Outcome(delivery, RETRY, error=mail_errors.describe(error))
        except Exception as error:
            log.exception("Could not build delivery %s", delivery.pk)
            return None, Outcome(delivery, RETRY, error=mail_errors.describe(error))

    def _failure(self, delivery: Delivery, error: Exception, status: str | None) -> Outcome:
        kind = RETRY if is_transient(error) else FAILED
        outcome = Outcome(delivery, kind, error=mail_errors.describe(error))
        if outcome.kind == FAILED:
            outcome.exit_reason = Enrolment.ExitReason.FAILED
            if status == "rejected":
                outcome.suppress_email = delivery.identity.email
        log.warning("Delivery %s: %s", delivery.pk, outcome.error)
        return outcome

    def send_one(self, delivery: Delivery, connection: BaseEmailBackend) -> Outcome:
        prepared, failed = self._prepare_or_outcome(delivery)
        if prepared is None:
            assert failed is not None
            return failed
        try:
            message = self.composer.message(prepared, connection)
        except Exception as error:
            log.exception("Could not build delivery %s", delivery.pk)
            return Outcome(delivery, RETRY, error=mail_errors.describe(error))
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
    def send_merged(
        self, deliveries: list[Delivery], connection: BaseEmailBackend
    ) -> list[Outcome]:
        """Group recipients of the same step, language and sender into one message with
        anymail's ``merge_data`` / ``merge_metadata`` / ``merge_headers``: the provider sends
        each recipient their own copy. An address appears at most once per batch."""
        outcomes: list[Outcome] = []
        groups: dict[tuple[Any, ...], list[list[Prepared]]] = {}
        for delivery in deliveries:
            prepared, failed = self._prepare_or_outcome(delivery)
            if prepared is None:
                assert failed is not None
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

    def send_merge_batch(
        self, batch: list[Prepared], connection: BaseEmailBackend
    ) -> list[Outcome]:
        compiled = batch[0].compiled
        assert self.merge_format is not None  # only called when the provider merges
        message = self.composer.merged_message(batch, self.merge_format, connection)
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


def deliveries_dispatch(
    *, batch_size: int | None = None, max_batches: int | None = None, worker: str | None = None
) -> DispatchStats:
    """Send what is due now, until nothing is left (or *max_batches* batches)."""
    return Dispatcher(batch_size=batch_size, worker=worker).run(max_batches=max_batches)
