"""`rebound import json` run as a child of the crash-safety test, stopping at a named point of its work.

At the point named by ``REBOUND_CRASH_POINT`` the child writes the point's name and a newline to the file descriptor
``REBOUND_CRASH_FD`` and waits for a signal: the parent kills it there (SIGKILL), so every kill lands where the code
says it is, whatever the machine's load. The points, in the order an import reaches them:

- ``people``: the people are written (inside the import's transaction)
- ``interactions``: the interactions are written too (the write-ahead log holds uncommitted pages)
- ``rows``: every record is written; the search index is not filled yet
- ``commit``: the index is filled; the transaction's commit is about to run
- ``committed``: the commit returned; the write-ahead log is not yet copied into the database
- ``checkpointed``: the import returned (commit and checkpoint done), the command has not exited
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

import peewee as pw

from desktop import cli
from desktop.interop import archive, people_import

POINT = os.environ["REBOUND_CRASH_POINT"]
FD = int(os.environ["REBOUND_CRASH_FD"])
importing = False


def reached(name: str) -> None:
    if name == POINT:
        os.write(FD, f"{name}\n".encode())
        while True:
            signal.pause()  # until the parent's SIGKILL


def after(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        reached(name)
        return result

    return wrapped


def _run(self: Any, run: Callable[[Any], Any] = archive._Importer.run) -> Any:
    global importing
    importing = True
    result = run(self)
    reached("rows")
    return result


def _commit(self: pw.Database, commit: Callable[[pw.Database], Any] = pw.Database.commit) -> Any:
    if importing:
        reached("commit")
    result = commit(self)
    if importing:
        reached("committed")
    return result


archive._Importer.import_people = after("people", archive._Importer.import_people)  # type: ignore[method-assign]
people_import.Interactions.flush = after("interactions", people_import.Interactions.flush)  # type: ignore[method-assign]
archive._Importer.run = _run  # type: ignore[method-assign]
pw.Database.commit = _commit  # type: ignore[method-assign]
archive.import_document = after("checkpointed", archive.import_document)

if __name__ == "__main__":
    sys.exit(cli.main(sys.argv[1:]))
