"""E-mail marketing consent between the consent ledger and the own store, in both directions,
and the ``app/uninstalled`` webhook.

**Bridgecard → store** (``shopify_consent_push``): after every ledger change of marketing
consent and every suppression (``customers/receivers.py``, on commit), a task tells the store
what ``customers.selectors.shopify_consent_target`` allows, and nothing else: SUBSCRIBED with
a CONFIRMED_OPT_IN and the time of the double opt-in for an identity the one selector
(``marketable_identities``) returns; UNSUBSCRIBED after a withdrawal or a suppression; nothing
for an erased customer and never anything about an Amazon buyer. The customer is found in the
store by e-mail (``customers(query: "email:…")``) and created there (``customerCreate``) only to
subscribe them; then ``customerEmailMarketingConsentUpdate``. Idempotent: what was last told is
kept (``ShopifyConsentPush``) and not told again, and a store that already has the state is not
asked to change it. The client waits for the throttle and retries 5xx; a push that still fails
keeps its error and the reconcile tries it again (``shopify_consent_push_failed``).

**Store → Bridgecard** (``shopify_consent_pull``, the ``customers/update`` webhook): a consent
change made in the store becomes a ledger row with the source ``shopify``, once per webhook id,
and only when it differs from the ledger's state. An unsubscription withdraws. A subscription
(single or confirmed opt-in) is recorded as what it is for Bridgecard: a grant, awaiting a double
opt-in Bridgecard can prove; the store's opt-in never becomes a confirmation
(``consent_record`` refuses it), so it makes nobody marketable. Loop-safe: the webhook that
echoes a push (same state, same consent time) writes nothing, nor does a report older than the
ledger's latest row.
"""

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log as log_action

from . import shopify_admin
from .models import (
    Channel,
    ChannelIdentity,
    ConsentRecord,
    Customer,
    ShopifyConsentPush,
    ShopifyStoreSettings,
    ShopifyWebhookReceipt,
    address_hash,
    is_amazon_relay,
)
from .selectors import StoreConsent, customer_consent_state, shopify_consent_target
from .services import ConsentEvidence, consent_record, identity_attach
from .shopify import ShopifyCustomerUpdate, ShopifyShop

log = logging.getLogger(__name__)

CUSTOMER_UPDATE, APP_UNINSTALLED = "customers/update", "app/uninstalled"
SUBSCRIBED, UNSUBSCRIBED = (
    ShopifyConsentPush.State.SUBSCRIBED,
    ShopifyConsentPush.State.UNSUBSCRIBED,
)
CONFIRMED_OPT_IN = "CONFIRMED_OPT_IN"
#: The admin history's actions (registered in ``customers/wagtail_hooks.py``).
DISCONNECTED_ACTION, RECONNECTED_ACTION = (
    "customers.shopify_disconnected",
    "customers.shopify_reconnected",
)
MARKETING = ConsentRecord.Purpose.MARKETING_EMAIL

CUSTOMER_QUERY = """query CustomerConsentByEmail($query: String!) {
  customers(first: 1, query: $query) {
    nodes {
      id
      defaultEmailAddress { emailAddress marketingState marketingOptInLevel marketingUpdatedAt }
    }
  }
}"""

CREATE_MUTATION = """mutation CustomerCreate($input: CustomerInput!) {
  customerCreate(input: $input) {
    customer { id }
    userErrors { field message }
  }
}"""

CONSENT_MUTATION = """mutation CustomerEmailMarketingConsentUpdate(
  $input: CustomerEmailMarketingConsentUpdateInput!
) {
  customerEmailMarketingConsentUpdate(input: $input) {
    customer { id defaultEmailAddress { marketingState marketingOptInLevel marketingUpdatedAt } }
    userErrors { field message code }
  }
}"""


class ShopifyConsentRefused(shopify_admin.ShopifyError):
    """The store answered the mutation with ``userErrors``."""


# --- Bridgecard → store ---------------------------------------------------------------------


