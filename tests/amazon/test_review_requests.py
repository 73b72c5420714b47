""" "Request a Review" through the Solicitations API, against the fake SP-API through
python-amazon-sp-api: the window, once per order, Amazon's eligibility answer as the only
filter (a complaining buyer is asked like everyone else), throttling, and the report."""

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from amazon.models import AmazonOrder, ReviewRequest, ReviewRequestSchedule
from amazon.selectors import review_request_report
from amazon.services import review_requests_send
from tests.amazon.fake_spapi import Failure

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 30)
SOLICIT = "createProductReviewAndSellerFeedbackSolicitation"
ACTIONS = "getSolicitationActionsForOrder"


@pytest.fixture
def schedule(account):
    return ReviewRequestSchedule.objects.create(
        account=account, marketplace="amazon.de", enabled=True, request_day=7
    )


def delivered(account, order_id: str, days_ago: int, **fields) -> AmazonOrder:
    moment = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    return AmazonOrder.objects.create(
        account=account,
        amazon_order_id=order_id,
        marketplace="amazon.de",
        purchased_at=moment,
        last_updated_at=moment,
        status="Shipped",
        delivered_on=TODAY - timedelta(days=days_ago),
        **fields,
    )


def send(schedule, clock):
    return review_requests_send(
        schedule_id=schedule.pk, today=TODAY, sleep=clock.sleep, clock=clock
    )


def test_only_orders_inside_the_window_are_asked(account, schedule, fake, clock):
    delivered(account, "302-0000001-0000001", 6)  # too early for day 7
    delivered(account, "302-0000002-0000002", 7)  # the first day
    delivered(account, "302-0000003-0000003", 30)  # the last day Amazon allows
    delivered(account, "302-0000004-0000004", 31)  # too late
    stats = send(schedule, clock)
    assert stats.requested == 2
    assert sorted(fake.solicited) == ["302-0000002-0000002", "302-0000003-0000003"]
    assert fake.calls(ACTIONS) == 2
    asked = [q for op, _p, q in fake.requests if op == SOLICIT]
    assert all(q["marketplaceIds"] == ["A1PA6795UKMFR9"] for q in asked)
    assert set(ReviewRequest.objects.values_list("order__amazon_order_id", flat=True)) == {
        "302-0000002-0000002",
        "302-0000003-0000003",
    }


def test_an_order_is_asked_once_however_often_the_task_runs(account, schedule, fake, clock):
    order = delivered(account, "302-0000001-0000001", 10)
    send(schedule, clock)
    stats = send(schedule, clock)
    assert fake.calls(SOLICIT) == 1 and fake.calls(ACTIONS) == 1
    assert stats.requested == 0
    request = ReviewRequest.objects.get(order=order)
    assert request.outcome == "requested" and request.decided_at is not None


def test_a_claim_held_by_another_run_is_not_asked_again(account, schedule, fake, clock):
    order = delivered(account, "302-0000001-0000001", 10)
    ReviewRequest.objects.create(order=order, marketplace="amazon.de")  # a concurrent run
    stats = send(schedule, clock)
    assert stats.skipped == 1 and fake.calls(ACTIONS) == 0 and fake.calls(SOLICIT) == 0


def test_a_stale_claim_is_asked_again_and_amazon_refuses_a_second_request(
    account, schedule, fake, clock
):
    order = delivered(account, "302-0000001-0000001", 10)
    ReviewRequest.objects.create(
        order=order, marketplace="amazon.de", claimed_at=datetime(2026, 1, 1, tzinfo=UTC)
    )
    fake.solicited.append(order.amazon_order_id)  # the crashed run did send it
    send(schedule, clock)
    assert fake.calls(SOLICIT) == 0
    assert ReviewRequest.objects.get(order=order).outcome == "not_eligible"


def test_a_not_eligible_answer_is_recorded_and_nothing_is_sent(account, schedule, fake, clock):
    order = delivered(account, "302-0000001-0000001", 10)
    fake.not_eligible.add(order.amazon_order_id)
    stats = send(schedule, clock)
    assert stats.not_eligible == 1 and fake.calls(SOLICIT) == 0
    assert ReviewRequest.objects.get(order=order).outcome == "not_eligible"


