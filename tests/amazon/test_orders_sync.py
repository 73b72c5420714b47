"""Order sync against the fake SP-API through python-amazon-sp-api: pages, the incremental
window, throttling, refusals, and the mapping of order lines to catalogue SKUs."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command

from amazon.connection import ConnectionProblem
from amazon.models import AmazonOrder, AmazonOrderItem
from amazon.services import orders_sync
from catalog.models import SKU, Brand, MarketplaceIdentifier, Product
from tests.amazon.fake_spapi import Failure, item, order

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def seed(fake, count: int, *, start: datetime, step=timedelta(hours=1)):
    for n in range(count):
        oid = f"302-{n:07d}-0000001"
        fake.orders.append(order(oid, updated=stamp(start + n * step)))
        fake.items[oid] = [item(f"IT{n}", asin="B0D1HL4BLK", sku="NV-HL400-BLK")]


def test_every_page_is_fetched_and_every_order_recorded_once(account, fake, clock):
    fake.page_size = 3
    seed(fake, 8, start=NOW - timedelta(days=2))
    stats = orders_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=NOW)
    assert stats.pages == 3 and stats.orders == 8
    assert AmazonOrder.objects.count() == 8 and AmazonOrderItem.objects.count() == 8
    pages = [q for op, _p, q in fake.requests if op == "getOrders"]
    assert "NextToken" not in pages[0] and all("NextToken" in q for q in pages[1:])


def test_the_next_sync_asks_only_for_what_changed_since(account, fake, clock):
    seed(fake, 3, start=NOW - timedelta(days=1))
    orders_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=NOW)
    account.refresh_from_db()
    assert account.orders_synced_until == NOW - timedelta(minutes=2)

    changed = fake.orders[0]
    changed["OrderStatus"] = "Canceled"
    changed["LastUpdateDate"] = stamp(NOW + timedelta(minutes=30))
    later = NOW + timedelta(hours=1)
    stats = orders_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=later)
    window = [q for op, _p, q in fake.requests if op == "getOrders"][-1]
    assert window["LastUpdatedAfter"] == [stamp(NOW - timedelta(minutes=2))]
    assert window["LastUpdatedBefore"] == [stamp(later - timedelta(minutes=2))]
    assert stats.orders == 1
    assert AmazonOrder.objects.get(amazon_order_id=changed["AmazonOrderId"]).status == "Canceled"
    assert AmazonOrder.objects.count() == 3


def test_a_429_storm_loses_nothing_and_doubles_nothing(account, fake, clock):
    fake.page_size = 2
    seed(fake, 5, start=NOW - timedelta(days=1))
    fake.throttle_next("getOrders", times=3)
    fake.throttle_next("getOrderItems", times=2)
    orders_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=NOW)
    assert AmazonOrder.objects.count() == 5 and AmazonOrderItem.objects.count() == 5
    # the waits came from the header's rate (0.0167/s: about 60 s), never slept for real
    assert any(55 < w < 65 for w in clock.waits)


def test_a_failed_sync_keeps_the_cursor_and_the_next_run_fetches_it_all(account, fake, clock):
    fake.page_size = 2
    seed(fake, 4, start=NOW - timedelta(days=1))
    original = fake._pop_failure
    pages = {"n": 0}

    def refuse_the_second_page(operation):
        if operation == "getOrders":
            pages["n"] += 1
            if pages["n"] == 2:
                return Failure(403, "Unauthorized", "Access to requested resource is denied.")
        return original(operation)

    fake._pop_failure = refuse_the_second_page
    with pytest.raises(ConnectionProblem):
        orders_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=NOW)
    account.refresh_from_db()
    assert account.orders_synced_until is None
    assert AmazonOrder.objects.count() == 2
    fake._pop_failure = original
    orders_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=NOW)
    assert AmazonOrder.objects.count() == 4 and AmazonOrderItem.objects.count() == 4


def test_a_403_reaches_the_caller_with_amazons_code(account, fake, clock):
    seed(fake, 1, start=NOW - timedelta(days=1))
    fake.fail_next(
        "getOrders", Failure(403, "Unauthorized", "Access to requested resource is denied.")
    )
    with pytest.raises(ConnectionProblem) as info:
        orders_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=NOW)
    assert (info.value.status, info.value.code) == (403, "Unauthorized")
    assert AmazonOrder.objects.count() == 0


def test_invalid_input_is_a_problem_not_a_crash(account, fake, clock):
    fake.fail_next("getOrders", Failure(400, "InvalidInput", "Invalid Input"))
    with pytest.raises(ConnectionProblem) as info:
        orders_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=NOW)
    assert info.value.code == "InvalidInput"


def test_order_lines_are_mapped_to_catalogue_skus(account, fake, clock):
    brand = Brand.objects.create(name="Nordvik", slug="nordvik")
    product = Product.objects.create(brand=brand, name="Lamp", slug="lamp", warranty_months=24)
    by_asin = SKU.objects.create(product=product, code="NV-HL400-BLK")
    by_code = SKU.objects.create(product=product, code="NV-HL400-RED")
    MarketplaceIdentifier.objects.create(
        sku=by_asin, kind="asin", marketplace="amazon.de", value="B0D1HL4BLK"
    )
    MarketplaceIdentifier.objects.create(
        sku=by_code, kind="asin", marketplace="amazon.fr", value="B0D1HL4RED"
    )
    oid = "302-7777777-0000001"
    fake.orders.append(order(oid, updated=stamp(NOW - timedelta(hours=3)), channel="AFN"))
    fake.items[oid] = [
        item("A", asin="B0D1HL4BLK", sku="SELLER-SKU-1"),
        item("B", asin="B0D1HL4RED", sku="NV-HL400-RED"),  # listed on .fr only: by its code
        item("C", asin="B0UNKNOWN1", sku="SOMETHING-ELSE"),
    ]
    orders_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=NOW)
    recorded = AmazonOrder.objects.get(amazon_order_id=oid)
    assert recorded.fulfillment_channel == "AFN" and recorded.marketplace == "amazon.de"
    lines = {i.order_item_id: i.sku for i in recorded.items.all()}
    assert lines == {"A": by_asin, "B": by_code, "C": None}


def test_the_backfill_command_reaches_further_back_without_moving_the_cursor_back(
    account, fake, monkeypatch
):
    seed(fake, 2, start=datetime(2026, 1, 10, tzinfo=UTC))
    account.orders_synced_until = datetime(2026, 11, 1, tzinfo=UTC)
    account.save()
    monkeypatch.setattr("amazon.connection.time.sleep", lambda s: None)
    call_command("amazon_orders_backfill", "--since", "2026-01-01", "--account", account.slug)
    assert AmazonOrder.objects.count() == 2
    account.refresh_from_db()
    assert account.orders_synced_until >= datetime(2026, 11, 1, tzinfo=UTC)


def test_the_schedule_syncs_every_active_account_and_skips_the_others(
    account, fake, monkeypatch, django_capture_on_commit_callbacks, immediate_tasks
):
    from amazon.models import SellerAccount

    SellerAccount.objects.create(
        name="Off", slug="off", region="eu", marketplaces=["amazon.de"], active=False
    )
    seed(fake, 2, start=datetime.now(UTC) - timedelta(days=1))
    fake.in_queue_polls = 0  # the returns reports are ready at once
    monkeypatch.setattr("amazon.connection.time.sleep", lambda s: None)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("amazon_tick")  # tasks run at once, on commit
    assert AmazonOrder.objects.count() == 2
    assert fake.calls("getOrders") == 1
    assert fake.calls("createReport") == 2  # both returns reports, for the active account only
    account.refresh_from_db()
    assert account.orders_synced_until is not None
