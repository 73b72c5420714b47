"""The periodic tick: reaps, enqueues one dispatch task at a time, or sends inline."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from funnel.models import Delivery, DispatchState
from funnel.services import enrolment_start

from .conftest import make_sequence, marketable

pytestmark = pytest.mark.django_db(transaction=True)


def tick(*args) -> str:
    out = StringIO()
    call_command("funnel_tick", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def due(brand):
    enrolment_start(
        sequence=make_sequence(brand, steps=1), identity=marketable(), registration=None,
        trigger_key="c",
    )  # fmt: skip
    Delivery.objects.update(due_at=timezone.now())


def test_tick_enqueues_one_dispatch_task_until_a_worker_takes_it(due):
    from django_tasks_db.models import DBTaskResult

    assert "dispatch enqueued" in tick()
    assert "already queued" in tick()
    assert DBTaskResult.objects.filter(task_path__endswith="deliveries_dispatch_task").count() == 1
    assert DispatchState.objects.get(name="dispatch").task_result_id


def test_tick_inline_sends_without_a_worker(due, fake_esp):
    assert "sent 1" in tick("--inline")
    assert len(fake_esp.messages) == 1


def test_tick_reaps_stale_claims(due, settings, fake_esp):
    from funnel.outbox.dispatch import Dispatcher

    Dispatcher(worker="gone").claim()
    Delivery.objects.update(claimed_at=timezone.now() - timedelta(hours=1))
    settings.FUNNEL_CLAIM_TIMEOUT_SECONDS = 600
    assert "reclaimed 1" in tick()
    assert Delivery.objects.get().status == Delivery.Status.SCHEDULED


def test_dispatch_command_sends_what_is_due(due, fake_esp):
    out = StringIO()
    call_command("funnel_dispatch", stdout=out)
    assert "sent 1" in out.getvalue() and len(fake_esp.messages) == 1


def test_tick_enqueues_the_shopify_reconcile_when_connected_and_due(settings, db):
    from django_tasks_db.models import DBTaskResult

    settings.SHOPIFY_RECONCILE_MINUTES = 15
    settings.SHOPIFY_SHOP_DOMAIN = ""
    settings.SHOPIFY_ACCESS_TOKEN = ""
    assert "shopify" not in tick()  # not connected: nothing to reconcile

    settings.SHOPIFY_SHOP_DOMAIN = "nordvik.myshopify.com"
    settings.SHOPIFY_ACCESS_TOKEN = "shpat_x"
    assert "shopify orders enqueued" in tick()
    assert "shopify" not in tick()  # not due again for 15 minutes
    state = DispatchState.objects.get(name="shopify_orders")
    state.enqueued_at = timezone.now() - timedelta(minutes=16)
    state.save()
    assert "shopify orders already queued" in tick()  # due, but the last one still waits
    tasks = DBTaskResult.objects.filter(task_path__endswith="shopify_orders_reconcile_task")
    assert tasks.count() == 1
