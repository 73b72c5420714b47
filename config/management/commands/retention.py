"""Retention: personal data kept no longer than its purpose needs. For cron (daily) or as a
long-running process (``--loop 3600``, as the Procfile's ``retention`` process runs it).

Each run, with the periods from the settings (``RETENTION_*``; 0 turns one job off,
``RETENTION_ENABLED=false`` all of them):

- consent grants whose double opt-in was never confirmed lose their personal data after
  ``RETENTION_UNCONFIRMED_CONSENT_DAYS`` (``customers.services.consent_grants_expire``);
- scans lose their device details after ``RETENTION_SCAN_DEVICE_MONTHS``
  (``registration.services.scans_device_details_strip``);
- closed tickets and their attachments are purged after ``RETENTION_CLOSED_TICKET_DAYS``
  without activity, keeping the evidence for legal claims
  (``helpdesk.services.privacy.tickets_purge``);
- Amazon orders lose their buyer's personal data 30 days after delivery
  (``amazon.services.buyer_pii_purge``). Amazon's Data Protection Policy sets that period, so it
  is no setting and runs even with ``RETENTION_ENABLED=false``.

``--dry-run`` lists what would go and changes nothing. Every job only picks up what is due, so
running twice, or two processes at once, removes nothing twice.
"""

import signal
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone

from amazon.services import BUYER_PII_RETENTION_DAYS, buyer_pii_purge
from customers.services import consent_grants_expire
from helpdesk.services.privacy import tickets_purge
from registration.services import add_months, scans_device_details_strip


def _days_ago(days: int) -> datetime:
    return timezone.now() - timedelta(days=days)


def _months_ago(months: int) -> datetime:
    now = timezone.localtime()
    day = add_months(now.date(), -months)
    return now.replace(year=day.year, month=day.month, day=day.day)


#: (name, setting, cut-off from the setting's value, the job)
JOBS: list[tuple[str, str, Callable[[int], datetime], Callable[..., list[str]]]] = [
    (
        "unconfirmed consents",
        "RETENTION_UNCONFIRMED_CONSENT_DAYS",
        _days_ago,
        lambda cutoff, dry_run: consent_grants_expire(granted_before=cutoff, dry_run=dry_run),
    ),
    (
        "scan device details",
        "RETENTION_SCAN_DEVICE_MONTHS",
        _months_ago,
        lambda cutoff, dry_run: scans_device_details_strip(scanned_before=cutoff, dry_run=dry_run),
    ),
    (
        "closed tickets",
        "RETENTION_CLOSED_TICKET_DAYS",
        _days_ago,
        lambda cutoff, dry_run: tickets_purge(closed_before=cutoff, dry_run=dry_run),
    ),
]


class Command(BaseCommand):
    help = (
        "Remove personal data past its retention period (unconfirmed consents, scan device "
        "details, closed tickets); --dry-run lists what would go."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would go; change nothing."
        )
        parser.add_argument(
            "--loop", type=float, default=0, help="Repeat every N seconds until stopped."
        )

    def handle(self, *args, dry_run=False, loop=0, **options):
        stopping: list[bool] = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        while True:
            self.run(dry_run=dry_run)
            if not loop or stopping:
                return
            close_old_connections()
            deadline = time.monotonic() + loop
            while time.monotonic() < deadline and not stopping:
                time.sleep(min(1.0, loop))
            if stopping:
                return

    def run(self, *, dry_run: bool) -> None:
        self.run_required(dry_run=dry_run)
        if not settings.RETENTION_ENABLED:
            self.stdout.write("Retention is off (RETENTION_ENABLED=false).")
            return
        verb = "would go" if dry_run else "removed"
        for name, setting, cutoff_for, job in JOBS:
            period = getattr(settings, setting)
            if period <= 0:
                self.stdout.write(f"{name}: off ({setting}=0)")
                continue
            cutoff = cutoff_for(period)
            lines = job(cutoff, dry_run)
            self.stdout.write(
                f"{name} before {cutoff:%Y-%m-%d}: {verb if lines else 'nothing due'}"
            )
            for line in lines:
                self.stdout.write(f"  {line}")

    def run_required(self, *, dry_run: bool) -> None:
        """Deletions a marketplace's policy requires: not configurable, never off."""
        lines = buyer_pii_purge(dry_run=dry_run)
        verb = "would go" if dry_run else "removed"
        self.stdout.write(
            f"Amazon buyer data {BUYER_PII_RETENTION_DAYS} days after delivery: "
            f"{verb if lines else 'nothing due'}"
        )
        for line in lines:
            self.stdout.write(f"  {line}")
