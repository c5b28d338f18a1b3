"""Opening the database: SQLite (WAL, foreign keys, busy timeout) now; PostgreSQL for teams later.

``open_database(url)`` opens, migrates (with a backup first when an older schema is
found) and binds the model proxy ``DB``. Tests open one isolated file each.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlparse

import peewee as pw

from desktop.errors import DatabaseProblem
from desktop.store import migrations
from desktop.store.models import DB

# Explicit adapters: the same text form on every Python (3.12 deprecates sqlite3's defaults).
sqlite3.register_adapter(datetime, lambda value: value.isoformat(" "))
sqlite3.register_adapter(date, lambda value: value.isoformat())

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "full",
    "cache_size": -32000,
}


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///path`` URL (None for other schemes)."""
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        return None
    # sqlite:///relative/path and sqlite:////absolute/path, as SQLAlchemy spells them
    return Path(url[len("sqlite:///") :])


def schema_version(db: pw.Database) -> int:
    tables = set(db.get_tables())
    if "schema_version" not in tables:
        return 0
    row = db.execute_sql("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def _backup_before_migration(path: Path, db: pw.Database, version: int) -> Path:
    target = path.with_name(f"{path.name}.pre-migration-v{version}.bak")
    source = db.connection()
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
    os.chmod(target, 0o600)
    return target


def migrate(db: pw.Database, path: Path | None = None) -> int:
    """Run every pending migration, one transaction each; returns the new version."""
    current = schema_version(db)
    pending = [(number, step) for number, step in migrations.steps() if number > current]
    if pending and current > 0 and path is not None:
        _backup_before_migration(path, db, current)
    for number, step in pending:
        with db.atomic():
            step(db)
            db.execute_sql("INSERT OR REPLACE INTO schema_version (id, version) VALUES (1, ?)", [number])
    return schema_version(db)


def open_sqlite(path: Path, create: bool = True) -> pw.SqliteDatabase:
    """Open (and create, owner-only) the SQLite file at ``path``, migrated and bound to ``DB``."""
    path = Path(path)
    if not path.exists():
        if not create:
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
    elif path.stat().st_size > 0:
        _refuse_foreign(path)  # before any pragma writes to the file
    db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False, timeout=5)
    try:
        db.connect()
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        version = schema_version(db)
        if version > migrations.latest_version():
            raise DatabaseProblem(
                f"{path}: made by a newer Rebound (schema {version}, this version knows "
                f"{migrations.latest_version()}); nothing was changed"
            )
        migrate(db, path)
    except pw.OperationalError as error:
        db.close()
        raise DatabaseProblem(f"{path}: {_explain(error)}") from error
    except pw.DatabaseError as error:
        db.close()
        raise DatabaseProblem(f"{path}: {_explain(error)}") from error
    DB.initialize(db)
    return db


def _refuse_foreign(path: Path) -> None:
    """Look at an existing file read-only: it must be a Rebound database (or an empty SQLite file)."""
    try:
        connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DatabaseProblem(f"{path}: {_explain(error)}") from error
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as error:
        raise DatabaseProblem(f"{path}: {_explain(error)}") from error
    finally:
        connection.close()
    if tables and "schema_version" not in tables:
        raise DatabaseProblem(f"{path}: an SQLite file of another program, not a Rebound database; nothing was changed")


def _explain(error: Exception) -> str:
    text = str(error)
    if "locked" in text:
        return "the database is locked by another program; try again when it is done"
    if "not a database" in text or "malformed" in text:
        return "the file is not a Rebound database or is damaged"
    return f"not a usable Rebound database ({text})"


def open_database(url: str, create: bool = True) -> pw.Database:
    """Open the database a URL names (see config.resolve_database_url)."""
    path = sqlite_path(url)
    if path is not None:
        return open_sqlite(path, create=create)
    scheme = urlparse(url).scheme or url
    if scheme.startswith("postgres"):
        raise DatabaseProblem(f"{url}: team mode (PostgreSQL) is not available in this version")
    raise DatabaseProblem(f"{url}: unknown database URL (expected sqlite:///path or postgresql://…)")


def close_database() -> None:
    db = DB.obj
    if db is not None and not db.is_closed():
        db.close()