def shopify_consent_push_enqueue(*, customer_ids: list[int]) -> int:
    """Enqueue a push for each customer (called on commit of a ledger change or suppression).
    Nothing while no store is connected or the app was uninstalled."""
    if not customer_ids or not shopify_admin.connected():
        return 0
    from .tasks import shopify_consent_push_task

    for customer_id in dict.fromkeys(customer_ids):
        shopify_consent_push_task.enqueue(customer_id)
    return len(set(customer_ids))


def shopify_consent_push_for_address(*, address_hash: str) -> int:
    """A suppression of *address_hash*: the customers whose owned identity has that address."""
    customer_ids = ChannelIdentity.objects.filter(
        address_hash=address_hash, owned=True
    ).values_list("customer_id", flat=True)
    return shopify_consent_push_enqueue(customer_ids=list(customer_ids))


def shopify_consent_push(
    *, customer_id: int, shopify_client: shopify_admin.ShopifyClient | None = None
) -> str:
    """Tell the store what ``shopify_consent_target`` allows about *customer_id*. Returns
    "subscribed", "unsubscribed", "already so" (the store had it), "not in the store" (nobody
    to unsubscribe there), "unchanged" (told before), "nothing to tell" or "not connected".
    Raises ``ShopifyError`` (kept on ``ShopifyConsentPush`` for the retry)."""
    if shopify_client is None and not shopify_admin.connected():
        return "not connected"
    outcome = "nothing to tell"
    # A ledger change while the store was being told: tell it again (a few times at most).
    for _attempt in range(3):
        target = shopify_consent_target(customer_id=customer_id)
        if target is None:
            return outcome
        state = SUBSCRIBED if target.subscribed else UNSUBSCRIBED
        told = ShopifyConsentPush.objects.filter(customer_id=customer_id).first()
        if (
            told is not None
            and not told.last_error
            and told.state == state
            and told.consent_at == target.consent_at
        ):
            return outcome if outcome != "nothing to tell" else "unchanged"
        try:
            client = shopify_client or shopify_admin.client()
            outcome, store_id = _tell(client, target, state)
        except shopify_admin.ShopifyError as error:
            ShopifyConsentPush.objects.update_or_create(
                customer_id=customer_id,
                defaults={"last_error": str(error)[:500], "failed_at": timezone.now()},
            )
            log.warning("shopify consent push for customer %s failed: %s", customer_id, error)
            raise
        ShopifyConsentPush.objects.update_or_create(
            customer_id=customer_id,
            defaults={
                "shopify_customer_id": store_id,
                "state": state,
                "consent_at": target.consent_at,
                "pushed_at": timezone.now(),
                "last_error": "",
                "failed_at": None,
            },
        )
        log.info("shopify consent push for customer %s: %s", customer_id, outcome)
    return outcome


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _user_errors(payload: dict[str, Any]) -> str:
    errors = payload.get("userErrors") or []
    return "; ".join(
        str(error.get("message", error)) if isinstance(error, dict) else str(error)
        for error in errors
    )[:400]


def _find(client: shopify_admin.ShopifyClient, email: str) -> dict[str, Any] | None:
    bare = email.replace('"', "")
    data = client.execute(
        CUSTOMER_QUERY,
        operation_name="CustomerConsentByEmail",
        variables={"query": f'email:"{bare}"'},
    )
    nodes = (data.get("customers") or {}).get("nodes") or []
    return nodes[0] if nodes and isinstance(nodes[0], dict) and nodes[0].get("id") else None


