"""The few SQL fragments that differ between SQLite and a team's PostgreSQL, in one place.

Most raw statements are written once in SQLite's words and translated where every statement passes
(``store/postgres.translate``: placeholders, ``INSERT OR IGNORE``). Date arithmetic cannot be translated that way:
SQLite keeps timestamps as ISO text and counts days with ``julianday``; PostgreSQL subtracts timestamps. A statement
that needs it asks here for the fragment of the database it runs on.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

from desktop.store.models import DB, is_team

ONE_PASS_CACHE_KIB = 2000  # SQLite's own default page cache


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
            db.execute_sql("SET LOCAL enable_hashagg = off")
            db.execute_sql("SET LOCAL jit = off")
            yield
        return
    row = db.execute_sql("PRAGMA cache_size").fetchone()
    db.execute_sql(f"PRAGMA cache_size = -{ONE_PASS_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(row[0])}")


def days_between(later: str, earlier: str) -> str:
    """SQL for the days (fractional) from the timestamp ``earlier`` to ``later`` (two column expressions)."""
    if is_team(DB.obj):
        return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400.0)"
    return f"(julianday({later}) - julianday({earlier}))"
