"""Demo content: a seller account that is not connected to Amazon (no credentials, sync off)
with orders as a sync would have recorded them, so an Amazon ticket shows its order in the
sidebar without any Amazon access; a "Request a Review" schedule for amazon.de (off, as the
account is offline) and the request a run recorded for the delivered order, so the report has
a row."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from .models import (
    AmazonOrder,
    AmazonOrderItem,
    ReviewRequest,
    ReviewRequestSchedule,
    SellerAccount,
)
from .services import catalogue_sku

#: (order id, days since purchase, status, channel, delivered days after purchase, lines)
#: lines: (order item id, ASIN, seller SKU, title, quantity)
ORDERS = [
    (
        "302-1234567-1234567",  # the order of the demo's Amazon ticket from Thomas Krüger
        20,
        "Shipped",
        "AFN",
        3,
        [("DEMO-1", "B0D1STOVE1", "NV-STOVE-C1", "Nordvik Camping Stove C1", 1)],
    ),
    (
        "302-7654321-7654321",
        2,
        "Unshipped",
        "MFN",
        None,
        [("DEMO-2", "B0D1STOVE1", "NV-STOVE-C1", "Nordvik Camping Stove C1", 2)],
    ),
]


def seed(command) -> None:
    account, _ = SellerAccount.objects.update_or_create(
        slug="demo-eu",
        defaults={
            "name": "Nordvik EU (demo)",
            "region": "eu",
            "marketplaces": ["amazon.de"],
            "active": False,
            "last_check_message": "Demo account: not connected to Amazon.",
        },
    )
    now = timezone.now()
    for order_id, days, status, channel, delivered_after, lines in ORDERS:
        purchased = now - timedelta(days=days)
        order, _ = AmazonOrder.objects.update_or_create(
            amazon_order_id=order_id,
            defaults={
                "account": account,
                "marketplace": "amazon.de",
                "purchased_at": purchased,
                "last_updated_at": purchased + timedelta(days=1),
                "status": status,
                "fulfillment_channel": channel,
                "latest_delivery_date": purchased + timedelta(days=4),
                "delivered_on": (purchased + timedelta(days=delivered_after)).date()
                if delivered_after is not None
                else None,
                "currency": "EUR",
                "total": "79.90",
                "items_synced_at": purchased + timedelta(days=1),
            },
        )
        for item_id, asin, seller_sku, title, qty in lines:
            AmazonOrderItem.objects.update_or_create(
                order=order,
                order_item_id=item_id,
                defaults={
                    "asin": asin,
                    "seller_sku": seller_sku,
                    "title": title,
                    "quantity_ordered": qty,
                    "quantity_shipped": qty if status == "Shipped" else 0,
                    "sku": catalogue_sku(marketplace="amazon.de", asin=asin, seller_sku=seller_sku),
                },
            )
    schedule, _ = ReviewRequestSchedule.objects.get_or_create(
        account=account, marketplace="amazon.de", defaults={"enabled": False, "request_day": 7}
    )
    delivered = AmazonOrder.objects.get(amazon_order_id=ORDERS[0][0])
    if delivered.delivered_on is not None:
        asked = timezone.make_aware(
            datetime.combine(
                delivered.delivered_on + timedelta(days=schedule.request_day), time(9, 0)
            )
        )
        ReviewRequest.objects.get_or_create(
            order=delivered,
            defaults={
                "marketplace": "amazon.de",
                "outcome": ReviewRequest.Outcome.REQUESTED,
                "claimed_at": asked,
                "decided_at": asked,
            },
        )
    command.line(f"Amazon: {AmazonOrder.objects.count()} synced orders (demo account, offline)")
