from typing import Any

from django.core.management.commands import flush
from django.db import connections

from core import db_guards


class Command(flush.Command):
    """Django's ``flush``, which empties every table on purpose, the consent ledger included.

    Database guards (the ledger's triggers and those other apps register in
    ``core.db_guards``) refuse DELETE and TRUNCATE from every client; flush lifts them for
    the duration of the wipe and puts them back, so a wiped database is still guarded.
    """

    def handle(self, **options: Any) -> None:
        connection = connections[options["database"]]
        db_guards.remove_all(connection)
        try:
            super().handle(**options)
        finally:
            db_guards.install_all(connection)
