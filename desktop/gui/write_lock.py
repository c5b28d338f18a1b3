"""Run a core write with SQLite's write lock taken first (``BEGIN IMMEDIATE``).

Core's transactions (an import, its dry run for the preview, a merge) begin deferred: they read,
then write. When another connection of the app writes in between — the plan keeper marks its
kept plan stale whenever it loads — SQLite refuses the upgrade at once with "database is
locked": the busy timeout does not apply to a read snapshot that turned old. Taking the lock at
the start makes the busy timeout apply (the writer waits its turn); core's own transaction then
nests inside as a savepoint, so a rollback (a cancelled import, a failed one, a dry run) still
undoes everything. This belongs in core's ``writing()`` / ``dry_run()`` / ``merge()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import peewee as pw

from desktop.store.models import DB

T = TypeVar("T")


def with_write_lock(job: Callable[[], T]) -> T:
    """``job()`` inside a transaction that holds the write lock from its first statement (SQLite only)."""
    database = DB.obj
    if not isinstance(database, pw.SqliteDatabase) or database.in_transaction():
        return job()
    with database.atomic(lock_type="IMMEDIATE"):
        return job()