def test_a_429_waits_then_the_request_is_sent(account, schedule, fake, clock):
    order = delivered(account, "302-0000001-0000001", 10)
    fake.throttle_next(SOLICIT, times=2, retry_after="2")
    stats = send(schedule, clock)
    assert stats.requested == 1 and fake.solicited == [order.amazon_order_id]
    assert fake.calls(SOLICIT) == 3 and 2.0 in clock.waits and 4.0 in clock.waits


def test_a_refusal_is_recorded_as_failed_with_amazons_error_code(account, schedule, fake, clock):
    order = delivered(account, "302-0000001-0000001", 10)
    fake.fail_next(ACTIONS, Failure(403, "Unauthorized", "Access to requested resource is denied."))
    stats = send(schedule, clock)
    request = ReviewRequest.objects.get(order=order)
    assert stats.failed == 1 and request.outcome == "failed"
    assert request.error_code == "Unauthorized" and fake.calls(SOLICIT) == 0
    ReviewRequest.objects.update(decided_at=datetime(2026, 1, 1, tzinfo=UTC))
    send(schedule, clock)  # a refusal needs a person: not asked again
    assert fake.calls(ACTIONS) == 1


def test_a_throttling_storm_stops_the_run_and_a_later_run_asks_again(
    account, schedule, fake, clock
):
    first = delivered(account, "302-0000001-0000001", 10)
    second = delivered(account, "302-0000002-0000002", 11)
    fake.throttle_next(ACTIONS, times=7)
    stats = send(schedule, clock)
    assert stats.failed == 1 and stats.requested == 0
    failed = ReviewRequest.objects.get()
    assert failed.order == first and failed.error_code == "QuotaExceeded"
    send(schedule, clock)  # too soon for the failed order; the other one is asked
    assert fake.solicited == [second.amazon_order_id]
    assert ReviewRequest.objects.get(order=first).outcome == "failed"
    ReviewRequest.objects.update(decided_at=datetime(2026, 1, 1, tzinfo=UTC))
    send(schedule, clock)
    assert sorted(fake.solicited) == [first.amazon_order_id, second.amazon_order_id]
    assert set(ReviewRequest.objects.values_list("outcome", flat=True)) == {"requested"}


def test_a_complaining_one_star_buyer_is_asked_like_everyone_else(account, schedule, fake, clock):
    """No review gating: an angry ticket about the order and a returned, cancelled-looking
    order change nothing; only Amazon's eligibility answer decides."""
    from tests.helpdesk.factories import AmazonTicketFactory

    order = delivered(account, "302-1234567-1234567", 10)
    AmazonTicketFactory(
        amazon_order_id=order.amazon_order_id,
        subject="1 star. Broken on arrival, I returned it and I am furious (Order: "
        "302-1234567-1234567)",
    )
    happy = delivered(account, "302-0000009-0000009", 10)
    stats = send(schedule, clock)
    assert stats.requested == 2
    assert sorted(fake.solicited) == sorted([order.amazon_order_id, happy.amazon_order_id])


def test_the_schedule_has_no_field_to_select_buyers_by_experience():
    names = {f.name for f in ReviewRequestSchedule._meta.get_fields()}
    assert names <= {"id", "account", "marketplace", "enabled", "request_day", "created_at"}


def test_a_disabled_schedule_sends_nothing(account, schedule, fake, clock):
    delivered(account, "302-0000001-0000001", 10)
    schedule.enabled = False
    schedule.save()
    assert send(schedule, clock).requested == 0
    assert fake.calls(ACTIONS) == 0 and not ReviewRequest.objects.exists()


def test_the_day_must_lie_inside_amazons_window(account):
    for day in (4, 31):
        with pytest.raises(ValidationError):
            ReviewRequestSchedule(
                account=account, marketplace="amazon.de", request_day=day
            ).full_clean()
    ReviewRequestSchedule(account=account, marketplace="amazon.de", request_day=5).full_clean()


