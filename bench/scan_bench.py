#!/usr/bin/env python
"""The scan redirect under load: ``/r/<code>`` against a bare constant-redirect Django view.

Starts the site under gunicorn (2 sync workers, production settings: DEBUG off, PostgreSQL,
Redis, persistent connections) and drives both URLs with wrk from 127.0.0.1, alternating
bare/scan in short rounds so machine noise hits both alike; medians are reported. Every scan
must leave a row: the rows added are compared with the scan responses counted by wrk and by a
final sequential run (a request still in flight when wrk stops may add a row wrk did not
count, never the other way round).

Scans are written in batches after the response (``registration.scans``), so rows are counted
once gunicorn has been stopped gracefully (its workers write what they still hold on exit):
every scan answered must have its row.

Targets: scan ≥ 70% of the bare view's requests/s, scan p99 < 50 ms, no lost scans.

    python bench/scan_bench.py            # BENCH_ROUNDS, BENCH_SECONDS, BENCH_CONNECTIONS,
                                          # BENCH_DATABASE_URL, BENCH_REDIS_URL, BENCH_PORT
Needs wrk (Debian: apt-get install wrk), PostgreSQL and Redis.
"""

import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "4"))
PORT = int(os.environ.get("BENCH_PORT", "8102"))
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bc_registration"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/1")
BASE = f"http://127.0.0.1:{PORT}"
PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)

ENV = {
    **os.environ,
    "DEBUG": "false",
    "SECRET_KEY": "bench-only-" + "x" * 50,
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SITE_URL": "https://care.brand.example",
    "SECURE_SSL_REDIRECT": "false",
    "STATIC_MANIFEST": "false",
    "DATABASE_URL": DATABASE_URL,
    "REDIS_URL": REDIS_URL,
    "CONN_MAX_AGE": "600",
    "MAILER": "console",
    "LOG_LEVEL": "WARNING",
    "PYTHONPATH": f"{ROOT / 'bench'}:{ROOT}",
}


def ensure_database() -> None:
    server, _, name = DATABASE_URL.rpartition("/")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    for args in (["migrate", "--noinput", "-v0"], ["seed_demo"]):
        subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL
        )


def a_code() -> str:
    with psycopg.connect(DATABASE_URL) as conn:
        row = conn.execute(
            "SELECT c.code FROM registration_shortcode c JOIN catalog_sku s ON s.id = c.sku_id "
            "WHERE s.code = 'NV-HL400-BLK' AND c.locale = '' AND c.serial = '' "
            "AND c.retired_at IS NULL AND c.target = 'register' ORDER BY c.id LIMIT 1"
        ).fetchone()
    return row[0]


def scan_rows() -> int:
    with psycopg.connect(DATABASE_URL) as conn:
        return conn.execute("SELECT count(*) FROM registration_scan").fetchone()[0]


def start_server() -> subprocess.Popen:
    server = subprocess.Popen(
        [
            PYTHON, "-m", "gunicorn", "config.wsgi", "--workers", "2", "--worker-class", "sync",
            "--bind", f"127.0.0.1:{PORT}", "--log-level", "warning",
            "--no-control-socket",  # its default path is shared by every gunicorn on the host
        ],
        cwd=ROOT,
        env={**ENV, "DJANGO_SETTINGS_MODULE": "scan_site_settings"},
        start_new_session=True,
    )  # fmt: skip
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{BASE}/healthz", timeout=10)
            return server
        except urllib.error.HTTPError as error:
            os.killpg(server.pid, signal.SIGTERM)
            raise SystemExit(f"the site answers /healthz with {error.code}") from error
        except OSError:  # not listening yet, or still loading
            time.sleep(0.2)
    os.killpg(server.pid, signal.SIGTERM)
    raise SystemExit("gunicorn did not start")


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(path: str, seconds: int) -> dict:
    out = subprocess.run(
        [
            "wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "5s",
            "-H", f"User-Agent: {PHONE}", "-H", "Accept-Language: de-DE,de;q=0.9",
            f"{BASE}{path}",
        ],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    if "Requests/sec" not in out or not re.search(r"^\s+99%", out, re.MULTILINE):
        raise SystemExit(f"wrk gave no measurement for {path}:\n{out}")
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        # Anchored: "99%" also occurs inside the +/- Stdev column (e.g. "89.99%").
        "p50": _ms(re.search(r"^\s+50%\s+(\S+)$", out, re.MULTILINE).group(1)),
        "p99": _ms(re.search(r"^\s+99%\s+(\S+)$", out, re.MULTILINE).group(1)),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "bad": int(bad.group(1)) if bad else 0,
        "errors": sum(map(int, errors.groups())) if errors else 0,
    }


