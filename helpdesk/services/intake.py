"""Intake: every provider delivery becomes a stored ticket message or a quarantined mail, once.

A delivery is known by the provider's own event id (Postmark's ``MessageID``, Mailgun's token,
anymail's ``event_id``), recorded as an ``InboundEvent``: a redelivery stores nothing twice, also
for mail without a Message-ID. When ``inbound_receive`` cannot store a mail (a rule refuses it,
a bug), the raw message goes to the quarantine, with the error, in the same breath: the provider
hears "received", nothing is lost, and staff retry it from the admin once the cause is fixed.
Only an unreachable database lets the error through, so the provider delivers again later.
"""

import hashlib
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from anymail.inbound import AnymailInboundMessage
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.utils import timezone

from core.files import removed_on_rollback, save_file

from .. import inbound_payloads
from .. import mail_reading as reading
from ..models import InboundEvent, Message, QuarantinedMail
from .inbound import inbound_receive

logger = logging.getLogger(__name__)

#: Errors that say "try again later", not "this mail cannot be stored": they reach the provider.
UNAVAILABLE = (OperationalError, InterfaceError)


@dataclass(frozen=True)
class Intake:
    """What became of one delivery."""

    message: Message | None = None
    quarantined: QuarantinedMail | None = None
    duplicate: bool = False


def inbound_accept(
    *,
    message: AnymailInboundMessage,
    provider: str,
    event_id: str = "",
    received_at: datetime | None = None,
) -> Intake:
    """Store one delivered mail as a ticket message, or quarantine it; a delivery already
    handled (the same provider event) changes nothing."""
    event_id = reading.clean_text(event_id or "")[:255]
    provider = reading.clean_text(provider)[:40]
    seen = _seen(provider, event_id)
    if seen is not None:
        return seen
    digest = reading.content_digest(message)
    try:
        with removed_on_rollback(), transaction.atomic():
            event = InboundEvent.objects.create(
                provider=provider, event_id=event_id, digest=digest, received_at=timezone.now()
            )
            stored, created = inbound_receive(
                message=message,
                provider=provider,
                event_id=event_id,
                received_at=received_at,
                digest=digest,
            )
            event.message = stored
            event.save(update_fields=["message"])
        return Intake(message=stored, duplicate=not created)
    except UNAVAILABLE:
        raise
    except Exception as error:
        if isinstance(error, IntegrityError):
            seen = _seen(provider, event_id)  # a concurrent delivery of this event won
            if seen is not None:
                return seen
        logger.exception("Inbound mail from %s (event %r) quarantined", provider, event_id)
        return _quarantine_message(
            message=message, provider=provider, event_id=event_id, digest=digest, error=error
        )


def _seen(provider: str, event_id: str) -> Intake | None:
    if not event_id:
        return None
    event = (
        InboundEvent.objects.filter(provider=provider, event_id=event_id)
        .select_related("message", "quarantined")
        .first()
    )
    if event is None:
        return None
    return Intake(message=event.message, quarantined=event.quarantined, duplicate=True)


def _describe(error: BaseException) -> str:
    return reading.clean_text(f"{type(error).__name__}: {error}")[:4000]


def _quarantine_message(
    *,
    message: AnymailInboundMessage,
    provider: str,
    event_id: str,
    digest: str,
    error: BaseException,
) -> Intake:
    name, address = reading.sender(message)
    from_header = reading.header_value(message, "From")
    quarantined = QuarantinedMail(
        provider=provider,
        event_id=event_id,
        kind=QuarantinedMail.Kind.MESSAGE,
        content_type="message/rfc822",
        sender=(from_header or address or name)[:320],
        subject=reading.header_value(message, "Subject")[:255],
        envelope_sender=reading.clean_text(str(message.envelope_sender or ""))[:320],
        envelope_recipient=reading.clean_text(str(message.envelope_recipient or ""))[:320],
        error=_describe(error),
    )
    return _quarantine_store(quarantined, reading.raw_bytes(message), digest, "eml")


