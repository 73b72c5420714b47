"""Tell the reviewers what waits for them: an e-mail digest of the held replies, for cron (every
few minutes) or as a long-running process (``--loop 300``, as the Procfile runs it).

Each run sends a reviewer a digest only when something was held since their last one, and at
most once every ``HELPDESK_HOLD_DIGEST_MINUTES`` (``services.holds.held_replies_digest_send``),
so running it often, or twice at once, sends nothing twice for the same holds.
"""

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone

from helpdesk.services.holds import held_replies_digest_send


class Command(BaseCommand):
    help = "E-mail reviewers a digest of the replies held for compliance review (for cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", type=float, default=0, help="Repeat every N seconds until stopped."
        )

    def handle(self, *args, loop=0, **options):
        stopping = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        while True:
            sent = held_replies_digest_send()
            if sent or options.get("verbosity", 1) > 1:
                self.stdout.write(f"{timezone.now():%H:%M:%S} held-reply digests sent: {sent}")
            if not loop or stopping:
                return
            close_old_connections()
            deadline = time.monotonic() + loop
            while time.monotonic() < deadline and not stopping:
                time.sleep(min(1.0, loop))
            if stopping:
                return
