"""Error pages of the public site that Django lets a project replace (``CSRF_FAILURE_VIEW``)."""

from django.shortcuts import render


def csrf_failure(request, reason: str = ""):
    """A form sent without its security token (cookies blocked, a very old page): explain in the
    customer's language instead of Django's technical 403."""
    return render(request, "registration/csrf_failure.html", {}, status=403)
