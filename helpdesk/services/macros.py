"""Macros and discount codes: a saved answer rendered for one ticket, and the one-time code an
own-store agent may give. The library rule (an Amazon ticket is never offered an own-store macro,
and no code is ever reserved on a marketplace channel) and the consent rule (no promotional macro
and no code for a customer who may not be marketed to) hold here whatever the caller asks for;
the rendered text still goes through the send gate (``helpdesk.services.replies``) like any
other reply."""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from customers.models import address_hash
from customers.selectors import marketable_identities
from funnel.models import DiscountCodePool
from funnel.services import DiscountPoolEmpty, discount_code_claim
from funnel.store_codes import (
    discount_code_create_in_store,
    discount_code_reserve_for_store,
    store_codes_enabled,
)

from .. import selectors
from ..models import Macro, Ticket, TicketDiscountCode
from ..models.macros import PLACEHOLDER_RE


class MacroNotOffered(Exception):
    """A macro from another library (or channel) than the ticket's: never offered, never
    rendered, whatever the caller asks for."""


#: What each placeholder stands for, as the agent is asked for a missing one.
PLACEHOLDER_LABELS = {
    "first_name": _lazy("Customer's first name"),
    "order_id": _lazy("Amazon order number"),
    "tracking_number": _lazy("Tracking number"),
    "product": _lazy("Product"),
    "store_link": _lazy("Store link"),
    "loyalty_link": _lazy("Loyalty programme link"),
    "discount_code": _lazy("Discount code"),
}


@dataclass(frozen=True)
class RenderedMacro:
    """A macro's text for one ticket. ``missing``: placeholders without a value, in the order
    of the text; ``text`` is None while the agent has not been asked for them."""

    text: str | None
    language: str
    missing: tuple[str, ...] = ()


def macro_render(
    *,
    macro: Macro,
    ticket: Ticket,
    user: User | None,
    language: str | None = None,
    answers: Mapping[str, str] | None = None,
) -> RenderedMacro:
    """The macro's text for *ticket* in *language* (default: the ticket's; a language the macro
    has no text in gives its own), placeholders filled.

    A placeholder the ticket has no value for never leaves a gap ("the tracking number is ."):
    without *answers* the result has no text and names the ``missing`` placeholders, so the
    agent is asked for them; with *answers*, each answered one is filled in and the sentence
    of each one left empty is dropped (``docs/helpdesk.md``, "Macros").

    A macro from another library or a channel it is not meant for is refused
    (``MacroNotOffered``); a ``{discount_code}`` reserves one code of the macro's pool for this
    ticket (the same code on a second insert), only once the text is complete."""
    if not selectors.macros_for_ticket(ticket=ticket).filter(pk=macro.pk).exists():
        raise MacroNotOffered(f"Macro {macro.pk} is not offered on {ticket.channel}.")
    body, used_language = macro.text_in(language or ticket.language)
    used = placeholders_in(body)
    values = {
        "first_name": selectors.ticket_greeting_name(ticket=ticket),
        "order_id": ticket.amazon_order_id,
        "tracking_number": ticket.tracking_number,
        "product": selectors.product_name_for_ticket(ticket=ticket),
    }
    if not ticket.channel.is_amazon:
        values["store_link"] = ticket.channel.store_url
        values["loyalty_link"] = ticket.channel.loyalty_url
        if "discount_code" in used and macro.discount_pool is not None:
            values["discount_code"] = "…"  # drawn below, once nothing is missing
    missing = tuple(name for name in used if not (values.get(name) or "").strip())
    if missing and answers is None:
        return RenderedMacro(text=None, language=used_language, missing=missing)
    for name in missing:
        values[name] = " ".join(str((answers or {}).get(name, "")).split())[:200]
    if "discount_code" in used and values.get("discount_code") == "…":
        assert macro.discount_pool is not None
        values["discount_code"] = discount_code_reserve(
            pool=macro.discount_pool, ticket=ticket, user=user
        )
    text = fill_placeholders(body, values)
    return RenderedMacro(text=text, language=used_language, missing=missing)


