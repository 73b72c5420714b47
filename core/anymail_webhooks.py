"""The webhooks django-anymail offers, by provider and kind, read from its own URL patterns (so a
new anymail release brings its new providers along without a list here to keep up).

``config.webhooks`` mounts the ones a deployment uses; ``helpdesk`` reads a quarantined
provider post again with the same view class that received it.
"""

from dataclasses import dataclass
from functools import cache

from anymail import urls as anymail_urls
from django.urls import URLPattern
from django.views import View

INBOUND = "inbound"
TRACKING = "tracking"
#: Mandrill's one endpoint carries both.
COMBINED = "combined"


@dataclass(frozen=True)
class AnymailWebhook:
    esp: str  # as in anymail's URL and backend name: "postmark", "amazon_ses"
    kind: str  # INBOUND, TRACKING or COMBINED
    pattern: URLPattern
    view_class: type[View]


@cache
def anymail_webhooks() -> tuple[AnymailWebhook, ...]:
    found = []
    for pattern in anymail_urls.urlpatterns:
        view_class = getattr(pattern.callback, "view_class", None)
        if not isinstance(pattern, URLPattern) or view_class is None or not pattern.name:
            continue
        name = pattern.name.removesuffix("_webhook")
        esp, _, kind = name.rpartition("_")
        if kind not in (INBOUND, TRACKING):
            esp, kind = name, COMBINED
        if esp == "mandrill":
            kind = COMBINED  # the old "mandrill/tracking/" path is the same combined view
        found.append(AnymailWebhook(esp=esp, kind=kind, pattern=pattern, view_class=view_class))
    return tuple(found)


def providers(kind: str) -> set[str]:
    """The providers that have a webhook of *kind* (Mandrill's combined one counts for both)."""
    return {w.esp for w in anymail_webhooks() if w.kind in (kind, COMBINED)}


def view_class(esp: str, kind: str) -> type[View] | None:
    for webhook in anymail_webhooks():
        if webhook.esp == esp and webhook.kind in (kind, COMBINED):
            return webhook.view_class
    return None
