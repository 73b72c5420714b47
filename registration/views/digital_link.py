"""The GS1 Digital Link resolver: ``/01/<GTIN>[/22/…][/10/<lot>][/21/<serial>]``.

What a phone gets is a 307 to the default link (the registration form, or for a registered
unit what its owner needs) in the language Accept-Language asks for; what a machine asking for
``application/linkset+json`` (or any client sending ``?linkType=all``) gets is the RFC 9264
linkset of the product's links by GS1 link type; ``?linkType=gs1:instructions`` and the like
redirect to that one link. Every answer carries a ``Link`` header pointing at the linkset, as
the GS1 Digital Link resolution standard asks. Where a Digital Link leads is decided by
``registration.resolver.resolve`` and the scan is recorded by ``registration.scans.record``, as
for ``/r/<code>``.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.translation.trans_real import parse_accept_lang_header

from catalog import voice

from .. import digital_link, scans
from ..models import Scan
from ..resolver import resolve


class TemporaryRedirect(HttpResponse):
    """307: the client asks the target with the same method, and never caches the hop (the
    default link changes, for example once the unit is registered)."""

    status_code = 307

    def __init__(self, location: str) -> None:
        super().__init__()
        self["Location"] = location


def resolver(request: HttpRequest, path: str) -> HttpResponse:
    link = digital_link.parse(request.path)
    requested = request.GET.get("linkType", "")
    wants_linkset = requested == "all" or _accepts_linkset(request)
    link_type = "" if wants_linkset else digital_link.link_type_name(requested)
    device, is_bot = scans.device_of(request.META.get("HTTP_USER_AGENT", ""), request.method or "")
    if link is None:
        scans.record(
            short_code_id=None, code=path.split("/")[0][:16], device=device,
            language=request.LANGUAGE_CODE, is_bot=is_bot, outcome=Scan.Outcome.UNKNOWN,
        )  # fmt: skip
        return _answer(request, _missing(request, gtin=path.split("/")[0][:32]), None)
    location, outcome = resolve(
        link, browser_language=_asked_language(request), link_type=link_type
    )
    scans.record(
        short_code_id=outcome.short_code_id, code=outcome.scanned, device=device,
        language=outcome.language, is_bot=is_bot, outcome=outcome.status,
    )  # fmt: skip
    anchor = f"{request.scheme}://{request.get_host()}{link.path}"
    if outcome.status == Scan.Outcome.UNKNOWN or outcome.product_id is None:
        return _answer(request, _missing(request, gtin=link.gtin), anchor)
    voice.activate(outcome.language)
    if wants_linkset:
        body = digital_link.linkset(
            anchor=anchor,
            product_id=outcome.product_id,
            default_href=location,
            code=outcome.scanned if outcome.short_code_id else "",
            recall_url=outcome.recall_url,
        )
        response: HttpResponse = JsonResponse(
            body, content_type=digital_link.LINKSET_TYPE, json_dumps_params={"ensure_ascii": False}
        )
        return _answer(request, response, anchor)
    if location:
        return _answer(request, TemporaryRedirect(digital_link.absolute(location)), anchor)
    if outcome.status == Scan.Outcome.NO_LINK:
        missing = _missing(request, gtin=link.gtin, link_type=requested, language=outcome.language)
        return _answer(request, missing, anchor)
    return _answer(
        request,
        render(request, "registration/retired_code.html", {"code": outcome.scanned}),
        anchor,
    )


def _accepts_linkset(request: HttpRequest) -> bool:
    accept = request.headers.get("Accept", "")
    return digital_link.LINKSET_TYPE in accept.lower()


def _asked_language(request: HttpRequest) -> str:
    """The site language the customer chose (the language cookie) or their browser asks for
    first (Accept-Language, in order of preference); empty when none the site speaks (the
    resolver then falls back to the insert's language, then the site's)."""
    chosen = scans.supported_language(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""))
    if chosen:
        return chosen
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code != "*" and (supported := scans.supported_language(code)):
            return supported
    return ""


def _missing(
    request: HttpRequest, *, gtin: str, link_type: str = "", language: str = ""
) -> HttpResponse:
    """A helpful page in the customer's language, answered with 404 (set after
    ``LocaleMiddleware``, as ``scan.unknown_code`` explains)."""
    voice.activate(language or request.LANGUAGE_CODE)
    response = render(
        request, "registration/digital_link_missing.html", {"gtin": gtin, "link_type": link_type}
    )
    response.deferred_status = 404  # type: ignore[attr-defined]
    response["X-Robots-Tag"] = "noindex"
    return response


def _answer(request: HttpRequest, response: HttpResponse, anchor: str | None) -> HttpResponse:
    response["Cache-Control"] = "no-store"
    patch_vary_headers(response, ["Accept", "Accept-Language"])
    if anchor:
        response["Link"] = (
            f'<{anchor}?linkType=all>; rel="linkset"; type="{digital_link.LINKSET_TYPE}"'
        )
    return response
