"""One migrated database per test run and engine, copied to every pytest-xdist worker.

Migrating from scratch (Wagtail's and our own migrations, the database guards' triggers) costs
each worker half a minute of CPU; on a two-core machine running both engines side by side that
is the first minute of every run. Instead, the first worker of a run to take a file lock
migrates a template database, and every worker (that one included) starts from a copy:

- PostgreSQL: ``CREATE DATABASE … TEMPLATE`` (Django's ``clone_test_db``), dropped by each
  worker at the end; the template itself is dropped by the controlling process.
- SQLite: the template is a file; each worker copies it into its usual in-memory database with
  sqlite3's backup API, so tests run exactly as before on a private in-memory database.

Outside pytest-xdist (``-n 0``) pytest-django's own setup runs unchanged.
"""

from __future__ import annotations

import fcntl
import sqlite3
import tempfile
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run_dir(run: str) -> Path:
    path = Path(tempfile.gettempdir()) / f"bridgecard-test-{run}"
    path.mkdir(exist_ok=True)
    return path


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def template_name(base: str, run: str) -> str:
    """The template database of one run (PostgreSQL names stop at 63 bytes)."""
    return f"test_{base}_tpl_{run[:12]}"[:63]


def _postgres_database_exists(connection, name: str) -> bool:
    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return cursor.fetchone() is not None


def _setup_postgres(connection, run: str, worker: str) -> tuple[str, str]:
    """Migrate the run's template once, then clone it for this worker: (old name, clone)."""
    old_name = connection.settings_dict["NAME"]
    template = template_name(old_name, run)
    connection.settings_dict.setdefault("TEST", {})["NAME"] = template
    with _locked(_run_dir(run) / f"{connection.alias}-postgresql.lock"):
        if not _postgres_database_exists(connection, template):
            connection.creation.create_test_db(verbosity=0, autoclobber=True)
        else:
            connection.settings_dict["NAME"] = template
        connection.close()
        connection.creation.clone_test_db(suffix=worker, verbosity=0, autoclobber=True)
    clone = connection.creation.get_test_db_clone_settings(worker)["NAME"]
    connection.settings_dict["NAME"] = clone
    from django.conf import settings

    settings.DATABASES[connection.alias]["NAME"] = clone
    connection.close()
    return old_name, clone


def _setup_sqlite(connection, run: str) -> None:
    """Migrate the run's template file once, then load it into this worker's in-memory
    database (the name Django gives an in-memory test database, kept open by Django)."""
    template = _run_dir(run) / f"{connection.alias}.sqlite3"
    with _locked(_run_dir(run) / f"{connection.alias}-sqlite.lock"):
        if not template.exists():
            building = template.with_suffix(".building")
            test_settings = connection.settings_dict.setdefault("TEST", {})
            test_settings["NAME"] = str(building)
            original_name = connection.settings_dict["NAME"]
            connection.creation.create_test_db(verbosity=0, autoclobber=True)
            with connection.cursor() as cursor:  # one self-contained file, no -wal beside it
                cursor.execute("PRAGMA journal_mode=DELETE")
            connection.close()
            building.rename(template)
            connection.settings_dict["NAME"] = original_name
            test_settings["NAME"] = None
    memory = connection.creation._get_test_db_name()
    connection.settings_dict["NAME"] = memory
    from django.conf import settings

    settings.DATABASES[connection.alias]["NAME"] = memory
    connection.connect()
    source = sqlite3.connect(template)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


@pytest.fixture(scope="session")
def django_db_setup(
    request: pytest.FixtureRequest,
    django_test_environment: None,
    django_db_blocker,
    django_db_modify_db_settings: None,
) -> Generator[None]:
    """Test databases for the session: copied from the run's template under pytest-xdist."""
    from django.db import connections
    from django.test.utils import setup_databases, teardown_databases

    workerinput = getattr(request.config, "workerinput", None)
    if workerinput is None:
        with django_db_blocker.unblock():
            config = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        yield
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=0)
        return

    run, worker = workerinput["testrunuid"], workerinput["workerid"]
    connection = connections["default"]
    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            old_name, clone = _setup_postgres(connection, run, worker)
        else:
            _setup_sqlite(connection, run)
    yield
    if connection.vendor == "postgresql":
        with django_db_blocker.unblock():
            connection.close()
            connection.creation._destroy_test_db(clone, verbosity=0)
            connection.settings_dict["NAME"] = old_name


def drop_templates(config: pytest.Config) -> None:
    """In the controlling process, once every worker is done: remove the run's template."""
    run = getattr(config.option, "testrunuid", None) or _controller_run(config)
    if not run:
        return
    from django.db import connections
    from pytest_django.plugin import blocking_manager_key

    connection = connections["default"]
    if connection.vendor == "postgresql":
        template = template_name(connection.settings_dict["NAME"], run)
        with config.stash[blocking_manager_key].unblock(), connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{template}"')
    directory = _run_dir(run)
    for path in directory.iterdir():
        path.unlink()
    directory.rmdir()


def _controller_run(config: pytest.Config) -> str | None:
    dsession = config.pluginmanager.getplugin("dsession")
    nodemanager = getattr(dsession, "nodemanager", None)
    return getattr(nodemanager, "testrunuid", None)
