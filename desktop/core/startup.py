"""What the app does before its window shows, without Qt: lock, key, check, location, the day's backup.

``start(url, now=…)`` takes the single-instance lock of the database (a second start gets
``AlreadyRunning``: "another Rebound holds the database"), opens it with its key
(``desktop.core.unlock``; ``ask_secret`` is the passphrase dialog), runs ``PRAGMA
quick_check`` — on failure the database is opened read-only and the result offers the
backups to restore from; nothing is ever repaired automatically — warns when the file sits
on a network share or in a sync folder (SQLite's locking is not safe there), and takes the
day's automatic backup. Every step is bounded: keyring calls by ``timeout``, the rest is
local file work. ``quick_check`` reads every page (about 0.5 s warm for 100,000 people), so
the app may pass ``integrity=False`` and run ``integrity_problems`` in a worker instead.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from desktop import secrets
from desktop.config import sqlite_path
from desktop.core import unlock
from desktop.core.instance import InstanceLock, left_cleanly, location_warnings
from desktop.errors import Damaged, DatabaseProblem, InputError
from desktop.store import encryption, maintenance
from desktop.store.database import WrongKey, close_database, open_sqlite

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- the routine


@dataclass
class Started:
    """What the app needs to know after ``start``; the database is open (maybe read-only) unless status says not."""

    status: Literal["ok", "damaged"]
    unlocked: unlock.Unlocked | None
    lock: InstanceLock | None
    read_only: bool = False
    problems: list[str] = field(default_factory=list)  # quick_check's findings when damaged
    backups: list[Path] = field(default_factory=list)  # to offer a restore from, newest first
    warnings: list[str] = field(default_factory=list)  # network share, sync folder, backup trouble
    backup: Path | None = None  # the day's automatic backup, when one was taken now

    @property
    def recovery_key(self) -> str | None:
        return self.unlocked.recovery_key if self.unlocked else None


def integrity_problems() -> list[str]:
    """``PRAGMA quick_check`` of the open database (empty when sound); safe to run in a worker thread."""
    return maintenance.quick_check()


def start(
    url: str,
    *,
    now: datetime,
    ask_secret: unlock.AskSecret | None = None,
    recovery_key: str | None = None,
    encrypt: bool | None = None,
    integrity: bool = True,
    backup: bool = True,
    timeout: float = secrets.DEFAULT_TIMEOUT,
    mounts: str | None = None,
    lock: InstanceLock | None = None,
    clean: bool | None = None,
) -> Started:
    """The start-up routine; see the module's docstring. Raises AlreadyRunning, WrongKey, DatabaseProblem.

    ``lock`` and ``clean``: the lock and the clean-exit mark already taken and read for this file before the
    window's modules loaded (``core/first_look.py``); the lock is taken again when it was let go meanwhile.
    """
    path = sqlite_path(url)
    lock = (lock or InstanceLock(path)).acquire() if path is not None else None
    try:
        # the full check reads the whole file (half a second at 100,000 people): not after a clean exit,
        # decided before opening the file changes it
        if clean is None:
            clean = path is not None and left_cleanly(path)
        warnings = location_warnings(path, mounts) if path is not None else []
        try:
            unlocked = unlock.open_unlocked(url, recovery_key=recovery_key, ask_secret=ask_secret, encrypt=encrypt,
                                            timeout=timeout)  # fmt: skip
        except (WrongKey, secrets.KeyringUnavailable):
            raise
        except Damaged as error:
            if path is None:
                raise
            log.warning("start: the database is damaged; opened read-only to offer a restore")
            return _damaged(url, path, [str(error)], lock, warnings, recovery_key, ask_secret, timeout)
        problems = integrity_problems() if integrity and not clean else []
        if problems and path is not None:
            log.warning("start: the integrity check found %d problems", len(problems))
            close_database()
            return _damaged(url, path, problems, lock, warnings, recovery_key, ask_secret, timeout, unlocked)
        taken = None
        if backup and path is not None:
            try:
                taken = maintenance.daily_backup(now)
            except (DatabaseProblem, InputError, OSError) as error:  # a full disk, a read-only folder: still start
                log.warning("start: the day's automatic backup failed (%s)", type(error).__name__)
                warnings.append(f"Today's automatic backup failed: {error}")
        return Started("ok", unlocked, lock, warnings=warnings, backup=taken)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _damaged(
    url: str, path: Path, problems: list[str], lock: InstanceLock | None, warnings: list[str],
    recovery_key: str | None, ask_secret: unlock.AskSecret | None, timeout: float,
    unlocked: unlock.Unlocked | None = None,
) -> Started:  # fmt: skip
    """Open the damaged database read-only (if it opens at all) and offer its backups; never repair it."""
    key = None
    if encryption.file_state(path) == "encrypted":
        try:
            key, _, _ = unlock.find_key(path, recovery_key, ask_secret, timeout)
        except WrongKey:
            log.info("start: the damaged database's key is not at hand")
            key = None
    read_only = False
    try:
        open_sqlite(path, create=False, key=key, read_only=True)
        read_only = True
    except DatabaseProblem as error:
        log.warning("start: the damaged database does not open even read-only (%s)", type(error).__name__)
        close_database()
    return Started("damaged", unlocked, lock, read_only=read_only, problems=problems,
                   backups=maintenance.list_backups(path), warnings=warnings)  # fmt: skip
