"""Klaviyo sync through the official klaviyo-api SDK, as an outbox.

Receivers write ``KlaviyoSync`` rows; ``klaviyo_flush`` (a task, and every tick) claims them,
re-checks each profile against the ownership selector (only marketable contacts ever leave),
and sends them in batches: up to 100 profiles per subscribe/unsubscribe job, up to 100 events
per bulk event job. The SDK retries 429/503/504 itself honouring ``Retry-After``; what still
fails is retried by the outbox with backoff. Every call passes ``_request_timeout``: the SDK
has no default timeout.

Subscribing lifts suppressions in Klaviyo and triggers Klaviyo's own double opt-in on a list
that has one, so it is called only after our own confirmed opt-in; use a single opt-in list.
"""

import json
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.claims import Claims
from customers.models import ChannelIdentity, ConsentRecord, address_hash
from customers.selectors import marketable_identities
from registration.models import Registration

from .models import KlaviyoProfile, KlaviyoSync
from .scheduling import retry_delay

log = logging.getLogger(__name__)

CHUNK = 100
EVENT_METRIC = "Registered Product"

CLAIMS = Claims(KlaviyoSync, free=KlaviyoSync.Status.PENDING, held=KlaviyoSync.Status.SENDING)


def enabled() -> bool:
    return bool(settings.KLAVIYO_API_KEY)


def client():
    """The SDK client. ``KLAVIYO_TEST_HOST`` points it at a fake server in tests."""
    from klaviyo_api import KlaviyoAPI

    return KlaviyoAPI(
        settings.KLAVIYO_API_KEY,
        max_delay=settings.KLAVIYO_MAX_DELAY,
        max_retries=settings.KLAVIYO_MAX_RETRIES,
        test_host=settings.KLAVIYO_TEST_HOST,
    )


# --- queueing (called by receivers and the backfill) ----------------------------------------


def _queue(*, enqueue: bool = True, **fields) -> KlaviyoSync | None:
    if not enabled():
        return None
    row = KlaviyoSync.objects.create(**fields)
    if enqueue:
        transaction.on_commit(_enqueue_flush)
    return row


def _enqueue_flush() -> None:
    from .tasks import klaviyo_flush_task

    klaviyo_flush_task.enqueue()


def klaviyo_queue_subscribe(
    *, identity_id: int, consent_record_id=None, historical=False, enqueue=True
):
    return _queue(
        kind=KlaviyoSync.Kind.SUBSCRIBE,
        identity_id=identity_id,
        consent_record_id=consent_record_id,
        historical=historical,
        enqueue=enqueue,
    )


def klaviyo_queue_event(*, registration_id: int, historical=False, enqueue=True):
    return _queue(
        kind=KlaviyoSync.Kind.EVENT,
        registration_id=registration_id,
        historical=historical,
        enqueue=enqueue,
    )


def klaviyo_queue_unsubscribe(*, email: str):
    """Only for addresses this site subscribed: anyone else Klaviyo never hears about."""
    if not email or not enabled():
        return None
    profile = KlaviyoProfile.objects.filter(address_hash=address_hash(email)).first()
    if profile is None or not profile.is_subscribed:
        return None
    return _queue(kind=KlaviyoSync.Kind.UNSUBSCRIBE, email=email)


def klaviyo_queue_deletion(*, email: str):
    """Erasure: ask Klaviyo to delete the profile, for addresses this site sent there."""
    if not email or not enabled():
        return None
    if not KlaviyoProfile.objects.filter(address_hash=address_hash(email)).exists():
        return None
    return _queue(kind=KlaviyoSync.Kind.DELETE, email=email)


def klaviyo_queue_customer_subscribe(*, customer_id: int, consent_record_id: int) -> None:
    """After a confirmed opt-in: subscribe each marketable address of the customer, with an
    event per registration (the "Registered Product" metric Klaviyo flows start from)."""
    for identity in marketable_identities().filter(customer_id=customer_id):
        klaviyo_queue_subscribe(identity_id=identity.pk, consent_record_id=consent_record_id)
        for registration_id in identity.customer.registrations.values_list("pk", flat=True):
            klaviyo_queue_event(registration_id=registration_id)


