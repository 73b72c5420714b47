"""The sitemap of the public pages: every live, public page of the default site in every
language (home, product list, product pages, legal pages), each with its translations as
hreflang alternates. Wagtail's own sitemap lists only the descendants of the site's root page,
which under Wagtail's i18n is the default language's tree, so the other languages' trees would
be missing; this subclass widens ``items`` and adds the alternates. Nothing private is a page
(forms, confirmations, own-data and token links are views), so nothing private can be listed."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


def hreflang(language_code: str) -> str:
    return "zh-Hans" if language_code == "zh-hans" else language_code


class PublicPagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        keys = root.get_descendants(inclusive=True).values("translation_key")
        return (
            Page.objects.live()
            .public()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain) -> list[dict[str, Any]]:
        entries = []
        alternates: dict[Any, list[dict[str, str]]] = defaultdict(list)
        for item in self.paginator.page(page).object_list:
            location = item.get_full_url(self.request)
            if not location:
                continue
            language = item.locale.language_code
            entries.append((item, location))
            alternates[item.translation_key].append(
                {"lang_code": hreflang(language), "location": location}
            )
            if language == settings.LANGUAGE_CODE:
                alternates[item.translation_key].append(
                    {"lang_code": "x-default", "location": location}
                )
        urls = []
        for item, location in entries:
            siblings = alternates[item.translation_key]
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": siblings if len(siblings) > 1 else [],
                }
            )
        last_mods = {url["lastmod"] for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
