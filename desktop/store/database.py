"""Opening the database: SQLite or SQLCipher (WAL, foreign keys, busy timeout); PostgreSQL for teams later.

``open_database(url)`` opens, migrates (with a backup first when an older schema is
found) and binds the model proxy ``DB``. Tests open one isolated file each. With a ``key``
the file is opened through SQLCipher (``desktop.store.encryption``), the key pragma first;
which key that is, is decided above the store (``desktop.core.unlock``).
"""

from __future__ import annotations

import itertools
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

import peewee as pw

from desktop.config import sqlite_path
from desktop.errors import Damaged as Damaged  # re-exported: the kinds callers catch
from desktop.errors import DatabaseProblem
from desktop.errors import WrongKey as WrongKey
from desktop.store import encryption, migrations
from desktop.store.encryption import EncryptedDatabase, Key
from desktop.store.errors import Classifying, classify
from desktop.store.models import DB

log = logging.getLogger(__name__)

encryption.adapt_values(sqlite3)  # SQLCipher's driver gets the same adapters when it is loaded

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "full",
    "cache_size": -32000,
}
# A read-only open (a damaged database shown until it is restored) writes nothing, not even the journal mode.
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 5000, "query_only": 1, "cache_size": -32000}
# SQLite's page cache is the only place decrypted pages live (the OS caches the encrypted bytes), so an encrypted
# database gets a larger one: 128 MiB at most, filled only as pages are read (bench_encrypted: search p95).
ENCRYPTED_CACHE_SIZE = -131072


class PlainDatabase(Classifying, pw.SqliteDatabase):
    """peewee's SQLite database over the standard sqlite3 driver, optionally read-only.

    ``refuse_foreign``: its first connection looks at the file before anything else runs on it, pragmas included
    (they write): it must be a Rebound database (``_refuse_foreign``). One connection does both, the look and the
    work: a second one only to look would read the whole schema once more (about 1 ms at the start).
    """

    def __init__(self, database: str, read_only: bool = False, refuse_foreign: bool = False, **kwargs: Any) -> None:
        self.read_only = read_only
        self._look_first = refuse_foreign
        super().__init__(database, **kwargs)

    def _add_conn_hooks(self, conn: sqlite3.Connection) -> None:
        if self._look_first:  # (a failure closes the connection: peewee's ``_connect`` and ours below)
            _refuse_foreign(conn, self.database)
            self._look_first = False
        super()._add_conn_hooks(conn)

    def _connect(self) -> sqlite3.Connection:
        if not self.read_only:
            connection: sqlite3.Connection = super()._connect()
            return connection
        uri = encryption.read_only_uri(self.database)
        conn = sqlite3.connect(uri, timeout=self._timeout, isolation_level=None, uri=True, **self.connect_params)
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn


