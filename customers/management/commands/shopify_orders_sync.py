"""Backfill or catch up own-store orders from the Shopify Admin API.

``manage.py shopify_orders_sync`` fetches what changed since the last run (what the periodic
reconcile does); ``--full`` every order the token may read (Shopify gives the last 60 days unless
the app has ``read_all_orders``); ``--since 2026-01-01`` from a date on.

By default the orders come from one bulk operation (``customers/shopify_bulk.py``: Shopify runs
the query and hands back a file, without the throttle); ``--paged`` pages through them instead
(``customers/shopify_sync.py``), which suits a small store or a quick catch-up.
"""

from datetime import UTC, datetime

from django.core.management.base import BaseCommand, CommandError

from customers.shopify_admin import ShopifyError
from customers.shopify_bulk import shopify_orders_bulk_sync
from customers.shopify_sync import shopify_orders_sync


class Command(BaseCommand):
    help = "Backfill or catch up own-store orders from the Shopify Admin API."

    def add_arguments(self, parser):
        parser.add_argument("--full", action="store_true", help="Every order, not only changes.")
        parser.add_argument("--since", help="Orders changed since this date (YYYY-MM-DD).")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--bulk",
            dest="paged",
            action="store_false",
            help="Through one bulk operation (the default).",
        )
        mode.add_argument(
            "--paged", dest="paged", action="store_true", help="Page through the orders instead."
        )
        parser.set_defaults(paged=False)
        parser.add_argument(
            "--page-size", type=int, default=50, help="Orders per request (--paged)."
        )
        parser.add_argument(
            "--poll-seconds",
            type=float,
            default=5.0,
            help="Seconds between questions about the bulk operation.",
        )

    def handle(
        self, *args, full=False, since=None, paged=False, page_size=50, poll_seconds=5.0, **options
    ):
        start = None
        if since:
            try:
                start = datetime.fromisoformat(since)
            except ValueError as error:
                raise CommandError(f"--since: {since!r} is not a date (YYYY-MM-DD).") from error
            if start.tzinfo is None:
                start = start.replace(tzinfo=UTC)
        if not 1 <= page_size <= 250:
            raise CommandError("--page-size must be between 1 and 250 (Shopify's maximum).")
        try:
            if paged:
                result = shopify_orders_sync(full=full, since=start, page_size=page_size)
            else:
                result = shopify_orders_bulk_sync(
                    full=full, since=start, poll_seconds=max(0.0, poll_seconds)
                )
        except ShopifyError as error:
            raise CommandError(str(error)) from error
        way = f"{result.pages} pages" if paged else "bulk operation"
        self.stdout.write(
            f"{way}: {result.seen} orders: {result.created} created, {result.updated} updated, "
            f"{result.unchanged} unchanged, {result.skipped} skipped"
            + (
                f"; synced up to {result.watermark:%Y-%m-%d %H:%M:%S %Z}"
                if result.watermark
                else ""
            )
        )
