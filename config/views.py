from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache


@never_cache
def health(request):
    """For load balancers: 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # the point is to report any failure, not to raise it
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


#: Paths no search engine should crawl: the staff screens, webhooks, and every address that
#: carries a code or a signed token (a scan, a Digital Link, a confirmation, the own-data page,
#: unsubscribe and preferences, a warranty claim) or a form step (``register/``). A token is a
#: key; a crawler that followed one would open someone's data, so none is listed anywhere.
ROBOTS_DISALLOW = (
    "/admin/",
    "/django-admin/",
    "/anymail/",
    "/webhooks/",
    "/r/",
    "/R/",
    "/01/",
    "/confirm/",
    "/my/",
    "/email/",
    "/support/",
    "/*/register/",
)


def robots_txt(request):
    """Public pages may be crawled; private and token paths may not; the sitemap is named."""
    lines = ["User-agent: *", "Allow: /", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines += ["", f"Sitemap: {settings.SITE_URL}/sitemap.xml", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
