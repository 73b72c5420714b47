#!/usr/bin/env python
"""Funnel dispatch throughput and memory.

N enrolments with a due step (two-step commercial sequence, English and German, merge fields,
one-click unsubscribe links) are dispatched by ONE worker (``funnel.outbox.dispatch.Dispatcher``:
claim, re-check through the ownership selector, render, send, record, schedule the next step)
through django-anymail's test backend. Beside it, the floor: Django's own ``send_mass_mail`` of the
same rendered messages to the locmem backend, with no database at all.

Each phase runs in its own process so peak RSS belongs to that phase; sizes 10k, 50k and 100k
show whether memory stays flat. Rates are medians over batches of 500.

    python bench/funnel_bench.py                 # 10k, 50k, 100k on SQLite in a temp dir
    BENCH_SIZES=2000,5000 python bench/funnel_bench.py
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bc_funnel_bench python bench/funnel_bench.py

Targets: >= 500 deliveries/s per worker, within 5x of the floor, memory flat.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 500


def django_setup(database_url: str, var_dir: str) -> None:
    os.environ.update(
        DATABASE_URL=database_url,
        BRIDGECARD_VAR_DIR=var_dir,
        DEBUG="false",
        SECRET_KEY="bench-only-not-a-secret-" + "x" * 40,
        ALLOWED_HOSTS="localhost",
        SITE_URL="https://care.brand.example",
        STATIC_MANIFEST="false",
        LOG_LEVEL="WARNING",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- phases (each in its own process) ---------------------------------------------------------


def phase_setup(n: int) -> dict:
    """Bulk-create n marketable customers, each enrolled with its first step due."""
    from django.db import transaction
    from django.utils import timezone

    from catalog.models import Brand
    from customers.models import ChannelIdentity, ConsentRecord, Customer, address_hash
    from funnel.models import Delivery, Enrolment, MailType, Sequence, SequenceStep

    def message(locale, subject, text):
        return {
            "type": "message",
            "value": {
                "locale": locale,
                "subject": subject,
                "preheader": "Care tips and news from Nordvik",
                "body": [
                    {"type": "text", "value": f"<p>{text}</p>"},
                    {"type": "button", "value": {"label": "Shop", "url": "{{ store_url }}"}},
                ],
            },
        }

    brand = Brand.objects.create(
        name="Nordvik Outdoor",
        slug="nordvik",
        legal_name="Nordvik Outdoor GmbH",
        postal_address="Nordvik Outdoor GmbH\nHafenstraße 12\n20457 Hamburg",
        store_url="https://shop.nordvik.example",
    )
    sequence = Sequence(
        name="Welcome", brand=brand, trigger="consent_confirmed", mail_type=MailType.COMMERCIAL
    )
    sequence.steps = [
        SequenceStep(
            sort_order=index,
            name=f"Step {index + 1}",
            delay_days=index * 3,
            messages=[
                message(
                    "en",
                    'Welcome, {{ first_name|default:"friend" }}',
                    'Hi {{ first_name|default:"there" }}, thanks for registering. '
                    "We write a few times a month at most: care tips and trail ideas.",
                ),
                message(
                    "de",
                    'Willkommen, {{ first_name|default:"Outdoor-Fan" }}',
                    "Hallo {{ first_name }}, danke für deine Registrierung. Wir schreiben "
                    "höchstens ein paar Mal im Monat.",
                ),
            ],
        )
        for index in range(2)
    ]
    sequence.live = False
    sequence.save()
    sequence.save_revision().publish()
    first_step = SequenceStep.objects.filter(sequence=sequence).order_by("sort_order").first()
    names = ["Anna", "Luca", "Marie", "James", "Sofía", "Wei", "", "Jonas"]
    now = timezone.now()
    chunk = 5000
    for start in range(0, n, chunk):
        size = min(chunk, n - start)
        with transaction.atomic():
            customers = Customer.objects.bulk_create(
                [
                    Customer(
                        email=f"p{start + i}@bench.example",
                        first_name=names[(start + i) % len(names)],
                        locale="de" if (start + i) % 3 == 0 else "en",
                    )
                    for i in range(size)
                ]
            )
            identities = ChannelIdentity.objects.bulk_create(
                [
                    ChannelIdentity(
                        customer=c,
                        channel="site",
                        external_id=c.email,
                        email=c.email,
                        address_hash=address_hash(c.email),
                        source="import",
                    )
                    for c in customers
                ]
            )
            ConsentRecord.objects.bulk_create(
                [
                    ConsentRecord(
                        customer_id=identity.customer_id,
                        identity=identity,
                        purpose="marketing_email",
                        action=action,
                        text="Yes, send me news by e-mail.",
                        source="import",
                    )
                    for identity in identities
                    for action in ("granted", "confirmed")
                ]
            )
            enrolments = Enrolment.objects.bulk_create(
                [
                    Enrolment(
                        sequence=sequence,
                        customer_id=identity.customer_id,
                        identity=identity,
                        trigger_key="consent",
                    )
                    for identity in identities
                ]
            )
            Delivery.objects.bulk_create(
                [
                    Delivery(
                        enrolment=enrolment,
                        step=first_step,
                        customer_id=enrolment.customer_id,
                        identity_id=enrolment.identity_id,
                        mail_type=MailType.COMMERCIAL,
                        due_at=now,
                    )
                    for enrolment in enrolments
                ]
            )
    return {"created": n}


def phase_dispatch(_n: int, *, merge_format: str = "off") -> dict:
    from django.conf import settings
    from django.core import mail

    from funnel.models import Delivery
    from funnel.outbox.dispatch import Dispatcher

    settings.MAILERS = {"default": {"BACKEND": "anymail.backends.test.EmailBackend"}}
    settings.FUNNEL_MAILER = "default"
    settings.FUNNEL_RECORD_EVERY = 100
    settings.FUNNEL_BATCH_MERGE_FORMAT = merge_format
    rates = []

    class TimedDispatcher(Dispatcher):
        def process(self, token, deliveries, connection):
            started = time.perf_counter()
            super().process(token, deliveries, connection)
            rates.append(len(deliveries) / (time.perf_counter() - started))
            # The test backend keeps every message in mail.outbox, as a test expects; a real
            # provider does not, so the bench drops them after each batch.
            mail.outbox.clear()

    mail.outbox = []
    started = time.perf_counter()
    stats = TimedDispatcher(batch_size=BATCH).run()
    elapsed = time.perf_counter() - started
    sent = Delivery.objects.filter(status="sent").count()
    return {
        "sent": stats.sent,
        "sent_rows": sent,
        "next_steps": Delivery.objects.filter(status="scheduled").count(),
        "seconds": elapsed,
        "overall_rate": stats.sent / elapsed,
        "median_rate": statistics.median(rates),
        "rss_mb": peak_rss_mb(),
    }


def phase_floor(n: int) -> dict:
    """The same rendered messages through send_mass_mail to locmem: no database, no checks."""
    from django.conf import settings
    from django.core import mail

    from catalog.models import Brand
    from funnel.models import Sequence
    from funnel.rendering import compile_message, merge_values

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    sequence = Sequence.objects.get()
    step = sequence.steps.order_by("sort_order").first()
    compiled = {
        lang: compile_message(sequence=sequence, step=step, locale=lang) for lang in ("en", "de")
    }
    brand = Brand.objects.get()

    class Person:
        def __init__(self, i):
            self.first_name = ["Anna", "Luca", "Marie", "James", "Sofía", "Wei", "", "Jonas"][i % 8]
            self.last_name = ""
            self.email = f"p{i}@bench.example"
            self.locale = "de" if i % 3 == 0 else "en"

    rates = []
    total = 0.0
    mail.outbox = []
    for start in range(0, n, BATCH):
        batch = []
        for i in range(start, min(n, start + BATCH)):
            person = Person(i)
            values = merge_values(
                customer=person, registration=None, brand=brand, locale=person.locale
            )
            subject, text, _html = compiled[person.locale].render(values)
            batch.append((subject, text, settings.DEFAULT_FROM_EMAIL, [person.email]))
        began = time.perf_counter()
        mail.send_mass_mail(batch)
        spent = time.perf_counter() - began
        total += spent
        rates.append(len(batch) / spent)
        mail.outbox.clear()
    return {
        "sent": n,
        "seconds": total,
        "overall_rate": n / total,
        "median_rate": statistics.median(rates),
        "rates": rates,
        "rss_mb": peak_rss_mb(),
    }


def phase_dispatch_batched(n: int) -> dict:
    """The same, for a provider that fills per-recipient values itself (Mailgun syntax):
    one anymail message per step, language and batch of recipients."""
    return phase_dispatch(n, merge_format="%recipient.{}%")


PHASES = {
    "setup": phase_setup,
    "dispatch": phase_dispatch,
    "batched": phase_dispatch_batched,
    "floor": phase_floor,
}


def child(phase: str, n: int, database_url: str, var_dir: str) -> None:
    django_setup(database_url, var_dir)
    print(json.dumps(PHASES[phase](n)), flush=True)


def run_child(phase: str, n: int, database_url: str, var_dir: str) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", phase, str(n), database_url, var_dir],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stderr[-4000:])
        raise SystemExit(f"{phase} phase failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def fresh_database(template: Path | None, base_url: str | None, work: Path, n: int) -> str:
    if base_url:  # PostgreSQL: recreate the database for each size
        import psycopg

        name = base_url.rsplit("/", 1)[1]
        admin = base_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": base_url, "BRIDGECARD_VAR_DIR": str(work)},
            check=True,
        )
        return base_url
    target = work / f"bench-{n}.sqlite3"
    shutil.copy(template, target)
    return f"sqlite:///{target}"


def main() -> None:
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "10000,50000,100000").split(",")]
    base_url = os.environ.get("BENCH_DATABASE_URL")
    work = Path(tempfile.mkdtemp(prefix="funnel-bench-"))
    template = None
    try:
        if not base_url:
            template = work / "template.sqlite3"
            subprocess.run(
                [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
                cwd=ROOT,
                env={
                    **os.environ,
                    "DATABASE_URL": f"sqlite:///{template}",
                    "BRIDGECARD_VAR_DIR": str(work),
                },
                check=True,
            )
        print(f"database: {'PostgreSQL' if base_url else 'SQLite'}; batch {BATCH}; one worker")
        print(f"{'n':>8} {'funnel/s (median)':>18} {'overall/s':>10} {'floor/s (median)':>17} "
              f"{'ratio':>6} {'RSS funnel':>11} {'RSS floor':>10} {'batched/s':>12}")  # fmt: skip
        results = []
        for n in sizes:
            url = fresh_database(template, base_url, work, n)
            run_child("setup", n, url, str(work))
            batched = None
            if not base_url:  # a copy of the same due rows for the batched run
                copy = work / f"bench-{n}-batched.sqlite3"
                shutil.copy(url.removeprefix("sqlite:///"), copy)
                batched = run_child("batched", n, f"sqlite:///{copy}", str(work))
                copy.unlink()
            # The floor runs before and after the funnel so load on a shared machine hits both
            # alike; its batch rates are pooled.
            floor_before = run_child("floor", n, url, str(work))
            ours = run_child("dispatch", n, url, str(work))
            floor_after = run_child("floor", n, url, str(work))
            floor = {
                "median_rate": statistics.median(floor_before["rates"] + floor_after["rates"]),
                "rss_mb": max(floor_before["rss_mb"], floor_after["rss_mb"]),
            }
            assert ours["sent"] == n == ours["sent_rows"] == ours["next_steps"], ours
            assert batched is None or batched["sent"] == n == batched["sent_rows"], batched
            ratio = floor["median_rate"] / ours["median_rate"]
            results.append((n, ours, floor, ratio, batched))
            print(
                f"{n:>8} {ours['median_rate']:>18.0f} {ours['overall_rate']:>10.0f} "
                f"{floor['median_rate']:>17.0f} {ratio:>5.1f}x {ours['rss_mb']:>9.0f}MB "
                f"{floor['rss_mb']:>8.0f}MB "
                + (f"{batched['median_rate']:>12.0f}" if batched else f"{'-':>12}")
            )
        largest = results[-1]
        smallest = results[0]
        growth = largest[1]["rss_mb"] - smallest[1]["rss_mb"]
        rss = " ".join(f"rss_mb_{r[0] // 1000}k={r[1]['rss_mb']:.0f}" for r in results)
        batched_rate = f"{largest[4]['median_rate']:.0f}" if largest[4] else "n/a"
        print(
            f"RESULT deliveries={largest[0]} rate_per_s={largest[1]['median_rate']:.0f} "
            f"overall_rate_per_s={largest[1]['overall_rate']:.0f} "
            f"floor_rate_per_s={largest[2]['median_rate']:.0f} ratio_to_floor={largest[3]:.2f} "
            f"batched_rate_per_s={batched_rate} "
            f"{rss} rss_growth_mb={growth:.0f} target_rate=500 target_ratio=5"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
    else:
        main()
