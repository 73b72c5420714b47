"""``/r/<code>``: where a printed QR code lands, and the home page's "type your code" box.

The scan redirect is the hot path: where the code leads is decided by
``registration.resolver.resolve`` (at most one cached, indexed lookup) and the scan row is
buffered by ``registration.scans.record``; this module only reads the request and answers.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.cache import patch_vary_headers

from catalog import voice

from .. import codes, scans
from ..models import Scan
from ..resolver import resolve


def scan(request, code: str):
    """Record the scan and send the customer to the right page in their language (the
    insert's language, else the browser's, else the default)."""
    text = codes.normalise(code)[:16] if len(code) <= 64 else ""
    device, is_bot = scans.device_of(request.META.get("HTTP_USER_AGENT", ""), request.method)
    browser_language = scans.supported_language(request.LANGUAGE_CODE) or settings.LANGUAGE_CODE
    location, outcome = resolve(text, browser_language=browser_language)
    scans.record(
        short_code_id=outcome.short_code_id,
        code=text,
        device=device,
        language=outcome.language,
        is_bot=is_bot,
        outcome=outcome.status,
    )
    if location:
        return _no_store(HttpResponseRedirect(location))
    if outcome.status == Scan.Outcome.UNKNOWN:
        return _no_store(unknown_code(request, code=text))
    voice.activate(outcome.language)
    return _no_store(render(request, "registration/retired_code.html", {"code": text}))


def _no_store(response):
    # Every scan must reach us (no shared cache may answer it), and the answer depends on the
    # browser's language.
    response["Cache-Control"] = "no-store"
    patch_vary_headers(response, ["Accept-Language"])
    return response


def unknown_code(request, *, code: str = ""):
    """A helpful page in the customer's language (type the code again, or find the product),
    answered with status 404 so link checkers and crawlers know the code does not exist. The
    status is set after ``LocaleMiddleware`` (``config.middleware.DeferredStatusMiddleware``),
    which would otherwise redirect a 404 on this unprefixed path into the page tree."""
    voice.activate(request.LANGUAGE_CODE)
    response = render(request, "registration/unknown_code.html", {"code": code})
    response.deferred_status = 404
    response["X-Robots-Tag"] = "noindex"
    return response


def code_entry(request):
    """The home page's "type the code on your card" box: tidy what was typed and follow it as if
    the QR code had been scanned."""
    code = codes.normalise(request.GET.get("code", "")[:64])[:16]
    if not code:
        return redirect("/")
    return redirect(f"/r/{code}")
