"""Database triggers that make the consent ledger append-only for every client, not just the ORM.

UPDATE is refused unless it is the anonymising transition of an erasure: ``erased_at`` goes from
NULL to a time and nothing but the erasable columns (``ConsentRecord.ERASABLE_COLUMNS``)
changes. DELETE (and TRUNCATE on PostgreSQL) is always refused. Used by migration 0002 and by
the ``flush`` command, which empties every table on purpose. A new ledger column is frozen by
adding it to ``FROZEN`` in a new migration that reinstalls the triggers.
"""

TABLE = "customers_consentrecord"
FROZEN = [
    "id", "customer_id", "identity_id", "purpose", "action", "text_version", "text", "locale",
    "source", "short_code", "insert_ref", "actor", "created_at",
]  # fmt: skip
MESSAGE = "consent ledger rows are append-only"


def install(connection) -> None:
    with connection.cursor() as cursor:
        for statement in _install_sql(connection.vendor):
            cursor.execute(statement)


def remove(connection) -> None:
    with connection.cursor() as cursor:
        for statement in _remove_sql(connection.vendor):
            cursor.execute(statement)


def _install_sql(vendor: str) -> list[str]:
    if vendor == "sqlite":
        unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in FROZEN)
        return [
            f"""CREATE TRIGGER consent_ledger_no_update BEFORE UPDATE ON {TABLE}
            WHEN NOT (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL AND {unchanged})
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
            f"""CREATE TRIGGER consent_ledger_no_delete BEFORE DELETE ON {TABLE}
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
        ]
    if vendor == "postgresql":
        unchanged = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in FROZEN)
        return [
            f"""CREATE OR REPLACE FUNCTION consent_ledger_guard() RETURNS trigger AS $$
            BEGIN
              IF TG_OP = 'UPDATE' AND OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL
                 AND {unchanged} THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
            END;
            $$ LANGUAGE plpgsql""",
            f"""CREATE TRIGGER consent_ledger_guard BEFORE UPDATE OR DELETE ON {TABLE}
            FOR EACH ROW EXECUTE FUNCTION consent_ledger_guard()""",
            # TRUNCATE bypasses row triggers; refuse it too.
            f"""CREATE TRIGGER consent_ledger_no_truncate BEFORE TRUNCATE ON {TABLE}
            FOR EACH STATEMENT EXECUTE FUNCTION consent_ledger_guard()""",
        ]
    raise RuntimeError(f"No consent ledger triggers for the {vendor} database.")


def _remove_sql(vendor: str) -> list[str]:
    if vendor == "sqlite":
        return [
            "DROP TRIGGER IF EXISTS consent_ledger_no_update",
            "DROP TRIGGER IF EXISTS consent_ledger_no_delete",
        ]
    if vendor == "postgresql":
        return [
            f"DROP TRIGGER IF EXISTS consent_ledger_guard ON {TABLE}",
            f"DROP TRIGGER IF EXISTS consent_ledger_no_truncate ON {TABLE}",
        ]
    return []