def sequential(path: str, count: int) -> int:
    """*count* scans one after another; returns how many were answered with a redirect."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    ok = 0
    for _ in range(count):
        request = urllib.request.Request(f"{BASE}{path}", headers={"User-Agent": PHONE})
        try:
            opener.open(request, timeout=5)
        except urllib.error.HTTPError as error:
            ok += error.code == 302
    return ok


def main() -> None:
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    ensure_database()
    code = a_code()
    scan_path, bare_path = f"/r/{code}", "/bench/bare"
    rows_before = scan_rows()
    server = start_server()
    scans_sent = 0  # scan responses counted by the load generator and the sequential client
    try:
        scans_sent += sequential(scan_path, 20)  # each worker builds its page map first
        wrk(bare_path, 3)
        scans_sent += wrk(scan_path, 3)["requests"]  # warm caches and connections
        bare, scan = [], []
        for round_number in range(ROUNDS):
            order = [("bare", bare_path), ("scan", scan_path)]
            if round_number % 2:
                order.reverse()
            for name, path in order:
                result = wrk(path, SECONDS)
                (scan if name == "scan" else bare).append(result)
                if name == "scan":
                    scans_sent += result["requests"]
                print(
                    f"round {round_number + 1} {name:4}: {result['rps']:8.0f} req/s  "
                    f"p50 {result['p50']:6.2f} ms  p99 {result['p99']:6.2f} ms  "
                    f"non-3xx {result['bad']}  socket errors {result['errors']}",
                    flush=True,
                )
        scans_sent += sequential(scan_path, 200)
    finally:
        # SIGTERM is gunicorn's graceful stop: workers finish, exit, and write their buffers.
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
    rows_added = scan_rows() - rows_before
    lost = max(0, scans_sent - rows_added)
    in_flight = max(0, rows_added - scans_sent)  # requests wrk cut off at its stop

    bare_rps = statistics.median(r["rps"] for r in bare)
    scan_rps = statistics.median(r["rps"] for r in scan)
    ratio = scan_rps / bare_rps
    scan_p99 = statistics.median(r["p99"] for r in scan)
    bare_p99 = statistics.median(r["p99"] for r in bare)
    failures = sum(r["bad"] + r["errors"] for r in scan)
    print()
    print(f"bare constant redirect (baseline): {bare_rps:.0f} req/s, p99 {bare_p99:.2f} ms")
    print(f"scan /r/<code>:                    {scan_rps:.0f} req/s, p99 {scan_p99:.2f} ms")
    print(f"ratio {ratio:.2f} (target ≥ 0.70), scan p99 target < 50 ms")
    print(
        f"scan rows: {rows_added} written for {scans_sent} answered scans: {lost} lost "
        f"({in_flight} more for requests still in flight when wrk stopped)"
    )
    print(
        f"RESULT scan_rps={scan_rps:.0f} bare_rps={bare_rps:.0f} ratio={ratio:.2f} "
        f"scan_p99_ms={scan_p99:.2f} bare_p99_ms={bare_p99:.2f} lost_scans={lost} "
        f"failed_requests={failures} workers=2 connections={CONNECTIONS} rounds={ROUNDS}"
    )


if __name__ == "__main__":
    main()
