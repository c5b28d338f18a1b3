"""A first look at the database before the app's window loads: the lock, the clean-exit mark, the first frame.

The app takes the database's lock and reads its clean-exit mark here, before any of its window's modules or the
store load. For a plain SQLite file that the app left cleanly and whose schema is this version's, the People
page's first frame — the first window of the list, the count and the settings its colours
need — is read here too, with a plain read-only ``sqlite3`` connection and the list's own statements
(``core/people_list.py``). The window then paints without the store: peewee, the models, the migrations and the
checks of the full opening are 15–30 ms of a start of about 150 ms (README, Start-up). The full start
(``core/startup.py``) runs right after the first paint with the lock and the mark taken here.

Any other database takes the full start before the window, as before: a missing file (the start creates it), an
encrypted file (its key comes first), another program's file, one not left cleanly (it is checked first), one at
another schema (migrated first, or refused), a team server.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from desktop import vocab
from desktop.config import SQLITE_HEADER, sqlite_path
from desktop.core.instance import InstanceLock, left_cleanly, location_warnings
from desktop.core.people_list import Window, list_window, tally
from desktop.errors import DatabaseProblem

SCHEMA_VERSION = 15  # the newest migration's number (store/migrations); a test holds the two equal


class Look(NamedTuple):
    """What was found before the window loads."""

    path: Path | None  # the database file (None: a team server)
    lock: InstanceLock | None  # the lock, taken (None: not a file, or not free: the full start says why)
    clean: bool | None  # the clean-exit mark as it was read here (it is used up); None: not read
    ready: bool  # a plain SQLite file left cleanly: its first frame may be read without the store


class FirstFrame(NamedTuple):
    """The People page's first frame, read without the store."""

    total: int  # everyone in the list
    first: Window  # its first window, in name order
    settings: dict[str, int | float]  # every setting, defaults filled in (as ``core.settings.get_settings``)
    warnings: list[str]  # about where the file lives (as the full start's)


def look(url: str) -> Look:
    """Take the lock and read the clean-exit mark of the database at ``url``; whether its first frame may be read."""
    path = sqlite_path(url)
    if path is None:
        return Look(None, None, None, False)
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except DatabaseProblem:  # another Rebound holds it, or no lock file can be made: the full start says so
        return Look(path, None, None, False)
    clean = left_cleanly(path)
    return Look(path, lock, clean, clean and _plain(path))


def _plain(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def stored_settings(rows: Iterable[tuple[str, str]]) -> dict[str, int | float]:
    """The settings the user changed, from the stored (key, JSON value) rows; keys no setting has are left out."""
    return {key: json.loads(value) for key, value in sorted(rows) if key in vocab.SETTING_DEFAULTS}


def first_frame(found: Look, *, limit: int, mounts: str | None = None) -> FirstFrame | None:
    """The first ``limit`` people, the count and the settings, read read-only; None: take the full start first."""
    if not found.ready or found.path is None:
        return None
    try:
        connection = sqlite3.connect(f"{found.path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        execute: Any = connection.execute
        version = execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
        if version is None or version[0] != SCHEMA_VERSION:  # older: migrated first; newer: refused
            return None
        settings = {**vocab.SETTING_DEFAULTS, **stored_settings(execute("SELECT key, value FROM setting"))}
        total = tally(execute)
        if total is None:
            return None
        first = list_window(execute, limit=limit, total=lambda: total)
    except (sqlite3.Error, ValueError):  # not what this version wrote: the full start says what is wrong
        return None
    finally:
        connection.close()
    return FirstFrame(total, first, settings, location_warnings(found.path, mounts))
