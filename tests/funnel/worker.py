"""A funnel worker process for the multi-process tests: once Django is set up it writes
``<start file>.<name>.ready`` and waits for the start file (so several workers begin together,
however long each took to start), then dispatches like ``manage.py funnel_dispatch``."""

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from funnel.models import Delivery  # noqa: E402
from funnel.outbox.dispatch import Dispatcher  # noqa: E402


def main(start_file: str, name: str, batch_size: int, until_done: bool) -> None:
    Path(f"{start_file}.{name}.ready").touch()
    hang = time.monotonic() + 300  # bounds a hang only: the test starts us within seconds
    while not os.path.exists(start_file):
        if time.monotonic() > hang:
            sys.exit("never told to start")
        time.sleep(0.01)
    totals = {"claimed": 0, "sent": 0, "retried": 0}
    deadline = time.monotonic() + 300  # bounds a hang only
    while time.monotonic() < deadline:
        stats = Dispatcher(batch_size=batch_size, worker=name).run()
        totals["claimed"] += stats.claimed
        totals["sent"] += stats.sent
        totals["retried"] += stats.retried
        if not until_done:
            break
        open_rows = Delivery.objects.filter(
            status__in=[Delivery.Status.SCHEDULED, Delivery.Status.SENDING]
        )
        if not open_rows.exists():
            break
        time.sleep(0.05)
    print(json.dumps(totals), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1")
