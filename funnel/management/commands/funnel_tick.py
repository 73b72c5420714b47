"""The funnel's periodic tick, for cron (every minute) or as a long-running process
(``--loop 30``, as the Procfile runs it).

Each tick: reclaim stale claims (after asking the provider), start warranty-expiry enrolments,
and enqueue a dispatch task when deliveries are due and none is waiting already. Running two
ticks at once is harmless: every step is idempotent and sending is claimed row by row.
"""

import signal
import time
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.tasks import TaskResultStatus
from django.tasks.exceptions import TaskResultDoesNotExist
from django.utils import timezone

from customers import shopify_admin
from customers.tasks import shopify_orders_reconcile_task
from funnel import klaviyo
from funnel.models import DispatchState, KlaviyoSync
from funnel.outbox import deliveries_dispatch, deliveries_reap, due_count
from funnel.services import enrolments_start_for_expiring_warranties
from funnel.tasks import deliveries_dispatch_task, klaviyo_flush_task

WAITING = {TaskResultStatus.READY, TaskResultStatus.RUNNING}


class Command(BaseCommand):
    help = "Reap stale sends, start warranty enrolments and enqueue due mail (for cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", type=float, default=0, help="Repeat every N seconds until stopped."
        )
        parser.add_argument(
            "--inline",
            action="store_true",
            help="Send due mail in this process instead of enqueuing a task.",
        )

    def handle(self, *args, loop=0, inline=False, **options):
        stopping = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        while True:
            self.tick(inline=inline)
            if not loop or stopping:
                return
            close_old_connections()
            deadline = time.monotonic() + loop
            while time.monotonic() < deadline and not stopping:
                time.sleep(min(1.0, loop))
            if stopping:
                return

    def tick(self, *, inline: bool) -> None:
        reaped = deliveries_reap()
        klaviyo.klaviyo_reap()
        started = enrolments_start_for_expiring_warranties()
        due = due_count()
        note = ""
        if due and inline:
            stats = deliveries_dispatch()
            note = f", sent {stats.sent}, retrying {stats.retried}"
        elif due:
            note = ", dispatch " + self.enqueue_once("dispatch", deliveries_dispatch_task)
        if (
            klaviyo.enabled()
            and KlaviyoSync.objects.filter(
                status=KlaviyoSync.Status.PENDING, due_at__lte=timezone.now()
            ).exists()
        ):
            note += ", klaviyo " + self.enqueue_once("klaviyo", klaviyo_flush_task)
        shopify = self.shopify_reconcile_due()
        if shopify:
            note += ", shopify orders " + self.enqueue_once(
                "shopify_orders", shopify_orders_reconcile_task
            )
        if (
            due
            or reaped.released
            or reaped.confirmed
            or started
            or shopify
            or options_verbose(self)
        ):
            self.stdout.write(
                f"{timezone.now():%H:%M:%S} due {due}, reclaimed {reaped.released}, "
                f"confirmed sent {reaped.confirmed}, warranty enrolments {started}{note}"
            )

    def shopify_reconcile_due(self) -> bool:
        """Every ``SHOPIFY_RECONCILE_MINUTES`` while a store is connected: the own-store orders
        changed since the last run (``customers.tasks.shopify_orders_reconcile_task``)."""
        minutes = settings.SHOPIFY_RECONCILE_MINUTES
        if minutes <= 0 or not shopify_admin.connected():
            return False
        last = (
            DispatchState.objects.filter(name="shopify_orders")
            .values_list("enqueued_at", flat=True)
            .first()
        )
        return last is None or timezone.now() - last >= timedelta(minutes=minutes)

    def enqueue_once(self, name: str, task) -> str:
        """Enqueue *task* unless the one enqueued last is still waiting or running, so a
        stopped worker does not come back to a pile of identical tasks."""
        state, _created = DispatchState.objects.get_or_create(name=name)
        if state.task_result_id:
            try:
                previous = task.get_result(state.task_result_id)
                if previous.status in WAITING:
                    return "already queued"
            except (TaskResultDoesNotExist, NotImplementedError, ValueError):
                pass
        result = task.enqueue()
        state.task_result_id = str(result.id)
        state.enqueued_at = timezone.now()
        state.save(update_fields=["task_result_id", "enqueued_at"])
        return "enqueued"


def options_verbose(command) -> bool:
    return getattr(command, "verbosity", 1) > 1
