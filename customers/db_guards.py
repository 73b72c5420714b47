"""The registry of database guards: triggers that refuse writes from every client, not just the
ORM (the consent ledger here; apps above register their own in ``AppConfig.ready``).

A guard is a pair of callables ``install(connection)`` and ``remove(connection)``. Migrations
install each guard; ``manage.py flush`` (which empties every table on purpose, as the test
runner does between transactional tests) lifts them all and puts them back.
"""

from collections.abc import Callable

Installer = Callable[[object], None]

_GUARDS: dict[str, tuple[Installer, Installer]] = {}


def register(name: str, *, install: Installer, remove: Installer) -> None:
    _GUARDS[name] = (install, remove)


def install_all(connection) -> None:
    for install, _remove in _GUARDS.values():
        install(connection)


def remove_all(connection) -> None:
    for _install, remove in _GUARDS.values():
        remove(connection)
