"""Backfill or catch up own-store orders from the Shopify Admin API.

``manage.py shopify_orders_sync`` fetches what changed since the last run (what the periodic
reconcile does); ``--full`` every order the token may read (Shopify gives the last 60 days unless
the app has ``read_all_orders``); ``--since 2026-01-01`` from a date on.
"""

from datetime import UTC, datetime

from django.core.management.base import BaseCommand, CommandError

from customers.shopify_admin import ShopifyError
from customers.shopify_sync import shopify_orders_sync


class Command(BaseCommand):
    help = "Backfill or catch up own-store orders from the Shopify Admin API."

    def add_arguments(self, parser):
        parser.add_argument("--full", action="store_true", help="Every order, not only changes.")
        parser.add_argument("--since", help="Orders changed since this date (YYYY-MM-DD).")
        parser.add_argument("--page-size", type=int, default=50, help="Orders per request.")

    def handle(self, *args, full=False, since=None, page_size=50, **options):
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
            result = shopify_orders_sync(full=full, since=start, page_size=page_size)
        except ShopifyError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"{result.pages} pages, {result.seen} orders seen: {result.created} new, "
            f"{result.updated} updated, {result.unchanged} unchanged, {result.skipped} skipped; "
            "synced up to "
            f"{result.watermark:%Y-%m-%d %H:%M:%S %Z}"
            if result.watermark
            else f"{result.pages} pages, no orders."
        )
