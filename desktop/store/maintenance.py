"""Backups, restores and integrity checks of the SQLite database (plain or SQLCipher).

A backup of an encrypted database is encrypted with the same key (SQLite's online backup
between two SQLCipher connections keyed alike); every backup is verified before it takes
its final name and is owner-only. ``daily_backup`` keeps one automatic backup per day in
``backups/`` beside the database, and ``rotate_backups`` keeps the newest of each of the
last 7 days and of the 4 weeks before them (borg's ``--keep-daily 7 --keep-weekly 4``).
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import shutil
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

import peewee as pw

from desktop.config import sqlite_path
from desktop.errors import DatabaseProblem, DiskFull, DiskTrouble, InputError, ReadOnly
from desktop.store import encryption, migrations, search
from desktop.store.database import remove_with_companions
from desktop.store.encryption import Key
from desktop.store.errors import classify
from desktop.store.models import DB

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
BACKUP_NAME = re.compile(r"^rebound-(\d{8}-\d{6})(?:-\d+)?\.db$")  # -2, -3 …: a second backup in one second
PARTIAL_NAME = re.compile(r"^\..+\.(\d+)\.partial$")  # ".<final name>.<pid>.partial": a copy being written


def _current_path() -> Path:
    db = DB.obj
    if db is None:
        raise DatabaseProblem("no database is open")
    return Path(db.database)


def backup_folder(database: Path) -> Path:
    folder = database.parent / "backups"
    old = os.umask(0o077)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise classify(error, folder, what="making the backup folder") from error
    finally:
        os.umask(old)
    return folder


# ---------------------------------------------------------------- erased data not yet compacted away


def pending_mark(database: Path) -> Path:
    """The mark beside the database while free pages may still hold erased data (a compaction failed)."""
    return Path(database).with_name(f"{Path(database).name}.compaction-pending")


def set_compaction_pending(database: Path, pending: bool) -> None:
    mark = pending_mark(database)
    try:
        if pending:
            mark.touch(mode=0o600)
        else:
            mark.unlink(missing_ok=True)
    except OSError as error:
        log.warning("the pending-compaction mark was not changed (%s)", error.strerror)


def compaction_pending(database: Path) -> bool:
    """Whether an erasure's compaction failed and none has succeeded since (`rebound check` reports it)."""
    return pending_mark(database).exists()


def verify(path: Path, key: Key | None = None) -> list[str]:
    """Problems of a database file opened read-only (empty when it is a sound Rebound database).

    ``key`` opens an encrypted file; without one the file must be plain SQLite.
    """
    try:
        connection = encryption.connect(path, key, read_only=True)
    except encryption.driver_errors() as error:
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
    except encryption.driver_errors() as error:
        if key is not None and "not a database" in str(error):
            return ["it is encrypted with another key, or not a Rebound database"]
        if key is None and encryption.file_state(path) == "encrypted":
            return ["it is encrypted (or not a database at all); no key opens it"]
        return [f"not a Rebound database ({error})"]
    finally:
        connection.close()


_verify = verify  # the name earlier callers used


def partial_name(target: Path) -> Path:
    """Where a copy named ``target`` is written until it is complete (this process's own name: see
    ``remove_partial_copies``)."""
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def place_new(temporary: Path, target: Path, unique: bool) -> Path:
    """Give the finished file ``temporary`` the name ``target`` without ever replacing a file (a hard link is an
    exclusive create). With ``unique`` the first free name of ``target``, ``<stem>-2<suffix>``, … is taken;
    without, an existing ``target`` raises FileExistsError. Returns the name taken."""
    for number in itertools.count(1):
        candidate = target if number == 1 else target.with_name(f"{target.stem}-{number}{target.suffix}")
        try:
            os.link(temporary, candidate)
        except FileExistsError:
            if not unique:
                raise
            continue
        temporary.unlink()
        return candidate
    raise AssertionError("unreachable")


