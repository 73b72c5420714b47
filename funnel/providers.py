"""What the funnel needs to know about a mail provider beyond what django-anymail gives.

**Reconciliation.** A worker can die after the provider accepted a message and before the
database recorded it. The reaper then has to decide whether to send again. A provider that can
be asked "did you accept the message with metadata delivery_id=X?" turns that guess into a
fact: Postmark can (``GET /messages/outbound?metadata_delivery_id=X``). For any other provider
the answer is "not found", so the reaper sends again: at-least-once, with a small window for a
duplicate. Add a ``Reconciler`` for your ESP to close it, and register it in ``RECONCILERS``.
"""

import requests
from anymail.utils import get_anymail_setting
from django.conf import settings


class ReconcileUnavailable(Exception):
    """The provider could not be asked just now: decide later, never resend on a guess."""


class Reconciler:
    """No way to ask the provider: every stale claim counts as not accepted."""

    def find(self, delivery) -> str | None:
        """The provider's message id for *delivery*, or None when it never accepted it."""
        return None


class PostmarkReconciler(Reconciler):
    """Postmark's Messages API searches outbound messages by metadata."""

    timeout = 10

    def __init__(self):
        self.token = get_anymail_setting("server_token", esp_name="Postmark", allow_bare=True)
        api_url = get_anymail_setting(
            "api_url", esp_name="Postmark", default="https://api.postmarkapp.com/"
        )
        self.api_url = api_url if api_url.endswith("/") else api_url + "/"

    def find(self, delivery) -> str | None:
        try:
            response = requests.get(
                f"{self.api_url}messages/outbound",
                params={"count": 1, "offset": 0, "metadata_delivery_id": str(delivery.public_id)},
                headers={"Accept": "application/json", "X-Postmark-Server-Token": self.token},
                timeout=self.timeout,
            )
        except requests.RequestException as error:
            raise ReconcileUnavailable(str(error)) from error
        if response.status_code != 200:
            raise ReconcileUnavailable(f"Postmark answered {response.status_code}")
        messages = response.json().get("Messages") or []
        return str(messages[0].get("MessageID")) if messages else None


#: anymail backend module → reconciler class
RECONCILERS = {"anymail.backends.postmark": PostmarkReconciler}


#: anymail backend module → (merge syntax for one merge-data key, most recipients per call),
#: for providers that fill per-recipient values into inline (non-template) content. Postmark
#: and Amazon SES only do that for stored templates, so they send one call per message.
BATCH_MERGE_FORMATS = {
    "anymail.backends.mailgun": ("%recipient.{}%", 1000),
}


def mailer_backend(alias: str | None = None) -> str:
    config = settings.MAILERS.get(alias or settings.FUNNEL_MAILER, {})
    return config.get("BACKEND", "")


def batch_merge_format(alias: str | None = None) -> tuple[str | None, int]:
    """The merge syntax to batch with, or (None, 1) to send one message per call.
    ``FUNNEL_BATCH_MERGE_FORMAT`` forces one (``off`` turns batching off)."""
    forced = settings.FUNNEL_BATCH_MERGE_FORMAT
    if forced == "off":
        return None, 1
    if forced:
        return forced, settings.FUNNEL_BATCH_SIZE
    module = mailer_backend(alias).rsplit(".", 1)[0]
    return BATCH_MERGE_FORMATS.get(module, (None, 1))


def get_reconciler() -> Reconciler:
    module = mailer_backend().rsplit(".", 1)[0]
    return RECONCILERS.get(module, Reconciler)()
