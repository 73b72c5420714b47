"""What tests share with other test processes, made private to this one: pytest-xdist runs
several workers at once, and ``scripts/test`` runs the SQLite and the PostgreSQL suites side by
side, all against the one Redis at 127.0.0.1:6379."""

import os

REDIS_DBS_PER_PROCESS = 3
REDIS_PROCESSES = 5  # dbs 1–15: 5 processes × 3 dbs each


def redis_test_url(slot: int) -> str:
    """The Redis URL for *slot* (0, 1 or 2) of this test process. Tests that flush their db get
    one of their own: each pytest-xdist worker (``gw0``, ``gw1``, …) takes its own block of
    three dbs, offset by ``BRIDGECARD_TEST_REDIS_BLOCK`` when two suites run side by side
    (``scripts/test`` runs SQLite and PostgreSQL at once)."""
    assert 0 <= slot < REDIS_DBS_PER_PROCESS
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    block = int(worker.removeprefix("gw")) + int(os.environ.get("BRIDGECARD_TEST_REDIS_BLOCK", 0))
    return f"redis://127.0.0.1:6379/{1 + (block % REDIS_PROCESSES) * REDIS_DBS_PER_PROCESS + slot}"