def backup(target: Path | None = None, unique: bool | None = None) -> Path:
    """An online, verified copy of the open database (owner-only, same key); returns its path.

    A backup never replaces a file: an automatic name (no ``target``, or ``unique``) takes the next free
    name (``…-2``), a name the user gave that exists already is refused.
    """
    source = _current_path()
    if target is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backup_folder(source) / f"rebound-{stamp}.db"
        unique = True if unique is None else unique
    target = Path(target)
    if target.exists() and target.is_dir():
        raise InputError(f"{target}: is a folder; give a file name for the backup")
    if not target.parent.is_dir():
        raise InputError(f"{target}: the folder {target.parent} does not exist")
    if target.exists() and not unique:
        raise InputError(f"{target}: exists already; a backup never replaces a file — give a new name")
    key = encryption.key_of(DB.obj)
    temporary = partial_name(target)
    old = os.umask(0o077)
    try:
        destination = encryption.connect(temporary, key)
        try:
            DB.obj.connection().backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            destination.close()
        problems = verify(temporary, key)
        if problems:
            raise DatabaseProblem(f"{target}: the backup failed its check: {problems[0]}")
        os.chmod(temporary, 0o600)
        target = place_new(temporary, target, unique=bool(unique))
    except FileExistsError as error:
        raise InputError(f"{target}: exists already; a backup never replaces a file — give a new name") from error
    except encryption.driver_errors("Error", OSError) as error:
        log.warning("backup failed: %s", type(error).__name__)
        raise classify(error, target, keyed=key is not None, what="writing the backup") from error
    finally:
        os.umask(old)
        remove_with_companions(temporary)
    return target


