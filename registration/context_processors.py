import time

from django.conf import settings

_cache: dict[str, tuple[float, str]] = {}


def public(request) -> dict:
    """The brand name in the public page chrome: the default Wagtail site's name (cached for a
    minute per process), else ``BRAND_NAME``."""
    now = time.monotonic()
    hit = _cache.get("brand")
    if hit is None or hit[0] < now:
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).only("site_name").first()
        name = (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME
        _cache["brand"] = hit = (now + 60, name)
    return {"brand_name": hit[1]}