def klaviyo_queue_customer_unsubscribe(*, customer_id: int) -> None:
    """After a withdrawal or erasure: unsubscribe every owned address of the customer."""
    emails = ChannelIdentity.objects.filter(customer_id=customer_id, owned=True).exclude(email="")
    for email in set(emails.values_list("email", flat=True)):
        klaviyo_queue_unsubscribe(email=email)


def klaviyo_queue_address_unsubscribe(*, address_hash: str) -> None:
    """After a suppression: unsubscribe the suppressed address wherever it appears."""
    emails = ChannelIdentity.objects.filter(address_hash=address_hash).exclude(email="")
    for email in set(emails.values_list("email", flat=True)):
        klaviyo_queue_unsubscribe(email=email)


def klaviyo_queue_registration_event(*, registration_id: int) -> None:
    """A new registration is an event in Klaviyo only for a customer who is marketable now."""
    customer_id = (
        Registration.objects.filter(pk=registration_id)
        .values_list("customer_id", flat=True)
        .first()
    )
    if customer_id and marketable_identities().filter(customer_id=customer_id).exists():
        klaviyo_queue_event(registration_id=registration_id)


# --- payloads --------------------------------------------------------------------------------


def subscribe_payload(profiles: list[dict], *, historical: bool) -> dict:
    attributes = {
        "custom_source": "Bridgecard product registration (double opt-in)",
        "profiles": {"data": profiles},
    }
    if historical:
        attributes["historical_import"] = True
    payload = {
        "data": {
            "type": "profile-subscription-bulk-create-job",
            "attributes": attributes,
        }
    }
    if settings.KLAVIYO_LIST_ID:
        payload["data"]["relationships"] = {
            "list": {"data": {"type": "list", "id": settings.KLAVIYO_LIST_ID}}
        }
    return payload


def subscribe_profile(email: str, consented_at=None) -> dict:
    """One profile of a subscribe job. ``consented_at`` belongs to a historical import only:
    Klaviyo refuses it on a live subscription (400, "consented_at" without
    "historical_import") and requires it on every profile of a historical one, where it is the
    time the customer confirmed (our ledger's row)."""
    marketing = {"consent": "SUBSCRIBED"}
    if consented_at is not None:
        marketing["consented_at"] = consented_at.isoformat()
    return {
        "type": "profile",
        "attributes": {"email": email, "subscriptions": {"email": {"marketing": marketing}}},
    }


def unsubscribe_payload(emails: list[str]) -> dict:
    payload = {
        "data": {
            "type": "profile-subscription-bulk-delete-job",
            "attributes": {
                "profiles": {
                    "data": [
                        {
                            "type": "profile",
                            "attributes": {
                                "email": email,
                                "subscriptions": {
                                    "email": {"marketing": {"consent": "UNSUBSCRIBED"}}
                                },
                            },
                        }
                        for email in emails
                    ]
                }
            },
        }
    }
    if settings.KLAVIYO_LIST_ID:
        payload["data"]["relationships"] = {
            "list": {"data": {"type": "list", "id": settings.KLAVIYO_LIST_ID}}
        }
    return payload


def registration_event(registration, email: str, *, historical: bool = False) -> dict:
    """One profile's "Registered Product" event; ``unique_id`` lets Klaviyo drop a retry.
    A backfilled event is marked so it does not start Klaviyo flows a second time."""
    return {
        "type": "event-bulk-create",
        "attributes": {
            "backfill": historical,
            "profile": {"data": {"type": "profile", "attributes": {"email": email}}},
            "events": {
                "data": [
                    {
                        "type": "event",
                        "attributes": {
                            "properties": {
                                "product": registration.product.name,
                                "sku": registration.sku.code if registration.sku_id else "",
                                "locale": registration.locale,
                                "purchase_channel": registration.purchase_channel,
                                "warranty_ends_on": registration.warranty_ends_on.isoformat(),
                            },
                            "metric": {
                                "data": {"type": "metric", "attributes": {"name": EVENT_METRIC}}
                            },
                            "time": registration.created_at.isoformat(),
                            "unique_id": f"registration-{registration.public_id}",
                        },
                    }
                ]
            },
        },
    }


