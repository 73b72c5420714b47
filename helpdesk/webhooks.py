"""The inbound mail webhooks: django-anymail's own views, with the provider's size limit and a
quarantine for posts anymail cannot read (``config.webhooks`` mounts them for the providers in
``INBOUND_MAIL_PROVIDERS``).

Once a post is authenticated nothing in it is refused: a post anymail refuses is read again
leniently where the provider's shape allows (``inbound_payloads.repaired_events``), and one
that cannot be turned into a message at all (a truncated attachment, a field missing) is kept
as received in the quarantine and answered 200, so the provider stops retrying something that will never read better. Mail
anymail can read goes on to ``helpdesk.receivers.on_inbound_mail``.
"""

import logging
from functools import cache
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views import View

from .inbound_payloads import (
    PayloadTooLarge,
    keep_source,
    read_body,
    repaired_events,
    request_limit,
)
from .services.intake import quarantine_payload

logger = logging.getLogger(__name__)


@cache
def quarantining_view(view_class: type[View], webhook: str) -> type[View]:
    """*view_class* (an anymail inbound webhook view) with unreadable posts quarantined."""

    def parse_events(self: Any, request: HttpRequest) -> list[Any]:
        try:
            events = list(view_class.parse_events(self, request))  # type: ignore[attr-defined]
            for event in events:
                keep_source(event, request)
            return events
        except Exception as error:  # anything after authentication is kept, never refused
            repaired = repaired_events(webhook, self, request)
            if repaired is not None:
                return repaired
            quarantine_payload(
                provider=str(self.esp_name),
                webhook=webhook,
                content_type=request.META.get("CONTENT_TYPE", ""),
                body=request.body,
                error=error,
            )
            return []

    return type(view_class.__name__, (view_class,), {"parse_events": parse_events})


def inbound_webhook(request: HttpRequest, view_class: type[View], *, webhook: str) -> HttpResponse:
    try:
        read_body(request, request_limit(webhook))
    except PayloadTooLarge:
        return HttpResponse(
            _("This post is larger than the provider ever sends."),
            status=413,
            content_type="text/plain; charset=utf-8",
        )
    return quarantining_view(view_class, webhook).as_view()(request)
