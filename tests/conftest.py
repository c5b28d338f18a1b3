"""Shared fixtures: one isolated database per test (a file, or a database of the session's PostgreSQL cluster),
offscreen Qt, an in-memory keyring.

The store, core and interop tests that use ``db`` run on both backends (``backend`` = sqlite, postgresql); a test
that is about SQLite itself (the file, WAL, SQLCipher) says so by parametrising ``backend`` with ``["sqlite"]``.
When PostgreSQL is not installed the PostgreSQL half is not generated and the summary says so, loudly."""

from __future__ import annotations

import gc
import inspect
import itertools
import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import pg_server
from tests.imap_server import DovecotServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("REBOUND_DATABASE_URL", None)

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep platform folders (data, config) of every test inside its own temporary folder; the log file of the
    commands a test runs goes to one folder of the session (``REBOUND_LOG_DIR``), outside the test's folder."""
    monkeypatch.setenv("REBOUND_LOG_DIR", str(tmp_path_factory.getbasetemp() / "logs"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.delenv("REBOUND_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _thawed_after() -> Iterator[None]:
    """What an engine froze (``collector.paused(keep=True)``: the app's long-lived working set) is given back to
    the collector after each test: the suite is one process of thousands of tests, each with its own world."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reaches the real keyring: the "no keyring" backend (here and in child processes) unless a test
    installs the in-memory one (tests/memory_keyring.py). New databases are unencrypted unless a test asks for
    encryption, since most tests read the file with the sqlite3 module; the encryption tests unset this."""
    import keyring
    from keyring.backends import fail

    from desktop import secrets

    keyring.set_keyring(fail.Keyring())
    secrets.reset()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("REBOUND_NO_ENCRYPTION", "1")
    for name in ("REBOUND_PASSPHRASE", "REBOUND_RECOVERY_KEY", "REBOUND_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("desktop.cli.common.interactive", lambda: False)  # no passphrase prompt, even under `pytest -s`


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rebound.db"


BOTH_BACKENDS = ("tests/store/", "tests/core/", "tests/interop/")
PG_AVAILABLE = pg_server.find_bin() is not None and os.environ.get("REBOUND_TEST_POSTGRESQL", "1") != "0"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db" not in metafunc.fixturenames or "backend" in getattr(metafunc.function, "_backend_given", ()):
        return
    if any(m.name == "parametrize" and "backend" in str(m.args[0]) for m in metafunc.definition.iter_markers()):
        return
    where = Path(str(metafunc.definition.fspath)).relative_to(Path(__file__).parent.parent).as_posix()
    # a test that also asks for the database file (db_path, tmp files read with sqlite3) is about the file: SQLite only
    about_the_file = "db_path" in inspect.signature(metafunc.function).parameters
    if where.startswith(BOTH_BACKENDS):
        both = PG_AVAILABLE and not about_the_file
        metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"])


_not_run: list[str] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a PostgreSQL server the tests of team mode itself are left out (and counted in the summary)."""
    if PG_AVAILABLE:
        return

    def on_server(item: pytest.Item) -> bool:
        params = getattr(getattr(item, "callspec", None), "params", {})
        return bool({"pg", "pg_url"} & set(getattr(item, "fixturenames", ()))) or params.get("backend") == "postgresql"

    needs_server = [item for item in items if on_server(item)]
    if needs_server:
        _not_run.extend(item.nodeid for item in needs_server)
        config.hook.pytest_deselected(items=needs_server)
        items[:] = [item for item in items if item not in needs_server]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not PG_AVAILABLE:
        terminalreporter.write_sep(
            "!", f"PostgreSQL NOT RUN: the team-database half of the suite ({len(_not_run)} tests of team mode, "
            "and the PostgreSQL run of every store, core and interop test) was not run", red=True)  # fmt: skip
        terminalreporter.write_line(f"install the server to run it: {pg_server.NOT_RUN_HINT}", red=True)


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture(scope="session")
def pg() -> Iterator[pg_server.Server]:
    """The session's PostgreSQL cluster (started on first use) with a migrated template database."""
    from desktop.store import postgres

    def interrupted(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt  # a terminated run still stops its cluster (the fixture's finally)

    signal.signal(signal.SIGTERM, interrupted)
    server = pg_server.start_server()
    try:
        url = server.create_database("rebound_template")
        postgres.open_postgres(url).close()
        yield server
    finally:
        pg_server.remove_server(server)


_databases = itertools.count(1)


@pytest.fixture
def pg_url(pg: pg_server.Server) -> Iterator[str]:
    """A fresh database of the current schema on the session's cluster (a copy of the template), dropped after."""
    name = f"rebound_test_{next(_databases)}"
    with pg.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE rebound_template')
    yield pg.url(name)
    pg.drop_database(name)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database of the current schema, made once a session: each test's SQLite file starts as a copy of it,
    as the team server's start as copies of ``rebound_template`` (about 15 ms a test instead of 200 of migrating)."""
    from desktop.store.database import close_database, open_sqlite

    path = tmp_path_factory.mktemp("template") / "rebound.db"
    open_sqlite(path)
    close_database()
    return path


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh, migrated database bound to the models, closed afterwards."""
    from desktop.store.database import close_database, open_database, open_sqlite

    if backend == "postgresql":
        database = open_database(request.getfixturevalue("pg_url"))
    else:
        path: Path = request.getfixturevalue("db_path")
        if not path.exists():
            shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
            path.chmod(0o600)  # owner-only, as Rebound creates its files
        database = open_sqlite(path)
    yield database
    close_database()


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC for this test (mail and calendar times are shown in local time)."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One real Dovecot IMAP server (tests/imap_server.py) for the session; each test adds its own user."""
    with DovecotServer() as server:
        yield server
