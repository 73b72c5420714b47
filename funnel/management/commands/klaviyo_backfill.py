"""Sync every marketable contact (and their registrations as events) to Klaviyo.

Reads through the ownership selector only; contacts already subscribed from this site are
skipped, so running it twice sends nothing twice.
"""

from django.core.management.base import BaseCommand, CommandError

from funnel import klaviyo


class Command(BaseCommand):
    help = "Queue and send all marketable contacts to Klaviyo."

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue-only", action="store_true", help="Queue only; let the worker send."
        )

    def handle(self, *args, queue_only=False, **options):
        if not klaviyo.enabled():
            raise CommandError("Set KLAVIYO_API_KEY (and KLAVIYO_LIST_ID) first.")
        queued = klaviyo.klaviyo_backfill()
        self.stdout.write(f"Queued {queued} contacts.")
        if not queue_only:
            stats = klaviyo.klaviyo_flush()
            self.stdout.write(
                f"Sent {stats.done}, skipped {stats.skipped}, retrying {stats.retried}, "
                f"failed {stats.failed}."
            )
