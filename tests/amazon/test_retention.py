"""Amazon's Data Protection Policy: buyer personal data goes 30 days after delivery. The test
runs the retention command as cron does, so removing the job or changing its window fails."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from amazon.models import AmazonOrder

pytestmark = pytest.mark.django_db


def _order(account, oid, **dates):
    now = timezone.now()
    return AmazonOrder.objects.create(
        account=account,
        amazon_order_id=oid,
        marketplace="amazon.de",
        purchased_at=dates.pop("purchased_at", now - timedelta(days=40)),
        last_updated_at=now,
        status="Shipped",
        buyer_name="Erika Mustermann",
        buyer_email="erika@marketplace.amazon.de",
        shipping_address="Hafenstraße 1, 20457 Hamburg",
        **dates,
    )


def _raw_pii(order):
    with connection.cursor() as cursor:
        cursor.execute(
            "select buyer_name, buyer_email, shipping_address from amazon_amazonorder where id = %s",
            [order.pk],
        )
        return cursor.fetchone()


def test_buyer_data_is_encrypted_at_rest(account):
    order = _order(account, "302-0000000-0000009")
    assert all(value.startswith("fernet:") for value in _raw_pii(order))
    assert "Mustermann" not in "".join(_raw_pii(order))


def test_buyer_data_goes_30_days_after_delivery_and_not_before(account, settings):
    settings.RETENTION_ENABLED = False  # the policy's deletion runs regardless
    today = timezone.localdate()
    gone = _order(account, "302-0000000-0000001", delivered_on=today - timedelta(days=31))
    kept = _order(account, "302-0000000-0000002", delivered_on=today - timedelta(days=29))
    promised = _order(
        account,
        "302-0000000-0000003",
        latest_delivery_date=timezone.now() - timedelta(days=31),
    )
    call_command("retention")
    for order in (gone, promised):
        order.refresh_from_db()
        assert (order.buyer_name, order.buyer_email, order.shipping_address) == ("", "", "")
        assert order.pii_erased_at is not None
        assert _raw_pii(order) == ("", "", "")
    kept.refresh_from_db()
    assert kept.buyer_name == "Erika Mustermann" and kept.pii_erased_at is None


def test_an_order_without_delivery_news_is_not_kept_for_ever(account):
    stale = _order(account, "302-0000000-0000004", purchased_at=timezone.now() - timedelta(days=61))
    call_command("retention")
    stale.refresh_from_db()
    assert stale.buyer_name == ""


def test_the_dry_run_lists_and_keeps(account, capsys):
    order = _order(
        account, "302-0000000-0000005", delivered_on=timezone.localdate() - timedelta(days=40)
    )
    call_command("retention", "--dry-run")
    assert "302-0000000-0000005" in capsys.readouterr().out
    order.refresh_from_db()
    assert order.buyer_name == "Erika Mustermann"
