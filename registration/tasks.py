"""Background work: each task loads by id and calls one service (``registration.services``).

The mails here are transactional and promised to the customer (the warranty certificate, the
double opt-in link, the link to their data), so a provider outage must not lose them: a
transient error (rate limit, 5xx, network) sends the task again later with exponential
backoff, up to ``REGISTRATION_MAIL_ATTEMPTS`` tries; a permanent one (refused or invalid
address) is logged and not retried.
"""

import logging

from django.conf import settings
from django.tasks import task
from django.utils import timezone

from core import mail_errors

from . import services

logger = logging.getLogger(__name__)


@task(queue_name="mail")
def registration_confirmation_send_task(
    *, registration_id: int, grant_ids: list[int], attempt: int = 1
) -> bool:
    try:
        return services.registration_confirmation_send(
            registration_id=registration_id, grant_ids=grant_ids
        )
    except Exception as error:
        mail_retry_later(
            registration_confirmation_send_task,
            error,
            attempt,
            registration_id=registration_id,
            grant_ids=grant_ids,
        )
        return False


@task(queue_name="mail")
def double_opt_in_send_task(
    *, customer_id: int, identity_id: int, grant_ids: list[int], attempt: int = 1
) -> None:
    try:
        services.double_opt_in_send(
            customer_id=customer_id, identity_id=identity_id, grant_ids=grant_ids
        )
    except Exception as error:
        mail_retry_later(
            double_opt_in_send_task,
            error,
            attempt,
            customer_id=customer_id,
            identity_id=identity_id,
            grant_ids=grant_ids,
        )


@task(queue_name="mail")
def data_link_mail_send_task(*, customer_id: int, locale: str, attempt: int = 1) -> None:
    try:
        services.data_link_mail_send(customer_id=customer_id, locale=locale)
    except Exception as error:
        mail_retry_later(
            data_link_mail_send_task, error, attempt, customer_id=customer_id, locale=locale
        )


def mail_retry_later(mail_task, error: Exception, attempt: int, **kwargs) -> None:
    """Send *mail_task* again later when *error* is worth another try; otherwise re-raise it,
    so the task is recorded as failed with its traceback. Shared with the apps above that send
    a customer a transactional mail (the helpdesk's claim acknowledgement)."""
    if not mail_errors.is_transient(error) or attempt >= settings.REGISTRATION_MAIL_ATTEMPTS:
        logger.error(
            "%s gave up after %d attempt(s): %s",
            mail_task.name,
            attempt,
            mail_errors.describe(error),
        )
        raise error
    delay = mail_errors.backoff(
        attempt,
        base=settings.REGISTRATION_MAIL_RETRY_BASE_SECONDS,
        ceiling=settings.REGISTRATION_MAIL_RETRY_MAX_SECONDS,
    )
    logger.warning(
        "%s failed (attempt %d), trying again in %d s: %s",
        mail_task.name,
        attempt,
        delay.total_seconds(),
        mail_errors.describe(error),
    )
    if mail_task.get_backend().supports_defer:
        mail_task = mail_task.using(run_after=timezone.now() + delay)
    mail_task.enqueue(attempt=attempt + 1, **kwargs)
