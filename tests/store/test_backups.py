"""Backups that work: encrypted like the database, one a day, rotated 7 daily + 4 weekly, restorable."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop import secrets
from desktop.core import backups, people, rekey, unlock
from desktop.errors import InputError
from desktop.store import encryption, maintenance
from desktop.store.database import close_database, open_sqlite
from desktop.store.encryption import Key
from tests.memory_keyring import MemoryKeyring, install_memory_keyring
from tests.store.test_encryption import fill, readable_words


@pytest.fixture(autouse=True)
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    return install_memory_keyring(monkeypatch)


@pytest.fixture
def url(db_path: Path) -> Iterator[str]:
    yield f"sqlite:///{db_path}"
    close_database()


def _key(memory: MemoryKeyring, path: Path) -> Key:
    return Key.from_hex(memory.passwords[("Rebound", secrets.database_account(path))])


def _names() -> list[str]:
    return [row.name for row in people.list_people()]


# ---------------------------------------------------------------- backup


def test_a_backup_of_an_encrypted_database_is_encrypted_with_its_key(
    url: str, db_path: Path, memory: MemoryKeyring
) -> None:
    unlock.open_unlocked(url)
    fill()
    target = maintenance.backup()
    assert encryption.file_state(target) == "encrypted"
    assert readable_words(target) == []
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert maintenance.verify(target, _key(memory, db_path)) == []
    assert maintenance.verify(target) != []  # no key, no data
    people.create_person({"name": "Late Arrival"})
    later = maintenance.backup(db_path.parent / "later.db")
    connection = encryption.connect(later, _key(memory, db_path), read_only=True)
    try:
        assert connection.execute("SELECT count(*) FROM person WHERE name = 'Late Arrival'").fetchone() == (1,)
    finally:
        connection.close()


def test_the_daily_backup_is_taken_once_a_day(url: str, db_path: Path) -> None:
    unlock.open_unlocked(url)
    fill()
    monday = datetime(2026, 3, 2, 8, 30)
    first = maintenance.daily_backup(monday)
    assert first is not None and first.name == "rebound-20260302-083000.db"
    assert encryption.file_state(first) == "encrypted"
    assert maintenance.daily_backup(monday + timedelta(hours=9)) is None
    second = maintenance.daily_backup(monday + timedelta(days=1))
    assert second is not None
    assert maintenance.list_backups(db_path) == [second, first]
    assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700


def test_rotation_keeps_the_last_7_days_and_4_weeks_before_them() -> None:
    start = datetime(2026, 1, 1, 9, 0)
    times = [start + timedelta(days=d, hours=h) for d in range(60) for h in (0, 5)]  # two a day for 60 days
    kept = maintenance.backups_to_keep(times)

    last_day = start + timedelta(days=59)
    daily = {t for t in kept if t.date() > (last_day - timedelta(days=7)).date()}
    assert sorted(t.date() for t in daily) == [(last_day - timedelta(days=d)).date() for d in range(6, -1, -1)]
    assert all(t.hour == 14 for t in daily)  # the newest of each day
    weekly = sorted(kept - daily)
    assert len(weekly) == 4
    weeks = [t.isocalendar()[:2] for t in weekly]
    assert len(set(weeks)) == 4
    assert all(t == max(x for x in times if x.isocalendar()[:2] == t.isocalendar()[:2]) for t in weekly)
    assert len(kept) == 11


def test_rotation_after_a_long_break_keeps_the_old_backups() -> None:
    # a vacation: the last backups are months old; rotation counts backups, not calendar days
    times = [datetime(2025, 6, d, 9) for d in range(1, 4)] + [datetime(2026, 3, 1, 9)]
    assert maintenance.backups_to_keep(times) == set(times)


def test_rotate_backups_deletes_only_what_rotation_drops(db_path: Path) -> None:
    folder = maintenance.backup_folder(db_path)
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(40):
        (folder / f"rebound-{start + timedelta(days=day):%Y%m%d-%H%M%S}.db").write_bytes(b"x")
    keep_me = [folder / "my-own-copy.db", folder / "rebound-notes.txt", db_path.parent / "rebound-20250101-000000.db"]
    for path in keep_me:
        path.write_bytes(b"mine")

    removed = maintenance.rotate_backups(db_path)

    assert len(removed) == 40 - 11
    assert len(maintenance.list_backups(db_path)) == 11
    assert all(path.exists() for path in keep_me)


def test_the_daily_backup_rotates(url: str, db_path: Path) -> None:
    unlock.open_unlocked(url)
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(60):  # the app started once a day for two months
        maintenance.daily_backup(start + timedelta(days=day))
    kept = [maintenance.backup_time(path) for path in maintenance.list_backups(db_path)]
    assert len(kept) == 11
    assert [when.date() for when in kept[:7] if when] == [(start + timedelta(days=59 - d)).date() for d in range(7)]
    assert len({when.isocalendar()[:2] for when in kept[7:] if when}) == 4


# ---------------------------------------------------------------- restore


def test_restoring_an_encrypted_backup(url: str, db_path: Path, memory: MemoryKeyring) -> None:
    unlock.open_unlocked(url)
    fill()
    backup = maintenance.backup()
    people.create_person({"name": "After The Backup"})
    close_database()

    restored = backups.restore_backup(url, backup)

    assert restored.encrypted and restored.safety is not None
    assert encryption.file_state(db_path) == "encrypted"
    assert encryption.file_state(restored.safety) == "encrypted"
    assert readable_words(db_path, restored.safety) == []
    secrets.reset()
    assert unlock.open_unlocked(url).key_source == "keyring"
    assert _names() == ["Ada Other", "Zebulon Quartermaine"]
    assert maintenance.check() == []


def test_a_plain_backup_restored_over_an_encrypted_database_is_encrypted(
    url: str, db_path: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "old" / "plain.db"
    plain.parent.mkdir()
    open_sqlite(plain)
    fill()
    close_database()
    unlock.open_unlocked(url)
    close_database()

    backups.restore_backup(url, plain)

    assert encryption.file_state(db_path) == "encrypted"
    assert readable_words(db_path) == []
    unlock.open_unlocked(url)
    assert _names() == ["Ada Other", "Zebulon Quartermaine"]


def test_a_backup_saved_elsewhere_before_a_key_change_restores_with_the_old_recovery_key(
    url: str, db_path: Path, tmp_path: Path, memory: MemoryKeyring
) -> None:
    old_code = unlock.open_unlocked(url).recovery_key
    fill()
    elsewhere = tmp_path / "usb-stick.db"
    maintenance.backup(elsewhere)
    close_database()
    rekey.rotate_key(url)
    assert not encryption.key_opens(elsewhere, _key(memory, db_path))  # it kept the old key

    with pytest.raises(InputError, match="--recovery-key"):
        backups.restore_backup(url, elsewhere)
    backups.restore_backup(url, elsewhere, recovery_key=old_code)

    assert encryption.key_opens(db_path, _key(memory, db_path))  # re-keyed to the database's current key
    unlock.open_unlocked(url)
    assert _names() == ["Ada Other", "Zebulon Quartermaine"]


def test_restoring_an_encrypted_backup_in_a_new_place_needs_its_recovery_key(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = unlock.open_unlocked(url).recovery_key
    fill()
    backup = maintenance.backup()
    close_database()
    elsewhere = tmp_path / "new-laptop" / "rebound.db"
    new_url = f"sqlite:///{elsewhere}"
    with pytest.raises(InputError) as caught:
        backups.restore_backup(new_url, tmp_path / "nothing.db")
    assert "no such backup" in str(caught.value)
    install_memory_keyring(monkeypatch)  # the new laptop's keyring knows nothing
    with pytest.raises(InputError, match="--recovery-key"):
        backups.restore_backup(new_url, backup)
    assert not elsewhere.exists()

    restored = backups.restore_backup(new_url, backup, recovery_key=code)

    assert restored.safety is None and restored.encrypted
    assert unlock.open_unlocked(new_url).key_source == "keyring"  # the key went into this keyring
    assert _names() == ["Ada Other", "Zebulon Quartermaine"]


def test_restore_over_a_damaged_database_keeps_its_bytes(url: str, db_path: Path) -> None:
    unlock.open_unlocked(url)
    fill()
    backup = maintenance.backup()
    DB_wal_checkpoint()
    close_database()
    size = db_path.stat().st_size
    with db_path.open("r+b") as file:
        file.seek(4096)
        file.write(b"\x00" * (size - 4096))
    damaged = db_path.read_bytes()

    restored = backups.restore_backup(url, backup)

    assert restored.safety is not None and restored.safety.read_bytes() == damaged
    unlock.open_unlocked(url)
    assert _names() == ["Ada Other", "Zebulon Quartermaine"]
    assert maintenance.check() == []


def DB_wal_checkpoint() -> None:  # noqa: N802 - reads as the statement it runs
    from desktop.store.models import DB

    DB.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
