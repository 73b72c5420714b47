"""Own-store orders and the funnel: an order ends the sequences that stop on purchase and is
credited to the mail clicked last before it; a cancelled order counts as bought nowhere, and a
cancellation undoes what its order did (the credit goes, the ended sequences go on).

Writes, as in ``funnel/services.py`` (keyword-only, in a transaction, safe to call twice);
``funnel/receivers.py`` calls them on the ``order_recorded`` and ``order_cancelled`` signals.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models.functions import Greatest
from django.utils import timezone

from customers.models import Channel, Order

from .models import Delivery, Enrolment, OrderAttribution, TrackingEvent
from .selectors import reachable_identity_ids
from .services import BOUGHT, enrolments_end_for_purchase


def order_attribute(*, order_id: int) -> OrderAttribution | None:
    """Own-store order: end purchase-exit enrolments and credit the delivery the customer
    clicked last before the order, within ``FUNNEL_ATTRIBUTION_DAYS``. Every click is a
    tracking event of its own, so a later click on an older mail wins over an earlier click on
    a newer one."""
    order = Order.objects.filter(pk=order_id).first()
    if order is None or order.channel != Channel.SHOPIFY or order.cancelled_at is not None:
        return None  # a cancelled order was never bought: no exit, no credit
    enrolments_end_for_purchase(customer_id=order.customer_id, placed_at=order.placed_at)
    window_start = order.placed_at - timedelta(days=settings.FUNNEL_ATTRIBUTION_DAYS)
    last_click = (
        TrackingEvent.objects.filter(
            event_type="clicked",
            delivery__customer_id=order.customer_id,
            occurred_at__lte=order.placed_at,
            occurred_at__gte=window_start,
        )
        .order_by("-occurred_at", "-id")
        .values_list("delivery_id", flat=True)
        .first()
    )
    if last_click is None:
        return None
    attribution, _created = OrderAttribution.objects.get_or_create(
        order=order, defaults={"delivery_id": last_click}
    )
    return attribution


def order_cancellation_apply(*, order_id: int) -> None:
    """An own-store order was cancelled: it no longer counts as bought. Its credit goes, and
    the enrolments its purchase exit ended resume."""
    order = Order.objects.filter(pk=order_id, cancelled_at__isnull=False).first()
    if order is None or order.channel != Channel.SHOPIFY:
        return
    with transaction.atomic():
        OrderAttribution.objects.filter(order=order).delete()
        enrolments_resume_after_cancellation(order=order)


def enrolments_resume_after_cancellation(*, order: Order) -> int:
    """The enrolments a purchase exit ended since *order* was recorded go on where they
    stopped, their cancelled deliveries scheduled again, once the order is cancelled: unless
    another own-store order still ends them, or the person may no longer get that mail."""
    live_orders = Order.objects.filter(
        customer_id=order.customer_id, channel=Channel.SHOPIFY, cancelled_at__isnull=True
    )
    ended = Enrolment.objects.filter(
        customer_id=order.customer_id,
        status=Enrolment.Status.EXITED,
        exit_reason=Enrolment.ExitReason.PURCHASED,
        ended_by__isnull=True,
        ended_at__gte=order.created_at,
    ).select_related("sequence")
    ids = [
        enrolment.pk
        for enrolment in ended
        if not live_orders.filter(placed_at__gte=enrolment.enrolled_at).exists()
        and reachable_identity_ids(
            mail_type=enrolment.sequence.mail_type, identity_ids=[enrolment.identity_id]
        )
    ]
    if not ids:
        return 0
    now = timezone.now()
    with transaction.atomic():
        resumed = Enrolment.objects.filter(pk__in=ids, status=Enrolment.Status.EXITED).update(
            status=Enrolment.Status.ACTIVE, exit_reason="", ended_at=None
        )
        Delivery.objects.filter(
            enrolment_id__in=ids, status=Delivery.Status.CANCELLED, cancel_reason=BOUGHT
        ).update(status=Delivery.Status.SCHEDULED, cancel_reason="", due_at=Greatest("due_at", now))
    return resumed
