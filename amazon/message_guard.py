"""Database triggers that keep the record of messages sent to Amazon buyers append-only for
every client: no UPDATE, no DELETE (nor TRUNCATE on PostgreSQL). The ORM refuses first
(``core.append_only``); these make a raw SQL client or another app refuse too (the SQL is
written once, in ``core.db_guards``).

Installed by migration 0003 and registered with ``core.db_guards`` (``AmazonConfig.ready``) so
``flush`` can lift them.
"""

from core import db_guards

GUARDS = (
    db_guards.TableGuard(
        table="amazon_buyermessage",
        message="the messages sent to Amazon buyers are append-only",
        updatable=False,
    ),
)


def install(connection, guards=GUARDS) -> None:
    db_guards.install(connection, guards)


def remove(connection, guards=GUARDS) -> None:
    db_guards.remove(connection, guards)