def placeholders_in(body: str) -> list[str]:
    """The placeholders *body* uses, each once, in the order of the text."""
    return list(dict.fromkeys(PLACEHOLDER_RE.findall(body)))


#: Where one sentence ends: after . ! ? and a space, or after a CJK full stop, ! or ?.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])")


def fill_placeholders(body: str, values: Mapping[str, str]) -> str:
    """*body* with each placeholder replaced by its value; a sentence holding a placeholder
    without a value is left out whole, and a line left empty by that goes too, so no reply
    reads "the tracking number is ."."""
    kept_lines = []
    for line in body.split("\n"):
        sentences = _SENTENCE_END.split(line)
        kept = [
            sentence
            for sentence in sentences
            if all((values.get(name) or "").strip() for name in PLACEHOLDER_RE.findall(sentence))
        ]
        if sentences and not kept and line.strip():
            continue  # the whole line went
        joiner = "" if any(_CJK_END.search(s) for s in kept) else " "
        kept_lines.append(joiner.join(kept))
    text = "\n".join(kept_lines)
    text = PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), "") or "", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


_CJK_END = re.compile(r"[。！？]$")


def discount_code_reserve(*, pool: DiscountCodePool, ticket: Ticket, user: User | None) -> str:
    """Give *ticket* one unused code of *pool* (the pool the funnel also draws from): two
    agents never get the same code, and the same ticket keeps the code it already has. Never
    on a marketplace channel. Raises ``DiscountPoolEmpty``."""
    if ticket.channel.is_amazon:
        raise MacroNotOffered("Discount codes are never offered on a marketplace channel.")
    if not selectors.ticket_may_receive_offers(ticket=ticket):
        raise MacroNotOffered("This customer may not receive offers (no marketing consent).")
    if store_codes_enabled(pool):
        return _store_code_reserve(pool=pool, ticket=ticket, user=user)
    for _attempt in range(10):
        existing = (
            TicketDiscountCode.objects.filter(pool=pool, ticket=ticket)
            .values_list("code__code", flat=True)
            .first()
        )
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                code_id, code = discount_code_claim(pool_id=pool.pk)
                TicketDiscountCode.objects.create(
                    code_id=code_id, pool=pool, ticket=ticket, reserved_by=user
                )
                return code
        except IntegrityError:
            pass  # the same ticket reserved one concurrently (one code per ticket): reuse it
    raise DiscountPoolEmpty(_("Could not reserve a code; try again."))


def _store_code_reserve(*, pool: DiscountCodePool, ticket: Ticket, user: User | None) -> str:
    """A code made in the store for *ticket* (Shopify connected, the pool configured for it):
    reserved with the ticket first, then created in the store; inserting the macro again
    gives the same code, created once. Raises ``StoreCodeRefused`` (a ``DiscountPoolEmpty``
    the ticket screen shows) when the store cannot make it; the agent inserts it again."""
    grant = (
        TicketDiscountCode.objects.filter(pool=pool, ticket=ticket).select_related("code").first()
    )
    if grant is None:
        identity_id = (
            marketable_identities()
            .filter(customer_id=ticket.customer_id, address_hash=address_hash(ticket.reply_to))
            .values_list("pk", flat=True)
            .first()
        )
        if identity_id is None:
            raise MacroNotOffered("This customer may not receive offers (no marketing consent).")
        try:
            with transaction.atomic():
                code_id, _code = discount_code_reserve_for_store(pool=pool, identity_id=identity_id)
                TicketDiscountCode.objects.create(
                    code_id=code_id, pool=pool, ticket=ticket, reserved_by=user
                )
        except IntegrityError:  # the same ticket reserved one concurrently: use that one
            code_id = TicketDiscountCode.objects.get(pool=pool, ticket=ticket).code_id
    else:
        code_id = grant.code_id
    return discount_code_create_in_store(code_id=code_id)
