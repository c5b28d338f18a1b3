"""The few SQL fragments that differ between SQLite and a team's PostgreSQL, in one place.

Most raw statements are written once in SQLite's words and translated where every statement passes
(``store/postgres.translate``: placeholders, ``INSERT OR IGNORE``). Date arithmetic cannot be translated that way:
SQLite keeps timestamps as ISO text and counts days with ``julianday``; PostgreSQL subtracts timestamps. A statement
that needs it asks here for the fragment of the database it runs on.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import peewee as pw

from desktop.store.models import DB, is_team

ONE_PASS_CACHE_KIB = 2000  # SQLite's own default page cache
SNAPSHOT_ID = re.compile(r"[0-9A-F]+-[0-9A-F]+(-[0-9]+)?")  # what pg_export_snapshot() returns

Statement = tuple[str, Sequence[object]]
Rows = Iterable[Sequence[Any]]

_whole_read = threading.local()  # .snapshot: the team server's snapshot of the one-pass read open in this thread


def _plan_for_one_pass(db: pw.Database) -> None:
    db.execute_sql("SET LOCAL enable_hashagg = off")
    db.execute_sql("SET LOCAL jit = off")


@contextmanager
def one_pass_reads(db: pw.Database) -> Iterator[None]:
    """Reads that visit every page once (the whole day's facts: every person, every touch).

    SQLite: meanwhile the page cache is held to its default 2 MB instead of filling the 32 MB the app keeps for
    searches with pages no one reads again (a third of the whole day's peak memory); the size set before is put
    back. A team server: one read-only transaction, so every fact is of the same moment while colleagues write
    (REPEATABLE READ; inside a transaction already open, that one's, as it is), planned for reading everything
    once: each person's touches aggregated in person order straight from the covering index ``interaction_touch``
    instead of hashed (0.30 s against 0.75 s at 1,000,000 interactions: the planner, guessing half as many people
    as there are, hashes and spills to disk), and no JIT compilation (70 ms for statements that run once).
    """
    if is_team(db):
        if db.in_transaction():  # the caller's transaction decides (a SET LOCAL would outlast this block)
            yield
            return
        with db.atomic():
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            _plan_for_one_pass(db)
            _whole_read.snapshot = db.execute_sql("SELECT pg_export_snapshot()").fetchone()[0]
            try:
                yield
            finally:
                _whole_read.snapshot = None
        return
    row = db.execute_sql("PRAGMA cache_size").fetchone()
    db.execute_sql(f"PRAGMA cache_size = -{ONE_PASS_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(row[0])}")


def read_ahead(db: pw.Database, statements: Sequence[Statement]) -> Callable[[], list[Rows]]:
    """The rows of ``statements``, asked for now and taken when the caller calls the function returned.

    On a team server inside ``one_pass_reads``, each statement is read by a thread of its own on a connection of
    its own, in the same snapshot (the same moment): the server works them out side by side while this thread does
    other work (the whole day's touches, job changes and authors: 0.6 s of the server's time at 100,000 people,
    while the people's facts are made here). Elsewhere — a file, a few people — each statement runs when the rows
    are taken, here, as any other.
    """
    snapshot = getattr(_whole_read, "snapshot", None)
    if snapshot is None:
        return lambda: [db.execute_sql(sql, list(params)) for sql, params in statements]
    if not SNAPSHOT_ID.fullmatch(snapshot):  # it is put into the statement as it is
        raise ValueError(f"not a snapshot of the server: {snapshot!r}")
    readers = [_Reader(db, snapshot, statement) for statement in statements]

    def rows() -> list[Rows]:
        return [reader.rows() for reader in readers]

    return rows


class _Reader(threading.Thread):
    """One statement read on this thread's own connection, in the snapshot ``snapshot``."""

    def __init__(self, db: pw.Database, snapshot: str, statement: Statement) -> None:
        super().__init__(name="rebound-read-ahead", daemon=True)
        self.db, self.snapshot, self.statement = db, snapshot, statement
        self.read: Rows = []
        self.failed: BaseException | None = None
        self.start()

    def run(self) -> None:
        db = self.db
        try:
            with db.atomic():  # peewee keeps a connection a thread: this one's own
                db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                db.execute_sql(f"SET TRANSACTION SNAPSHOT '{self.snapshot}'")
                _plan_for_one_pass(db)
                sql, params = self.statement
                self.read = db.execute_sql(sql, list(params)).fetchall()
        except BaseException as error:  # noqa: BLE001 - handed to the caller, raised where the rows are taken
            self.failed = error
        finally:
            db.close()

    def rows(self) -> Rows:
        self.join()
        if self.failed is not None:
            raise self.failed
        return self.read


def days_between(later: str, earlier: str) -> str:
    """SQL for the days (fractional) from the timestamp ``earlier`` to ``later`` (two column expressions)."""
    if is_team(DB.obj):
        return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400.0)"
    return f"(julianday({later}) - julianday({earlier}))"
