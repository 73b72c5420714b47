"""Fetch Amazon orders updated since a date (default: 90 days ago), for a newly connected
account or after an outage. Runs in this process, waiting through Amazon's rate limits (getOrders
allows about one page a minute after its burst). The sync cursor never moves back. With
``--returns``, the returns reports from that date instead (``amazon.returns``), waiting until
Amazon has built them."""

from datetime import UTC, datetime, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from amazon.connection import ConnectionProblem
from amazon.models import SellerAccount
from amazon.returns import returns_sync
from amazon.services import orders_sync

#: getReport calls a backfill waits through (15 seconds apart: about an hour).
BACKFILL_POLLS = 240


class Command(BaseCommand):
    help = "Fetch Amazon orders updated since --since (YYYY-MM-DD) or --days ago."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="A date, YYYY-MM-DD (UTC).")
        parser.add_argument("--days", type=int, default=90, help="Days back (default 90).")
        parser.add_argument("--account", help="The account's code (default: every active one).")
        parser.add_argument(
            "--returns", action="store_true", help="Fetch the returns reports instead of orders."
        )

    def handle(self, *args, since=None, days=90, account=None, returns=False, **options):
        if since:
            try:
                start = datetime.strptime(since, "%Y-%m-%d").replace(tzinfo=UTC)
            except ValueError as error:
                raise CommandError("--since takes a date such as 2026-01-31.") from error
        else:
            start = timezone.now() - timedelta(days=days)
        accounts = SellerAccount.objects.filter(active=True)
        if account:
            accounts = accounts.filter(slug=account)
            if not accounts.exists():
                raise CommandError(f"No active account with the code {account!r}.")
        failed = False
        for seller in accounts:
            if returns:
                result = returns_sync(account_id=seller.pk, since=start, polls=BACKFILL_POLLS)
                failed = failed or bool(result.failed or result.pending)
                self.stdout.write(
                    f"{seller.slug}: {result.rows} return rows ({result.created} new) from "
                    f"{result.reports} reports since {start:%Y-%m-%d}; {result.failed} failed, "
                    f"{result.pending} not ready"
                )
                continue
            try:
                stats = orders_sync(account_id=seller.pk, since=start)
            except ConnectionProblem as problem:
                failed = True
                self.stderr.write(f"{seller.slug}: {problem.code or problem.status} {problem}")
                continue
            self.stdout.write(
                f"{seller.slug}: {stats.orders} orders ({stats.created} new), "
                f"{stats.items} items, {stats.pages} pages since {start:%Y-%m-%d}"
            )
        if failed:
            raise CommandError("Some accounts could not be synced; see above.")
