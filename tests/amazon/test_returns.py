"""Amazon returns through the Reports API: the real python-amazon-sp-api client against the fake
server (createReport, getReport IN_QUEUE then DONE, getReportDocument, the gzip'd download).
Each return is recorded once however often a report lists it, a FATAL report loses nothing, and
the buyer's comment goes with the buyer data 30 days after delivery."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.db import connection as db
from django.utils import timezone

from amazon.models import AmazonOrder, AmazonReturn, ReturnsReport
from amazon.returns import FBA_REPORT, MFN_REPORT, OVERLAP, POLL_WAIT, returns_sync
from amazon.services import buyer_pii_purge, orders_sync
from tests.amazon.fake_reports import tsv
from tests.amazon.fake_spapi import order

pytestmark = pytest.mark.django_db

SYNCED = "302-1000000-0000001"
NOT_SYNCED = "302-1000000-0000002"
NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _fba_rows():
    return [
        {
            "return-date": "2026-11-28T10:15:00+00:00",
            "order-id": SYNCED,
            "sku": "NV-HL400-BLK",
            "asin": "B0D1HL4BLK",
            "product-name": 'Nordvik Stirnlampe 400 "Trail"',
            "quantity": "1",
            "fulfillment-center-id": "LEJ1",
            "detailed-disposition": "DEFECTIVE",
            "reason": "DEFECTIVE",
            "status": "Unit returned to inventory",
            "license-plate-number": "LPNRR000000001",
            "customer-comments": "Flackert nach einer Stunde.",
        },
        {
            "return-date": "2026-11-29T08:00:00+00:00",
            "order-id": SYNCED,
            "sku": "bottle-7",
            "asin": "B0D1BOTTLE",
            "quantity": "2",
            "detailed-disposition": "SELLABLE",
            "reason": "UNWANTED_ITEM",
            "status": "Unit returned to inventory",
            "license-plate-number": "LPNRR000000002",
            "customer-comments": "",
        },
        {
            "return-date": "2026-11-30T09:30:00+00:00",
            "order-id": NOT_SYNCED,
            "sku": "NV-HL400-BLK",
            "asin": "B0D1HL4BLK",
            "quantity": "1",
            "detailed-disposition": "CUSTOMER_DAMAGED",
            "reason": "SOMETHING_AMAZON_ADDED_LATER",
            "status": "Unit returned to inventory",
            "license-plate-number": "LPNRR000000003",
        },
    ]


def _mfn_rows():
    return [
        {
            "Order ID": SYNCED,
            "Order date": "15-Nov-2026",
            "Return request date": "27-Nov-2026",
            "Return request status": "Approved",
            "Amazon RMA ID": "DxYz1AbCRRMA",
            "ASIN": "B0D1HL4BLK",
            "Merchant SKU": "NV-HL400-BLK",
            "Item Name": "Nordvik Stirnlampe 400",
            "Return quantity": "1",
            "Return Reason": "CR-DAMAGED_BY_CARRIER",
            "Resolution": "StandardRefund",
        }
    ]


@pytest.fixture
def reports(fake):
    fake.documents[FBA_REPORT] = tsv(FBA_REPORT, _fba_rows()) + "\r\n"  # a blank last line
    fake.documents[MFN_REPORT] = tsv(MFN_REPORT, _mfn_rows())
    return fake


def _sync_order(fake, account, clock, order_id):
    fake.orders.append(order(order_id, updated="2026-11-20T10:00:00Z", channel="AFN"))
    orders_sync(
        account_id=account.pk,
        since=NOW - timedelta(days=30),
        sleep=clock.sleep,
        clock=clock,
        now=NOW,
    )


def _sync(account, clock, now=NOW):
    return returns_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=now)


def test_a_sync_imports_every_return_once_and_a_second_sync_adds_nothing(reports, account, clock):
    _sync_order(reports, account, clock, SYNCED)
    stats = _sync(account, clock)

    assert (stats.reports, stats.rows, stats.created, stats.failed) == (2, 4, 4, 0)
    assert reports.calls("createReport") == 2
    assert reports.calls("getReport") == 4  # IN_QUEUE, then DONE, per report
    assert POLL_WAIT in clock.waits
    created = [json for op, _p, q in reports.requests if op == "createReport" for json in q["body"]]
    assert '"reportType": "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA"' in created[0]
    assert '"marketplaceIds": ["A1PA6795UKMFR9"]' in created[0]

    synced = AmazonOrder.objects.get(amazon_order_id=SYNCED)
    lamp = AmazonReturn.objects.get(reference="LPNRR000000001")
    assert lamp.order == synced and lamp.source == "FBA"
    assert lamp.returned_at == datetime(2026, 11, 28, 10, 15, tzinfo=UTC)
    assert lamp.title == 'Nordvik Stirnlampe 400 "Trail"'
    assert lamp.customer_comment == "Flackert nach einer Stunde."
    assert str(lamp.reason_display) == "Defective or does not work"
    bottles = AmazonReturn.objects.get(reference="LPNRR000000002")
    assert bottles.quantity == 2 and bottles.customer_comment == ""
    stranger = AmazonReturn.objects.get(reference="LPNRR000000003")
    assert stranger.order is None and stranger.amazon_order_id == NOT_SYNCED
    assert stranger.reason_display == "SOMETHING_AMAZON_ADDED_LATER"  # shown as sent
    merchant = AmazonReturn.objects.get(source="MFN")
    assert merchant.reference == "DxYz1AbCRRMA" and merchant.order == synced
    assert merchant.returned_at.date().isoformat() == "2026-11-27"
    assert str(merchant.reason_display) == "Damaged in transit"
    with db.cursor() as cursor:
        cursor.execute("select customer_comment from amazon_amazonreturn where id = %s", [lamp.pk])
        assert "Flackert" not in cursor.fetchone()[0]  # stored encrypted

    # Within six hours nothing new is asked; later the next report overlaps the last one and
    # lists the same returns again: nothing is recorded twice. The order synced meanwhile is
    # linked to its return.
    assert _sync(account, clock, NOW + timedelta(hours=1)).reports == 0
    assert reports.calls("createReport") == 2
    _sync_order(reports, account, clock, NOT_SYNCED)
    later = NOW + timedelta(hours=7)
    stats = _sync(account, clock, later)
    assert (stats.reports, stats.rows, stats.created) == (2, 4, 0)
    assert AmazonReturn.objects.count() == 4
    again = [json for op, _p, q in reports.requests if op == "createReport" for json in q["body"]]
    start = (NOW - OVERLAP).strftime("%Y-%m-%dT%H:%M:%S")
    assert start in again[2] and start in again[3]
    assert AmazonReturn.objects.get(reference="LPNRR000000003").order.amazon_order_id == NOT_SYNCED


def test_a_fatal_report_is_recorded_and_the_next_run_asks_for_the_same_period(
    reports, account, clock
):
    _sync(account, clock)
    assert AmazonReturn.objects.count() == 4
    reports.documents[FBA_REPORT] = tsv(
        FBA_REPORT, [*_fba_rows(), {**_fba_rows()[0], "license-plate-number": "LPNRR000000004"}]
    )
    reports.next_status(FBA_REPORT, "FATAL")

    stats = _sync(account, clock, NOW + timedelta(hours=7))
    assert stats.failed == 1 and stats.created == 0
    failed = ReturnsReport.objects.get(report_type=FBA_REPORT, outcome="failed")
    assert failed.processing_status == "FATAL" and failed.error
    assert AmazonReturn.objects.count() == 4  # nothing lost

    stats = _sync(account, clock, NOW + timedelta(hours=7, minutes=15))
    assert (stats.reports, stats.created, stats.failed) == (1, 1, 0)  # only the FBA report
    retry = ReturnsReport.objects.filter(report_type=FBA_REPORT).first()
    assert retry.outcome == "done" and retry.data_start == failed.data_start
    assert AmazonReturn.objects.filter(reference="LPNRR000000004").exists()


def test_a_report_not_ready_is_polled_on_the_next_run(reports, account, clock):
    reports.in_queue_polls = 10
    stats = returns_sync(account_id=account.pk, sleep=clock.sleep, clock=clock, now=NOW, polls=2)
    assert stats.pending == 2 and AmazonReturn.objects.count() == 0
    reports.in_queue_polls = 0
    stats = _sync(account, clock, NOW + timedelta(minutes=15))
    assert reports.calls("createReport") == 2  # the pending reports, not new ones
    assert stats.created == 4


def _comment_return(account, order_id, returned_at, order=None):
    return AmazonReturn.objects.create(
        account=account,
        order=order,
        amazon_order_id=order_id,
        source="FBA",
        returned_at=returned_at,
        seller_sku="NV-HL400-BLK",
        reason="DEFECTIVE",
        customer_comment="Bitte rufen Sie mich an: 0171 2345678.",
    )


def test_the_purge_clears_the_buyers_comments_30_days_after_delivery(account):
    now = timezone.now()
    today = timezone.localdate()

    def delivered(order_id, days_ago):
        return AmazonOrder.objects.create(
            account=account,
            amazon_order_id=order_id,
            marketplace="amazon.de",
            purchased_at=now - timedelta(days=days_ago + 3),
            last_updated_at=now,
            status="Shipped",
            delivered_on=today - timedelta(days=days_ago),
        )

    old = _comment_return(account, SYNCED, now - timedelta(days=20), delivered(SYNCED, 31))
    recent = _comment_return(
        account, "302-1000000-0000003", now - timedelta(days=2), delivered("302-1000000-0000003", 5)
    )
    orphan = _comment_return(account, NOT_SYNCED, now - timedelta(days=31))

    lines = buyer_pii_purge()
    assert len(lines) == 2 and all("buyer comment" in line for line in lines)
    for found in (old, orphan):
        found.refresh_from_db()
        assert found.customer_comment == "" and found.comment_erased_at is not None
    recent.refresh_from_db()
    assert recent.customer_comment.startswith("Bitte")
    assert buyer_pii_purge() == []


def test_a_report_listing_an_expired_return_again_does_not_bring_its_comment_back(
    reports, account, clock
):
    AmazonOrder.objects.create(
        account=account,
        amazon_order_id=SYNCED,
        marketplace="amazon.de",
        purchased_at=NOW - timedelta(days=70),
        last_updated_at=NOW,
        status="Shipped",
        delivered_on=(timezone.now() - timedelta(days=40)).date(),
    )
    _sync(account, clock)
    assert AmazonReturn.objects.get(reference="LPNRR000000001").customer_comment == ""


def test_the_backfill_command_asks_for_the_returns_from_the_date_given(reports, account):
    reports.in_queue_polls = 0  # ready at once: the command waits in real time
    call_command("amazon_orders_backfill", "--returns", "--since", "2026-01-01")
    bodies = [body for op, _p, q in reports.requests if op == "createReport" for body in q["body"]]
    assert len(bodies) == 2 and all('"dataStartTime": "2026-01-01T00:00:00Z"' in b for b in bodies)
    assert AmazonReturn.objects.count() == 4
    assert reports.calls("getOrders") == 0
