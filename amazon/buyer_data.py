"""The buyer's name, e-mail relay address and shipping address of one order, fetched from
Amazon only when a person asks for them on a ticket.

Amazon gives buyer personal data only through restricted operations: the Tokens API issues a
Restricted Data Token (RDT) for exactly one path and its data elements
(``createRestrictedDataToken``), and the restricted ``getOrder`` accepts that token in place of
the access token. We make the two calls ourselves rather than letting python-amazon-sp-api's
``RestrictedResources`` shortcut hide the token call, so both go through
``Connection.call`` (rate limits, the call log). Nothing here runs on a schedule or a sync: the
only caller is the helpdesk's "show the buyer's address" action, which checks the permission
``amazon.fetch_buyer_pii``; this service checks it again so a shell or another view cannot
skip it. What arrives is stored encrypted (``core.secrets.EncryptedTextField``) with who asked
and when, and erased with the rest 30 days after delivery (``services.buyer_pii_purge``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx
from django.contrib.auth.models import AnonymousUser, User
from django.utils import timezone
from django.utils.translation import gettext as _
from sp_api.api import Orders, Tokens
from sp_api.base import SellingApiException

from .connection import Connection, ConnectionProblem
from .models import AmazonOrder
from .services import buyer_pii_expired

log = logging.getLogger(__name__)

#: The data elements asked for: no more than a reply or a replacement needs.
DATA_ELEMENTS = ["buyerInfo", "shippingAddress"]
PERMISSION = "amazon.fetch_buyer_pii"


class BuyerDataRefused(Exception):
    """The buyer's data was not fetched; the message says why, for the person who asked."""


def buyer_data_fetch(
    *,
    order: AmazonOrder,
    actor: User | AnonymousUser,
    sleep: Callable[[float], None] | None = None,
    now: datetime | None = None,
) -> AmazonOrder:
    """Fetch the buyer's name, relay e-mail address and shipping address of *order* through a
    Restricted Data Token and store them encrypted, with *actor* and the time. Refused without
    the permission, and for an order whose data the retention period has already taken (it
    would be erased again on the next run, and Amazon's policy does not allow keeping it)."""
    if not actor.is_authenticated or not actor.has_perm(PERMISSION):
        raise PermissionError("amazon.fetch_buyer_pii is required")
    moment = now or timezone.now()
    if AmazonOrder.objects.filter(pk=order.pk).filter(buyer_pii_expired(now=moment)).exists():
        raise BuyerDataRefused(
            _(
                "More than 30 days have passed since delivery: Amazon's data protection "
                "policy no longer allows keeping the buyer's address."
            )
        )
    connection = Connection(order.account, sleep=sleep) if sleep else Connection(order.account)
    path = f"/orders/v0/orders/{order.amazon_order_id}"
    try:
        tokens = connection.client(Tokens, order.marketplace)
        answer = connection.call(
            "createRestrictedDataToken",
            lambda: tokens.create_restricted_data_token(
                restrictedResources=[{"method": "GET", "path": path, "dataElements": DATA_ELEMENTS}]
            ),
        )
        token = str((answer.payload or {}).get("restrictedDataToken") or "")
        if not token:
            raise BuyerDataRefused(_("Amazon issued no token for the buyer's data."))
        orders = connection.client(Orders, order.marketplace, restricted_data_token=token)
        response = connection.call("getOrder", lambda: orders.get_order(order.amazon_order_id))
    except ConnectionProblem as problem:
        log.warning("Buyer data of %s refused: %s %s", order, problem.code, problem)
        raise BuyerDataRefused(
            _("Amazon refused the buyer's data: %(reason)s")
            % {"reason": problem.code or problem.status}
        ) from problem
    except (SellingApiException, httpx.HTTPError) as error:
        raise BuyerDataRefused(_("Amazon could not be reached; please try again later.")) from error
    raw: dict[str, Any] = response.payload or {}
    buyer = raw.get("BuyerInfo") or {}
    address = raw.get("ShippingAddress") or {}
    AmazonOrder.objects.filter(pk=order.pk).update(
        buyer_name=str(buyer.get("BuyerName") or address.get("Name") or "")[:200],
        buyer_email=str(buyer.get("BuyerEmail") or "")[:200],
        shipping_address=address_text(address),
        pii_fetched_at=moment,
        pii_fetched_by=actor if isinstance(actor, User) else None,
        pii_erased_at=None,
    )
    order.refresh_from_db()
    log.info("Buyer data of Amazon order %s fetched by user %s", order, actor.pk)
    return order


def address_text(address: dict[str, Any]) -> str:
    """getOrder's ``ShippingAddress`` as the lines of a label (no phone number: not needed)."""
    city = " ".join(
        str(address.get(key) or "").strip() for key in ("PostalCode", "City") if address.get(key)
    )
    lines = [
        address.get("Name"),
        address.get("AddressLine1"),
        address.get("AddressLine2"),
        address.get("AddressLine3"),
        city,
        address.get("StateOrRegion"),
        address.get("CountryCode"),
    ]
    return "\n".join(str(line).strip() for line in lines if line and str(line).strip())
