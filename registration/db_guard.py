"""Database triggers behind invariant 6 and the consent-text versions, for every client.

* ``registration_shortcode``: DELETE (and TRUNCATE on PostgreSQL) is refused; an UPDATE may
  change the target, the language, retirement and the fallback page, never the printed
  ``code`` text or the SKU it belongs to (that would be reuse).
* ``registration_consenttext``: rows never change and are never deleted; the ledger points at
  them by version.

Installed by migration 0004 and registered with ``customers.db_guards`` so ``flush`` can lift
them. A new frozen column goes into ``FROZEN`` in a new migration that reinstalls the guard.
"""

CODES = "registration_shortcode"
TEXTS = "registration_consenttext"
FROZEN = ["id", "code", "sku_id", "created_at"]
CODE_MESSAGE = "printed short codes live forever: retire a code, never delete or reuse it"
TEXT_MESSAGE = "consent texts are versioned: add a new version"


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
        changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in FROZEN)
        return [
            f"""CREATE TRIGGER shortcode_no_reuse BEFORE UPDATE ON {CODES}
            WHEN {changed} BEGIN SELECT RAISE(ABORT, '{CODE_MESSAGE}'); END""",
            f"""CREATE TRIGGER shortcode_no_delete BEFORE DELETE ON {CODES}
            BEGIN SELECT RAISE(ABORT, '{CODE_MESSAGE}'); END""",
            f"""CREATE TRIGGER consenttext_no_update BEFORE UPDATE ON {TEXTS}
            BEGIN SELECT RAISE(ABORT, '{TEXT_MESSAGE}'); END""",
            f"""CREATE TRIGGER consenttext_no_delete BEFORE DELETE ON {TEXTS}
            BEGIN SELECT RAISE(ABORT, '{TEXT_MESSAGE}'); END""",
        ]
    if vendor == "postgresql":
        changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in FROZEN)
        return [
            f"""CREATE OR REPLACE FUNCTION shortcode_guard() RETURNS trigger AS $$
            BEGIN
              IF TG_OP = 'UPDATE' AND NOT ({changed}) THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION '{CODE_MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
            END;
            $$ LANGUAGE plpgsql""",
            f"""CREATE TRIGGER shortcode_guard BEFORE UPDATE OR DELETE ON {CODES}
            FOR EACH ROW EXECUTE FUNCTION shortcode_guard()""",
            # TRUNCATE bypasses row triggers; refuse it too.
            f"""CREATE TRIGGER shortcode_no_truncate BEFORE TRUNCATE ON {CODES}
            FOR EACH STATEMENT EXECUTE FUNCTION shortcode_guard()""",
            f"""CREATE OR REPLACE FUNCTION consenttext_guard() RETURNS trigger AS $$
            BEGIN
              RAISE EXCEPTION '{TEXT_MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
            END;
            $$ LANGUAGE plpgsql""",
            f"""CREATE TRIGGER consenttext_guard BEFORE UPDATE OR DELETE ON {TEXTS}
            FOR EACH ROW EXECUTE FUNCTION consenttext_guard()""",
            f"""CREATE TRIGGER consenttext_no_truncate BEFORE TRUNCATE ON {TEXTS}
            FOR EACH STATEMENT EXECUTE FUNCTION consenttext_guard()""",
        ]
    raise RuntimeError(f"No registration guards for the {vendor} database.")


def _remove_sql(vendor: str) -> list[str]:
    if vendor == "sqlite":
        return [
            "DROP TRIGGER IF EXISTS shortcode_no_reuse",
            "DROP TRIGGER IF EXISTS shortcode_no_delete",
            "DROP TRIGGER IF EXISTS consenttext_no_update",
            "DROP TRIGGER IF EXISTS consenttext_no_delete",
        ]
    if vendor == "postgresql":
        return [
            f"DROP TRIGGER IF EXISTS shortcode_guard ON {CODES}",
            f"DROP TRIGGER IF EXISTS shortcode_no_truncate ON {CODES}",
            f"DROP TRIGGER IF EXISTS consenttext_guard ON {TEXTS}",
            f"DROP TRIGGER IF EXISTS consenttext_no_truncate ON {TEXTS}",
        ]
    return []
