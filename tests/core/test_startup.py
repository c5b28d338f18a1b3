"""The start-up routine: one instance per database, a quick check that never repairs, risky places, the day's backup."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop import secrets
from desktop.core import instance, people, startup, unlock
from desktop.store import encryption, maintenance
from desktop.store.database import WrongKey, close_database, open_sqlite
from desktop.store.models import DB
from tests.lock_holder import lock_held_elsewhere
from tests.memory_keyring import MemoryKeyring, install_memory_keyring

NOW = datetime(2026, 3, 2, 8, 0)
LOCAL_MOUNTS = "/dev/sda1 / ext4 rw,relatime 0 0\ntmpfs /tmp tmpfs rw 0 0\n"


@pytest.fixture(autouse=True)
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    return install_memory_keyring(monkeypatch)


@pytest.fixture
def url(db_path: Path) -> Iterator[str]:
    yield f"sqlite:///{db_path}"
    close_database()


@pytest.fixture
def started(url: str) -> Iterator[startup.Started]:
    result = startup.start(url, now=NOW, mounts=LOCAL_MOUNTS)
    yield result
    if result.lock is not None:
        result.lock.release()


# ---------------------------------------------------------------- a normal start


def test_a_first_start_creates_an_encrypted_database_locks_it_and_backs_it_up(
    started: startup.Started, db_path: Path
) -> None:
    assert started.status == "ok" and not started.read_only
    assert started.recovery_key is not None  # for the app to show once
    assert encryption.file_state(db_path) == "encrypted"
    assert started.lock is not None and started.lock.held
    assert started.backup is not None and started.backup.parent == db_path.parent / "backups"
    assert started.warnings == []
    assert DB.obj.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert DB.obj.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_second_start_of_the_day_takes_no_new_backup(url: str, started: startup.Started) -> None:
    assert started.lock is not None
    started.lock.release()
    close_database()
    again = startup.start(url, now=NOW.replace(hour=17), mounts=LOCAL_MOUNTS)
    try:
        assert again.backup is None and again.recovery_key is None
        assert again.unlocked is not None and again.unlocked.key_source == "keyring"
    finally:
        assert again.lock is not None
        again.lock.release()


# ---------------------------------------------------------------- one instance per database


def test_a_second_start_is_told_another_rebound_holds_the_database(url: str, started: startup.Started) -> None:
    with pytest.raises(instance.AlreadyRunning, match="another Rebound holds the database") as caught:
        startup.start(url, now=NOW, mounts=LOCAL_MOUNTS)
    assert str(os.getpid()) in str(caught.value)
    assert caught.value.exit_code == 4


def test_the_lock_is_owner_only_and_gone_after_release(db_path: Path) -> None:
    lock = instance.InstanceLock(db_path).acquire()
    assert lock.path.stat().st_mode & 0o077 == 0
    assert lock.path.read_text(encoding="utf-8") == str(os.getpid())
    lock.release()
    assert not lock.path.exists()
    with instance.InstanceLock(db_path):  # free again
        pass


def test_a_lock_held_by_another_process_dies_with_it(db_path: Path) -> None:
    with lock_held_elsewhere(db_path) as holder, pytest.raises(instance.AlreadyRunning, match=f"process {holder.pid}"):
        instance.InstanceLock(db_path).acquire()
    with instance.InstanceLock(db_path):  # killed without a clean release: the operating system dropped the lock
        pass


def test_a_failed_start_lets_go_of_the_lock(url: str, db_path: Path, memory: MemoryKeyring) -> None:
    unlock.open_unlocked(url)
    close_database()
    memory.passwords.clear()
    secrets.reset()
    with pytest.raises(WrongKey):
        startup.start(url, now=NOW, mounts=LOCAL_MOUNTS)
    with instance.InstanceLock(db_path):
        pass


# ---------------------------------------------------------------- a damaged database


def _damage_an_index(db_path: Path) -> None:
    root = DB.obj.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = 'person_email_key'").fetchone()[0]
    DB.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    with db_path.open("r+b") as file:
        file.seek((root - 1) * 4096 + 12)
        file.write(b"\xff" * 40)


def test_a_damaged_database_opens_read_only_and_offers_its_backups(url: str, db_path: Path) -> None:
    unlock.open_unlocked(url, encrypt=False)
    for number in range(300):
        people.create_person({"name": f"Person {number}", "email": f"p{number}@example.com"})
    earlier = maintenance.backup()
    _damage_an_index(db_path)
    damaged = db_path.read_bytes()

    result = startup.start(url, now=NOW, mounts=LOCAL_MOUNTS)
    try:
        assert result.status == "damaged"
        assert result.read_only
        assert result.problems and "page" in result.problems[0]
        assert result.backups == [earlier]
        assert result.backup is None  # no automatic backup of a damaged database
        assert people.count_people() == 300  # what can be read is shown
        with pytest.raises(Exception, match="readonly|read-only"):
            people.create_person({"name": "Not Now"})
    finally:
        close_database()
        assert result.lock is not None
        result.lock.release()
    assert db_path.read_bytes() == damaged  # never repaired behind the person's back


def test_a_damaged_encrypted_database_is_reported_too(url: str, db_path: Path) -> None:
    unlock.open_unlocked(url)
    for number in range(300):
        people.create_person({"name": f"Person {number}", "email": f"p{number}@example.com"})
    _damage_an_index(db_path)
    damaged = db_path.read_bytes()
    result = startup.start(url, now=NOW, mounts=LOCAL_MOUNTS)
    try:
        assert result.status == "damaged"
    finally:
        close_database()
        assert result.lock is not None
        result.lock.release()
    assert db_path.read_bytes() == damaged


def test_the_check_can_run_later_in_a_worker(url: str) -> None:
    result = startup.start(url, now=NOW, integrity=False, backup=False, mounts=LOCAL_MOUNTS)
    try:
        assert result.status == "ok" and result.backup is None
        import threading

        found: list[list[str]] = []
        worker = threading.Thread(target=lambda: found.append(startup.integrity_problems()))
        worker.start()
        worker.join(30)
        assert found == [[]]
    finally:
        assert result.lock is not None
        result.lock.release()


# ---------------------------------------------------------------- where the database lives


MOUNTS = (
    "/dev/sda1 / ext4 rw 0 0\n"
    "nas.local:/export/home /mnt/nas nfs4 rw,vers=4.2 0 0\n"
    "//fileserver/team /mnt/team\\040share cifs rw 0 0\n"
    "/dev/sdb1 /mnt/nas/local-cache ext4 rw 0 0\n"
)


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/mnt/nas/rebound/rebound.db", "nfs4"),
        ("/mnt/team share/rebound.db", "cifs"),
        ("/mnt/nas/local-cache/rebound.db", None),  # a local disk mounted inside the share
        ("/home/jana/.local/share/Rebound/rebound.db", None),
        ("/mnt/nasty/rebound.db", None),  # only a name that starts alike
    ],
)
def test_a_database_on_a_network_share_is_recognised(path: str, expected: str | None) -> None:
    assert instance.network_share(Path(path), MOUNTS) == expected


def test_a_network_share_gives_a_warning(tmp_path: Path) -> None:
    mounts = f"/dev/sda1 / ext4 rw 0 0\nserver:/x {tmp_path} nfs rw 0 0\n"
    (warning,) = instance.location_warnings(tmp_path / "rebound.db", mounts)
    assert "network share (nfs)" in warning and "local disk" in warning


@pytest.mark.parametrize(
    "folder, service",
    [
        ("Dropbox/work", "Dropbox"),
        ("OneDrive - Acme GmbH/Documents", "OneDrive"),
        ("Library/Mobile Documents/com~apple~CloudDocs", "iCloud"),
        ("Library/CloudStorage/GoogleDrive-jana@example.com/My Drive", "a cloud storage provider"),
        ("Google Drive", "Google Drive"),
        ("Nextcloud/Rebound", "Nextcloud"),
        ("Documents/Rebound", None),
    ],
)
def test_a_database_in_a_sync_folder_is_recognised(tmp_path: Path, folder: str, service: str | None) -> None:
    path = tmp_path / folder / "rebound.db"
    assert instance.sync_service(path) == service
    warnings = instance.location_warnings(path, LOCAL_MOUNTS)
    assert (service is not None) == bool(warnings)
    if service:
        assert service in warnings[0]


def test_a_syncthing_folder_is_recognised_by_its_marker(tmp_path: Path) -> None:
    (tmp_path / "shared" / ".stfolder").mkdir(parents=True)
    assert instance.sync_service(tmp_path / "shared" / "crm" / "rebound.db") == "Syncthing"


def test_start_reports_the_location_warning(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'Dropbox' / 'rebound.db'}"
    result = startup.start(url, now=NOW, mounts=LOCAL_MOUNTS)
    try:
        assert result.status == "ok"
        assert any("Dropbox" in w for w in result.warnings)
    finally:
        close_database()
        assert result.lock is not None
        result.lock.release()


def test_plain_databases_keep_synchronous_full(db_path: Path) -> None:
    open_sqlite(db_path)
    try:
        assert DB.obj.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        close_database()


def test_a_clean_exit_spares_the_next_start_the_full_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.store.database import close_database, open_sqlite

    path = tmp_path / "rebound.db"
    open_sqlite(path)
    close_database()
    instance.mark_clean_exit(path)
    assert instance.left_cleanly(path)
    assert not instance.left_cleanly(path)  # the mark is used up: a crash in this session means a check next time

    instance.mark_clean_exit(path)
    open_sqlite(path)
    from desktop.core.people import create_person

    create_person({"name": "Changed Since"})  # e.g. the command line wrote after the app closed
    close_database()
    assert not instance.left_cleanly(path)


def test_start_runs_the_integrity_check_unless_the_last_exit_was_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from desktop.core import startup
    from desktop.store.database import close_database, open_sqlite

    path = tmp_path / "rebound.db"
    open_sqlite(path)
    close_database()
    checks: list[int] = []
    monkeypatch.setattr(startup, "integrity_problems", lambda: checks.append(1) or [])
    url = f"sqlite:///{path}"

    started = startup.start(url, now=datetime(2026, 3, 2, 9, 0), backup=False)
    close_database()
    started.lock.release()
    assert checks == [1]
    instance.mark_clean_exit(path)
    started = startup.start(url, now=datetime(2026, 3, 2, 9, 0), backup=False)
    close_database()
    started.lock.release()
    assert checks == [1]  # skipped after the clean exit
