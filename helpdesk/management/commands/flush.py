from django.db import connections

from customers.management.commands import flush
from helpdesk import audit_guard


class Command(flush.Command):
    """``flush`` as the customers app extends it (lifting the consent ledger's triggers), and
    also lifting the helpdesk's audit triggers for the wipe, then putting them back."""

    def handle(self, **options):
        connection = connections[options["database"]]
        audit_guard.remove(connection)
        try:
            return super().handle(**options)
        finally:
            audit_guard.install(connection)
