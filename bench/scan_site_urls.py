"""The site's URLs plus ``/bench/bare``: a Django view that does nothing but return a constant
redirect, the baseline ``scan_bench.py`` measures the scan redirect against (same server, same
middleware, same run)."""

from django.http import HttpResponseRedirect
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def bare(request):
    return HttpResponseRedirect("/de/produkte/trail-headlamp-400/register/")


urlpatterns = [path("bench/bare", bare), *site_urlpatterns]
