"""Fetch Amazon orders updated since a date (default: 90 days ago), for a newly connected
account or after an outage. Runs in this process, waiting through Amazon's rate limits (getOrders
allows about one page a minute after its burst). The sync cursor never moves back."""

from datetime import UTC, datetime, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from amazon.connection import ConnectionProblem
from amazon.models import SellerAccount
from amazon.services import orders_sync


class Command(BaseCommand):
    help = "Fetch Amazon orders updated since --since (YYYY-MM-DD) or --days ago."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="A date, YYYY-MM-DD (UTC).")
        parser.add_argument("--days", type=int, default=90, help="Days back (default 90).")
        parser.add_argument("--account", help="The account's code (default: every active one).")

    def handle(self, *args, since=None, days=90, account=None, **options):
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