def quarantine_payload(
    *, provider: str, webhook: str, content_type: str, body: bytes, error: BaseException
) -> Intake:
    """Keep a provider post that anymail could not read, as received. A redelivery of the same
    post is recognised by its digest."""
    sha = hashlib.sha256(body).hexdigest()
    event_id = f"post-sha256-{sha}"
    seen = _seen(provider, event_id)
    if seen is not None:
        return seen
    logger.warning("Inbound %s post quarantined: %s", provider, _describe(error))
    quarantined = QuarantinedMail(
        provider=reading.clean_text(provider)[:40],
        webhook=webhook[:40],
        event_id=event_id,
        kind=QuarantinedMail.Kind.PAYLOAD,
        content_type=reading.clean_text(content_type)[:255],
        error=_describe(error),
    )
    return _quarantine_store(quarantined, body, sha, "txt")


def _quarantine_store(
    quarantined: QuarantinedMail, raw: bytes, digest: str, extension: str
) -> Intake:
    quarantined.size = len(raw)
    quarantined.sha256 = hashlib.sha256(raw).hexdigest()
    try:
        with removed_on_rollback(), transaction.atomic():
            save_file(quarantined.raw, f"{uuid.uuid4().hex}.{extension}", ContentFile(raw))
            quarantined.save()
            InboundEvent.objects.create(
                provider=quarantined.provider,
                event_id=quarantined.event_id,
                digest=digest,
                quarantined=quarantined,
            )
    except IntegrityError:
        seen = _seen(quarantined.provider, quarantined.event_id)
        if seen is None:
            raise
        return seen
    return Intake(quarantined=quarantined)


def quarantine_retry(*, quarantined: QuarantinedMail, actor: User | None = None) -> QuarantinedMail:
    """Run intake again on a quarantined mail: stored, it is released with a link to its ticket
    message; failing again, it stays with the new error and one more attempt counted."""
    with transaction.atomic():
        quarantined = QuarantinedMail.objects.select_for_update().get(pk=quarantined.pk)
        if quarantined.status == QuarantinedMail.Status.RELEASED:
            return quarantined
        now = timezone.now()
        try:
            with removed_on_rollback(), transaction.atomic():
                stored = _receive_again(quarantined)
        except UNAVAILABLE:
            raise
        except Exception as error:
            logger.exception("Quarantined mail %s failed again", quarantined.pk)
            quarantined.error = _describe(error)
            quarantined.attempts += 1
            quarantined.last_attempt_at = now
            quarantined.save(update_fields=["error", "attempts", "last_attempt_at"])
            return quarantined
        quarantined.status = QuarantinedMail.Status.RELEASED
        quarantined.message = stored
        quarantined.attempts += 1
        quarantined.last_attempt_at = now
        quarantined.released_at = now
        quarantined.released_by = actor
        quarantined.save()
        return quarantined


def _receive_again(quarantined: QuarantinedMail) -> Message | None:
    with quarantined.raw.open("rb") as file:
        raw = file.read()
    deliveries: list[tuple[AnymailInboundMessage, str, str]] = []
    if quarantined.kind == QuarantinedMail.Kind.MESSAGE:
        message = AnymailInboundMessage.parse_raw_mime_bytes(raw)
        message.envelope_sender = quarantined.envelope_sender or None
        message.envelope_recipient = quarantined.envelope_recipient or None
        deliveries.append((message, quarantined.provider, quarantined.event_id))
    else:
        for event in inbound_payloads.events_from_payload(
            quarantined.webhook, quarantined.content_type, raw
        ):
            event_id = reading.clean_text(str(event.event_id or ""))[:255]
            deliveries.append((event.message, quarantined.provider, event_id))
    stored = None
    for message, provider, event_id in deliveries:
        digest = reading.content_digest(message)
        stored, _created = inbound_receive(
            message=message,
            provider=provider,
            event_id=event_id,
            received_at=quarantined.received_at,
            digest=digest,
        )
        known = InboundEvent.objects.filter(provider=provider, event_id=event_id)
        if event_id and known.exists():
            known.update(message=stored)
        else:
            InboundEvent.objects.create(
                provider=provider, event_id=event_id, digest=digest, message=stored
            )
    return stored