def events_payload(entries: list[dict]) -> dict:
    return {
        "data": {
            "type": "event-bulk-create-job",
            "attributes": {"events-bulk-create": {"data": entries}},
        }
    }


# --- flushing --------------------------------------------------------------------------------


@dataclass
class FlushStats:
    done: int = 0
    skipped: int = 0
    retried: int = 0
    failed: int = 0


def describe(error: Exception) -> str:
    """What went wrong, readable on the sync page: Klaviyo's own errors (JSON:API: code, detail
    and the field it points at) when it answered, the exception when it did not."""
    status = getattr(error, "status", None)
    if status is None:
        return f"{type(error).__name__}: {error}"[:2000]
    try:
        errors = json.loads(getattr(error, "body", None) or "{}").get("errors") or []
    except (TypeError, ValueError, AttributeError):
        errors = []
    said = []
    for item in errors[:5]:
        if not isinstance(item, dict):
            continue
        text = ": ".join(str(p) for p in (item.get("code"), item.get("detail")) if p)
        pointer = (
            (item.get("source") or {}).get("pointer")
            if isinstance(item.get("source"), dict)
            else ""
        )
        said.append(f"{text} (at {pointer})" if pointer else text)
    reason = "; ".join(said) or str(getattr(error, "reason", "") or "")
    return f"Klaviyo answered {status}: {reason}"[:2000]


def _is_transient(error: Exception) -> bool:
    status = getattr(error, "status", None)
    if status is None:
        return True  # time-outs, refused connections, resets
    return status == 429 or status >= 500


def _claim(limit: int):
    now = timezone.now()
    token = CLAIMS.claim(CLAIMS.due(now=now).order_by("id"), limit=limit, now=now)
    if token is None:
        return None, []
    return token, list(
        CLAIMS.held_by(token)
        .select_related("identity", "registration__product", "registration__sku")
        .order_by("id")
    )


def _finish(token, rows, status, error="") -> None:
    if rows:
        CLAIMS.held_by(token).filter(pk__in=[r.pk for r in rows]).update(
            status=status,
            last_error=error[:2000],
            done_at=timezone.now() if status == KlaviyoSync.Status.DONE else None,
        )


def _retry(token, rows, error: Exception, stats: FlushStats) -> None:
    transient = _is_transient(error)
    said = describe(error)
    gave_up = 0
    for row in rows:
        if transient and row.attempts < settings.FUNNEL_MAX_ATTEMPTS:
            CLAIMS.release(
                CLAIMS.held_by(token).filter(pk=row.pk),
                due_at=timezone.now() + retry_delay(row.attempts),
                last_error=said,
            )
            stats.retried += 1
        else:
            _finish(token, [row], KlaviyoSync.Status.FAILED, said)
            gave_up += 1
    stats.failed += gave_up
    if gave_up:
        # Listed on the admin's Klaviyo sync page, which offers a retry.
        log.error("Klaviyo sync failed for good for %s row(s): %s", gave_up, said)


def _call(what: str, method, payload: dict, *, timeout, token, rows, stats: FlushStats) -> bool:
    """Send *payload* through the SDK's *method* on behalf of *rows*: accepted, they are done;
    refused or unreachable, they are retried later or failed. True when Klaviyo accepted it."""
    try:
        method(payload, _request_timeout=timeout)
    except Exception as error:
        log.warning("Klaviyo %s failed: %s", what, describe(error))
        _retry(token, rows, error, stats)
        return False
    _finish(token, rows, KlaviyoSync.Status.DONE)
    stats.done += len(rows)
    return True


