from django.conf import settings
from django.middleware.csp import ContentSecurityPolicyMiddleware

from catalog import voice
from core import voice as core_voice

from . import views

#: The load balancer's health check path (``config.views.health``).
HEALTH_PATH = "/healthz"


class HealthCheckMiddleware:
    """Answers the load balancer's health check before anything else runs.

    A load balancer checks each instance over plain HTTP, by its private address: with
    ``SECURE_SSL_REDIRECT`` on, ``SecurityMiddleware`` would answer with a redirect to https,
    and the instance's address is not in ``ALLOWED_HOSTS`` (a 400), so a healthy instance would
    be taken out of service. The answer says only whether the database answers and depends on
    nothing the request carries, so it is safe to give without those checks. First in
    ``MIDDLEWARE``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return views.health(request)
        return self.get_response(request)


class PublicContentSecurityPolicyMiddleware(ContentSecurityPolicyMiddleware):
    """Django's CSP middleware, applied to the public site only.

    The Wagtail admin's templates use inline scripts and styles, which a strict policy would
    break; everything a customer opens (scan redirects, product pages, the registration form,
    preference pages) gets ``SECURE_CSP``. Override ``is_exempt`` to change the split.
    """

    def is_exempt(self, request) -> bool:
        # Wagtail renders admin previews as a dummy request for "/" run through this middleware;
        # the result is shown inside the admin's own frame, so it is admin, not public, content.
        if getattr(request, "is_dummy", False):
            return True
        return request.path.startswith(settings.CSP_PUBLIC_EXEMPT_PREFIXES)

    def process_response(self, request, response):
        if self.is_exempt(request):
            response._csp_config = {}
            response._csp_ro_config = {}
        return super().process_response(request, response)


class DeferredStatusMiddleware:
    """Lets a view answer 404 with a helpful page of its own on a path outside the language
    prefixes (``/r/<code>``).

    Django's ``LocaleMiddleware`` turns any 404 on an unprefixed path into a redirect to the
    language-prefixed path, where the page tree's catch-all answers with its own 404. Such a view
    returns its page with status 200 and ``response.deferred_status = 404``; this middleware,
    listed before ``LocaleMiddleware`` and so seeing the response after it, sets the status.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        deferred = getattr(response, "deferred_status", None)
        if deferred:
            response.status_code = deferred
        return response


class VoiceMiddleware:
    """Addresses the customer in the register the site's brand chose for the request's language
    (``catalog.voice``, ``decisions/0011``): informal catalogues are read first for the
    languages the brand ticked. Staff screens always speak formally, and the scan redirect and
    the GS1 Digital Link resolver are left alone (they render no text on their hot path and
    must stay cheap, ``decisions/0002``; their own pages set the register). After ``LocaleMiddleware``; the register is put back when the response is
    done, so nothing carries over to the next request on the same thread."""

    STAFF_PREFIXES = ("/admin/", "/django-admin/")
    UNTOUCHED_PREFIXES = ("/r/", "/01/", "/anymail/", "/static/", "/media/", "/documents/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith(self.STAFF_PREFIXES) or path.startswith(self.UNTOUCHED_PREFIXES):
            informal: frozenset[str] = frozenset()
        else:
            informal = voice.informal_languages(None)
        token = core_voice.set_informal(informal)
        try:
            return self.get_response(request)
        finally:
            # Also undoes a view's own ``catalog.voice.activate``, set after ours.
            core_voice.reset(token)
