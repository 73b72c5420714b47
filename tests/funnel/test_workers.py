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
    tmp_path.mkdir(parents=True, exist_ok=True)
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
    wait_until_ready(processes, [Path(f"{go}.{name}.ready") for name in names])
    go.write_text("go")
    return processes


def wait_until_ready(processes, ready_files, timeout=300) -> None:
    """Each worker writes its ready file once Django is set up; the deadline bounds a hang."""
    deadline = time.monotonic() + timeout
    while not all(f.exists() for f in ready_files):
        for process in processes:
            if process.poll() is not None:
                raise AssertionError(f"a worker exited early: {process.communicate()[1][-3000:]}")
        assert time.monotonic() < deadline, "the workers never got ready"
        time.sleep(0.02)


def finish(process, timeout=300) -> dict:
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
    esp.meet(2)  # and neither is answered before both are sending

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
    # The provider accepts the twelfth message and its answer is still on its way when the
    # worker dies.
    esp.hold_answers_from(12)
    (worker,) = start_workers(esp, tmp_path, ["doomed"], batch_size=40)
    assert esp.holding.wait(timeout=300), "the worker never sent twelve messages"
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=60)
    esp.hold_answers_from(0)
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
    (rescuer,) = start_workers(esp, tmp_path / "again", ["rescuer"], batch_size=40)
    finish(rescuer)

    assert esp.count_by_delivery() == {str(d.public_id): 1 for d in deliveries}
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SENT}


def test_provider_failing_with_5xx_for_a_while_gets_everything_once_it_recovers(
    esp, brand, tmp_path
):
    deliveries = due_deliveries(brand, 60)
    esp.fail_next = 150  # 500 for the next 150 calls: each delivery fails two or three times

    results = [finish(p) for p in start_workers(esp, tmp_path, ["a", "b"], until_done=True)]

    assert sum(r["retried"] for r in results) > 0, "the outage should have caused retries"
    assert esp.count_by_delivery() == {str(d.public_id): 1 for d in deliveries}
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SENT}
    assert Delivery.objects.filter(attempts__gt=1).exists()
