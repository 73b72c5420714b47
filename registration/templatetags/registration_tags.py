from django import template
from django.conf import settings
from django.utils import translation

register = template.Library()


@register.inclusion_tag("registration/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages: a Wagtail page's live translations, or the
    same address with ``?lang=`` for the pages outside the page tree that honour it."""
    current = translation.get_language()
    page = context.get("page")
    request = context.get("request")
    links = []
    if page is not None and hasattr(page, "get_translations"):
        urls = {
            p.locale.language_code: p.get_url(request)
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        links = [(code, name, urls[code]) for code, name in settings.LANGUAGES if code in urls]
    elif context.get("language_query") and request is not None:
        links = [(code, name, f"{request.path}?lang={code}") for code, name in settings.LANGUAGES]
    else:
        links = [(code, name, f"/{code}/") for code, name in settings.LANGUAGES]
    return {"links": links, "current": current}


@register.inclusion_tag("registration/includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    page = context.get("page")
    request = context.get("request")
    if page is None or not hasattr(page, "get_translations") or request is None:
        return {"links": []}
    links = []
    default = None
    for p in page.get_translations(inclusive=True).live().select_related("locale"):
        url = p.get_full_url(request)
        if url:
            links.append((p.locale.language_code, url))
            if p.locale.language_code == settings.LANGUAGE_CODE:
                default = url
    return {"links": links, "default": default}


@register.inclusion_tag("registration/includes/legal_links.html")
def legal_links():
    """The legal notice and privacy notice in the active language, for the footer of every
    public page (``base.html``)."""
    from registration.selectors import legal_links as links

    return links(translation.get_language())


#: Open Graph wants a territory with each language (``og:locale``, ``ll_TT``).
OG_LOCALES = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "zh-hans": "zh_CN",
}


@register.filter
def og_locale(language: str) -> str:
    return OG_LOCALES.get(language or "", "en_GB")