def schema_version(db: pw.Database, tables: set[str] | None = None) -> int:
    """The database's schema version (0: none yet); ``tables``: its tables, when the caller has just listed them."""
    if "schema_version" not in (tables if tables is not None else set(db.get_tables())):
        return 0
    row = db.execute_sql("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def _backup_before_migration(path: Path, db: pw.Database, version: int) -> Path:
    """A verified copy of the database as it was before migrating, encrypted with the same key as the database.

    Written under a hidden name and given a name no file has yet (``…-2.bak`` beside an earlier one)."""
    target = path.with_name(f"{path.name}.pre-migration-v{version}.bak")
    temporary = path.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        source = db.connection()
        old = os.umask(0o077)
        try:
            destination = encryption.connect(temporary, encryption.key_of(db))
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            os.umask(old)
        os.chmod(temporary, 0o600)
        check = encryption.connect(temporary, encryption.key_of(db), read_only=True)
        try:
            verdict = check.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            check.close()
        if verdict != "ok":  # a copy of damage is no backup
            raise DatabaseProblem(
                f"{path}: the backup before migrating failed its check ({verdict}); nothing was migrated"
            )
        for number in itertools.count(1):
            candidate = target if number == 1 else target.with_name(f"{target.stem}-{number}{target.suffix}")
            try:
                os.link(temporary, candidate)
            except FileExistsError:
                continue
            return candidate
    except encryption.driver_errors("Error", OSError) as error:
        raise classify(error, target, keyed=encryption.key_of(db) is not None,
                       what="writing the backup before migrating") from error  # fmt: skip
    finally:
        remove_with_companions(temporary)
    raise AssertionError("unreachable")


def remove_with_companions(path: Path) -> None:
    """A database file and the journal files SQLite may have left beside it."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)


def migrate(db: pw.Database, path: Path | None = None) -> int:
    """Run every pending migration, one transaction each; returns the new version.

    With ``path``, an older database is first copied to ``<name>.pre-migration-v<N>.bak``.
    """
    current = schema_version(db)
    pending = [(number, step) for number, step in migrations.steps() if number > current]
    if not pending:  # the usual open: nothing to do, nothing to read again
        return current
    if current > 0 and path is not None:
        _backup_before_migration(path, db, current)
    for number, step in pending:
        with db.atomic():
            step(db)
            db.execute_sql("INSERT OR REPLACE INTO schema_version (id, version) VALUES (1, ?)", [number])
    return schema_version(db)


def open_sqlite(
    path: Path, create: bool = True, key: Key | None = None, read_only: bool = False, migration_backup: bool = True
) -> pw.SqliteDatabase:
    """Open (and create, owner-only) the SQLite file at ``path``, migrated and bound to ``DB``.

    With ``key`` the file is an SQLCipher database (a new one is created encrypted); a key that
    does not open it raises ``WrongKey`` and leaves the file alone. ``read_only`` opens without
    migrating or writing anything (for a damaged database, until it is restored).
    ``migration_backup=False`` skips the copy before migrating (a restore migrates a copy anyway).
    """
    path = Path(path)
    if not path.exists():
        if not create or read_only:
            raise DatabaseProblem(f"{path}: no such database")
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            old = os.umask(0o077)
            try:
                path.touch()
            finally:
                os.umask(old)
        except OSError as error:
            raise DatabaseProblem(f"{path}: cannot create the database ({error.strerror})") from error
    # An existing file without a key must be a Rebound database: its first connection looks before any pragma writes
    # to it (PlainDatabase). With a key: a file the key opens is one Rebound encrypted, and one it does not open
    # fails at the first pragma, before anything is written (SQLCipher must decrypt page 1 first).
    size = path.stat().st_size
    foreign_check = key is None and size > 0
    read_only_place = not read_only and size > 0 and not encryption.writable(path)
    if read_only_place:  # a read-only file, folder or file system: read it, and name the fault at the first write
        log.info("the database is in a read-only place; opened read-only")
        read_only = True
    pragmas = dict(READ_ONLY_PRAGMAS if read_only else PRAGMAS)
    if key is not None:
        pragmas["cache_size"] = ENCRYPTED_CACHE_SIZE
    # Write transactions take the write lock at BEGIN (IMMEDIATE): a transaction that read first and
    # wrote later would fail at once ("database is locked") when another connection wrote meanwhile;
    # taken up front, the busy timeout applies and the writer simply waits its turn.
    lock = None if read_only else "IMMEDIATE"
    db: pw.SqliteDatabase
    if key is None:
        db = PlainDatabase(str(path), read_only=read_only, refuse_foreign=foreign_check, pragmas=pragmas,
                           check_same_thread=False, timeout=5, lock_type=lock)  # fmt: skip
    else:
        db = EncryptedDatabase(str(path), key, read_only=read_only, pragmas=pragmas, check_same_thread=False,
                               timeout=5, lock_type=lock)  # fmt: skip
    try:
        old = os.umask(0o077)  # the -wal and -shm files SQLite creates beside the database: owner-only too
        try:
            db.connect()
        finally:
            os.umask(old)
        tables = set(db.get_tables())
        if key is not None and tables and "schema_version" not in tables:
            raise DatabaseProblem(f"{path}: an encrypted database of another program, not a Rebound database")
        version = schema_version(db, tables)
        if version > migrations.latest_version():
            raise DatabaseProblem(
                f"{path}: made by a newer Rebound (schema {version}, this version knows "
                f"{migrations.latest_version()}); nothing was changed"
            )
        if not read_only:
            migrate(db, path if migration_backup else None)
    except encryption.driver_errors("DatabaseError", pw.DatabaseError) as error:  # fetches: raw driver errors
        db.close()
        raise classify(error, path, keyed=key is not None) from error
    except BaseException:
        db.close()
        raise
    if isinstance(db, Classifying):
        db.read_only_place = read_only_place
    DB.initialize(db)
    return db


def _refuse_foreign(connection: sqlite3.Connection, path: str) -> None:
    """The file behind ``connection`` must be a Rebound database (or an empty SQLite file); nothing is written.

    Its driver's errors go to the caller (``open_sqlite`` names them, ``classify``)."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and "schema_version" not in tables:
        raise DatabaseProblem(f"{path}: an SQLite file of another program, not a Rebound database; nothing was changed")


def open_database(
    url: str, create: bool = True, key: Key | None = None, read_only: bool = False, password: str | None = None
) -> pw.Database:
    """Open the database a URL names (see config.resolve_database_url); ``key`` for an SQLCipher file,
    ``password`` for a team server (PostgreSQL) whose URL carries none."""
    path = sqlite_path(url)
    if path is not None:
        return open_sqlite(path, create=create, key=key, read_only=read_only)
    from desktop.store import postgres  # lazy: the team server's driver loads only for a team server

    if postgres.is_postgres_url(url):
        return postgres.open_postgres(url, password=password, create=create)
    raise DatabaseProblem(f"{postgres.safe_url(url)}: unknown database URL (expected sqlite:///path or postgresql://…)")


def checkpoint() -> None:
    """Copy what the write-ahead log holds into the database file now, when this thread has a writable connection
    (an import leaves that for after it has reported: ``bulk.checkpoint_later``). Readers are not waited for, and a
    checkpoint that cannot run now is simply left to the next commit or close: no error reaches the caller."""
    db = DB.obj
    if db is None or db.is_closed() or getattr(db, "read_only", True):
        return
    try:
        db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    except encryption.driver_errors("Error", pw.PeeweeException) as error:
        log.info("checkpoint left for later (%s)", type(error).__name__)


def close_database() -> None:
    db = DB.obj
    if db is not None and not db.is_closed():
        db.close()
