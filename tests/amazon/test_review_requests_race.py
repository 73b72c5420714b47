"""Two review-request runs at once on PostgreSQL (a tick enqueued the schedule twice, or a
retried task overlaps the first): every order is asked exactly once at the fake SP-API."""

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection, connections

from amazon import services
from amazon.models import AmazonOrder, ReviewRequest, ReviewRequestSchedule

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True)]

TODAY = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Concurrent claims need PostgreSQL (run with DATABASE_URL=postgres://…)")


def test_two_runs_at_once_ask_each_order_exactly_once(account, fake, clock, monkeypatch):
    schedule = ReviewRequestSchedule.objects.create(
        account=account, marketplace="amazon.de", enabled=True, request_day=7
    )
    moment = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    ids = [f"302-000000{n}-0000000" for n in range(6)]
    for order_id in ids:
        AmazonOrder.objects.create(
            account=account, amazon_order_id=order_id, marketplace="amazon.de",
            purchased_at=moment, last_updated_at=moment, status="Shipped",
            delivered_on=TODAY - timedelta(days=10),
        )  # fmt: skip

    # Both runs read the same due orders before either claims one.
    barrier = threading.Barrier(2, timeout=30)
    original = services.review_orders_due

    def due_then_wait(**kwargs):
        orders = list(original(**kwargs))
        barrier.wait()
        return orders

    monkeypatch.setattr(services, "review_orders_due", due_then_wait)
    results = []

    def run():
        try:
            results.append(
                services.review_requests_send(
                    schedule_id=schedule.pk, today=TODAY, sleep=clock.sleep, clock=clock
                )
            )
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert len(results) == 2
    assert sorted(fake.solicited) == ids
    # each order asked once at Amazon: one eligibility question and one request per order
    assert fake.calls("getSolicitationActionsForOrder") == len(ids)
    assert fake.calls("createProductReviewAndSellerFeedbackSolicitation") == len(ids)
    assert sum(r.requested for r in results) == len(ids)
    assert sum(r.skipped for r in results) == len(ids)
    assert ReviewRequest.objects.filter(outcome="requested").count() == len(ids)
