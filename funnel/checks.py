"""Deploy checks: tracking webhooks without a secret accept anyone's events."""

from django.conf import settings
from django.core.checks import Error, Tags
from django.core.checks import register as register_check


def webhook_secret_check(app_configs, **kwargs):
    backend = settings.MAILERS.get(settings.FUNNEL_MAILER, {}).get("BACKEND", "")
    if (
        settings.DEBUG
        or not backend.startswith("anymail.")
        or backend.endswith(".test.EmailBackend")
    ):
        return []
    if settings.ANYMAIL.get("WEBHOOK_SECRET"):
        return []
    return [
        Error(
            "ANYMAIL_WEBHOOK_SECRET is not set: the tracking webhooks at /anymail/ would accept "
            "events from anyone (fake bounces, fake unsubscribes).",
            hint="Set ANYMAIL_WEBHOOK_SECRET=user:password and use it in the ESP's webhook URL.",
            id="funnel.E001",
        )
    ]


def register() -> None:
    register_check(webhook_secret_check, Tags.security, deploy=True)
