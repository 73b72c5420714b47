"""The consent ledger's database guard: append-only for every client, not just the ORM.

UPDATE is refused unless it is the anonymising transition of an erasure: ``erased_at`` goes from
NULL to a time and nothing but the erasable columns (``ConsentRecord.ERASABLE_COLUMNS``)
changes. DELETE (and TRUNCATE on PostgreSQL) is always refused. Installed by migration 0002. A
new ledger column is frozen by adding it to ``FROZEN`` in a new migration that reinstalls it.
"""

from core import db_guards

FROZEN = (
    "id", "customer_id", "identity_id", "purpose", "action", "text_version", "text", "locale",
    "source", "short_code", "insert_ref", "actor", "created_at",
)  # fmt: skip

GUARDS = (
    db_guards.TableGuard(
        table="customers_consentrecord",
        name="consent_ledger",
        message="consent ledger rows are append-only",
        frozen=FROZEN,
        also="OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL",
    ),
)


def install(connection) -> None:
    db_guards.install(connection, GUARDS)


def remove(connection) -> None:
    db_guards.remove(connection, GUARDS)
