"""The People list in name order, read with any DB-API connection: its rows, its windows, its count.

Nothing here imports the store or peewee. ``core.people`` reads the list through the open database with these
functions; the app's first frame reads the same rows through a plain ``sqlite3`` connection before the store is
loaded (``core/first_look.py``), so both show the list the same way from the same statements.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NamedTuple, Protocol

Key = tuple[str, int]  # (sort_key, id): a person's place in the list's name order (as ``store.search_window``)


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


Execute = Callable[[str, Sequence[Any]], Cursor]  # run one statement with its parameters (``?`` marks)


class PersonRow(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """One line of the People list."""

    id: int
    name: str
    company: str | None
    title: str | None
    role: str | None
    email: str | None
    connected: bool
    last_contact: datetime | None


class Window(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """Rows of the People list in name order, with the keys of the first and last (for the windows beside it)."""

    rows: list[PersonRow]
    first: Key | None
    last: Key | None


TALLY_SQL = "SELECT n FROM tally WHERE name = 'person'"  # the count the triggers keep (migration 0005)
# The whole list in name order reads only the covering index person_list (and the companies):
# a window is a few index pages, however many people there are. A window next to one already read
# starts from that window's first or last key (keyset paging: 0.3 ms anywhere in 100,000 people);
# a jump (the scroll bar dragged to the middle) first finds its first key by skipping along the index
# from the nearer end, reading keys only (OFFSET over the rows and their companies took 30 ms at the
# middle, the keys alone 3 ms).
LIST_COLUMNS = "p.id, p.name, c.name, p.title, p.role, p.email, p.connected, p.last_contact, p.sort_key"
LIST_SQL = (
    f"SELECT {LIST_COLUMNS} FROM person p INDEXED BY person_list LEFT JOIN company c ON c.id = p.company_id"
    " {where} ORDER BY p.sort_key {order}, p.id {order} LIMIT ?"
)
_NTH_KEY = (
    "SELECT sort_key, id FROM person INDEXED BY person_list ORDER BY sort_key {order}, id {order} LIMIT 1 OFFSET ?"
)


def row(values: Sequence[Any]) -> PersonRow:
    """A list row from the first eight of ``LIST_COLUMNS`` (a date read as text by SQLite, as a value by others)."""
    pid, name, company, title, role, email, connected, last = values
    last_contact = datetime.fromisoformat(last) if isinstance(last, str) else last
    return PersonRow(pid, name, company, title, role, email, bool(connected), last_contact)


def window(values: list[Any]) -> Window:
    """A window from rows of ``LIST_COLUMNS``, in the list's order."""
    if not values:
        return Window([], None, None)
    return Window([row(v[:8]) for v in values], (values[0][8], values[0][0]), (values[-1][8], values[-1][0]))


def list_window(
    execute: Execute,
    *,
    limit: int,
    after: Key | None = None,
    before: Key | None = None,
    offset: int = 0,
    total: Callable[[], int],
) -> Window:
    """One window of everyone in name order: after the key ``after``, before the key ``before``, else from the
    ``offset``-th person (``total`` counts everyone, asked only for a jump)."""
    if after is not None:
        where = "WHERE (p.sort_key, p.id) > (?, ?)"
        return window(execute(LIST_SQL.format(where=where, order="ASC"), [*after, limit]).fetchall())
    if before is not None:
        where = "WHERE (p.sort_key, p.id) < (?, ?)"
        return window(execute(LIST_SQL.format(where=where, order="DESC"), [*before, limit]).fetchall()[::-1])
    everyone = total()
    if offset + limit // 2 > everyone // 2:  # nearer the end: the last key of the window, counted from the end
        take = max(min(limit, everyone - offset), 0)
        start = execute(_NTH_KEY.format(order="DESC"), [max(everyone - offset - take, 0)]).fetchone()
        if start is None or take == 0:
            return Window([], None, None)
        where = "WHERE (p.sort_key, p.id) <= (?, ?)"
        return window(execute(LIST_SQL.format(where=where, order="DESC"), [*start, take]).fetchall()[::-1])
    start = execute(_NTH_KEY.format(order="ASC"), [offset]).fetchone()
    if start is None:
        return Window([], None, None)
    where = "WHERE (p.sort_key, p.id) >= (?, ?)"
    return window(execute(LIST_SQL.format(where=where, order="ASC"), [*start, limit]).fetchall())


def tally(execute: Execute) -> int | None:
    """How many people there are, from the count the triggers keep (None: the tally has no row)."""
    found = execute(TALLY_SQL, []).fetchone()
    return int(found[0]) if found else None
