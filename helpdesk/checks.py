"""Production safety for inbound mail: the webhooks must be authenticated."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def check_inbound_webhook_secret(app_configs, **kwargs):
    """anymail accepts unauthenticated webhooks with only a warning when no WEBHOOK_SECRET is
    set; anyone could then open tickets, or fake an Amazon buyer's message."""
    if not getattr(settings, "ANYMAIL", {}).get("WEBHOOK_SECRET"):
        return [
            Error(
                "Inbound mail webhooks are not authenticated (ANYMAIL_WEBHOOK_SECRET is empty).",
                hint="Set ANYMAIL_WEBHOOK_SECRET=user:long-random-password and put the same "
                "credentials in the provider's inbound webhook URL.",
                id="helpdesk.E001",
            )
        ]
    return []
