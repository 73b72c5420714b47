"""Background work of the funnel. Tasks take ids and primitives and call one service.

No backend retries or reaps tasks (``docs/platform-notes.md``): the outbox rows carry their own
attempts and claims, and ``manage.py funnel_tick`` re-enqueues whatever is due, so a lost
task delays mail by one tick and loses nothing.
"""

from django.tasks import task


@task(queue_name="mail")
def deliveries_dispatch_task(batch_size: int | None = None, max_batches: int | None = None) -> dict:
    from .outbox import deliveries_dispatch

    stats = deliveries_dispatch(batch_size=batch_size, max_batches=max_batches)
    return {"claimed": stats.claimed, "sent": stats.sent, "retried": stats.retried}


@task(queue_name="default")
def enrolments_for_consent_task(customer_id: int) -> int:
    from .services import enrolments_start_for_consent

    return len(enrolments_start_for_consent(customer_id=customer_id))


@task(queue_name="default")
def enrolments_for_registration_task(registration_id: int) -> int:
    from .services import enrolments_start_for_registration

    return len(enrolments_start_for_registration(registration_id=registration_id))


@task(queue_name="sync")
def klaviyo_flush_task() -> dict:
    from .klaviyo import klaviyo_flush

    stats = klaviyo_flush()
    return {"done": stats.done, "skipped": stats.skipped, "retried": stats.retried}
