"""The provider webhooks at ``/anymail/<provider>/…``, mounted for the providers in use only.

django-anymail offers a webhook for every provider it knows; mounting them all would leave
webhooks open for providers nobody configured (and answering 500 where a provider's own key is
missing). Here each of anymail's URL patterns is kept, with a gate in front that reads the
settings on every request:

- an inbound webhook answers for the providers in ``INBOUND_MAIL_PROVIDERS``, a tracking one for
  those in ``MAIL_TRACKING_PROVIDERS``; both default to ``MAILER`` when it is an anymail ESP;
- outside ``DEBUG`` a webhook answers only with ``ANYMAIL_WEBHOOK_SECRET`` set, so every
  webhook asks for its basic-auth password (``check --deploy`` says so before it matters:
  ``config.checks.check_webhooks``);
- everything else answers 404. Inbound posts go through ``helpdesk.webhooks.inbound_webhook``
  (the provider's size limit, the quarantine).
"""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from core.anymail_webhooks import COMBINED, INBOUND, TRACKING, AnymailWebhook, anymail_webhooks
from core.anymail_webhooks import providers as anymail_providers
from helpdesk.webhooks import inbound_webhook

SETTING = {INBOUND: "INBOUND_MAIL_PROVIDERS", TRACKING: "MAIL_TRACKING_PROVIDERS"}


def configured_providers(kind: str) -> list[str]:
    """The providers whose *kind* webhook is mounted: the setting's list, or ``MAILER`` when
    the setting is not given and ``MAILER`` has such a webhook."""
    listed = getattr(settings, SETTING[kind], None)
    if listed is not None:
        return [str(name).strip().lower() for name in listed if str(name).strip()]
    mailer = str(getattr(settings, "MAILER", "")).lower()
    return [mailer] if mailer in anymail_providers(kind) else []


def webhook_secret_set() -> bool:
    secret = settings.ANYMAIL.get("WEBHOOK_SECRET") or getattr(
        settings, "ANYMAIL_WEBHOOK_SECRET", None
    )
    return bool(secret)


def is_mounted(webhook: AnymailWebhook) -> bool:
    kinds = [INBOUND, TRACKING] if webhook.kind == COMBINED else [webhook.kind]
    return any(webhook.esp in configured_providers(kind) for kind in kinds)


def mounted_webhooks() -> list[AnymailWebhook]:
    return [webhook for webhook in anymail_webhooks() if is_mounted(webhook)]


def not_found() -> HttpResponse:
    response = HttpResponse(_("Not found."), status=200, content_type="text/plain; charset=utf-8")
    # Answered as a 404 by config.middleware.DeferredStatusMiddleware: a plain 404 here would
    # become LocaleMiddleware's redirect to a language-prefixed path.
    response.deferred_status = 404  # type: ignore[attr-defined]
    return response


def _gate(webhook: AnymailWebhook) -> Callable[..., HttpResponse]:
    @csrf_exempt
    def view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not is_mounted(webhook) or not (settings.DEBUG or webhook_secret_set()):
            return not_found()
        receives_mail = webhook.kind == INBOUND or (
            webhook.kind == COMBINED and webhook.esp in configured_providers(INBOUND)
        )
        if receives_mail:
            return inbound_webhook(request, webhook.view_class, webhook=webhook.esp)
        response: HttpResponse = webhook.view_class.as_view()(request, *args, **kwargs)
        return response

    return view


urlpatterns = [
    URLPattern(w.pattern.pattern, _gate(w), w.pattern.default_args, None)
    for w in anymail_webhooks()
]
