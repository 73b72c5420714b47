"""Own-store orders and the funnel, through the public doors: clicks arrive by Postmark's
tracking webhook, orders by Shopify's orders webhooks (payloads in their documented shapes).
An order is credited to the last click before it; a cancelled order never counts as bought."""

from datetime import timedelta

import pytest
from django.utils import timezone

from funnel.models import Delivery, Enrolment, OrderAttribution
from funnel.services import enrolment_start

from ..customers.test_shopify_orders_webhook import SECRET, deliver, order_payload
from .conftest import make_sequence, marketable
from .test_tracking import auth, event, post

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def webhook_secrets(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": "hooks:s3cret"}
    settings.MAIL_TRACKING_PROVIDERS = ["postmark"]
    settings.SHOPIFY_WEBHOOK_SECRET = SECRET


def stamp(moment) -> str:
    return moment.astimezone(timezone.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def mailed(brand):
    """Ada, enrolled ten days ago in a three-step sequence that stops when she buys: two
    steps sent (A and B), the third scheduled."""
    identity = marketable("ada@example.org")
    sequence = make_sequence(brand, steps=3)
    enrolment_start(sequence=sequence, identity=identity, registration=None, trigger_key="c")
    enrolment = Enrolment.objects.get()
    Enrolment.objects.filter(pk=enrolment.pk).update(
        enrolled_at=timezone.now() - timedelta(days=10)
    )
    steps = list(sequence.steps.order_by("sort_order"))
    first = Delivery.objects.get()
    Delivery.objects.filter(pk=first.pk).update(
        status=Delivery.Status.SENT, sent_at=timezone.now(), provider_message_id="pm-a"
    )
    second = Delivery.objects.create(
        enrolment=enrolment,
        step=steps[1],
        customer=identity.customer,
        identity=identity,
        mail_type=first.mail_type,
        status=Delivery.Status.SENT,
        due_at=timezone.now(),
        provider_message_id="pm-b",
    )
    third = Delivery.objects.create(
        enrolment=enrolment,
        step=steps[2],
        customer=identity.customer,
        identity=identity,
        mail_type=first.mail_type,
        due_at=timezone.now() + timedelta(days=2),
    )
    first.refresh_from_db()
    return {"a": first, "b": second, "next": third, "enrolment": enrolment}


def click(client, delivery, at, link="https://shop.nordvik.example/"):
    response = post(
        client, event("Click", delivery, ReceivedAt=stamp(at), OriginalLink=link), **auth()
    )
    assert response.status_code == 200


def test_the_order_is_credited_to_the_last_click_before_it_not_the_first(client, mailed, brand):
    keep_going = make_sequence(brand, name="Tips", steps=1, exit_on_purchase=False)
    enrolment_start(
        sequence=keep_going, identity=mailed["a"].identity, registration=None, trigger_key="c"
    )
    now = timezone.now()
    click(client, mailed["a"], now - timedelta(days=3))
    click(client, mailed["b"], now - timedelta(days=2))
    click(client, mailed["a"], now - timedelta(hours=1), link="https://shop.nordvik.example/l")
    click(client, mailed["b"], now + timedelta(hours=1))  # after the order: not before it

    deliver(client, order_payload(created_at=now.isoformat()))

    assert OrderAttribution.objects.get().delivery == mailed["a"]
    enrolment = Enrolment.objects.get(pk=mailed["enrolment"].pk)
    assert (enrolment.status, enrolment.exit_reason) == ("exited", "purchased")
    mailed["next"].refresh_from_db()
    assert mailed["next"].status == Delivery.Status.CANCELLED
    assert Enrolment.objects.get(sequence=keep_going).status == Enrolment.Status.ACTIVE


def test_clicks_outside_the_window_credit_nothing(client, mailed, settings):
    settings.FUNNEL_ATTRIBUTION_DAYS = 5
    now = timezone.now()
    click(client, mailed["a"], now - timedelta(days=6))
    deliver(client, order_payload(created_at=now.isoformat()))
    assert not OrderAttribution.objects.exists()


def test_a_cancelled_order_loses_its_credit_and_the_sequence_it_stopped_goes_on(
    client, mailed, product
):
    from funnel import analytics

    from .conftest import register

    register(mailed["a"].identity, product)
    now = timezone.now()
    click(client, mailed["a"], now - timedelta(hours=2))
    deliver(client, order_payload(created_at=now.isoformat()))
    assert OrderAttribution.objects.exists()
    assert analytics.funnel_counts(analytics.Filters())["ordered"] == 1
    mailed["next"].refresh_from_db()
    assert mailed["next"].status == Delivery.Status.CANCELLED

    cancelled = order_payload(created_at=now.isoformat(), cancelled_at=timezone.now().isoformat())
    response = deliver(client, cancelled, webhook_id="wh-cancel", topic="orders/cancelled")

    assert response.status_code == 200
    assert not OrderAttribution.objects.exists()
    assert analytics.funnel_counts(analytics.Filters())["ordered"] == 0
    enrolment = Enrolment.objects.get(pk=mailed["enrolment"].pk)
    assert (enrolment.status, enrolment.exit_reason, enrolment.ended_at) == ("active", "", None)
    mailed["next"].refresh_from_db()
    assert mailed["next"].status == Delivery.Status.SCHEDULED
    assert mailed["next"].due_at >= now  # where it stopped, not in the past


def test_a_cancelled_order_does_not_revive_a_sequence_another_order_ended(client, mailed):
    now = timezone.now()
    deliver(client, order_payload(created_at=now.isoformat()))
    deliver(client, order_payload(id=2, created_at=now.isoformat()), webhook_id="wh-2")
    cancelled = order_payload(created_at=now.isoformat(), cancelled_at=now.isoformat())
    deliver(client, cancelled, webhook_id="wh-cancel", topic="orders/cancelled")
    assert Enrolment.objects.get(pk=mailed["enrolment"].pk).status == Enrolment.Status.EXITED


def test_an_order_cancelled_before_it_arrives_ends_nothing_and_is_credited_nothing(client, mailed):
    now = timezone.now()
    click(client, mailed["a"], now - timedelta(hours=2))
    deliver(
        client,
        order_payload(created_at=now.isoformat(), cancelled_at=now.isoformat()),
        topic="orders/cancelled",
    )
    assert not OrderAttribution.objects.exists()
    assert Enrolment.objects.get(pk=mailed["enrolment"].pk).status == Enrolment.Status.ACTIVE
    mailed["next"].refresh_from_db()
    assert mailed["next"].status == Delivery.Status.SCHEDULED


def test_a_test_notification_for_a_customers_address_ends_nothing(client, mailed):
    now = timezone.now()
    click(client, mailed["a"], now - timedelta(hours=2))
    deliver(client, order_payload(created_at=now.isoformat(), test=True))
    assert not OrderAttribution.objects.exists()
    assert Enrolment.objects.get(pk=mailed["enrolment"].pk).status == Enrolment.Status.ACTIVE


def test_a_cancelled_order_does_not_stop_the_next_step_at_send_time(client, fake_esp, brand):
    from funnel import outbox

    identity = marketable("ada@example.org")
    enrolment_start(
        sequence=make_sequence(brand, steps=1), identity=identity, registration=None,
        trigger_key="c",
    )  # fmt: skip
    now = timezone.now()
    deliver(client, order_payload(created_at=now.isoformat(), cancelled_at=now.isoformat()))

    assert outbox.deliveries_dispatch().sent == 1
    assert [to.endswith("<ada@example.org>") for to in fake_esp.recipients()] == [True]
