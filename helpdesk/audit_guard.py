"""Database triggers that keep the conversation record append-only for every client.

The ORM already refuses (``ImmutableQuerySet``, ``save()``); these make a raw SQL client, a
migration or another app refuse too, as the consent ledger does in ``customers.ledger_guard``.

- messages: content columns never change; an outbound message's delivery columns move forward
  (never back from ``sent``); an erasure may blank the personal content once, setting
  ``redacted_at``.
- gate decisions: frozen except the one redaction.
- attachments and ticket events: no UPDATE at all.
- DELETE (and TRUNCATE on PostgreSQL) is refused everywhere.

Used by migration 0002 and by the ``flush`` command (which empties every table on purpose).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Guard:
    table: str
    frozen: tuple[str, ...]
    redactable: tuple[str, ...] = ()
    #: an extra condition (SQL on OLD/NEW) every UPDATE must also satisfy
    also: str = "1=1"
    updatable: bool = True


GUARDS = (
    Guard(
        table="helpdesk_message",
        frozen=(
            "id",
            "ticket_id",
            "direction",
            "author_id",
            "automatic",
            "message_id",
            "in_reply_to",
            "references_header",
            "from_address",
            "to_addresses",
            "cc_addresses",
            "subject",
            "headers",
            "provider",
            "provider_event_id",
            "gate_decision_id",
            "created_at",
        ),
        redactable=("body_text", "visible_text", "quoted_text", "body_html", "quoted_html", "raw"),
        also="NOT (OLD.delivery_status = 'sent' AND NEW.delivery_status <> 'sent')",
    ),
    Guard(
        table="helpdesk_gatedecision",
        frozen=(
            "id",
            "ticket_id",
            "channel_id",
            "author_id",
            "policy",
            "allowed",
            "automatic",
            "checked_sha256",
            "language",
            "findings",
            "created_at",
        ),
        redactable=("subject", "draft", "checked_text"),
    ),
    Guard(
        table="helpdesk_attachment",
        frozen=(
            "id",
            "message_id",
            "content_type",
            "size",
            "sha256",
            "content_id",
            "inline",
            "created_at",
        ),
        redactable=("file", "filename"),
    ),
    Guard(table="helpdesk_ticketevent", frozen=(), updatable=False),
)
MESSAGE = "the helpdesk conversation record is append-only"


def _q(column: str) -> str:
    return f'"{column}"'


def _update_condition(guard: Guard, same: str) -> str:
    """SQL that is true when an UPDATE is allowed; *same* formats "column unchanged"."""
    if not guard.updatable:
        return "1=0"
    frozen = " AND ".join(same.format(c=_q(c)) for c in guard.frozen) or "1=1"
    if guard.redactable:
        kept = " AND ".join(same.format(c=_q(c)) for c in guard.redactable)
        redaction = (
            f"(({same.format(c=_q('redacted_at'))} AND {kept})"
            " OR (OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL))"
        )
    else:
        redaction = "1=1"
    return f"({frozen}) AND {redaction} AND ({guard.also})"


def install(connection) -> None:
    with connection.cursor() as cursor:
        for statement in _install_sql(connection.vendor):
            cursor.execute(statement)


def remove(connection) -> None:
    with connection.cursor() as cursor:
        for statement in _remove_sql(connection.vendor):
            cursor.execute(statement)


def _install_sql(vendor: str) -> list[str]:
    statements = []
    for guard in GUARDS:
        name = guard.table
        if vendor == "sqlite":
            allowed = _update_condition(guard, "NEW.{c} IS OLD.{c}")
            statements += [
                f"""CREATE TRIGGER {name}_no_update BEFORE UPDATE ON {name}
                WHEN NOT ({allowed})
                BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
                f"""CREATE TRIGGER {name}_no_delete BEFORE DELETE ON {name}
                BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
            ]
        elif vendor == "postgresql":
            allowed = _update_condition(guard, "NEW.{c} IS NOT DISTINCT FROM OLD.{c}")
            statements += [
                f"""CREATE OR REPLACE FUNCTION {name}_guard() RETURNS trigger AS $$
                BEGIN
                  IF TG_OP = 'UPDATE' AND {allowed} THEN
                    RETURN NEW;
                  END IF;
                  RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
                END;
                $$ LANGUAGE plpgsql""",
                f"""CREATE TRIGGER {name}_guard BEFORE UPDATE OR DELETE ON {name}
                FOR EACH ROW EXECUTE FUNCTION {name}_guard()""",
                f"""CREATE TRIGGER {name}_no_truncate BEFORE TRUNCATE ON {name}
                FOR EACH STATEMENT EXECUTE FUNCTION {name}_guard()""",
            ]
        else:
            raise RuntimeError(f"No helpdesk audit triggers for the {vendor} database.")
    return statements


def _remove_sql(vendor: str) -> list[str]:
    statements = []
    for guard in GUARDS:
        name = guard.table
        if vendor == "sqlite":
            statements += [
                f"DROP TRIGGER IF EXISTS {name}_no_update",
                f"DROP TRIGGER IF EXISTS {name}_no_delete",
            ]
        elif vendor == "postgresql":
            statements += [
                f"DROP TRIGGER IF EXISTS {name}_guard ON {name}",
                f"DROP TRIGGER IF EXISTS {name}_no_truncate ON {name}",
            ]
    return statements
