"""Send due deliveries in this process until none is due (what a dispatch task does).

For a cron-only setup without a task worker, and for running several workers by hand:
claims are per row, so any number of these can run at once.
"""

from django.core.management.base import BaseCommand

from funnel.outbox import deliveries_dispatch


class Command(BaseCommand):
    help = "Send due funnel deliveries now, in this process."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=None)
        parser.add_argument("--max-batches", type=int, default=None)
        parser.add_argument("--worker", default=None, help="Name recorded on claimed rows.")

    def handle(self, *args, batch_size=None, max_batches=None, worker=None, **options):
        stats = deliveries_dispatch(batch_size=batch_size, max_batches=max_batches, worker=worker)
        self.stdout.write(
            f"claimed {stats.claimed}, sent {stats.sent}, retrying {stats.retried}, "
            f"failed {stats.failed}, cancelled {stats.cancelled}, deferred {stats.deferred}"
        )