def test_the_tick_enqueues_the_enabled_schedules(account, schedule, fake, monkeypatch):
    enqueued: list[int] = []
    monkeypatch.setattr(
        "amazon.management.commands.amazon_tick.review_requests_task",
        SimpleNamespace(enqueue=enqueued.append),
    )
    monkeypatch.setattr(
        "amazon.management.commands.amazon_tick.orders_sync_task",
        SimpleNamespace(enqueue=lambda _id: None),
    )
    monkeypatch.setattr(
        "amazon.management.commands.amazon_tick.returns_sync_task",
        SimpleNamespace(enqueue=lambda _id: None),
    )
    ReviewRequestSchedule.objects.create(account=account, marketplace="amazon.fr")
    call_command("amazon_tick")
    assert enqueued == [schedule.pk]


def test_the_report_counts_outcomes_per_day_and_marketplace(account, schedule, fake, clock):
    delivered(account, "302-0000001-0000001", 10)
    delivered(account, "302-0000002-0000002", 11)
    refused = delivered(account, "302-0000003-0000003", 12)
    fake.not_eligible.add(refused.amazon_order_id)
    failing = delivered(account, "302-0000004-0000004", 13)
    fake.fail_next(ACTIONS, Failure(400, "InvalidInput", "Invalid order id."))
    send(schedule, clock)
    assert ReviewRequest.objects.get(order=failing).error_code in {"InvalidInput", ""}
    rows = review_request_report(since=date(2026, 1, 1))
    assert len(rows) == 1
    row = rows[0]
    assert (row.marketplace, row.requested, row.not_eligible, row.failed) == (
        "amazon.de",
        2,
        1,
        1,
    )


@pytest.fixture
def admin_client(client, db):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-123456")
    client.force_login(user)
    return client


def test_the_report_page_shows_the_counts_per_day(admin_client, account):
    from django.utils import timezone
    from django.utils.formats import date_format

    now = timezone.now()
    outcomes = ["requested", "requested", "not_eligible", "failed"]
    for n, outcome in enumerate(outcomes):
        order = delivered(account, f"302-000000{n}-0000000", 10)
        ReviewRequest.objects.create(
            order=order, marketplace="amazon.de", outcome=outcome, decided_at=now
        )
    old = delivered(account, "302-0000009-0000000", 10)
    ReviewRequest.objects.create(
        order=old, marketplace="amazon.de", outcome="requested", decided_at=now - timedelta(days=3)
    )
    html = admin_client.get("/admin/amazon/review-requests/report/?days=7").content.decode()
    day = date_format(timezone.localdate(now), "SHORT_DATE_FORMAT")
    row = html.split(f"<td>{day}</td>", 1)[1].split("</tr>", 1)[0]
    cells = [c.split("</td>")[0].strip() for c in row.split("<td>")[1:]]
    assert cells == ["amazon.de", "2", "1", "1"]
    assert "<th>3</th>" in html  # requested in total, the older day included


def test_the_report_needs_the_permission(client, account):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from config.roles import SUPPORT_MARKETPLACE, SUPPORT_OWNED

    owned = get_user_model().objects.create_user("store.agent", password="agent-pass-123")
    owned.groups.add(Group.objects.get(name=SUPPORT_OWNED))
    client.force_login(owned)
    refused = client.get("/admin/amazon/review-requests/report/")
    assert refused.status_code == 302  # Wagtail turns PermissionDenied into a redirect home
    assert "amazon-review-report" not in refused.content.decode()
    marketplace = get_user_model().objects.create_user("amazon.agent", password="agent-pass-123")
    marketplace.groups.add(Group.objects.get(name=SUPPORT_MARKETPLACE))
    client.force_login(marketplace)
    assert client.get("/admin/amazon/review-requests/report/").status_code == 200


def test_the_schedule_admin_refuses_a_day_outside_amazons_window(admin_client, account):
    url = "/admin/snippets/amazon/reviewrequestschedule/add/"
    form = {"account": account.pk, "marketplace": "amazon.de", "enabled": "on"}
    refused = admin_client.post(url, {**form, "request_day": "31"})
    assert refused.status_code == 200 and not ReviewRequestSchedule.objects.exists()
    assert admin_client.post(url, {**form, "request_day": "8"}).status_code == 302
    assert ReviewRequestSchedule.objects.get().request_day == 8