def klaviyo_flush(*, limit: int = 1000, api=None) -> FlushStats:
    """Send what is pending, in batches. Safe to run in several workers at once."""
    stats = FlushStats()
    if not enabled():
        return stats
    api = api or client()
    timeout = settings.KLAVIYO_TIMEOUT_SECONDS
    while True:
        token, rows = _claim(limit)
        if not rows:
            return stats
        subscribes = [r for r in rows if r.kind == KlaviyoSync.Kind.SUBSCRIBE]
        events = [r for r in rows if r.kind == KlaviyoSync.Kind.EVENT]
        unsubscribes = [r for r in rows if r.kind == KlaviyoSync.Kind.UNSUBSCRIBE]
        deletions = [r for r in rows if r.kind == KlaviyoSync.Kind.DELETE]
        _flush_deletions(api, token, deletions, stats, timeout)
        _flush_unsubscribes(api, token, unsubscribes, stats, timeout)
        _flush_subscribes(api, token, subscribes, stats, timeout)
        _flush_events(api, token, events, stats, timeout)


def _flush_subscribes(api, token, rows, stats, timeout) -> None:
    if not rows:
        return
    # Only marketable contacts ever leave: re-checked now, not when the row was written.
    marketable = {
        identity.pk: identity
        for identity in marketable_identities().filter(pk__in=[r.identity_id for r in rows])
    }
    skipped = [r for r in rows if r.identity_id not in marketable]
    _finish(token, skipped, KlaviyoSync.Status.SKIPPED, "not marketable at sync time")
    stats.skipped += len(skipped)
    ready = [r for r in rows if r.identity_id in marketable]
    consented = dict(
        ConsentRecord.objects.filter(
            pk__in=[marketable[r.identity_id].consent_record_id for r in ready]
        ).values_list("pk", "created_at")
    )
    for historical in (False, True):
        group = [r for r in ready if r.historical == historical]
        for start in range(0, len(group), CHUNK):
            chunk = group[start : start + CHUNK]
            by_email = {}
            for row in chunk:
                identity = marketable[row.identity_id]
                by_email[identity.email] = subscribe_profile(
                    identity.email,
                    consented.get(identity.consent_record_id) if historical else None,
                )
            payload = subscribe_payload(list(by_email.values()), historical=historical)
            if not _call(
                "subscribe",
                api.Profiles.bulk_subscribe_profiles,
                payload,
                timeout=timeout,
                token=token,
                rows=chunk,
                stats=stats,
            ):
                continue
            now = timezone.now()
            for email in by_email:
                KlaviyoProfile.objects.update_or_create(
                    address_hash=address_hash(email), defaults={"subscribed_at": now}
                )


def _flush_events(api, token, rows, stats, timeout) -> None:
    if not rows:
        return
    customer_ids = {r.registration.customer_id for r in rows if r.registration_id}
    email_of = {}
    for identity in marketable_identities().filter(customer_id__in=customer_ids).order_by("-id"):
        email_of.setdefault(identity.customer_id, identity.email)
    skipped = [
        r for r in rows if r.registration_id is None or r.registration.customer_id not in email_of
    ]
    _finish(token, skipped, KlaviyoSync.Status.SKIPPED, "not marketable at sync time")
    stats.skipped += len(skipped)
    ready = [r for r in rows if r not in skipped]
    for start in range(0, len(ready), CHUNK):
        chunk = ready[start : start + CHUNK]
        entries = [
            registration_event(
                r.registration, email_of[r.registration.customer_id], historical=r.historical
            )
            for r in chunk
        ]
        _call(
            "events",
            api.Events.bulk_create_events,
            events_payload(entries),
            timeout=timeout,
            token=token,
            rows=chunk,
            stats=stats,
        )


def _flush_unsubscribes(api, token, rows, stats, timeout) -> None:
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        emails = sorted({r.email for r in chunk if r.email})
        if not emails:
            _finish(token, chunk, KlaviyoSync.Status.SKIPPED, "no address")
            continue
        if not _call(
            "unsubscribe",
            api.Profiles.bulk_unsubscribe_profiles,
            unsubscribe_payload(emails),
            timeout=timeout,
            token=token,
            rows=chunk,
            stats=stats,
        ):
            continue
        now = timezone.now()
        KlaviyoProfile.objects.filter(address_hash__in=[address_hash(e) for e in emails]).update(
            unsubscribed_at=now
        )
        KlaviyoSync.objects.filter(pk__in=[r.pk for r in chunk]).update(email="")


