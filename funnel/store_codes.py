"""One-time discount codes made in the own store (Shopify) the moment they are handed out.

A pool with a store discount (``DiscountCodePool.creates_in_store``) gives out codes that do not
exist yet: ``discount_code_reserve_for_store`` records a fresh random code for the delivery or
the ticket that carries it (inside the caller's transaction, so the record and its carrier go
together), and ``discount_code_create_in_store`` then creates it in Shopify with
``discountCodeBasicCreate`` — single use, on the whole order, with the pool's expiry, limited to
the customer's Shopify account when the pool says so and the store knows them.

Exactly once in the store: the code is chosen and stored before Shopify is asked, so a retry
(a delivery sent again, an agent inserting the macro again, a lost answer) asks for the same
code; Shopify refusing it as ``TAKEN`` means the earlier attempt made it, and it is marked made.

Never for someone who may not be marketed to: the code's identity must be returned by the one
selector (``customers.selectors.marketable_identities``: owned, confirmed consent, not
suppressed, not erased) at the moment the store is asked — so never an Amazon identity — and the
helpdesk refuses every marketplace ticket before it gets here
(``helpdesk.services.macros.discount_code_reserve``). When Shopify is not connected the pasted
codes are handed out as before (``funnel.services.discount_code_claim``).
"""

import logging
import secrets
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from customers import shopify_admin
from customers.models import Channel, ChannelIdentity
from customers.selectors import marketable_identities

from .models import DiscountCode, DiscountCodePool
from .services import DiscountPoolEmpty

log = logging.getLogger(__name__)

#: Unambiguous characters only (no 0/O, 1/I/L): the code may be typed from a printed mail.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

CREATE_MUTATION = """mutation DiscountCodeCreate($basicCodeDiscount: DiscountCodeBasicInput!) {
  discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) {
    codeDiscountNode { id }
    userErrors { field code message }
  }
}"""

CUSTOMER_QUERY = """query CustomerByEmail($query: String!) {
  customers(first: 1, query: $query) { nodes { id } }
}"""


class StoreCodeRefused(DiscountPoolEmpty):
    """No code is made in the store: the customer may not be marketed to, or the store refused
    or could not be reached (the message says which, for the agent)."""


def store_codes_enabled(pool: DiscountCodePool) -> bool:
    """Whether *pool*'s codes are made in the store now (else its pasted codes are given)."""
    return pool.creates_in_store and shopify_admin.connected()


def new_code() -> str:
    return "BC-" + "".join(secrets.choice(ALPHABET) for _ in range(10))


def discount_code_reserve_for_store(
    *, pool: DiscountCodePool, identity_id: int, delivery_id: int | None = None
) -> tuple[int, str]:
    """A fresh code of *pool* for *identity_id*, given out now (to *delivery_id* when a funnel
    mail carries it); run it in the caller's transaction. Not yet in the store: call
    ``discount_code_create_in_store`` after the caller's transaction commits."""
    _check_marketable(identity_id)
    row = DiscountCode.objects.create(
        pool=pool,
        code=new_code(),
        delivery_id=delivery_id,
        identity_id=identity_id,
        assigned_at=timezone.now(),
    )
    return row.pk, row.code


