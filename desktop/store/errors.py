"""Database errors classified by type — from SQLite's result code and the OS's errno, never from message text.

``classify(error, path)`` turns a driver error (sqlite3 or SQLCipher, raw or wrapped by peewee) or an
``OSError`` into one of the kinds of ``desktop.errors``, with one sentence naming the file:

=====================  ===============================================================  ==============
SQLite / errno          meaning                                                          kind
=====================  ===============================================================  ==============
BUSY, LOCKED            another program holds the write lock past the busy timeout      DatabaseLocked
READONLY, EROFS         the file, its folder or its file system cannot be written       ReadOnly
FULL, ENOSPC, EDQUOT    the disk is full (SQLite rolled the transaction back)            DiskFull
CORRUPT                 "malformed": the key opened it, but pages are damaged            Damaged
NOTADB                  with a key: the key does not open it; without: not a database   WrongKey / Damaged
PERM, CANTOPEN, IOERR   permission, an I/O error, a vanished disk                        DiskTrouble
=====================  ===============================================================  ==============

SQLCipher reports a wrong key as NOTADB (page 1 fails its HMAC) and a damaged page of a file the key
opens as CORRUPT, so only the former ever mentions the recovery key.
"""

from __future__ import annotations

import errno
import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee as pw

from desktop.errors import (
    Damaged,
    DatabaseLocked,
    DatabaseProblem,
    DiskFull,
    DiskTrouble,
    ReadOnly,
    WrongKey,
)

log = logging.getLogger(__name__)


# Each kind is also a peewee OperationalError, so an ``except pw.DatabaseError`` around a query still catches it
# while every caller above the store can tell the kinds apart (and the CLI gives them exit code 4).
class LockedFault(DatabaseLocked, pw.OperationalError):
    pass


class ReadOnlyFault(ReadOnly, pw.OperationalError):
    pass


class DiskFullFault(DiskFull, pw.OperationalError):
    pass


class DiskTroubleFault(DiskTrouble, pw.OperationalError):
    pass


class DamagedFault(Damaged, pw.OperationalError):
    pass


class WrongKeyFault(WrongKey, pw.OperationalError):
    pass


class OtherFault(DatabaseProblem, pw.OperationalError):
    pass


# primary result codes (sqlite3.h); the extended code's low byte is the primary one
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
SQLITE_AUTH = 23
SQLITE_IOERR_SHORT_READ = 522  # a file cut short: read fewer bytes than a page


def driver_error(error: BaseException) -> BaseException:
    """The driver's own exception behind peewee's wrapper (its first argument, or the exception it replaced)."""
    if error.args and isinstance(error.args[0], BaseException):
        return error.args[0]
    for inner in (error.__cause__, error.__context__):
        if inner is not None and isinstance(getattr(inner, "sqlite_errorcode", None), int):
            return inner
    return error


