"""Opening the SQLite database: pragmas, permissions, clear errors, nothing overwritten."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop.errors import DatabaseProblem
from desktop.store.database import close_database, open_database, open_sqlite
from desktop.store.models import DB
from tests.backends import sqlite_only


@sqlite_only
def test_pragmas_wal_foreign_keys_and_busy_timeout(db: object) -> None:
    def pragma(name: str) -> object:
        return DB.obj.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 1000
    assert pragma("synchronous") == 2  # FULL


def test_new_database_and_folder_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "rebound.db"
    open_sqlite(path)
    close_database()
    assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="not a Rebound database or is damaged"):
        open_sqlite(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    open_sqlite(path)
    DB.obj.execute_sql("UPDATE schema_version SET version = 999")
    close_database()
    with pytest.raises(DatabaseProblem, match="newer Rebound"):
        open_sqlite(path)


def test_postgresql_and_unknown_urls_give_a_clear_problem() -> None:
    with pytest.raises(DatabaseProblem, match=r"^postgresql://me@127.0.0.1:1/rebound: cannot reach the server \("):
        open_database("postgresql://me:pw@127.0.0.1:1/rebound")
    with pytest.raises(DatabaseProblem, match="unknown database URL"):
        open_database("mysql://x")


def test_foreign_keys_are_enforced(db: object) -> None:
    import peewee as pw

    from desktop.store.models import Interaction

    with pytest.raises(pw.IntegrityError):
        Interaction.create(person=12345, kind="note", direction="none", at="2026-01-01 00:00:00")


def test_the_number_of_people_is_kept_in_step_with_every_insert_and_delete(db: object) -> None:
    from desktop.core.people import count_people, create_person
    from desktop.store.maintenance import check
    from desktop.store.models import Person

    ids = [create_person({"name": f"Person {n}"}).value for n in range(5)]
    Person.delete().where(Person.id == ids[0]).execute()
    assert count_people() == 4 == Person.select().count()
    assert check() == []
    DB.obj.execute_sql("UPDATE tally SET n = 99 WHERE name = 'person'")
    assert any("kept number of people (99)" in problem for problem in check())
