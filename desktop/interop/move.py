"""Moving a personal database onto a team server (``rebound move-to``, Settings → Database → Team server).

The open (SQLite) database is exported as an archive document, the team database is opened, its schema made or
migrated, and the document is imported there and exported again — all in one transaction on the server (DDL is
transactional on PostgreSQL), so a copy that does not come back identical, a failure or a Cancel is rolled back and
the server is left as it was, its schema included. The personal file is never changed: the user removes it when
they no longer need it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.errors import Cancelled, DatabaseProblem, InputError
from desktop.interop import archive
from desktop.store.database import close_database, open_database
from desktop.store.models import DB, Company, Interaction, Opening, Person
from desktop.store.postgres import is_postgres_url, migrate, safe_url, vacuum_analyze

Progress = Callable[[int, int], bool]  # (done, total) → False to cancel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Moved:
    people: int
    interactions: int
    target: str  # the team database, without a password


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "generator"}


def first_difference(left: dict[str, Any], right: dict[str, Any]) -> str | None:
    """Where two archive documents differ first ("people[3]"), or None when they are equal."""
    for key in sorted(set(left) | set(right)):
        a, b = left.get(key), right.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            for index, (x, y) in enumerate(zip(a, b, strict=False)):
                if x != y:
                    return f"{key}[{index}]"
            return f"{key} (count {len(a)} here, {len(b)} on the server)"
        return key
    return None


def move_to(target_url: str, password: str | None = None, progress: Progress | None = None) -> Moved:
    """Copy the open database into the (empty) team database at ``target_url`` and verify the copy.

    ``progress(done, total)`` is told as records are written (out of the records plus two steps: the schema and the
    check); a False answer cancels (``Cancelled``), and the server is left as it was.
    Leaves the team database open and bound when it returns (or raises)."""
    if not is_postgres_url(target_url):
        raise InputError(f"{safe_url(target_url)}: move-to needs a team server URL (postgresql://user@host/db)")
    if getattr(DB.obj, "is_team", False):
        raise InputError("the open database is already a team database; move-to copies a personal file to one")
    document = archive.export_document()
    records = sum(len(value) for value in document.values() if isinstance(value, list))
    total = records + 2

    def tell(done: int) -> None:
        if progress is not None and not progress(done, total):
            raise Cancelled("the move was cancelled; nothing was kept on the server and the personal file is unchanged")

    tell(0)
    close_database()
    open_database(target_url, password=password, create=False)  # the schema is made below, in the transaction
    target = DB.obj.display
    with DB.atomic():
        migrate(DB.obj)
        if Person.select().exists() or Company.select().exists() or Opening.select().exists():
            raise DatabaseProblem(f"{target}: the team database already holds data; nothing was copied "
                                  "(move-to fills an empty one)")  # fmt: skip
        tell(1)

        def imported(done: int, _total: int) -> bool:
            tell(1 + min(done, records))
            return True

        summary = archive.import_document(document, source="the personal database", progress=imported)
        copied = archive.export_document()
        where = first_difference(_comparable(document), _comparable(copied))
        if where is not None:
            log.warning("move-to: the copy differed at %s; rolled back", where.split("[")[0])
            raise DatabaseProblem(f"{target}: the copy on the server differs from the personal database at {where}; "
                                  "nothing was kept on the server and the personal file is unchanged")  # fmt: skip
        tell(total)
    vacuum_analyze(DB.obj)  # the first day plan on the server then plans with its statistics (not in a transaction)
    log.info("move-to: %d people copied and verified (%d created)", len(document.get("people", [])), summary.created)
    return Moved(people=len(document.get("people", [])), interactions=Interaction.select().count(), target=target)