def _tell(client: shopify_admin.ShopifyClient, target: StoreConsent, state: str) -> tuple[str, str]:
    """Find (or, to subscribe, create) the store's customer and set their consent. Returns the
    outcome and the store's customer id."""
    node = _find(client, target.email)
    if node is None:
        if not target.subscribed:
            return "not in the store", ""
        data = client.execute(
            CREATE_MUTATION,
            operation_name="CustomerCreate",
            variables={"input": {"email": target.email}},
        )
        payload = data.get("customerCreate") or {}
        created = payload.get("customer") or {}
        if created.get("id"):
            node = {"id": created["id"]}
        else:
            # "Email has already been taken": an earlier attempt whose answer was lost made them.
            node = _find(client, target.email)
            if node is None:
                raise ShopifyConsentRefused(
                    _("The store refused to create the customer: %(errors)s")
                    % {"errors": _user_errors(payload)}
                )
    store_id = str(node["id"])[:100]
    current = node.get("defaultEmailAddress") or {}
    if current.get("marketingState") == state and (
        not target.subscribed or current.get("marketingOptInLevel") == CONFIRMED_OPT_IN
    ):
        return "already so", store_id
    consent: dict[str, Any] = {"marketingState": state, "consentUpdatedAt": _iso(target.consent_at)}
    if target.subscribed:
        consent["marketingOptInLevel"] = CONFIRMED_OPT_IN
    data = client.execute(
        CONSENT_MUTATION,
        operation_name="CustomerEmailMarketingConsentUpdate",
        variables={"input": {"customerId": store_id, "emailMarketingConsent": consent}},
    )
    payload = data.get("customerEmailMarketingConsentUpdate") or {}
    if payload.get("userErrors"):
        raise ShopifyConsentRefused(
            _("The store refused the consent change: %(errors)s")
            % {"errors": _user_errors(payload)}
        )
    return ("subscribed" if target.subscribed else "unsubscribed"), store_id


def shopify_consent_push_failed(*, limit: int = 200) -> int:
    """The reconcile's retry: enqueue again the pushes that failed (a store that stayed
    unreachable or throttled through every attempt)."""
    customer_ids = list(
        ShopifyConsentPush.objects.exclude(last_error="")
        .order_by("failed_at")
        .values_list("customer_id", flat=True)[:limit]
    )
    return shopify_consent_push_enqueue(customer_ids=customer_ids)


# --- store → Bridgecard ---------------------------------------------------------------------


def _receipt(*, webhook_id: str, topic: str, shop_domain: str) -> bool:
    """The receipt of one delivery; False when this webhook id was received before."""
    try:
        with transaction.atomic():
            ShopifyWebhookReceipt.objects.create(
                webhook_id=webhook_id[:100], topic=topic[:60], shop_domain=shop_domain[:255]
            )
    except IntegrityError:
        return False
    return True


def _store_customer(
    update: ShopifyCustomerUpdate,
) -> tuple[Customer | None, ChannelIdentity | None]:
    """The person the store reports about, with their own-store identity when Bridgecard has it
    (else None: attached when a row is written): by the store's customer id, else by e-mail (the customer's own, or an owned identity's). Someone Bridgecard
    does not know is not created from a consent report: a store's opt-in makes nobody
    marketable here, and an order or a registration brings them in when they come."""
    external_id = str(update.id)
    identity = (
        ChannelIdentity.objects.filter(
            channel=Channel.SHOPIFY, marketplace="", external_id=external_id
        )
        .select_related("customer")
        .first()
    )
    if identity is not None:
        return identity.customer, identity
    if not update.email or is_amazon_relay(update.email):
        return None, None
    customer = Customer.objects.filter(email__iexact=update.email).first()
    if customer is None:
        known = (
            ChannelIdentity.objects.filter(owned=True, address_hash=address_hash(update.email))
            .select_related("customer")
            .order_by("id")
            .first()
        )
        customer = known.customer if known is not None else None
    return customer, None


def _is_echo(customer: Customer, state: str, reported_at: datetime | None) -> bool:
    """The store repeating what Bridgecard told it (same state, same consent time)."""
    told = ShopifyConsentPush.objects.filter(customer=customer).first()
    if told is None or told.state != state or told.consent_at is None or reported_at is None:
        return False
    return abs(told.consent_at - reported_at) < timedelta(seconds=1)


def _decided_at(record: ConsentRecord) -> datetime:
    """When the decision behind a ledger row was made: for a row the store reported, the
    consent time the store gave (the end of its text version), since deliveries arrive in any
    order; for every other row, when it was written."""
    if record.source == ConsentRecord.Source.SHOPIFY:
        stamp = record.text_version.rsplit("/", 1)[-1]
        try:
            return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            pass
    return record.created_at


