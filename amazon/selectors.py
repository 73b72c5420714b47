"""Reads of the Amazon app that other apps share, and the review-request report."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncDate

from .models import REVIEW_WINDOW_LAST_DAY, AmazonOrder, ReviewRequest, ReviewRequestSchedule


def synced_order(*, amazon_order_id: str) -> AmazonOrder | None:
    """The synced order with *amazon_order_id*, its items and their catalogue SKUs and its
    returns loaded (``None`` for an empty id or an order not synced yet)."""
    if not amazon_order_id:
        return None
    return (
        AmazonOrder.objects.filter(amazon_order_id=amazon_order_id)
        .select_related("account", "pii_fetched_by")
        .prefetch_related("items__sku__product__translations", "returns")
        .first()
    )


def review_orders_due(*, schedule: ReviewRequestSchedule, today: date) -> QuerySet[AmazonOrder]:
    """Orders of the schedule's account and marketplace delivered from the schedule's day to
    day 30 before *today*, not asked yet (or whose claim went stale, or whose request failed
    for a passing reason: the service decides).
    The delivery date is the known one, else Amazon's latest promised delivery date. Nothing
    about the buyer's experience is read here, on purpose (review gating, ``docs/amazon.md``)."""
    latest = today - timedelta(days=schedule.request_day)
    earliest = today - timedelta(days=REVIEW_WINDOW_LAST_DAY)
    delivered = Q(delivered_on__gte=earliest, delivered_on__lte=latest) | Q(
        delivered_on__isnull=True,
        latest_delivery_date__date__gte=earliest,
        latest_delivery_date__date__lte=latest,
    )
    return (
        AmazonOrder.objects.filter(account=schedule.account, marketplace=schedule.marketplace)
        .filter(delivered)
        .filter(
            Q(review_request__isnull=True)
            | Q(review_request__outcome=ReviewRequest.Outcome.PENDING)
            | Q(
                review_request__outcome=ReviewRequest.Outcome.FAILED,
                review_request__error_code__in=ReviewRequest.RETRYABLE_CODES,
            )
        )
        .order_by("purchased_at", "pk")
    )


@dataclass(frozen=True)
class ReviewReportRow:
    day: date
    marketplace: str
    requested: int
    not_eligible: int
    failed: int


def review_request_report(*, since: date) -> list[ReviewReportRow]:
    """Per day Amazon answered and marketplace: requests sent, orders Amazon did not offer a
    request for, and failed calls; newest day first."""
    outcome = ReviewRequest.Outcome
    rows = (
        ReviewRequest.objects.filter(decided_at__date__gte=since)
        .annotate(day=TruncDate("decided_at"))
        .values("day", "marketplace")
        .annotate(
            requested=Count("pk", filter=Q(outcome=outcome.REQUESTED)),
            not_eligible=Count("pk", filter=Q(outcome=outcome.NOT_ELIGIBLE)),
            failed=Count("pk", filter=Q(outcome=outcome.FAILED)),
        )
        .order_by("-day", "marketplace")
    )
    return [
        ReviewReportRow(
            day=row["day"],
            marketplace=row["marketplace"],
            requested=row["requested"],
            not_eligible=row["not_eligible"],
            failed=row["failed"],
        )
        for row in rows
    ]
