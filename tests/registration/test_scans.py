"""The scan redirect: where each code leads, in which language, what is recorded, and that
printed codes keep resolving (invariant 6)."""

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from registration import scans
from registration.models import Scan, ShortCode, ShortCodeDeletionError
from registration.resolver import resolve
from registration.services import shortcode_retire, shortcodes_issue

pytestmark = pytest.mark.django_db

PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)


def test_register_code_leads_to_the_form_in_the_browsers_language(client, pages, code):
    response = client.get(
        f"/r/{code.code}", headers={"accept-language": "de-DE,de;q=0.9", "user-agent": PHONE}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{pages['de'].url}register/?code={code.code}"
    assert response["Cache-Control"] == "no-store"
    assert "Accept-Language" in response["Vary"]
    scan = Scan.objects.get()
    assert (scan.short_code_id, scan.code, scan.language) == (code.pk, code.code, "de")
    assert (scan.device, scan.is_bot, scan.outcome) == ("phone", False, "redirected")


def test_the_inserts_language_wins_over_the_browsers(client, pages, sku):
    (german,) = shortcodes_issue(sku=sku, locale="de")
    response = client.get(f"/r/{german.code}", headers={"accept-language": "fr"})
    assert response["Location"].startswith(pages["de"].url)


def test_a_missing_translation_falls_back_to_the_default_language(client, pages, code):
    response = client.get(f"/r/{code.code}", headers={"accept-language": "it"})
    assert response["Location"].startswith(pages["en"].url)
    assert Scan.objects.get().language == "it"


@pytest.mark.parametrize(
    "target,anchor", [("warranty", "#warranty"), ("manual", "#manual"), ("support", "#support")]
)
def test_each_target_lands_on_its_section(client, pages, sku, target, anchor):
    (issued,) = shortcodes_issue(sku=sku, target=target)
    response = client.get(f"/r/{issued.code}", headers={"accept-language": "de"})
    assert response["Location"] == f"{pages['de'].url}?code={issued.code}{anchor}"


def test_upper_case_path_and_lower_case_code_resolve_alike(client, pages, code):
    for path in (f"/R/{code.code}", f"/r/{code.code.lower()}", f"/R/{code.code.lower()}/"):
        assert client.get(path)["Location"].startswith(pages["en"].url), path
    assert Scan.objects.filter(short_code=code).count() == 3


def test_a_changed_target_takes_effect(client, pages, code):
    client.get(f"/r/{code.code}")  # now cached in this process
    code.target = ShortCode.Target.SUPPORT
    code.save()
    assert client.get(f"/r/{code.code}")["Location"].endswith("#support")


def test_a_retired_code_leads_to_its_fallback_page_in_the_customers_language(client, pages, code):
    shortcode_retire(code=code, actor=None, reason="reprinted", fallback=pages["en"])
    response = client.get(f"/r/{code.code}", headers={"accept-language": "de"})
    assert response["Location"] == pages["de"].url
    assert Scan.objects.get().outcome == "retired"


def test_a_retired_code_without_fallback_explains_itself(client, pages, code):
    shortcode_retire(code=code, actor=None, reason="reprinted")
    response = client.get(f"/r/{code.code}", headers={"accept-language": "de"})
    assert response.status_code == 200
    assert "nicht mehr in Gebrauch" in response.content.decode()


def test_an_unknown_code_gets_a_helpful_page_in_the_customers_language(client, pages):
    response = client.get("/r/ZZZZ99", headers={"accept-language": "fr-FR,fr;q=0.8"})
    assert response.status_code == 404  # a helpful page, but link checkers learn the truth
    body = response.content.decode()
    assert 'lang="fr"' in body and "ZZZZ99" in body
    assert "Nous n’avons pas trouvé ce code" in body
    assert 'name="code"' in body
    scan = Scan.objects.get()
    assert (scan.short_code_id, scan.outcome) == (None, "unknown")


def test_resolve_says_where_a_code_leads_without_recording_a_scan(pages, sku):
    (german,) = shortcodes_issue(sku=sku, locale="de", target=ShortCode.Target.WARRANTY)
    location, outcome = resolve(german.code, browser_language="fr")
    assert location == f"{pages['de'].url}?code={german.code}#warranty"
    assert (outcome.status, outcome.short_code_id, outcome.language) == (
        "redirected",
        german.pk,
        "de",
    )
    location, outcome = resolve("ZZZZ99", browser_language="fr")
    assert (location, outcome.status, outcome.short_code_id) == (None, "unknown", None)
    scans.flush()
    assert not Scan.objects.exists()


def test_resolve_leaves_a_retired_code_without_fallback_to_the_caller(pages, code):
    shortcode_retire(code=code, actor=None, reason="product discontinued")
    location, outcome = resolve(code.code, browser_language="de")
    assert location is None
    assert (outcome.status, outcome.short_code_id, outcome.language) == ("retired", code.pk, "de")


@pytest.mark.parametrize(
    "agent,device,bot",
    [
        (PHONE, "phone", False),
        ("Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X) AppleWebKit/605.1.15", "tablet", False),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130",
            "desktop",
            False,
        ),
        ("WhatsApp/2.23.20.0", "bot", True),
        ("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "bot", True),
        ("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "bot", True),
        ("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "bot", True),
        ("", "bot", True),
    ],
)
def test_device_class_and_bot_flag(agent, device, bot):
    assert scans.device_of(agent) == (device, bot)


def test_a_head_request_counts_as_a_prefetch():
    assert scans.device_of(PHONE, "HEAD") == ("bot", True)


def test_no_network_address_is_stored(client, pages, code):
    client.get(f"/r/{code.code}", REMOTE_ADDR="203.0.113.77")
    row = Scan.objects.values().get()
    assert "203.0.113.77" not in str(row)
    assert not any("ip" in column for column in row)


def statements(client, path):
    """SQL statements a request runs, leaving out the savepoints the test's own transaction
    adds around the scan batch."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    return [q["sql"] for q in captured.captured_queries if "SAVEPOINT" not in q["sql"].upper()]


def test_the_hot_path_is_one_read_and_one_write(client, pages, code):
    client.get(f"/r/{code.code}")  # warm the page map
    scans.forget(code.code)
    cold = statements(client, f"/r/{code.code}")
    assert len(cold) == 2 and cold[0].startswith("SELECT") and "INSERT" in cold[1], cold
    warm = statements(client, f"/r/{code.code}")
    assert len(warm) == 1 and "INSERT" in warm[0], warm
    assert Scan.objects.count() == 3


# --- Invariant 6: printed codes live forever -------------------------------------------------


def test_the_orm_refuses_to_delete_a_code(code):
    with pytest.raises(ShortCodeDeletionError):
        code.delete()
    with pytest.raises(ShortCodeDeletionError):
        ShortCode.objects.all().delete()


def test_the_database_refuses_to_delete_a_code(code):
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM registration_shortcode WHERE id = %s", [code.pk])
    assert ShortCode.objects.filter(pk=code.pk).exists()


def test_the_database_refuses_to_reuse_a_codes_text(code, plain_product):
    with pytest.raises(IntegrityError), transaction.atomic():
        ShortCode.objects.filter(pk=code.pk).update(code="NEWTXT")
    other_sku = plain_product.skus.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        ShortCode.objects.filter(pk=code.pk).update(sku=other_sku)


def test_target_language_and_retirement_can_change(code, pages):
    ShortCode.objects.filter(pk=code.pk).update(target="manual", locale="fr")
    shortcode_retire(code=code, actor=None, reason="reprinted", fallback=pages["en"])
    code.refresh_from_db()
    assert (code.target, code.locale, code.retired_to_id) == ("manual", "fr", pages["en"].pk)


def test_the_database_refuses_truncate_on_postgresql(code, on_postgres):
    if not on_postgres:
        pytest.skip("TRUNCATE exists on PostgreSQL only")
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # flush the test's pending FK checks
        cursor.execute("TRUNCATE registration_shortcode CASCADE")


# --- Buffered writes (production) ------------------------------------------------------------


@pytest.fixture
def buffered(settings):
    settings.SCAN_BUFFER_SIZE = 3
    settings.SCAN_BUFFER_SECONDS = 600
    scans.flush()
    yield
    scans.flush()


def test_scans_are_written_in_batches_after_the_response(client, pages, code, buffered):
    client.get(f"/r/{code.code}", headers={"accept-language": "de", "user-agent": PHONE})
    client.get(f"/r/{code.code}")
    assert not Scan.objects.exists()  # still in this process's buffer
    client.get(f"/r/{code.code}")  # the third fills the batch: written after the response
    assert Scan.objects.filter(short_code=code).count() == 3
    scan = Scan.objects.filter(language="de").get()
    assert (scan.device, scan.outcome, scan.code) == ("phone", "redirected", code.code)


def test_an_old_buffer_is_written_by_the_next_request(client, pages, code, buffered, settings):
    client.get(f"/r/{code.code}")
    settings.SCAN_BUFFER_SECONDS = 0
    client.get("/healthz")  # any request of this process
    assert Scan.objects.count() == 1


def test_a_failed_batch_is_kept_for_the_next_attempt(client, pages, code, buffered, monkeypatch):
    client.get(f"/r/{code.code}")

    def broken(*args, **kwargs):
        raise RuntimeError("database away")

    monkeypatch.setattr(Scan.objects, "bulk_create", broken)
    assert scans.flush() == 0
    monkeypatch.undo()
    assert scans.flush() == 1
    assert Scan.objects.count() == 1


def test_buffered_scans_are_written_when_the_process_exits(tmp_path):
    """A separate interpreter records scans, exits without flushing by hand, and the rows are
    in the database (``atexit``), as when gunicorn stops a worker."""
    import subprocess
    import sys

    database = tmp_path / "exit.sqlite3"
    env = {
        **__import__("os").environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "BRIDGECARD_VAR_DIR": str(tmp_path),
        "SCAN_BUFFER_SIZE": "1000",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    run = [sys.executable, "manage.py"]
    # Only the scan table and the code table it refers to are needed; making them is faster
    # than migrating a whole database.
    script = (
        "from django.db import connection\n"
        "from registration.models import Scan, ShortCode\n"
        "with connection.schema_editor() as editor:\n"
        "    editor.create_model(ShortCode)\n"
        "    editor.create_model(Scan)\n"
        "from registration import scans\n"
        "for i in range(5):\n"
        "    scans.record(short_code_id=None, code='X', device='phone', language='de', "
        "is_bot=False, outcome='unknown')\n"
        "assert len(scans._buffer) == 5\n"
    )
    subprocess.run([*run, "shell", "-c", script], env=env, check=True)
    import sqlite3

    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM registration_scan").fetchone()[0] == 5


def test_retiring_a_code_records_who_retired_it_and_when(code):
    manager = User.objects.create_user("manager", password="a-long-password-123")
    before = timezone.now()
    shortcode_retire(code=code, actor=manager)
    code.refresh_from_db()
    assert code.retired_by == manager
    assert before <= code.retired_at <= timezone.now()


def test_a_code_retired_by_the_system_says_why(code):
    with pytest.raises(ValueError):
        shortcode_retire(code=code, actor=None)
    shortcode_retire(code=code, actor=None, reason="replaced by a reprint")
    code.refresh_from_db()
    assert (code.retired_by, code.retired_reason) == (None, "replaced by a reprint")
    assert code.retired_at is not None
