"""The Amazon order sync's schedule, for cron (every 15 minutes) or as a long-running process
(``--loop 900``, as the Procfile's ``amazon`` process runs it): each tick enqueues one
``orders_sync_task`` per active seller account with marketplaces. Each sync asks only for what
changed since the last complete one (``LastUpdatedAfter``), so a missed tick delays orders and
loses none. Each tick also enqueues one ``review_requests_task`` per enabled "Request a
Review" schedule; an order is asked once however many ticks see it. And one
``returns_sync_task`` per account: it polls a returns report Amazon is building and asks for a
new one every six hours (``amazon.returns``)."""

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from amazon.services import accounts_to_sync, review_schedules_due
from amazon.tasks import orders_sync_task, returns_sync_task, review_requests_task


class Command(BaseCommand):
    help = (
        "Enqueue an order sync for every active Amazon seller account and the due review "
        "requests of every enabled schedule (for cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", type=float, default=0, help="Repeat every N seconds until stopped."
        )

    def handle(self, *args, loop=0, **options):
        stopping: list[bool] = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        while True:
            for account_id in accounts_to_sync():
                orders_sync_task.enqueue(account_id)
                returns_sync_task.enqueue(account_id)
            for schedule_id in review_schedules_due():
                review_requests_task.enqueue(schedule_id)
            if not loop or stopping:
                return
            close_old_connections()
            deadline = time.monotonic() + loop
            while time.monotonic() < deadline and not stopping:
                time.sleep(min(1.0, loop))
            if stopping:
                return
