"""The language of a page reached from a link in a mail (confirmation, own data)."""

from django.utils import translation

from .. import scans


def activate(request, fallback: str) -> str:
    """Activate the link's ``?lang=``, else *fallback* (the customer's language), else the
    browser's, and return it. These pages have no language prefix, so ``LocaleMiddleware``
    alone would always pick the browser's."""
    wanted = scans.supported_language(str(request.GET.get("lang", ""))[:10])
    language = wanted or scans.supported_language(fallback) or request.LANGUAGE_CODE
    translation.activate(language)
    request.LANGUAGE_CODE = language
    return language
