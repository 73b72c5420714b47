from django.conf import settings
from django.middleware.csp import ContentSecurityPolicyMiddleware


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
