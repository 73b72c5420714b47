"""Shopify's order webhooks: verify, parse, record, answer fast.

``orders/create`` and ``orders/cancelled`` record the order from the body; ``customers/update``
writes a consent change made in the store to the ledger and ``app/uninstalled`` marks the
connection disconnected (``customers/shopify_consent.py``). ``orders/updated``
records it the same way (and its cancellation, when the body says it is cancelled);
``fulfillments/create`` and ``refunds/create`` keep a receipt. With the Admin API connected, the
last three also enqueue a refresh of the order from the API (``customers/shopify_sync.py``), which
brings in fulfilments with their delivery dates and refunds; the periodic reconcile catches what
a lost webhook or a failed refresh missed.

Shopify signs the raw body with the app's secret (``X-Shopify-Hmac-Sha256``, base64 of
HMAC-SHA256). The body is verified before it is parsed, with a constant-time comparison; a
signed body out of the documented shape gets a 400 naming the field
(``customers/shopify.py``). Deliveries repeat, so recording is idempotent by webhook id and by
order id. Test notifications are acknowledged and kept apart: they never become customers or
orders.
"""

import base64
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .shopify import (
    ShopifyPayloadError,
    parse_customer_update,
    parse_order,
    parse_order_ref,
    parse_privacy_request,
    parse_shop,
)
from .shopify_consent import (
    APP_UNINSTALLED,
    CUSTOMER_UPDATE,
    shopify_app_uninstalled,
    shopify_consent_pull,
)
from .shopify_orders import (
    order_cancel_shopify,
    order_record_shopify,
    shopify_test_notification_record,
)
from .shopify_privacy import TOPICS as PRIVACY_TOPICS
from .shopify_privacy import shopify_privacy_request
from .shopify_sync import shopify_webhook_refresh

log = logging.getLogger(__name__)

#: Shopify caps webhook bodies well below this; anything larger is not Shopify.
MAX_BODY = 2 * 1024 * 1024

CREATED, CANCELLED, UPDATED = "orders/create", "orders/cancelled", "orders/updated"
FULFILLED, REFUNDED = "fulfillments/create", "refunds/create"
TOPICS = {CREATED, CANCELLED, UPDATED, FULFILLED, REFUNDED}


def signature_is_valid(body: bytes, header: str, secret: str) -> bool:
    if not secret or not header:
        return False
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    expected = base64.b64encode(digest)
    return hmac.compare_digest(expected, header.strip().encode())


def _refusal(request, *, bad_signature: HttpResponse | None = None) -> HttpResponse | None:
    """Why a Shopify webhook is refused before its body is read, or None: webhooks not
    configured (503), a body too large (413), a signature that does not match (401, or
    *bad_signature*). The one verification every Shopify webhook view starts with."""
    secret = settings.SHOPIFY_WEBHOOK_SECRET
    if not secret:
        return HttpResponse("Shopify webhooks are not configured.", status=503)
    if len(request.body) > MAX_BODY:
        return HttpResponse(status=413)
    if not signature_is_valid(
        request.body, request.headers.get("X-Shopify-Hmac-Sha256", ""), secret
    ):
        return bad_signature or HttpResponse("Invalid signature.", status=401)
    return None