def _flush_deletions(api, token, rows, stats, timeout) -> None:
    """One deletion job per profile (Klaviyo has no bulk form); the address is dropped from
    our row and our profile list once Klaviyo accepted the job."""
    for row in rows:
        job = {
            "data": {
                "type": "data-privacy-deletion-job",
                "attributes": {
                    "profile": {"data": {"type": "profile", "attributes": {"email": row.email}}}
                },
            }
        }
        if not _call(
            "deletion",
            api.Data_Privacy.request_profile_deletion,
            job,
            timeout=timeout,
            token=token,
            rows=[row],
            stats=stats,
        ):
            continue
        KlaviyoProfile.objects.filter(address_hash=address_hash(row.email)).delete()
        KlaviyoSync.objects.filter(pk=row.pk).update(email="")


def klaviyo_syncs_retry(*, sync_ids: list[int] | None = None) -> int:
    """Failed rows (all of them, or those in *sync_ids*) are tried again: pending, due now,
    their attempts counted afresh, the flush enqueued on commit. Their last error stays on
    view until the next try. A subscribe is still re-checked against the ownership selector
    when it is sent. Returns how many rows were queued again."""
    with transaction.atomic():
        rows = KlaviyoSync.objects.filter(status=KlaviyoSync.Status.FAILED)
        if sync_ids is not None:
            rows = rows.filter(pk__in=sync_ids)
        queued = rows.update(
            status=KlaviyoSync.Status.PENDING,
            due_at=timezone.now(),
            attempts=0,
            claim_token=None,
            claimed_at=None,
            done_at=None,
        )
        if queued:
            transaction.on_commit(_enqueue_flush)
    return queued


def klaviyo_reap(*, stale_after_seconds: int | None = None) -> int:
    """Claims whose worker died go back to pending (Klaviyo deduplicates events on unique_id;
    a repeated subscribe or unsubscribe is idempotent)."""
    seconds = stale_after_seconds or settings.FUNNEL_CLAIM_TIMEOUT_SECONDS
    return CLAIMS.release(CLAIMS.stale(older_than=timedelta(seconds=seconds)))


def klaviyo_backfill(*, historical: bool = True) -> int:
    """Queue every marketable contact (and their registrations' events) not yet subscribed.
    Reads through the ownership selector only."""
    if not enabled():
        return 0
    from registration.models import Registration

    subscribed = set(
        KlaviyoProfile.objects.filter(subscribed_at__isnull=False).values_list(
            "address_hash", flat=True
        )
    )
    queued = 0
    for identity in marketable_identities().iterator(chunk_size=2000):
        if identity.address_hash in subscribed:
            continue
        with transaction.atomic():
            klaviyo_queue_subscribe(identity_id=identity.pk, historical=historical, enqueue=False)
            for registration_id in Registration.objects.filter(
                customer_id=identity.customer_id
            ).values_list("pk", flat=True):
                klaviyo_queue_event(
                    registration_id=registration_id, historical=historical, enqueue=False
                )
        queued += 1
    klaviyo_reconcile()
    return queued


def klaviyo_reconcile() -> int:
    """Unsubscribe profiles this site subscribed whose address is no longer marketable by
    any path the receivers did not see (an import, a data repair). Returns how many."""
    from customers.models import ChannelIdentity

    marketable_hashes = set(marketable_identities().values_list("address_hash", flat=True))
    queued = 0
    for profile in KlaviyoProfile.objects.filter(subscribed_at__isnull=False).iterator():
        if not profile.is_subscribed or profile.address_hash in marketable_hashes:
            continue
        email = (
            ChannelIdentity.objects.filter(address_hash=profile.address_hash)
            .exclude(email="")
            .values_list("email", flat=True)
            .first()
        )
        if (
            email
            and not KlaviyoSync.objects.filter(
                kind=KlaviyoSync.Kind.UNSUBSCRIBE,
                email=email,
                status__in=[KlaviyoSync.Status.PENDING, KlaviyoSync.Status.SENDING],
            ).exists()
        ):
            _queue(kind=KlaviyoSync.Kind.UNSUBSCRIBE, email=email, enqueue=False)
            queued += 1
    return queued
