"""What a failed send means: worth trying again later, or final. Shared by every app that sends
mail (the funnel's outbox, the registration's transactional mail, the helpdesk's replies)."""

import random
import smtplib
from datetime import timedelta

from anymail.exceptions import (
    AnymailAPIError,
    AnymailError,
    AnymailInvalidAddress,
    AnymailRecipientsRefused,
    AnymailRequestsAPIError,
    AnymailUnsupportedFeature,
)


def is_transient(error: Exception) -> bool:
    """Worth trying again later? Rate limits, server errors, timeouts and network trouble are;
    a refused recipient, an invalid address or a 4xx request error are not."""
    if isinstance(
        error, AnymailRecipientsRefused | AnymailInvalidAddress | AnymailUnsupportedFeature
    ):
        return False
    if isinstance(error, AnymailRequestsAPIError):
        status = error.status_code
        return status is None or status in (408, 409, 425, 429) or status >= 500
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return False
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code < 500
    if isinstance(error, AnymailAPIError | AnymailError | OSError):
        return True
    return True


def describe(error: Exception) -> str:
    """One line of at most 2,000 characters, for a delivery row or a log."""
    text = f"{type(error).__name__}: {error}"
    return " ".join(text.split())[:2000]


def backoff(attempt: int, *, base: float, ceiling: float) -> timedelta:
    """Exponential backoff with "equal jitter": half the delay fixed, half random, so senders
    that failed together do not all come back in the same second."""
    delay = min(ceiling, base * 2 ** max(0, attempt - 1))
    return timedelta(seconds=delay / 2 + random.uniform(0, delay / 2))  # noqa: S311
