"""Database guards behind invariant 6 and the consent-text versions, for every client.

* ``registration_shortcode``: DELETE (and TRUNCATE on PostgreSQL) is refused; an UPDATE may
  change the target, the language, retirement and the fallback page, never the printed
  ``code`` text or the SKU it belongs to (that would be reuse).
* ``registration_consenttext``: rows never change and are never deleted; the ledger points at
  them by version.

Installed by migration 0004 and registered with ``core.db_guards`` so ``flush`` can lift
them. A new frozen column goes into ``FROZEN`` in a new migration that reinstalls the guard.
"""

from core import db_guards

FROZEN = ("id", "code", "sku_id", "created_at")

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
    db_guards.install(connection, GUARDS)


def remove(connection) -> None:
    db_guards.remove(connection, GUARDS)
