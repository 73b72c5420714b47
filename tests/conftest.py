"""Fixtures shared by the whole suite.

Real components wherever they run here: the database named by DATABASE_URL (SQLite by default,
PostgreSQL in the second CI pass), Redis at 127.0.0.1:6379, and Debian's Chromium driven by
Playwright for pages people click.
"""

import os
import shutil
import threading
import time

import pytest

from tests.browser.timing import BROWSER_TIMEOUT_MS
from tests.databases import django_db_setup, drop_templates

__all__ = ["django_db_setup"]  # pytest-django's fixture, replaced (tests/databases.py)

# Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls from
# such a thread unless told that this is deliberate.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


#: Held while the live server handles a request on SQLite (``_one_request_at_a_time``): a page
#: fixture takes it once the browser is closed, so the test database is never flushed while a
#: request the browser sent on its way out is still being answered.
_SERVING = threading.Lock()


def _one_request_at_a_time() -> None:
    """On SQLite the live server's request threads share the test's one in-memory connection,
    which two requests must not use at once (sqlite3 fails with "bad parameter or other API
    misuse", seen when a browser fetches ``/admin/jsi18n/`` while its login form posts). There
    the live server handles one request at a time; on PostgreSQL each thread has its own
    connection and nothing changes. pytest-django looks ``LiveServerThread`` up when it starts a
    live server, so replacing it here is enough."""
    from django.test import testcases

    class SerialisedLiveServerThread(testcases.LiveServerThread):
        def __init__(self, host, static_handler, connections_override=None, port=0):
            if connections_override:

                class Serialised(static_handler):
                    def __call__(self, environ, start_response):
                        with _SERVING:
                            return super().__call__(environ, start_response)

                static_handler = Serialised
            super().__init__(host, static_handler, connections_override, port)

    testcases.LiveServerThread = SerialisedLiveServerThread


_one_request_at_a_time()

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


#: Fixtures that open the test database: a test that uses none of them (directly or through
#: another fixture) cannot behave differently on another database engine.
_DATABASE_FIXTURES = frozenset(
    {
        "db",
        "transactional_db",
        "django_db_setup",
        "live_server",
        "admin_user",
        "admin_client",
        "django_user_model",
        "django_db_serialized_rollback",
    }
)


def uses_database(item: pytest.Item) -> bool:
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(item.get_closest_marker("django_db")) or bool(fixtures & _DATABASE_FIXTURES)


def pytest_sessionfinish(session):
    if not hasattr(session.config, "workerinput"):
        drop_templates(session.config)


def pytest_collection_modifyitems(config, items):
    """Browser tests run one after another on one pytest-xdist worker (``--dist loadgroup``):
    one Chromium, and a live server that is the only one serving while it runs.

    With ``BRIDGECARD_TEST_DATABASE_ONLY=1`` (the second engine's pass in ``scripts/test``) only
    the tests that touch the database run: the others (the linter, parsers, settings checks in a
    subprocess) do not depend on the engine and already ran in the first pass."""
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("browser"))
    if os.environ.get("BRIDGECARD_TEST_DATABASE_ONLY") == "1":
        kept = [item for item in items if uses_database(item)]
        config.hook.pytest_deselected(items=[item for item in items if not uses_database(item)])
        items[:] = kept


@pytest.fixture(autouse=True)
def _isolated_files(settings, tmp_path):
    """Media and file mail go to a temporary folder, never to var/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MAIL_DIR = tmp_path / "mail"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Users made by tests and by the demo are hashed with a fast hasher, as Django's testing
    documentation advises: the production hasher costs a quarter second per user on purpose."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _language_of_its_own():
    """Each test starts in the site's language and formal voice, whatever an earlier test on the
    same worker activated (a view activates the page's language for the rest of its thread)."""
    from django.conf import settings as django_settings
    from django.utils import translation

    from core import voice

    translation.activate(django_settings.LANGUAGE_CODE)
    token = voice.set_informal(())
    yield
    voice.reset(token)
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture
def immediate_tasks(settings):
    """Run enqueued tasks at once, in the caller's thread (for tests about their effects)."""
    settings.TASKS = {
        "default": {
            "BACKEND": "django.tasks.backends.immediate.ImmediateBackend",
            "QUEUES": settings.TASK_QUEUES,
        }
    }


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium. Fails (does not skip) when Chromium is missing: `make test`
    installs it, and a browser test that silently skips proves nothing."""
    from playwright.sync_api import sync_playwright

    assert os.path.exists(CHROMIUM), "Chromium is missing: run `make browser`."
    from playwright.sync_api import expect

    expect.set_options(timeout=BROWSER_TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A desktop page. It asks for the live server so that it is closed before the server stops
    and the test database is flushed (fixtures are torn down in reverse order)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pending = track_requests(context)
    page = context.new_page()
    page.set_default_timeout(BROWSER_TIMEOUT_MS)
    yield page
    close_quietly(context, page, pending)


def track_requests(context) -> set:
    """The requests of *context* still in flight, from its first one."""
    pending: set = set()
    context.on("request", lambda request: pending.add(request))
    context.on("requestfinished", lambda request: pending.discard(request))
    context.on("requestfailed", lambda request: pending.discard(request))
    return pending


def close_quietly(context, page, pending: set) -> None:
    """Leave the page and wait for the requests still in flight, those it sends on the way out
    included (Wagtail's editor releases its editing session with a beacon), then close it and
    wait for the request the live server may still be answering: the server must be idle when
    the test database is flushed, or on SQLite a write in flight locks the flush."""
    try:
        page.goto("about:blank")
        deadline = time.monotonic() + 60  # bounds a hang only
        while pending and time.monotonic() < deadline:
            page.wait_for_timeout(50)
    finally:
        context.close()
        with _SERVING:
            pass


@pytest.fixture
def phone(browser, live_server):
    """A phone-sized page, as a customer scanning an insert holds it (closed before the live
    server stops, as ``page`` is)."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        user_agent=(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
        ),
    )
    pending = track_requests(context)
    page = context.new_page()
    page.set_default_timeout(BROWSER_TIMEOUT_MS)
    yield page
    close_quietly(context, page, pending)


@pytest.fixture
def on_postgres():
    from django.db import connection

    return connection.vendor == "postgresql"
