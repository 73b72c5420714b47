from django.core.management.commands import flush
from django.db import connections

from customers import ledger_guard


class Command(flush.Command):
    """Django's ``flush``, which empties every table on purpose, the consent ledger included.

    The ledger's triggers refuse DELETE and TRUNCATE from every client; flush lifts them for
    the duration of the wipe and puts them back, so a wiped database is still guarded.
    """

    def handle(self, **options):
        connection = connections[options["database"]]
        ledger_guard.remove(connection)
        try:
            return super().handle(**options)
        finally:
            ledger_guard.install(connection)
