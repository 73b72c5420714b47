"""The register a text speaks to its reader in: formal by default (Sie, vous, usted, Lei, 您),
informal where the reader's brand chose it for that language (``decisions/0011``).

Every catalogue (``locale/``, ``<app>/locale/``) has, beside ``de/``, an optional sparse variant
``de_Informal/`` holding only the strings whose wording changes with the register; a string it
lacks is read from ``de/``. ``VoiceTranslation`` is Django's translation object with one
addition: while the informal register is on for its language (``informal_languages``), it looks
a string up in the variant first. Because the register lives beside the active language, not in
it, ``translation.override`` (which Django, Wagtail's page URLs and our own code use everywhere)
and ``get_language()`` work as before: the language stays ``de``.

This module knows nothing about brands: ``catalog.voice`` maps a brand to its informal
languages, the public-site middleware and the mails call it.
"""

from __future__ import annotations

import gettext as gettext_module
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real

#: The suffix of an informal catalogue's folder: ``de_Informal``, ``zh_Hans_Informal``.
INFORMAL_SUFFIX = "_Informal"

_informal: ContextVar[frozenset[str]] = ContextVar(
    "bridgecard_informal_languages", default=frozenset()
)


def informal_locale(language: str) -> str:
    """The folder name of *language*'s informal catalogue (``de`` → ``de_Informal``)."""
    return f"{translation.to_locale(language)}{INFORMAL_SUFFIX}"


def informal_languages() -> frozenset[str]:
    """The languages the current reader is addressed informally in (empty: formal)."""
    return _informal.get()


def set_informal(languages: Iterable[str]) -> Token[frozenset[str]]:
    """Address the reader informally in *languages* from now on in this context; give the
    token to ``reset`` to go back. Requests set it in ``config.middleware.VoiceMiddleware``."""
    return _informal.set(frozenset(languages))


def reset(token: Token[frozenset[str]]) -> None:
    _informal.reset(token)


@contextmanager
def override(language: str | None, *, informal: Iterable[str] = ()) -> Iterator[None]:
    """``translation.override(language)`` in the register *informal* names (formal when
    empty), both restored on the way out."""
    token = set_informal(informal)
    try:
        with translation.override(language):
            yield
    finally:
        reset(token)


class VoiceTranslation(trans_real.DjangoTranslation):
    """Django's translation for one language, reading the language's informal catalogues first
    while the reader is addressed informally in it."""

    def __init__(
        self, language: str, domain: str | None = None, localedirs: list[str] | None = None
    ) -> None:
        super().__init__(language, domain, localedirs)
        self._informal_catalog = (
            _informal_catalog(language) if self.domain == "django" and localedirs is None else None
        )

    def _informal_now(self) -> bool:
        return self._informal_catalog is not None and self.to_language() in _informal.get()

    def gettext(self, message: str) -> str:
        if self._informal_now():
            found = self._informal_catalog.get(message)  # type: ignore[union-attr]
            if found is not None:
                return str(found)
        return str(super().gettext(message))

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        if self._informal_now():
            try:
                return str(self._informal_catalog.plural(msgid1, n))  # type: ignore[union-attr]
            except KeyError:
                pass
        return str(super().ngettext(msgid1, msgid2, n))


def _informal_catalog(language: str) -> trans_real.TranslationCatalog | None:
    """The informal catalogues of *language* merged in Django's order (the apps' in reverse
    ``INSTALLED_APPS`` order, then ``LOCALE_PATHS``; a later one wins), or None without any."""
    folder = informal_locale(language)
    directories = [
        Path(config.path) / "locale" for config in reversed(list(apps.get_app_configs()))
    ]
    directories += [Path(path) for path in reversed(settings.LOCALE_PATHS)]
    catalog = None
    for directory in directories:
        compiled = directory / folder / "LC_MESSAGES" / "django.mo"
        if not compiled.is_file():
            continue
        with compiled.open("rb") as handle:
            found = gettext_module.GNUTranslations(handle)
        if catalog is None:
            catalog = trans_real.TranslationCatalog(found)
        else:
            catalog.update(found)
    return catalog


def install() -> None:
    """Make Django build ``VoiceTranslation`` objects (called once, by ``CoreConfig.ready``).

    Django has no setting for the translation class: ``trans_real.translation`` builds a
    ``DjangoTranslation`` by its module-level name, so the name is pointed at the subclass and
    the translations built so far are dropped. Every other part of Django's machinery (the
    cache, ``activate``, ``override``, ``LocaleMiddleware``) is left as it is."""
    if trans_real.DjangoTranslation is not VoiceTranslation:
        trans_real.DjangoTranslation = VoiceTranslation  # type: ignore[misc]
    setattr(trans_real, "_translations", {})  # noqa: B010  (private: not in the stubs)
    setattr(trans_real, "_default", None)  # noqa: B010
