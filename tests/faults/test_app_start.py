"""The app's start (``core.startup``) meets an emptied database file as a damaged one: it offers the backups and
keeps the keyring's key, and it never creates a new database in its place."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop import secrets
from desktop.core import startup
from desktop.interop import demo
from desktop.store import encryption, maintenance
from desktop.store.database import close_database
from tests.memory_keyring import install_memory_keyring

NOW = datetime(2026, 11, 2, 9, 0)


def test_an_emptied_database_starts_damaged_with_its_backups_offered(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = install_memory_keyring(monkeypatch)
    url = f"sqlite:///{db_path}"
    started = startup.start(url, now=NOW)
    demo.load_demo(date(2026, 11, 2))
    assert started.backup is not None and started.lock is not None
    close_database()
    started.lock.release()
    key = secrets.get_key(db_path)
    assert key is not None
    db_path.write_bytes(b"")

    again = startup.start(url, now=NOW)
    try:
        assert again.status == "damaged"
        assert "empty" in again.problems[0]
        assert again.backups == [started.backup]
        assert backend.passwords[(secrets.SERVICE, secrets.database_account(db_path))] == key  # never replaced
        assert encryption.key_opens(started.backup, encryption.Key.from_hex(key))
        assert maintenance.verify(started.backup, encryption.Key.from_hex(key)) == []
        assert db_path.read_bytes() == b""
    finally:
        close_database()
        if again.lock is not None:
            again.lock.release()