def result_code(error: BaseException) -> int | None:
    """SQLite's extended result code of a driver error (None for anything else)."""
    code = getattr(driver_error(error), "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def os_errno(error: BaseException) -> int | None:
    inner = driver_error(error)
    return inner.errno if isinstance(inner, OSError) else None


def is_database_error(error: BaseException) -> bool:
    """Whether ``error`` comes from the database driver or the file system (what ``classify`` can name)."""
    return result_code(error) is not None or os_errno(error) is not None


def free_bytes(path: Path) -> int | None:
    """Free space on the file system holding ``path`` (its nearest existing folder)."""
    folder = Path(path).absolute()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def free_megabytes(path: Path) -> int | None:
    free = free_bytes(path)
    return None if free is None else free // 1_000_000


# An I/O error (SQLite says IOERR when the shared-memory file or the log cannot grow) on a file system with less
# room than this is a full disk.
NEARLY_FULL = 1_000_000


def full_message(path: Path) -> str:
    free = free_megabytes(path)
    left = f" ({free} MB free)" if free is not None else ""
    return f"the disk holding {path} is full{left}; nothing was written — free some space and try again"


def classify(
    error: BaseException, path: Path | str | None, keyed: bool = False, what: str | None = None
) -> DatabaseProblem:
    """The kind of ``error`` (see the module's table), with one sentence naming ``path``.

    ``keyed``: the file was opened with an SQLCipher key (NOTADB then means the key is wrong).
    ``what``: what was being done, for the generic cases ("writing the backup").
    """
    where = Path(path) if path is not None else Path("the database")
    code = result_code(error)
    number = os_errno(error)
    primary = code & 0xFF if code is not None else None
    problem: DatabaseProblem
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        problem = LockedFault(f"{where}: the database is locked by another program; try again when it is done")
    elif primary == SQLITE_READONLY or number == errno.EROFS:
        problem = ReadOnlyFault(f"{where} is read-only (the file, its folder or its file system); nothing was written")
    elif primary == SQLITE_FULL or number in (errno.ENOSPC, errno.EDQUOT) or _io_on_full_disk(primary, where):
        problem = DiskFullFault(full_message(where))
    elif primary == SQLITE_CORRUPT or code == SQLITE_IOERR_SHORT_READ:
        problem = DamagedFault(f"{where}: the database is damaged (malformed or cut short); restore a backup")
    elif primary == SQLITE_NOTADB:
        if keyed:
            problem = WrongKeyFault(f"{where}: the key is wrong or missing, or the file is not a Rebound database")
        else:
            problem = DamagedFault(f"{where}: the file is not a Rebound database or is damaged")
    elif primary in (SQLITE_PERM, SQLITE_AUTH) or number in (errno.EACCES, errno.EPERM):
        problem = DiskTroubleFault(f"{where}: permission denied; nothing was written")
    elif primary in (SQLITE_CANTOPEN, SQLITE_IOERR) or number is not None:
        reason = getattr(driver_error(error), "strerror", None) or "an input/output error"
        doing = f" while {what}" if what else ""
        problem = DiskTroubleFault(f"{where}: the disk reported a problem{doing} ({reason}); nothing was written")
    else:
        doing = f"{what}: " if what else ""
        problem = OtherFault(f"{where}: {doing}not a usable Rebound database ({driver_error(error)})")
    log.info("database error classified as %s (sqlite code %s, errno %s)", type(problem).__name__, code, number)
    return problem


def _io_on_full_disk(primary: int | None, where: Path) -> bool:
    if primary != SQLITE_IOERR:
        return False
    free = free_bytes(where)
    return free is not None and free < NEARLY_FULL


def is_not_a_database(error: BaseException) -> bool:
    """SQLite's NOTADB: not a database at all, or (SQLCipher) a key that does not decrypt its first page."""
    code = result_code(error)
    return code is None or code & 0xFF == SQLITE_NOTADB


def is_read_only(error: BaseException) -> bool:
    """Whether ``error`` says the database cannot be written (and nothing else is wrong)."""
    if isinstance(error, ReadOnly):
        return True
    code = result_code(error)
    return (code is not None and code & 0xFF == SQLITE_READONLY) or os_errno(error) == errno.EROFS


ENVIRONMENT = frozenset(
    {SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL,
     SQLITE_CANTOPEN, SQLITE_NOTADB, SQLITE_AUTH}
)  # fmt: skip


def is_environmental(error: BaseException) -> bool:
    """A fault of the file, the disk or another program (not of the SQL or the data): what ``classify`` names."""
    if isinstance(error, DatabaseProblem):
        return False
    code = result_code(error)
    return code is not None and code & 0xFF in ENVIRONMENT


SCHEMA_RETRIES = 3
SQLITE_SCHEMA = 17


def _schema_moved(error: BaseException) -> bool:
    """SQLITE_SCHEMA: a statement prepared against a schema another connection changed since (a large import sets
    the people's indexes aside and puts them back) could not be prepared again in time; once more, it runs."""
    code = result_code(error)
    return code is not None and code & 0xFF == SQLITE_SCHEMA


class Classifying:
    """Mixed into the store's peewee databases: a statement, BEGIN or COMMIT that fails for an environmental
    reason raises its kind (``classify``); SQL and constraint errors pass unchanged. SQLite rolls back by itself
    when a COMMIT fails on a full disk, so the ROLLBACK peewee sends then is skipped (it would hide the error)."""

    database: str
    read_only: bool
    read_only_place = False  # opened read-only because the file, its folder or its file system is
    keyed = False  # an encrypted (SQLCipher) database: its "not a database" can mean a wrong key
    # peewee's SQLite database internals that the store's databases override or call; its stubs leave them out
    _timeout: float
    _connect: Callable[[], Any]
    _add_conn_hooks: Callable[[Any], None]
    _state: Any

    def _fault(self, error: BaseException) -> DatabaseProblem:
        code = result_code(error)
        refused = code is not None and code & 0xFF == SQLITE_READONLY
        if self.read_only and refused and self.read_only_place:
            return ReadOnlyFault(
                f"{self.database} is read-only (the file, its folder or its file system); nothing was written"
            )
        if self.read_only and refused:
            return ReadOnlyFault(
                f"{self.database}: the database is open read-only (it is damaged, until a backup is restored); "
                f"nothing was written"
            )
        return classify(error, self.database, keyed=self.keyed)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        for attempt in range(SCHEMA_RETRIES + 1):
            try:
                return super().execute_sql(sql, params)  # type: ignore[misc]
            except pw.DatabaseError as error:
                if is_environmental(error):
                    raise self._fault(error) from error
                if attempt < SCHEMA_RETRIES and _schema_moved(error):
                    log.info("a statement met a schema another connection changed; prepared again")
                    self._state.conn.execute("PRAGMA schema_version").fetchone()  # reads the schema afresh
                    continue
                raise
        raise AssertionError("unreachable")

    def begin(self, *args: Any, **kwargs: Any) -> None:
        try:
            super().begin(*args, **kwargs)  # type: ignore[misc]
        except pw.DatabaseError as error:
            if is_environmental(error):
                raise self._fault(error) from error
            raise

    def commit(self) -> None:
        try:
            super().commit()  # type: ignore[misc]
        except pw.DatabaseError as error:
            if is_environmental(error):
                raise self._fault(error) from error
            raise

    def rollback(self) -> None:
        conn = self._state.conn
        if conn is not None and not getattr(conn, "in_transaction", True):
            return
        super().rollback()  # type: ignore[misc]
