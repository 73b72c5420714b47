"""Database triggers that keep the conversation record append-only for every client.

The ORM already refuses (``core.append_only``); these make a raw SQL client, a
migration or another app refuse too, as the consent ledger does in ``customers.ledger_guard``
(the SQL for both is written once, in ``core.db_guards``).

- messages: content columns never change; an outbound message's delivery columns move forward
  (never back from ``sent``); an erasure may blank the personal content once, setting
  ``redacted_at``.
- gate decisions: frozen except the one redaction.
- attachments, ticket events and the decisions on held replies: no UPDATE at all.
- DELETE (and TRUNCATE on PostgreSQL) is refused everywhere.

Installed by migration 0002 (again by 0005, which adds the held replies) and registered with ``core.db_guards`` so ``flush`` can lift
them.
"""

from dataclasses import replace

from core import db_guards

MESSAGE = "the helpdesk conversation record is append-only"

GUARDS = (
    db_guards.TableGuard(
        table="helpdesk_message",
        message=MESSAGE,
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
    db_guards.TableGuard(
        table="helpdesk_gatedecision",
        message=MESSAGE,
        frozen=(
            "id",
            "ticket_id",
            "channel_id",
            "author_id",
            "policy",
            "allowed",
            "outcome",
            "automatic",
            "checked_sha256",
            "language",
            "findings",
            "risks",
            "created_at",
        ),
        redactable=("subject", "draft", "checked_text"),
    ),
    db_guards.TableGuard(
        table="helpdesk_attachment",
        message=MESSAGE,
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
    db_guards.TableGuard(table="helpdesk_ticketevent", message=MESSAGE, updatable=False),
    db_guards.TableGuard(table="helpdesk_holddecision", message=MESSAGE, updatable=False),
)


#: What migration 0008 (held replies) added: a table and two columns of the gate decisions.
_HELD_REPLIES = {"table": "helpdesk_holddecision", "columns": ("outcome", "risks")}

#: The guards as migration 0002 installed them, before held replies existed.
GUARDS_BEFORE_HELD_REPLIES = tuple(
    replace(g, frozen=tuple(c for c in g.frozen if c not in _HELD_REPLIES["columns"]))
    for g in GUARDS
    if g.table != _HELD_REPLIES["table"]
)


#: Store actions (``StoreAction``, migration 0010): only the free text may be blanked, once.
STORE_ACTION_GUARDS = (
    db_guards.TableGuard(
        table="helpdesk_storeaction",
        message="the store actions' audit is append-only",
        frozen=(
            "id",
            "ticket_id",
            "order_id",
            "actor_id",
            "kind",
            "outcome",
            "shopify_ids",
            "created_at",
        ),
        redactable=("parameters", "detail"),
    ),
)


def install_store_actions(connection, guards=STORE_ACTION_GUARDS) -> None:
    db_guards.install(connection, guards)


def remove_store_actions(connection, guards=STORE_ACTION_GUARDS) -> None:
    db_guards.remove(connection, guards)


def install(connection, guards=GUARDS) -> None:
    db_guards.install(connection, guards)


def remove(connection, guards=GUARDS) -> None:
    db_guards.remove(connection, guards)
