"""Shared fixtures: one isolated database file per test, offscreen Qt, an in-memory keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    """A fresh, migrated database bound to the models, closed afterwards."""
    from desktop.store.database import close_database, open_sqlite

    database = open_sqlite(db_path)
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
