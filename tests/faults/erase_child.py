"""`rebound erase` run as a child of the killed-erase test, stopping at a named point of its work.

At the point named by ``REBOUND_CRASH_POINT`` the child writes the point's name and a newline to the file descriptor
``REBOUND_CRASH_FD`` and waits: the parent kills it there (SIGKILL), so every kill lands where the code says it is,
whatever the machine's load (as ``tests/store/crash_child.py`` does for an import). The points, in order:

- ``delete``: the erasure record is written; the person's rows are about to be deleted (inside the transaction)
- ``committed``: the erasure is committed; the compaction has not started
- ``vacuum``: the search indexes are merged and the log checkpointed; the VACUUM is about to run
- ``vacuumed``: the VACUUM returned; the write-ahead log is not yet emptied
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

import peewee as pw

from desktop import cli
from desktop.core import erase

POINT = os.environ["REBOUND_CRASH_POINT"]
FD = int(os.environ["REBOUND_CRASH_FD"])


def reached(name: str) -> None:
    if name == POINT:
        os.write(FD, f"{name}\n".encode())
        while True:
            signal.pause()  # until the parent's SIGKILL


def _delete(person_id: int, delete: Callable[[int], erase.Erased] = erase._delete_person) -> erase.Erased:
    reached("delete")
    return delete(person_id)


def _try_compact(compact: Callable[[], Any] = erase.try_compact) -> Any:
    reached("committed")
    return compact()


def _execute_sql(self: pw.Database, sql: str, *args: Any, run: Callable[..., Any] = pw.Database.execute_sql,
                 **kwargs: Any) -> Any:  # fmt: skip
    if sql == "VACUUM":
        reached("vacuum")
    cursor = run(self, sql, *args, **kwargs)
    if sql == "VACUUM":
        reached("vacuumed")
    return cursor


erase._delete_person = _delete
erase.try_compact = _try_compact
pw.Database.execute_sql = _execute_sql  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(cli.main(sys.argv[1:]))