def backup_time(path: Path) -> datetime | None:
    """When a backup in ``backups/`` was taken, from its name (None for other files)."""
    match = BACKUP_NAME.match(Path(path).name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def list_backups(database: Path) -> list[Path]:
    """The backups in ``backups/`` beside ``database``, newest first (for a restore dialog)."""
    folder = Path(database).parent / "backups"
    if not folder.is_dir():
        return []
    found = [(when, path) for path in folder.iterdir() if (when := backup_time(path)) is not None and path.is_file()]
    return [path for _, path in sorted(found, reverse=True)]


def backups_to_keep(times: Iterable[datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> set[datetime]:
    """Which backups rotation keeps: the newest of each of the ``daily`` latest days that have one,
    then the newest of each of the ``weekly`` latest ISO weeks not already covered (borg's prune rules)."""
    ordered = sorted(set(times), reverse=True)
    kept: set[datetime] = set()

    def rule(period: Callable[[datetime], object], count: int) -> None:
        last: object = None
        added = 0
        for when in ordered:
            if added >= count:
                return
            key = period(when)
            if key == last:
                continue
            last = key
            if when not in kept:
                kept.add(when)
                added += 1

    rule(lambda when: when.date(), daily)
    rule(lambda when: when.isocalendar()[:2], weekly)
    return kept


def rotate_backups(database: Path) -> list[Path]:
    """Delete the backups in ``backups/`` that rotation does not keep; returns the deleted files.

    Only files named like automatic backups (``rebound-YYYYMMDD-HHMMSS.db``) are touched.
    """
    backups = {backup_time(path): path for path in list_backups(database)}
    keep = backups_to_keep(when for when in backups if when is not None)
    removed = []
    for when, path in sorted(backups.items(), key=lambda item: str(item[0])):
        if when not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def daily_backup(now: datetime) -> Path | None:
    """The day's automatic backup of the open database, at its first start that day; then rotation.

    Returns the new backup, or None when today already has one.
    """
    database = _current_path()
    if any(when.date() == now.date() for p in list_backups(database) if (when := backup_time(p)) is not None):
        return None
    target = backup(backup_folder(database) / f"rebound-{now:%Y%m%d-%H%M%S}.db")
    rotate_backups(database)
    return target


def last_backup_day(database: Path) -> date | None:
    times = [when for p in list_backups(database) if (when := backup_time(p)) is not None]
    return max(times).date() if times else None


# ---------------------------------------------------------------- restore


Prepare = Callable[[pw.Database], None]
_SAME = object()


def restore(
    url: str,
    source: Path,
    *,
    source_key: Key | None = None,
    key: Key | None | object = _SAME,
    current_key: Key | None = None,
    prepare: Prepare | None = None,
) -> Path | None:
    """Replace the database at ``url`` with the backup ``source`` (checked first).

    ``source_key`` opens an encrypted backup. ``key`` is the key the restored database gets
    (default: the backup's own; a plain backup restored with a key is encrypted with it, an
    encrypted one re-keyed). The backup is staged beside the database, migrated and handed to
    ``prepare`` (e.g. to re-apply erasures) before it takes the database's place, so the
    database is never half-restored. Before that, the database it replaces is saved (with
    ``current_key``); a database too damaged to open is saved as a file copy.

    Returns that safety copy (None when there was no database).
    """
    from desktop.store.database import close_database, open_sqlite

    path = sqlite_path(url)
    if path is None:
        raise DatabaseProblem(f"{url}: restore works on SQLite databases only")
    source = Path(source)
    if not source.is_file():
        raise InputError(f"{source}: no such backup file")
    problems = verify(source, source_key)
    if problems:
        raise InputError(f"{source}: cannot restore from it: {problems[0]}")
    target_key = source_key if key is _SAME else key
    assert target_key is None or isinstance(target_key, Key)
    if path.is_dir():
        raise DatabaseProblem(f"{path}: is a folder, not a database")
    old = os.umask(0o077)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    finally:
        os.umask(old)
    staged = partial_name(path.with_name(f"{path.name}.restoring"))
    converted = partial_name(path.with_name(f"{path.name}.restoring-rekeyed"))
    try:
        remove_with_companions(staged)
        remove_with_companions(converted)
        shutil.copyfile(source, staged)
        os.chmod(staged, 0o600)
        if target_key != source_key:
            if target_key is None:
                raise InputError(f"{source}: an encrypted backup is restored encrypted")
            encryption.export_encrypted(staged, converted, target_key, source_key=source_key)
            os.chmod(converted, 0o600)
            remove_with_companions(staged)
            converted.replace(staged)
        database = open_sqlite(staged, create=False, key=target_key, migration_backup=False)
        try:
            if prepare is not None:
                prepare(database)
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            close_database()
        safety = _save_current(path, current_key)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        staged.replace(path)
    finally:
        remove_with_companions(staged)
        remove_with_companions(converted)
    return safety


def _save_current(path: Path, key: Key | None) -> Path | None:
    """The safety copy of the database a restore replaces (None when there is none)."""
    from desktop.store.database import close_database, open_sqlite

    if not path.exists() or path.stat().st_size == 0:
        return None
    safety = path.with_name(f"{path.name}.before-restore-{datetime.now():%Y%m%d-%H%M%S}.bak")
    try:
        open_sqlite(path, create=False, key=key, read_only=True)  # as it is: not migrated, nothing written
    except (DiskFull, ReadOnly, DiskTrouble):
        raise  # no room (or no right) to keep what would be replaced: the restore stops here
    except DatabaseProblem:  # too damaged to open, or its key is gone
        return _copy_bytes(path, safety)
    try:
        return backup(safety, unique=True)
    except (DiskFull, ReadOnly, DiskTrouble):
        raise
    except (DatabaseProblem, InputError):  # it opens, but damaged pages fail the online copy or its check
        close_database()
        return _copy_bytes(path, safety)
    finally:
        close_database()


def _copy_bytes(path: Path, safety: Path) -> Path:
    """The database file as it is (with its journal beside it), owner-only: what a damaged database leaves."""
    temporary = partial_name(safety)
    old = os.umask(0o077)
    try:
        shutil.copyfile(path, temporary)
        os.chmod(temporary, 0o600)
        safety = place_new(temporary, safety, unique=True)
        if Path(f"{path}-wal").exists():
            shutil.copyfile(f"{path}-wal", f"{safety}-wal")
    except OSError as error:
        raise classify(error, safety, what="saving the database before the restore") from error
    finally:
        os.umask(old)
        temporary.unlink(missing_ok=True)
    return safety


# ---------------------------------------------------------------- copies of the data beside the database


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its file alone
    return True


def partial_copies(database: Path) -> list[Path]:
    """Copies of the data left half-written beside ``database`` (and in ``backups/``) by a process that ended."""
    database = Path(database)
    found: list[Path] = []
    for folder, prefix in ((database.parent, f".{database.name}."), (database.parent / "backups", ".rebound-")):
        if not folder.is_dir():
            continue
        for candidate in folder.iterdir():
            if not candidate.name.startswith(prefix) or not candidate.name.endswith(".partial"):
                continue
            match = PARTIAL_NAME.match(candidate.name)
            if match is None or not _pid_alive(int(match.group(1))):  # no process id: an older version's name
                found.append(candidate)
    return sorted(found)


def remove_partial_copies(database: Path) -> list[Path]:
    """Remove the half-written copies ``partial_copies`` finds (at each start); returns what was removed."""
    removed = []
    for leftover in partial_copies(database):
        try:
            remove_with_companions(leftover)
            removed.append(leftover)
        except OSError as error:
            log.warning("could not remove a partial copy of the data: %s", error.strerror)
    if removed:
        log.info("removed %d partial copies of the data", len(removed))
    return removed


def leftover_copies(database: Path) -> list[Path]:
    """Every copy of the data beside ``database`` besides ``backups/``: safety copies (``*.bak``), half-written
    and staged copies. What `rebound check` lists (an erasure does not reach them)."""
    database = Path(database)
    folder = database.parent
    copies = [p for p in folder.glob(f"{database.name}.*.bak") if p.is_file()]
    copies += [p for p in folder.glob(f".{database.name}*") if p.is_file() and not p.name.endswith(("-wal", "-shm"))]
    copies += partial_copies(database)
    return sorted(set(copies))


def check() -> list[str]:
    """Problems of the open database and its search index (empty when sound); works on a read-only file too."""
    try:
        found = _check(DB.obj)
    except encryption.driver_errors("Error", pw.DatabaseError) as error:  # too damaged to be read through
        return [f"the database is damaged ({error}); restore a backup"]
    database = Path(DB.obj.database)
    if compaction_pending(database):
        (free,) = DB.obj.execute_sql("PRAGMA freelist_count").fetchone()
        found.append(
            f"{free} free pages may still hold the words of erased people: the file was not compacted after "
            f"the erasure; it is retried each time Rebound or a command opens the database (free some space)"
        )
    return found


def _check(db: pw.Database) -> list[str]:
    problems = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
    problems += [f"broken reference in {row[0]} row {row[1]}" for row in db.execute_sql("PRAGMA foreign_key_check")]
    problems += search.problems(db)
    (people,) = db.execute_sql("SELECT count(*) FROM person").fetchone()
    (kept,) = db.execute_sql("SELECT coalesce(max(n), -1) FROM tally WHERE name = 'person'").fetchone()
    if kept != people:
        problems.append(f"the kept number of people ({kept}) is not the number in the database ({people})")
    (stale,) = db.execute_sql(f"SELECT count(*) FROM person WHERE last_contact IS NOT {search.LAST_CONTACT}").fetchone()
    if stale:
        problems.append(f"the kept last contact of {stale} people is not their newest interaction")
    return problems


def quick_check(db: pw.Database | None = None) -> list[str]:
    """``PRAGMA quick_check``: the cheap structural check run at every start (empty when sound)."""
    db = db or DB.obj
    try:
        rows = db.execute_sql("PRAGMA quick_check").fetchall()
    except encryption.driver_errors(
        "Error", pw.DatabaseError
    ) as error:  # rows are fetched outside peewee's error wrapper
        return [str(error)]
    return [row[0] for row in rows if row[0] != "ok"]
