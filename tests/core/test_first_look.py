"""The first look before the window loads (core/first_look.py): the lock, the clean-exit mark, and the People
page's first frame read with plain sqlite3 — the same rows, count and settings the store reads, or nothing."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core import first_look, instance, people, settings, startup
from desktop.core.first_look import Look
from desktop.core.people_list import PersonRow
from desktop.store import migrations
from desktop.store.database import close_database, open_sqlite
from desktop.store.models import DB
from tests.lock_holder import lock_held_elsewhere
from tests.memory_keyring import install_memory_keyring

LOCAL = "/dev/sda1 / ext4 rw 0 0\n"
NAMES = [
    f"Person {number:03d} {suffix}"
    for number, suffix in zip(range(250), ["Ærø", "Zoë", "Łukasz", "Bo"] * 63, strict=False)
]


def _left_cleanly(path: Path, count: int = 0, cadence: int | None = None) -> None:
    """A plain database with ``count`` people, closed as the app closes it (the clean-exit mark written)."""
    open_sqlite(path)
    for name in NAMES[:count]:
        people.create_person({"name": name, "company": "Acme" if len(name) % 2 else None, "title": "Recruiter"})
    if cadence is not None:
        settings.set_setting("checkin_min_days", cadence)
    close_database()
    instance.mark_clean_exit(path)


@pytest.fixture
def found(db_path: Path) -> Iterator[list[Look]]:
    """The looks a test took (their locks are let go afterwards)."""
    taken: list[Look] = []
    yield taken
    for look in taken:
        if look.lock is not None:
            look.lock.release()


def _look(found: list[Look], path: Path) -> Look:
    look = first_look.look(f"sqlite:///{path}")
    found.append(look)
    return look


def test_the_schema_version_it_expects_is_the_newest_migration() -> None:
    assert first_look.SCHEMA_VERSION == migrations.latest_version()


@pytest.mark.parametrize("count", [0, 3, 250])  # empty; fewer than a window (read from the end); more than one
def test_the_first_frame_is_what_the_store_reads(db_path: Path, found: list[Look], count: int) -> None:
    _left_cleanly(db_path, count, cadence=45)
    look = _look(found, db_path)
    assert look.ready and look.clean and look.lock is not None and look.lock.held

    share = f"{LOCAL}server:/crm {db_path.parent} nfs4 rw 0 0\n"  # the folder is a network share
    frame = first_look.first_frame(look, limit=200, mounts=share)

    assert frame is not None
    open_sqlite(db_path)
    try:
        assert frame.total == people.count_people() == count
        assert frame.first == people.read_window(limit=200, offset=0)  # the rows, their order and their keys
        assert len(frame.first.rows) == min(count, 200)
        assert frame.settings == settings.get_settings()
        assert frame.settings["checkin_min_days"] == 45
    finally:
        close_database()
    assert frame.warnings == instance.location_warnings(db_path, share) != []


def test_the_first_rows_are_read_whole_in_name_order(db_path: Path, found: list[Look]) -> None:
    open_sqlite(db_path)
    ada = people.create_person({"name": "Ada Quist", "company": "Acme", "title": "Talent Partner", "role": "recruiter",
                                "email": "ada@acme.example", "connected": True}).value  # fmt: skip
    bo = people.create_person({"name": "Bo Åberg"}).value
    DB.obj.execute_sql("UPDATE person SET last_contact = '2026-11-02 09:30:00' WHERE id = ?", [ada])
    close_database()
    instance.mark_clean_exit(db_path)

    frame = first_look.first_frame(_look(found, db_path), limit=200)

    assert frame is not None and frame.total == 2
    assert frame.first.rows == [
        PersonRow(ada, "Ada Quist", "Acme", "Talent Partner", "recruiter", "ada@acme.example", True,
                  datetime(2026, 11, 2, 9, 30)),
        PersonRow(bo, "Bo Åberg", None, None, None, None, False, None),
    ]  # fmt: skip
    assert frame.first.first is not None and frame.first.first[1] == ada
    assert frame.first.last is not None and frame.first.last[1] == bo  # the keys the next window is read from


def test_a_tally_without_its_row_gets_no_first_frame(db_path: Path, found: list[Look]) -> None:
    _left_cleanly(db_path, 2)
    with sqlite3.connect(db_path) as connection:
        connection.execute("DELETE FROM tally WHERE name = 'person'")
    connection.close()
    instance.mark_clean_exit(db_path)

    assert first_look.first_frame(_look(found, db_path), limit=200) is None  # the full start counts them


def test_a_folder_where_the_database_should_be_gets_no_first_frame(db_path: Path, found: list[Look]) -> None:
    db_path.mkdir()
    instance.mark_clean_exit(db_path)

    look = _look(found, db_path)

    assert look.clean and not look.ready


def test_the_clean_exit_mark_is_owner_only_and_a_mark_that_cannot_be_written_is_logged(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _left_cleanly(db_path, 1)
    marker = db_path.with_name(db_path.name + instance.CLEAN_EXIT_SUFFIX)
    assert marker.stat().st_mode & 0o777 == 0o600
    marker.unlink()
    marker.mkdir()  # in the mark's place: it cannot be written

    with caplog.at_level("INFO", logger="desktop.core.instance"):
        instance.mark_clean_exit(db_path)

    assert caplog.messages == ["the clean-exit mark was not written (Is a directory)"]
    assert not instance.left_cleanly(db_path)


def test_the_look_holds_the_lock_and_uses_up_the_mark(db_path: Path, found: list[Look]) -> None:
    _left_cleanly(db_path, 1)
    look = _look(found, db_path)

    with pytest.raises(instance.AlreadyRunning):
        startup.start(f"sqlite:///{db_path}", now=datetime(2026, 12, 7), backup=False, mounts=LOCAL)
    assert not instance.left_cleanly(db_path)  # used up: a crash from here on means a full check next time
    started = startup.start(f"sqlite:///{db_path}", now=datetime(2026, 12, 7), backup=False, mounts=LOCAL,
                            lock=look.lock, clean=look.clean)  # fmt: skip
    try:
        assert started.status == "ok" and started.lock is look.lock and look.lock is not None and look.lock.held
        assert people.count_people() == 1
    finally:
        close_database()


def test_a_database_not_left_cleanly_gets_no_first_frame(db_path: Path, found: list[Look]) -> None:
    _left_cleanly(db_path, 2)
    open_sqlite(db_path)
    people.create_person({"name": "Written Since"})  # the command line wrote after the app closed
    close_database()

    look = _look(found, db_path)

    assert look.lock is not None and look.clean is False and not look.ready
    assert first_look.first_frame(look, limit=200) is None


def test_a_first_start_gets_no_first_frame(db_path: Path, found: list[Look]) -> None:
    look = _look(found, db_path)  # no file yet: the full start creates it

    assert not look.ready and first_look.first_frame(look, limit=200) is None
    assert not db_path.exists()


def test_an_encrypted_database_gets_no_first_frame(
    db_path: Path, found: list[Look], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core import unlock

    install_memory_keyring(monkeypatch)
    unlock.open_unlocked(f"sqlite:///{db_path}", encrypt=True)
    close_database()
    instance.mark_clean_exit(db_path)

    look = _look(found, db_path)

    assert look.clean and not look.ready  # its key comes first
    assert first_look.first_frame(look, limit=200) is None


@pytest.mark.parametrize("content", [b"", os.urandom(4096), b"name,email\nAda,ada@example.org\n"])
def test_a_file_that_is_not_a_plain_database_gets_no_first_frame(
    db_path: Path, found: list[Look], content: bytes
) -> None:
    db_path.write_bytes(content)
    instance.mark_clean_exit(db_path)  # even with a mark that fits it

    look = _look(found, db_path)

    assert look.clean and not look.ready
    assert db_path.read_bytes() == content


def test_another_programs_sqlite_file_gets_no_first_frame(db_path: Path, found: list[Look]) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.close()
    instance.mark_clean_exit(db_path)
    before = db_path.read_bytes()

    look = _look(found, db_path)

    assert look.ready  # a plain SQLite file the mark fits: only reading it tells
    assert first_look.first_frame(look, limit=200) is None
    assert db_path.read_bytes() == before


def test_an_older_or_newer_schema_gets_no_first_frame(db_path: Path, found: list[Look]) -> None:
    _left_cleanly(db_path, 2)
    for version in (first_look.SCHEMA_VERSION - 1, first_look.SCHEMA_VERSION + 1):
        with sqlite3.connect(db_path) as connection:
            connection.execute("UPDATE schema_version SET version = ? WHERE id = 1", [version])
        connection.close()
        instance.mark_clean_exit(db_path)
        look = _look(found, db_path)
        assert look.ready
        assert first_look.first_frame(look, limit=200) is None  # migrated first, or refused, by the full start
        assert look.lock is not None
        look.lock.release()


def test_a_database_another_rebound_holds_is_left_to_the_full_start(db_path: Path, found: list[Look]) -> None:
    _left_cleanly(db_path, 1)
    with lock_held_elsewhere(db_path) as holder:
        look = _look(found, db_path)
        assert look == Look(db_path, None, None, False)
        assert instance.left_cleanly(db_path)  # the mark is left for the Rebound that holds the file
        with pytest.raises(instance.AlreadyRunning, match=f"process {holder.pid}"):
            startup.start(f"sqlite:///{db_path}", now=datetime(2026, 12, 7), backup=False, mounts=LOCAL)


def test_a_team_server_is_left_to_the_full_start() -> None:
    look = first_look.look("postgresql://me@127.0.0.1:1/rebound")

    assert look == Look(None, None, None, False)
    assert first_look.first_frame(look, limit=200) is None