def discount_code_create_in_store(
    *, code_id: int, shopify_client: shopify_admin.ShopifyClient | None = None
) -> str:
    """Make the reserved code *code_id* in the store, once; return it. Raises
    ``StoreCodeRefused`` (nothing is made) when its customer may not be marketed to any more,
    or when the store refuses or cannot be reached (a retry asks for the same code)."""
    row = DiscountCode.objects.select_related("pool", "identity").get(pk=code_id)
    if row.created_in_store_at is not None:
        return row.code
    if row.identity_id is None:
        raise StoreCodeRefused(_("This code is not for anyone; it is not created in the store."))
    _check_marketable(row.identity_id)
    pool = row.pool
    try:
        client = shopify_client or shopify_admin.client()
        customer_gid = (
            _store_customer(client, row.identity) if pool.store_limit_to_customer else None
        )
        starts = timezone.now()
        ends = starts + timedelta(days=pool.store_valid_days) if pool.store_valid_days else None
        data = client.execute(
            CREATE_MUTATION,
            operation_name="DiscountCodeCreate",
            variables={"basicCodeDiscount": _discount_input(row, starts, ends, customer_gid)},
        )
    except shopify_admin.ShopifyError as error:
        log.warning("discount code %s not created in the store: %s", row.pk, error)
        raise StoreCodeRefused(
            _("The code could not be created in the store: %(error)s") % {"error": error}
        ) from error
    payload = data.get("discountCodeBasicCreate") or {}
    errors = payload.get("userErrors") or []
    node = payload.get("codeDiscountNode") or {}
    if errors and not all(error.get("code") == "TAKEN" for error in errors):
        messages = "; ".join(str(error.get("message", "")) for error in errors)
        log.warning("discount code %s refused by the store: %s", row.pk, messages)
        raise StoreCodeRefused(
            _("The store refused the code: %(errors)s") % {"errors": messages[:300]}
        )
    with transaction.atomic():
        locked = DiscountCode.objects.select_for_update().get(pk=row.pk)
        if locked.created_in_store_at is None:
            locked.created_in_store_at = timezone.now()
            locked.store_discount_id = str(node.get("id") or "")[:100]
            locked.expires_at = ends
            locked.save(update_fields=["created_in_store_at", "store_discount_id", "expires_at"])
    log.info("discount code %s created in the store (%s)", row.pk, "existing" if errors else "new")
    return row.code


def discount_code_for_delivery(*, pool: DiscountCodePool, delivery_id: int) -> str:
    """The store-made code a funnel delivery carries: the one it was given on an earlier try,
    else a new one; created in the store before the mail is built."""
    from .models import Delivery

    given = DiscountCode.objects.filter(pool=pool, delivery_id=delivery_id).first()
    if given is None:
        identity_id = Delivery.objects.values_list("identity_id", flat=True).get(pk=delivery_id)
        try:
            with transaction.atomic():
                code_id, _code = discount_code_reserve_for_store(
                    pool=pool, identity_id=identity_id, delivery_id=delivery_id
                )
        except IntegrityError:  # a concurrent attempt for this delivery reserved one
            code_id = DiscountCode.objects.get(pool=pool, delivery_id=delivery_id).pk
    else:
        code_id = given.pk
    return discount_code_create_in_store(code_id=code_id)


def _check_marketable(identity_id: int) -> None:
    """The one selector decides; an Amazon identity is never returned by it."""
    if not marketable_identities().filter(pk=identity_id).exists():
        raise StoreCodeRefused(
            _("No code for this customer: they may not receive offers (no marketing consent).")
        )


def _store_customer(
    client: shopify_admin.ShopifyClient, identity: ChannelIdentity | None
) -> str | None:
    """The customer's Shopify id (a gid), from their own-store identity or by e-mail."""
    if identity is None:
        return None
    known = (
        ChannelIdentity.objects.filter(customer_id=identity.customer_id, channel=Channel.SHOPIFY)
        .exclude(external_id__contains="@")
        .values_list("external_id", flat=True)
        .first()
    )
    if known and known.isdigit():
        return f"gid://shopify/Customer/{known}"
    if not identity.email:
        return None
    email = identity.email.replace('"', "")
    data = client.execute(
        CUSTOMER_QUERY, operation_name="CustomerByEmail", variables={"query": f'email:"{email}"'}
    )
    nodes = (data.get("customers") or {}).get("nodes") or []
    found = nodes[0].get("id") if nodes and isinstance(nodes[0], dict) else None
    return str(found) if found else None


def _discount_input(
    row: DiscountCode, starts: Any, ends: Any, customer_gid: str | None
) -> dict[str, Any]:
    pool = row.pool
    if pool.store_value_type == DiscountCodePool.StoreValue.PERCENTAGE:
        value: dict[str, Any] = {"percentage": float(pool.store_value or 0) / 100}
    else:
        value = {"discountAmount": {"amount": str(pool.store_value), "appliesOnEachItem": False}}
    return {
        "title": f"{pool.name} · {row.code}"[:255],
        "code": row.code,
        "startsAt": starts.isoformat(),
        "endsAt": ends.isoformat() if ends else None,
        "usageLimit": 1,
        "appliesOncePerCustomer": True,
        "context": {"customers": {"add": [customer_gid]}} if customer_gid else {"all": "ALL"},
        "customerGets": {"value": value, "items": {"all": True}},
    }
