"""A large import builds the person indexes once at its end: same schema, same answers, nothing left behind."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core import people
from desktop.core.reconnect import snapshot
from desktop.errors import Cancelled
from desktop.interop import linkedin
from desktop.store import bulk
from desktop.store.database import checkpoint, close_database
from desktop.store.maintenance import check
from desktop.store.models import DB
from tests.backends import sqlite_only

NOW = datetime(2026, 11, 26, 9, 0)
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def _connections(path: Path, count: int, start: int = 0) -> Path:
    rows = [
        f"Ana{n},Lima{n},https://www.linkedin.com/in/ana-lima-{n},ana{n}@example.org,Firma {n % 37},Analyst,"
        f"05 Mar 2024\n"
        for n in range(start, start + count)
    ]
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _indexes(db_path: Path) -> list[tuple[str, str]]:
    """The person table's indexes and triggers, as the schema holds them."""
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'person' "
            "AND sql IS NOT NULL ORDER BY name"
        )
        return [(name, " ".join(sql.split())) for name, sql in rows]
    finally:
        connection.close()


@sqlite_only
def test_a_large_import_leaves_the_person_indexes_as_they_were(db: object, db_path: Path, tmp_path: Path) -> None:
    before = _indexes(db_path)
    assert {name for name, _ in before} >= set(bulk.ROW_TRIGGERS["person"])  # the triggers set aside exist
    assert bulk.worth_deferring(DB.obj, "person", 1_500)  # an empty table: the indexes are built at the end
    summary = linkedin.run(_connections(tmp_path / "Connections.csv", 1_500), now=NOW)
    assert summary.created == 1_500
    assert check() == []
    plan = DB.obj.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM person WHERE email_key = ?", ["ana7@example.org"]
    ).fetchall()
    assert "person_email_key" in " ".join(str(step) for step in plan)  # the lookups are indexed again
    assert [row.name for row in people.list_people("ana100", limit=3)] == ["Ana100 Lima100", "Ana1000 Lima1000",
                                                                          "Ana1001 Lima1001"]  # fmt: skip
    close_database()
    assert _indexes(db_path) == before


@sqlite_only
def test_a_cancelled_large_import_leaves_nothing_and_the_indexes_intact(
    db: object, db_path: Path, tmp_path: Path
) -> None:
    before = _indexes(db_path)
    with pytest.raises(Cancelled):
        linkedin.run(_connections(tmp_path / "Connections.csv", 1_500), now=NOW, progress=lambda done, _: done < 1_000)
    assert people.count_people() == 0
    assert check() == []
    close_database()
    assert _indexes(db_path) == before


@sqlite_only
def test_a_small_import_into_a_large_table_keeps_its_indexes(db: object, tmp_path: Path) -> None:
    linkedin.run(_connections(tmp_path / "first.csv", 1_500), now=NOW)
    assert not bulk.worth_deferring(DB.obj, "person", 1_200)  # fewer than are there: kept, updated row by row
    assert not bulk.worth_deferring(DB.obj, "person", 999)
    summary = linkedin.run(_connections(tmp_path / "Connections.csv", 1_200, start=1_000), now=NOW)
    assert (summary.created, summary.unchanged) == (700, 500)
    assert people.count_people() == 2_200
    assert check() == []


@sqlite_only
def test_a_large_import_does_the_work_of_the_triggers_it_set_aside(db: object, tmp_path: Path) -> None:
    """The people tally counts them, a plan snapshot is stale, and a person added afterwards is counted and found."""
    linkedin.run(_connections(tmp_path / "few.csv", 3), now=NOW)
    seen = snapshot.arm(DB.obj)  # a plan worked out now would be kept with this generation
    rows = "".join(f"Bea{n},Sousa{n},https://www.linkedin.com/in/bea-{n},,,,\n" for n in range(1_200))  # no company
    (tmp_path / "Connections.csv").write_text(HEADER + rows, encoding="utf-8")
    assert bulk.worth_deferring(DB.obj, "person", 1_200)
    linkedin.run(tmp_path / "Connections.csv", now=NOW)
    assert people.count_people() == 1_203  # read from the tally
    assert DB.obj.execute_sql("SELECT n FROM tally WHERE name = 'person'").fetchone() == (1_203,)
    (generation,) = DB.obj.execute_sql("SELECT generation FROM plan_cache WHERE id = 1").fetchone()
    assert generation > seen  # the plan kept before the import is not shown as today's
    assert check() == []
    added = people.create_person({"name": "Zélie Bulk"}).value
    assert people.count_people() == 1_204
    assert [row.id for row in people.list_people("zelie", limit=5)] == [added]


def _people_in_file_alone(db_path: Path, folder: Path) -> int:
    """How many people the database file holds without its write-ahead log (as a copy of the file alone)."""
    alone = folder / "alone.db"
    alone.write_bytes(db_path.read_bytes())
    connection = sqlite3.connect(alone)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


def test_an_import_leaves_the_copy_into_the_database_file_for_after_it_returns(
    db: object, db_path: Path, tmp_path: Path
) -> None:
    checkpoint()  # the new database's schema, into the file
    DB.obj.execute_sql("PRAGMA wal_autocheckpoint = 5")  # pages: without the hold, the import's commit would copy
    linkedin.run(_connections(tmp_path / "Connections.csv", 1_500), now=NOW)
    reader = sqlite3.connect(db_path)  # committed and durable: another connection reads it all from the log
    assert reader.execute("SELECT count(*) FROM person").fetchone() == (1_500,)
    reader.close()
    assert _people_in_file_alone(db_path, tmp_path) == 0  # not yet copied into the file itself
    assert DB.obj.execute_sql("PRAGMA wal_autocheckpoint").fetchone() == (5,)  # the connection's own setting again
    checkpoint()
    assert _people_in_file_alone(db_path, tmp_path) == 1_500
