from django.db import connection
from django.http import JsonResponse
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
