"""Database guards behind invariant 6 and the consent-text versions, for every client.

* ``registration_shortcode``: DELETE (and TRUNCATE on PostgreSQL) is refused; an UPDATE may
  change the target, the language, retirement and the fallback page, never the printed
  ``code`` text or the SKU it belongs to (that would be reuse), nor the design variant an A/B
  run printed it with.
* ``registration_consenttext``: rows never change and are never deleted; the ledger points at
  them by version.

Installed by migration 0004 and registered with ``core.db_guards`` so ``flush`` can lift
them. A new frozen column goes into ``FROZEN`` in a new migration that reinstalls the guard.
"""

import dataclasses

from core import db_guards

FROZEN = ("id", "code", "sku_id", "created_at", "variant")

GUARDS = (
    db_guards.TableGuard(
        table="registration_shortcode",
        name="shortcode",
        sqlite_update_trigger="shortcode_no_reuse",
        message="printed short codes live forever: retire a code, never delete or reuse it",
        frozen=FROZEN,
    ),
    db_guards.TableGuard(
        table="registration_consenttext",
        name="consenttext",
        message="consent texts are versioned: add a new version",
        updatable=False,
    ),
)


def install(connection) -> None:
    db_guards.install(connection, _as_the_table_is(connection))


def _as_the_table_is(connection) -> tuple[db_guards.TableGuard, ...]:
    """The guards, freezing only the columns the table has: migrations that ran before a
    frozen column was added (0004, 0006) install the guard of their time."""
    with connection.cursor() as cursor:
        columns = {
            c.name
            for c in connection.introspection.get_table_description(
                cursor, "registration_shortcode"
            )
        }
    return tuple(
        dataclasses.replace(g, frozen=tuple(c for c in g.frozen if c in columns))
        if g.table == "registration_shortcode"
        else g
        for g in GUARDS
    )


def remove(connection) -> None:
    db_guards.remove(connection, GUARDS)
