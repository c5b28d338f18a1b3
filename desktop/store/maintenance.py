"""Backups, restores and integrity checks of the SQLite database."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.errors import DatabaseProblem, InputError
from desktop.store import migrations, search
from desktop.store.database import sqlite_path
from desktop.store.models import DB


def _current_path() -> Path:
    db = DB.obj
    if db is None:
        raise DatabaseProblem("no database is open")
    return Path(db.database)


def backup_folder(database: Path) -> Path:
    folder = database.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _verify(path: Path) -> list[str]:
    """Problems of a database file opened read-only (empty when it is a sound Rebound database)."""
    try:
        connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            return [row[0] for row in rows[:5]]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "schema_version" not in tables or "person" not in tables:
            return ["it is an SQLite file but not a Rebound database"]
        (version,) = connection.execute("SELECT version FROM schema_version").fetchone() or (0,)
        if version > migrations.latest_version():
            return [f"it was made by a newer Rebound (schema {version})"]
        return []
    except sqlite3.DatabaseError as error:
        return [f"not a Rebound database ({error})"]
    finally:
        connection.close()


def backup(target: Path | None = None) -> Path:
    """An online, verified copy of the open database (owner-only); returns its path."""
    source = _current_path()
    if target is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backup_folder(source) / f"rebound-{stamp}.db"
    target = Path(target)
    if target.exists() and target.is_dir():
        raise InputError(f"{target}: is a folder; give a file name for the backup")
    if not target.parent.is_dir():
        raise InputError(f"{target}: the folder {target.parent} does not exist")
    temporary = target.with_name(f".{target.name}.partial")
    old = os.umask(0o077)
    try:
        destination = sqlite3.connect(temporary)
        try:
            DB.obj.connection().backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            destination.close()
        problems = _verify(temporary)
        if problems:
            raise DatabaseProblem(f"{target}: the backup failed its check: {problems[0]}")
        os.chmod(temporary, 0o600)
        temporary.replace(target)
    except (OSError, sqlite3.Error) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise InputError(f"{target}: cannot write the backup ({reason})") from error
    finally:
        os.umask(old)
        for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            leftover.unlink(missing_ok=True)
    return target


def restore(url: str, source: Path) -> Path | None:
    """Replace the database at ``url`` with the backup ``source`` (checked first).

    Returns the safety copy of the database it replaced (None when there was none).
    """
    from desktop.store.database import close_database, open_sqlite

    path = sqlite_path(url)
    if path is None:
        raise DatabaseProblem(f"{url}: restore works on SQLite databases only")
    source = Path(source)
    if not source.is_file():
        raise InputError(f"{source}: no such backup file")
    problems = _verify(source)
    if problems:
        raise InputError(f"{source}: cannot restore from it: {problems[0]}")
    safety: Path | None = None
    if path.exists() and path.stat().st_size > 0:
        safety = path.with_name(f"{path.name}.before-restore-{datetime.now():%Y%m%d-%H%M%S}.bak")
        open_sqlite(path, create=False)
        backup(safety)
        close_database()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    staged = path.with_name(f".{path.name}.restoring")
    shutil.copyfile(source, staged)
    os.chmod(staged, 0o600)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    staged.replace(path)
    open_sqlite(path)  # migrates an older backup to the current schema
    close_database()
    return safety


def check() -> list[str]:
    """Problems of the open database and its search index (empty when sound)."""
    db = DB.obj
    problems = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
    problems += [f"broken reference in {row[0]} row {row[1]}" for row in db.execute_sql("PRAGMA foreign_key_check")]
    problems += search.problems(db)
    return problems
