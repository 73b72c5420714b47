"""Database guards: triggers that refuse writes from every client, not just the ORM.

A guard is data — a ``TableGuard`` naming the table, the columns that never change and what an
UPDATE may still do — and the SQL for SQLite and PostgreSQL is written once, here. Each app
declares its guards in its own module (``customers.ledger_guard``, ``registration.db_guard``,
``helpdesk.audit_guard``), installs them from a migration and registers them in
``AppConfig.ready`` so ``manage.py flush`` (which empties every table on purpose, as the test
runner does between transactional tests) can lift them all and put them back.

On both databases DELETE is refused, and on PostgreSQL TRUNCATE too (it bypasses row triggers).
An UPDATE passes only when every frozen column is unchanged and the guard's own condition holds.
Hand-written because Django has no trigger API and the libraries that add one (django-pgtrigger)
are PostgreSQL-only, while the embedded default runs on SQLite.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.backends.base.base import BaseDatabaseWrapper

Installer = Callable[[BaseDatabaseWrapper], None]


@dataclass(frozen=True)
class TableGuard:
    table: str
    message: str
    #: columns that no UPDATE may change
    frozen: tuple[str, ...] = ()
    #: columns an erasure may blank once, as it sets ``redacted_at`` from NULL to a time
    redactable: tuple[str, ...] = ()
    #: a further condition (SQL on OLD/NEW) every UPDATE must satisfy
    also: str = "1=1"
    #: False: no UPDATE at all
    updatable: bool = True
    #: prefix of the trigger and function names (the table's name unless given)
    name: str = ""
    #: the SQLite UPDATE trigger's name, where an installed database knows it by another
    sqlite_update_trigger: str = ""

    @property
    def prefix(self) -> str:
        return self.name or self.table

    def _update_allowed(self, same: str) -> str:
        """SQL that is true when an UPDATE may pass; *same* formats "column unchanged"."""
        if not self.updatable:
            return "1=0"
        frozen = " AND ".join(same.format(c=_quoted(c)) for c in self.frozen) or "1=1"
        if self.redactable:
            kept = " AND ".join(same.format(c=_quoted(c)) for c in self.redactable)
            redaction = (
                f"(({same.format(c=_quoted('redacted_at'))} AND {kept})"
                " OR (OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL))"
            )
        else:
            redaction = "1=1"
        return f"({frozen}) AND {redaction} AND ({self.also})"

    def install_sql(self, vendor: str) -> list[str]:
        table, prefix, message = self.table, self.prefix, self.message.replace("'", "''")
        if vendor == "sqlite":
            allowed = self._update_allowed("NEW.{c} IS OLD.{c}")
            update_trigger = self.sqlite_update_trigger or f"{prefix}_no_update"
            return [
                f"""CREATE TRIGGER {update_trigger} BEFORE UPDATE ON {table}
                WHEN NOT ({allowed})
                BEGIN SELECT RAISE(ABORT, '{message}'); END""",
                f"""CREATE TRIGGER {prefix}_no_delete BEFORE DELETE ON {table}
                BEGIN SELECT RAISE(ABORT, '{message}'); END""",
            ]
        if vendor == "postgresql":
            allowed = self._update_allowed("NEW.{c} IS NOT DISTINCT FROM OLD.{c}")
            return [
                f"""CREATE OR REPLACE FUNCTION {prefix}_guard() RETURNS trigger AS $$
                BEGIN
                  IF TG_OP = 'UPDATE' AND {allowed} THEN
                    RETURN NEW;
                  END IF;
                  RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation';
                END;
                $$ LANGUAGE plpgsql""",
                f"""CREATE TRIGGER {prefix}_guard BEFORE UPDATE OR DELETE ON {table}
                FOR EACH ROW EXECUTE FUNCTION {prefix}_guard()""",
                f"""CREATE TRIGGER {prefix}_no_truncate BEFORE TRUNCATE ON {table}
                FOR EACH STATEMENT EXECUTE FUNCTION {prefix}_guard()""",
            ]
        raise RuntimeError(f"No database guards for the {vendor} database.")

    def remove_sql(self, vendor: str) -> list[str]:
        if vendor == "sqlite":
            update_trigger = self.sqlite_update_trigger or f"{self.prefix}_no_update"
            return [
                f"DROP TRIGGER IF EXISTS {update_trigger}",
                f"DROP TRIGGER IF EXISTS {self.prefix}_no_delete",
            ]
        if vendor == "postgresql":
            return [
                f"DROP TRIGGER IF EXISTS {self.prefix}_guard ON {self.table}",
                f"DROP TRIGGER IF EXISTS {self.prefix}_no_truncate ON {self.table}",
            ]
        return []


def _quoted(column: str) -> str:
    return f'"{column}"'


def install(connection: BaseDatabaseWrapper, guards: Iterable[TableGuard]) -> None:
    with connection.cursor() as cursor:
        for guard in guards:
            for statement in guard.install_sql(connection.vendor):
                cursor.execute(statement)


def remove(connection: BaseDatabaseWrapper, guards: Iterable[TableGuard]) -> None:
    with connection.cursor() as cursor:
        for guard in guards:
            for statement in guard.remove_sql(connection.vendor):
                cursor.execute(statement)


# --- the registry ``flush`` uses --------------------------------------------------------------

_REGISTERED: dict[str, tuple[Installer, Installer]] = {}


def register(name: str, *, install: Installer, remove: Installer) -> None:
    _REGISTERED[name] = (install, remove)


def install_all(connection: BaseDatabaseWrapper) -> None:
    for install_guards, _remove in _REGISTERED.values():
        install_guards(connection)


def remove_all(connection: BaseDatabaseWrapper) -> None:
    for _install, remove_guards in _REGISTERED.values():
        remove_guards(connection)
