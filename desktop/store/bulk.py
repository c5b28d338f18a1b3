"""Bulk loading: a table's secondary indexes built once, and its per-row bookkeeping done once, after a large insert.

Inserting 30,000 people one B-tree insert per row and index costs about three times the rows
themselves; building each index afterwards is one sort. Likewise each AFTER INSERT trigger
runs a small program per row (the people tally, the plan cache's staleness, the search
index's pause check: 1.6 µs a row together); one statement afterwards does the same for all
the rows. Worth it when the rows added outnumber the rows already there (and there are
enough of them); otherwise the indexes and triggers stay.

Must run inside the caller's transaction: a failure or a cancel rolls the dropped indexes and
triggers back with the rows. Unique indexes always stay (they enforce something while rows go
in). Code inside the block must not depend on the table's secondary indexes for speed (the
importers match people in memory and read rows by id), and must run ``search.bulk_insert``
inside it (which indexes the rows added, so the search trigger has nothing left to do).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

WORTH_IT = 1_000  # fewer new rows than this: keeping the indexes is cheaper than building them

# Per table, the AFTER INSERT triggers set aside during a bulk load and the one statement that does afterwards what
# they would have done row by row (None: nothing left to do). A trigger not named here stays and runs per row.
ROW_TRIGGERS: dict[str, dict[str, str | None]] = {
    "person": {
        "tally_person_ai": "UPDATE tally SET n = (SELECT count(*) FROM person) WHERE name = 'person'",
        "plan_cache_person_insert": "UPDATE plan_cache SET armed = 0, generation = generation + 1 "
        "WHERE id = 1 AND armed = 1",
        "person_fts_ai": None,  # paused inside search.bulk_insert, which indexes the rows added in one pass
    },
}


@contextmanager
def checkpoint_later(db: pw.Database) -> Iterator[None]:
    """Commit inside this block without copying the write-ahead log into the database file at that commit.

    The commit is durable once the log is synced; the copy (a checkpoint: about as long again as writing the
    log) is left to whoever is not waiting for the result: an import worker after it has reported
    (``database.checkpoint``), the next commit, or the close of the last connection.
    """
    (before,) = db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA wal_autocheckpoint = {int(before)}")


def worth_deferring(db: pw.Database, table: str, adding: int) -> bool:
    """Whether adding ``adding`` rows to ``table`` is faster with its indexes built afterwards."""
    if adding < WORTH_IT or getattr(db, "is_team", False):  # a shared server: other desktops need the indexes
        return False
    (existing,) = db.execute_sql(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()  # an upper bound, cheap
    return adding >= existing


@contextmanager
def deferred_indexes(db: pw.Database, table: str, adding: int) -> Iterator[bool]:
    """Set ``table``'s non-unique indexes and per-row triggers aside for this block when ``adding`` rows make it
    worth it; yields whether. Afterwards the indexes are built and the triggers' work is done, once each."""
    if not worth_deferring(db, table, adding):
        yield False
        return
    triggers = ROW_TRIGGERS.get(table, {})
    saved = db.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL AND ("
        "(type = 'index' AND sql NOT LIKE 'CREATE UNIQUE %') "
        f"OR (type = 'trigger' AND name IN ({', '.join('?' * len(triggers))}))) ORDER BY type, name",
        [table, *triggers],
    ).fetchall()
    for kind, name, _sql in saved:
        db.execute_sql(f'DROP {kind.upper()} "{name}"')
    yield True
    for kind, name, sql in saved:
        db.execute_sql(sql)
        catch_up = triggers.get(name) if kind == "trigger" else None
        if catch_up:
            db.execute_sql(catch_up)
