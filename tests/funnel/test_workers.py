"""Exactly once with real worker processes on PostgreSQL (SELECT … FOR UPDATE SKIP LOCKED),
counted at a fake Postmark reached through django-anymail: two workers on the same due rows,
a worker killed with SIGKILL mid-batch, and a provider answering 5xx for a while."""

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from funnel import outbox
from funnel.models import Delivery
from funnel.services import enrolment_start

from ..customers.factories import IdentityFactory, confirmed
from .conftest import make_sequence
from .fakes import FakePostmark

pytestmark = [pytest.mark.postgres_only, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

WORKER = Path(__file__).with_name("worker.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip(
            "Row locks with SKIP LOCKED need PostgreSQL (run with DATABASE_URL=postgres://…)"
        )


def due_deliveries(brand, count: int) -> list[Delivery]:
    sequence = make_sequence(brand, steps=1)
    for _ in range(count):
        identity = IdentityFactory()
        confirmed(identity)
        enrolment_start(sequence=sequence, identity=identity, registration=None, trigger_key="c")
    Delivery.objects.update(due_at=timezone.now() - timedelta(seconds=1))
    return list(Delivery.objects.all())


def start_workers(esp: FakePostmark, tmp_path, names, *, batch_size=10, until_done=False, **env):
    settings_dict = connection.settings_dict
    environment = {
        **os.environ,
        "DATABASE_URL": (
            f"postgres://{settings_dict['USER']}@{settings_dict['HOST']}:{settings_dict['PORT']}"
            f"/{settings_dict['NAME']}"
        ),
        "MAILER": "postmark",
        "ANYMAIL_POSTMARK_SERVER_TOKEN": FakePostmark.token,
        "ANYMAIL_POSTMARK_API_URL": esp.url + "/",
        "BRIDGECARD_VAR_DIR": str(tmp_path / "var"),
        "FUNNEL_RECORD_EVERY": "5",
        "FUNNEL_RETRY_BASE_SECONDS": "0.2",
        "FUNNEL_RETRY_MAX_SECONDS": "1",
        "FUNNEL_MAX_ATTEMPTS": "30",
        "PYTHONDONTWRITEBYTECODE": "1",
        **env,
    }
    go = tmp_path / "go"
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                str(go),
                name,
                str(batch_size),
                "1" if until_done else "0",
            ],
            env=environment,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    time.sleep(4)  # let both import Django before they start together
    go.write_text("go")
    return processes


def finish(process, timeout=90) -> dict:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def esp():
    server = FakePostmark().start()
    yield server
    server.stop()


def test_two_workers_on_the_same_due_rows_send_each_delivery_exactly_once(esp, brand, tmp_path):
    deliveries = due_deliveries(brand, 240)
    esp.delay = 0.01  # a provider round trip, so the workers overlap

    first, second = (finish(p) for p in start_workers(esp, tmp_path, ["w1", "w2"]))

    counts = esp.count_by_delivery()
    assert len(esp.messages) == 240
    assert counts == {str(d.public_id): 1 for d in deliveries}
    assert first["sent"] + second["sent"] == 240
    assert first["sent"] > 0 and second["sent"] > 0, "both workers should have claimed rows"
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SENT}
    assert set(Delivery.objects.values_list("claimed_by", flat=True)) == {"w1", "w2"}


def test_a_worker_killed_mid_batch_loses_nothing_and_doubles_nothing(
    esp, brand, tmp_path, settings
):
    deliveries = due_deliveries(brand, 40)
    esp.delay = 0.15  # the provider has the message; the answer is still on its way
    (worker,) = start_workers(esp, tmp_path, ["doomed"], batch_size=40)
    deadline = time.monotonic() + 30
    while len(esp.messages) < 12 and time.monotonic() < deadline:
        time.sleep(0.01)
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=10)
    accepted_before_kill = len(esp.messages)
    states = list(Delivery.objects.values_list("status", flat=True))
    assert states.count(Delivery.Status.SENDING) > 0, "the kill should leave claimed rows"
    assert accepted_before_kill > states.count(Delivery.Status.SENT), (
        "some messages were accepted but never recorded: the hard case for the reaper"
    )

    settings.MAILERS = {"default": {"BACKEND": "anymail.backends.postmark.EmailBackend"}}
    settings.ANYMAIL = {
        "POSTMARK_SERVER_TOKEN": FakePostmark.token,
        "POSTMARK_API_URL": esp.url + "/",
    }
    reaped = outbox.deliveries_reap(stale_after=timedelta(0))
    assert reaped.confirmed >= 1 and reaped.released >= 1
    esp.delay = 0
    (rescuer,) = start_workers(esp, tmp_path / "again", ["rescuer"], batch_size=40)
    finish(rescuer)

    assert esp.count_by_delivery() == {str(d.public_id): 1 for d in deliveries}
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SENT}


def test_provider_failing_with_5xx_for_a_while_gets_everything_once_it_recovers(
    esp, brand, tmp_path
):
    deliveries = due_deliveries(brand, 60)
    esp.fail_until = (
        time.monotonic() + 6
    )  # 500 for the next six seconds (starting with the workers)

    results = [
        finish(p, timeout=120) for p in start_workers(esp, tmp_path, ["a", "b"], until_done=True)
    ]

    assert sum(r["retried"] for r in results) > 0, "the outage should have caused retries"
    assert esp.count_by_delivery() == {str(d.public_id): 1 for d in deliveries}
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SENT}
    assert Delivery.objects.filter(attempts__gt=1).exists()