def shopify_consent_pull(
    *, webhook_id: str, shop_domain: str, update: ShopifyCustomerUpdate
) -> str:
    """Write what a ``customers/update`` webhook says about marketing consent to the ledger,
    once per webhook id and only when it differs. Returns "withdrawn", "granted",
    "unchanged", "echo", "stale", "no consent change", "unknown customer", "erased" or
    "repeat"."""
    with transaction.atomic():
        if not _receipt(webhook_id=webhook_id, topic=CUSTOMER_UPDATE, shop_domain=shop_domain):
            return "repeat"
        consent = update.email_marketing_consent
        if consent is None or consent.state not in ("subscribed", "unsubscribed"):
            # not_subscribed, pending, redacted, invalid: no decision of the person's to record
            return "no consent change"
        subscribed = consent.state == "subscribed"
        customer, identity = _store_customer(update)
        if customer is None:
            return "unknown customer"
        if customer.erased_at is not None:
            return "erased"
        reported_at = consent.consent_updated_at or update.updated_at
        if _is_echo(customer, SUBSCRIBED if subscribed else UNSUBSCRIBED, reported_at):
            return "echo"
        latest = (
            ConsentRecord.objects.filter(customer=customer, purpose=MARKETING)
            .order_by("-id")
            .first()
        )
        if (
            reported_at is not None
            and latest is not None
            and reported_at < _decided_at(latest) - timedelta(seconds=1)
        ):
            return "stale"  # the ledger changed after what this delivery reports
        state = customer_consent_state(customer=customer, purpose=MARKETING)
        waiting_or_given = (ConsentRecord.Action.GRANTED, ConsentRecord.Action.CONFIRMED)
        if subscribed == (state in waiting_or_given):
            return "unchanged"
        if identity is None:
            identity = identity_attach(
                customer=customer,
                channel=Channel.SHOPIFY,
                external_id=str(update.id),
                email=update.email,
                source=ChannelIdentity.Source.SHOPIFY_CUSTOMER,
                source_detail=CUSTOMER_UPDATE,
            )
        level = consent.opt_in_level or "unknown"
        when = _iso(reported_at) if reported_at else ""
        consent_record(
            customer=customer,
            identity=identity,
            purpose=MARKETING,
            action=ConsentRecord.Action.GRANTED if subscribed else ConsentRecord.Action.WITHDRAWN,
            evidence=ConsentEvidence(
                source=ConsentRecord.Source.SHOPIFY,
                actor=f"Shopify {CUSTOMER_UPDATE} {webhook_id}"[:150],
            ),
            # what the store said, as it said it: its state, opt-in level and consent time
            text_version=f"shopify/{consent.state}/{level}/{when}"[:64],
        )
        return "granted" if subscribed else "withdrawn"


# --- app/uninstalled ------------------------------------------------------------------------


def shopify_app_uninstalled(*, webhook_id: str, shop_domain: str, shop: ShopifyShop) -> str:
    """The app was removed from the store: the connection is marked disconnected (shown on the
    admin's connection page; no sync, reconcile, code or consent push asks the store until a
    connection check succeeds again), with the webhook's receipt as its record. Returns
    "disconnected", "already disconnected", "another store" or "repeat"."""
    with transaction.atomic():
        if not _receipt(webhook_id=webhook_id, topic=APP_UNINSTALLED, shop_domain=shop_domain):
            return "repeat"
        config = shopify_admin.store_config()
        domain = (shop_domain or shop.myshopify_domain).strip().lower()
        if config is None or domain != config.domain.strip().lower():
            log.info("shopify app/uninstalled for %s: not the connected store", domain)
            return "another store"
        stored = ShopifyStoreSettings.load()  # type: ignore[no-untyped-call]
        if stored.disconnected_at is not None:
            return "already disconnected"
        stored.disconnected_at = timezone.now()
        stored.disconnected_reason = f"{APP_UNINSTALLED} {webhook_id}"[:200]
        stored.save(update_fields=["disconnected_at", "disconnected_reason"])
        # In the admin's history (Reports → Site history, and the setting's own history).
        log_action(
            stored,
            DISCONNECTED_ACTION,
            data={"webhook_id": webhook_id[:100], "shop": domain[:255]},
        )
        log.warning("shopify app/uninstalled for %s (%s): disconnected", domain, webhook_id)
        return "disconnected"
