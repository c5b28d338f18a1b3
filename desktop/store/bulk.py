"""Bulk loading: a table's secondary indexes built once after a large insert instead of row by row.

Inserting 30,000 people one B-tree insert per row and index costs about three times the rows
themselves; building each index afterwards is one sort. Worth it when the rows added outnumber
the rows already there (and there are enough of them); otherwise the indexes stay.

Must run inside the caller's transaction: a failure or a cancel rolls the dropped indexes back
with the rows. Unique indexes always stay (they enforce something while rows go in). Code
inside the block must not depend on the table's secondary indexes for speed (the importers
match people in memory and read rows by id).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

WORTH_IT = 1_000  # fewer new rows than this: keeping the indexes is cheaper than building them


def worth_deferring(db: pw.Database, table: str, adding: int) -> bool:
    """Whether adding ``adding`` rows to ``table`` is faster with its indexes built afterwards."""
    if adding < WORTH_IT:
        return False
    (existing,) = db.execute_sql(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()  # an upper bound, cheap
    return adding >= existing


@contextmanager
def deferred_indexes(db: pw.Database, table: str, adding: int) -> Iterator[bool]:
    """Drop ``table``'s non-unique indexes for this block when ``adding`` rows make it worth it; yields whether."""
    if not worth_deferring(db, table, adding):
        yield False
        return
    saved = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
        "AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name",
        [table],
    ).fetchall()
    for name, _sql in saved:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield True
    for _name, sql in saved:
        db.execute_sql(sql)
