"""For cron: queue again the print runs whose worker died mid-render (no task backend retries)."""

from django.core.management.base import BaseCommand

from inserts import services


class Command(BaseCommand):
    help = "Queue again print runs stuck rendering or verifying for longer than --minutes."

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=int, default=30)

    def handle(self, *args, **options):
        requeued = services.printruns_requeue_stale(older_than_minutes=options["minutes"])
        self.stdout.write(
            f"Queued again: {', '.join(map(str, requeued))}" if requeued else "No stuck print runs."
        )