@csrf_exempt
@require_POST
def shopify_orders(request):
    refused = _refusal(request, bad_signature=HttpResponseForbidden("Invalid signature."))
    if refused is not None:
        return refused
    body = request.body
    topic = request.headers.get("X-Shopify-Topic", "") or CREATED
    if topic not in TOPICS:
        return HttpResponse("Ignored topic.", status=200)
    webhook_id = request.headers.get("X-Shopify-Webhook-Id", "")
    if not webhook_id:
        return HttpResponseBadRequest("Missing X-Shopify-Webhook-Id.")
    where = {
        "webhook_id": webhook_id,
        "topic": topic,
        "shop_domain": request.headers.get("X-Shopify-Shop-Domain", ""),
    }
    try:
        if topic in (FULFILLED, REFUNDED):
            ref = parse_order_ref(json.loads(body))
            shopify_webhook_refresh(order_id=ref.order_id, **where)
            return HttpResponse("OK")
        order = parse_order(json.loads(body))
        if order.test or request.headers.get("X-Shopify-Test", "").lower() == "true":
            shopify_test_notification_record(order=order, **where)
            return HttpResponse("Test notification received; no customer or order was created.")
        if topic == CANCELLED or (topic == UPDATED and order.cancelled_at is not None):
            order_cancel_shopify(order=order, **where)
        else:
            order_record_shopify(order=order, **where)
        if topic == UPDATED:
            refresh = {**where, "webhook_id": f"{webhook_id}:refresh"}
            shopify_webhook_refresh(order_id=order.id, reference=order.reference, **refresh)
    except ValueError as error:  # undecodable JSON, or ShopifyPayloadError
        log.warning("Shopify webhook %s refused: %s", webhook_id, error)
        reason = error if isinstance(error, ShopifyPayloadError) else "the body is not JSON"
        return HttpResponseBadRequest(f"Unusable order: {reason}")
    return HttpResponse("OK")


@csrf_exempt
@require_POST
def shopify_privacy(request):
    """The mandatory privacy webhooks (``customers/data_request``, ``customers/redact``,
    ``shop/redact``; ``customers/shopify_privacy.py``): the same verification as the order
    webhooks, once per webhook id."""
    refused = _refusal(request)
    if refused is not None:
        return refused
    body = request.body
    topic = request.headers.get("X-Shopify-Topic", "")
    if topic not in PRIVACY_TOPICS:
        return HttpResponseBadRequest("Not a privacy topic.")
    webhook_id = request.headers.get("X-Shopify-Webhook-Id", "")
    if not webhook_id:
        return HttpResponseBadRequest("Missing X-Shopify-Webhook-Id.")
    try:
        privacy = parse_privacy_request(json.loads(body))
    except ValueError as error:
        log.warning("Shopify privacy webhook %s refused: %s", webhook_id, error)
        reason = error if isinstance(error, ShopifyPayloadError) else "the body is not JSON"
        return HttpResponseBadRequest(f"Unusable request: {reason}")
    done = shopify_privacy_request(
        topic=topic,
        webhook_id=webhook_id,
        shop_domain=request.headers.get("X-Shopify-Shop-Domain", "") or privacy.shop_domain,
        request=privacy,
    )
    log.info("Shopify %s %s: %s", topic, webhook_id, done)
    return HttpResponse("OK")


STORE_TOPICS = {CUSTOMER_UPDATE, APP_UNINSTALLED}


@csrf_exempt
@require_POST
def shopify_store(request):
    """``customers/update`` (a consent change made in the store) and ``app/uninstalled``: the
    same verification as the order webhooks, once per webhook id."""
    refused = _refusal(request)
    if refused is not None:
        return refused
    body = request.body
    topic = request.headers.get("X-Shopify-Topic", "")
    if topic not in STORE_TOPICS:
        return HttpResponse("Ignored topic.", status=200)
    webhook_id = request.headers.get("X-Shopify-Webhook-Id", "")
    if not webhook_id:
        return HttpResponseBadRequest("Missing X-Shopify-Webhook-Id.")
    shop_domain = request.headers.get("X-Shopify-Shop-Domain", "")
    try:
        payload = json.loads(body)
        if topic == CUSTOMER_UPDATE:
            done = shopify_consent_pull(
                webhook_id=webhook_id,
                shop_domain=shop_domain,
                update=parse_customer_update(payload),
            )
        else:
            done = shopify_app_uninstalled(
                webhook_id=webhook_id, shop_domain=shop_domain, shop=parse_shop(payload)
            )
    except ValueError as error:  # undecodable JSON, or ShopifyPayloadError
        log.warning("Shopify %s webhook %s refused: %s", topic, webhook_id, error)
        reason = error if isinstance(error, ShopifyPayloadError) else "the body is not JSON"
        return HttpResponseBadRequest(f"Unusable body: {reason}")
    log.info("Shopify %s %s: %s", topic, webhook_id, done)
    return HttpResponse("OK")
