"""The Shopify ``orders/create`` webhook: verify, record, answer fast.

Shopify signs the raw body with the app's secret (``X-Shopify-Hmac-Sha256``, base64 of
HMAC-SHA256). The body is verified before it is parsed, with a constant-time comparison, and
deliveries repeat, so recording is idempotent by webhook id and by order id.
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

from .services import ShopifyPayloadError, order_record_shopify

log = logging.getLogger(__name__)

#: Shopify caps webhook bodies well below this; anything larger is not Shopify.
MAX_BODY = 2 * 1024 * 1024


def signature_is_valid(body: bytes, header: str, secret: str) -> bool:
    if not secret or not header:
        return False
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    expected = base64.b64encode(digest)
    return hmac.compare_digest(expected, header.strip().encode())


@csrf_exempt
@require_POST
def shopify_orders_create(request):
    secret = settings.SHOPIFY_WEBHOOK_SECRET
    if not secret:
        return HttpResponse("Shopify webhooks are not configured.", status=503)
    body = request.body
    if len(body) > MAX_BODY:
        return HttpResponse(status=413)
    if not signature_is_valid(body, request.headers.get("X-Shopify-Hmac-Sha256", ""), secret):
        return HttpResponseForbidden("Invalid signature.")
    topic = request.headers.get("X-Shopify-Topic", "")
    if topic and topic != "orders/create":
        return HttpResponse("Ignored topic.", status=200)
    webhook_id = request.headers.get("X-Shopify-Webhook-Id", "")
    if not webhook_id:
        return HttpResponseBadRequest("Missing X-Shopify-Webhook-Id.")
    try:
        payload = json.loads(body)
        if not isinstance(payload, dict):
            raise ValueError("not an object")
        order_record_shopify(
            payload=payload,
            webhook_id=webhook_id,
            topic=topic or "orders/create",
            shop_domain=request.headers.get("X-Shopify-Shop-Domain", ""),
        )
    except (ValueError, ShopifyPayloadError) as error:
        log.warning("Shopify webhook %s refused: %s", webhook_id, error)
        return HttpResponseBadRequest(f"Unusable order: {error}")
    return HttpResponse("OK")
