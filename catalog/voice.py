"""How a brand speaks to its customers: formal in every language unless the brand ticked a
language under *informal address* (``Brand.informal_languages``, ``decisions/0011``).

Everything a customer reads is rendered through one of these: ``override`` for mails,
certificates and pages rendered outside a request, ``activate`` in views that choose the page's
language themselves; ``config.middleware.VoiceMiddleware`` sets the site brand's register for
every public request before the view runs. The mechanism (informal catalogues read first) is
``core.voice``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.utils import translation

from core import voice as core_voice

from .models import Brand


def site_brand() -> Brand | None:
    """The brand the public site speaks for: the first one set up."""
    return Brand.objects.order_by("id").first()


def informal_languages(brand: Brand | None) -> frozenset[str]:
    """The languages *brand* (else the site's brand) addresses customers informally in."""
    if brand is None:
        found = Brand.objects.order_by("id").values_list("informal_languages", flat=True).first()
        return frozenset(found or ())
    return frozenset(brand.informal_languages or ())


@contextmanager
def override(language: str | None, brand: Brand | None = None) -> Iterator[None]:
    """Render in *language*, in the register *brand* (else the site's brand) chose for it."""
    with core_voice.override(language, informal=informal_languages(brand)):
        yield


def activate(language: str, brand: Brand | None = None) -> None:
    """Activate *language* for the rest of this request, in *brand*'s register. The middleware
    puts the request's previous register back when the response is done."""
    translation.activate(language)
    core_voice.set_informal(informal_languages(brand))
