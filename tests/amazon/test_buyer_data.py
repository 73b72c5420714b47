"""The buyer's name and address arrive only when a person with the permission asks on an
Amazon ticket, through a Restricted Data Token for exactly that order; they are stored
encrypted with who asked and when, and the 30-day purge takes them like any buyer data."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.utils import timezone

from amazon.buyer_data import BuyerDataRefused, buyer_data_fetch
from amazon.models import AmazonOrder
from amazon.services import buyer_pii_purge
from tests.amazon.fake_restricted import buyer
from tests.amazon.fake_spapi import Failure, order

pytestmark = pytest.mark.django_db

ORDER_ID = "302-7654321-7654321"
PLAINTEXT = ("Mustermann", "Hafenstraße", "20457", "x81kq0pz3d7v2m9")


@pytest.fixture
def amazon_order(account, fake):
    now = timezone.now()
    fake.orders.append(order(ORDER_ID, updated=now.strftime("%Y-%m-%dT%H:%M:%SZ")))
    fake.buyers[ORDER_ID] = buyer()
    return AmazonOrder.objects.create(
        account=account,
        amazon_order_id=ORDER_ID,
        marketplace="amazon.de",
        purchased_at=now - timedelta(days=6),
        last_updated_at=now - timedelta(days=2),
        status="Shipped",
        delivered_on=timezone.localdate() - timedelta(days=2),
    )


@pytest.fixture
def permitted(db):
    user = get_user_model().objects.create_user("pii.reader", password="reader-pass-123")
    user.user_permissions.add(Permission.objects.get(codename="fetch_buyer_pii"))
    return get_user_model().objects.get(pk=user.pk)


def _raw(order_pk):
    with connection.cursor() as cursor:
        cursor.execute(
            "select buyer_name, buyer_email, shipping_address from amazon_amazonorder "
            "where id = %s",
            [order_pk],
        )
        return cursor.fetchone()


def test_the_fetch_asks_for_a_token_for_this_order_and_sends_it(amazon_order, permitted, fake):
    fetched = buyer_data_fetch(order=amazon_order, actor=permitted, sleep=lambda s: None)

    token_calls = [q for op, _p, q in fake.requests if op == "createRestrictedDataToken"]
    assert len(token_calls) == 1
    assert json.loads(token_calls[0]["body"][0])["restrictedResources"] == [
        {
            "method": "GET",
            "path": f"/orders/v0/orders/{ORDER_ID}",
            "dataElements": ["buyerInfo", "shippingAddress"],
        }
    ]
    [(operation, sent)] = fake.restricted_calls
    assert operation == "getOrder"
    assert sent in fake.rdts and fake.rdts[sent]["path"] == f"/orders/v0/orders/{ORDER_ID}"
    assert fetched.buyer_name == "Erika Mustermann"
    assert fetched.buyer_email == "x81kq0pz3d7v2m9@marketplace.amazon.de"
    assert fetched.shipping_address == "Erika Mustermann\nHafenstraße 1\n20457 Hamburg\nDE"
    assert "+49" not in fetched.shipping_address  # the phone number is not kept
    assert fetched.pii_fetched_by == permitted and fetched.pii_fetched_at is not None


def test_the_data_is_encrypted_in_the_database(amazon_order, permitted):
    buyer_data_fetch(order=amazon_order, actor=permitted, sleep=lambda s: None)
    raw = _raw(amazon_order.pk)
    assert all(value.startswith("fernet:") for value in raw)
    assert not any(word in "".join(raw) for word in PLAINTEXT)


def test_without_the_permission_nothing_is_asked(amazon_order, fake):
    user = get_user_model().objects.create_user("no.pii", password="reader-pass-123")
    with pytest.raises(PermissionError):
        buyer_data_fetch(order=amazon_order, actor=user)
    assert fake.requests == []
    assert _raw(amazon_order.pk) == ("", "", "")


def test_the_fake_refuses_the_restricted_call_without_the_token(amazon_order, fake):
    """The restricted operation is not reachable with the seller's access token alone: the
    address call is refused, getOrder answers without buyer data (as Amazon does)."""
    from sp_api.api import Orders

    from amazon.connection import Connection, ConnectionProblem

    conn = Connection(amazon_order.account, sleep=lambda s: None)
    client = conn.client(Orders, "amazon.de")
    with pytest.raises(ConnectionProblem) as refused:
        conn.call("getOrderAddress", lambda: client.get_order_address(ORDER_ID))
    assert refused.value.status == 403
    plain = conn.call("getOrder", lambda: client.get_order(ORDER_ID)).payload
    assert plain["AmazonOrderId"] == ORDER_ID
    assert "BuyerInfo" not in plain and "ShippingAddress" not in plain


def test_a_refused_token_stores_nothing_and_says_why(amazon_order, permitted, fake):
    fake.fail_next(
        "createRestrictedDataToken",
        Failure(403, "Unauthorized", "The application is not authorised for PII."),
    )
    with pytest.raises(BuyerDataRefused, match="Unauthorized"):
        buyer_data_fetch(order=amazon_order, actor=permitted, sleep=lambda s: None)
    assert fake.calls("getOrder") == 0
    amazon_order.refresh_from_db()
    assert not amazon_order.has_buyer_pii and amazon_order.pii_fetched_at is None


def test_the_purge_removes_the_fetched_data_and_keeps_who_fetched_it(amazon_order, permitted):
    buyer_data_fetch(order=amazon_order, actor=permitted, sleep=lambda s: None)
    assert buyer_pii_purge(now=timezone.now() + timedelta(days=20)) == []
    lines = buyer_pii_purge(now=timezone.now() + timedelta(days=29))
    assert lines == [f"Amazon order {ORDER_ID}: buyer data"]
    assert _raw(amazon_order.pk) == ("", "", "")
    amazon_order.refresh_from_db()
    assert amazon_order.pii_erased_at is not None and amazon_order.pii_fetched_by == permitted


def test_a_fetch_after_the_retention_period_is_refused(amazon_order, permitted, fake):
    AmazonOrder.objects.filter(pk=amazon_order.pk).update(
        delivered_on=datetime(2026, 1, 1, tzinfo=UTC).date()
    )
    amazon_order.refresh_from_db()
    with pytest.raises(BuyerDataRefused, match="30 days"):
        buyer_data_fetch(order=amazon_order, actor=permitted, sleep=lambda s: None)
    assert fake.requests == []


def test_a_fetch_after_an_erasure_is_purged_again(amazon_order, permitted):
    """A purge marks the order erased; a later fetch (inside the period) must not escape the
    next purge."""
    AmazonOrder.objects.filter(pk=amazon_order.pk).update(pii_erased_at=timezone.now())
    buyer_data_fetch(order=amazon_order, actor=permitted, sleep=lambda s: None)
    assert buyer_pii_purge(now=timezone.now() + timedelta(days=29))
    assert _raw(amazon_order.pk) == ("", "", "")
