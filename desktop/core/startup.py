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

import json
import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Literal

from desktop import secrets
from desktop.core import unlock
from desktop.errors import Damaged, DatabaseProblem, InputError
from desktop.store import encryption, maintenance
from desktop.store.database import WrongKey, close_database, open_sqlite, sqlite_path
from desktop.texts import say

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "lustre", "gpfs",
    "ncpfs", "coda", "davfs", "sshfs", "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse",
    "fuse.glusterfs", "fuse.cephfs", "webdav", "afpfs", "fuse.afpfs",
})  # fmt: skip
# folder names (case-insensitive) that a sync service owns: prefixes, and whole names for the generic ones
SYNC_PREFIXES = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "google drive": "Google Drive", "googledrive": "Google Drive",
    "my drive": "Google Drive", "icloud": "iCloud", "mobile documents": "iCloud", "nextcloud": "Nextcloud",
    "owncloud": "ownCloud", "syncthing": "Syncthing", "pcloud": "pCloud", "megasync": "MEGA", "seafile": "Seafile",
    "tresorit": "Tresorit", "cloudstorage": "a cloud storage provider", "box sync": "Box",
}  # fmt: skip
SYNC_NAMES = {"box": "Box", "mega": "MEGA", "sync": "Sync.com"}
log = logging.getLogger(__name__)
SYNC_MARKERS = {".stfolder": "Syncthing", ".dropbox": "Dropbox", ".sync": "Resilio Sync"}


class AlreadyRunning(DatabaseProblem):
    """Another Rebound (the app or a command that replaces the file) holds the database."""


class InstanceLock:
    """An advisory lock on ``<database>.lock`` (fcntl on POSIX, msvcrt on Windows), held while open.

    The operating system drops it when the process ends, however it ends: a stale file never blocks.
    """

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self.path = self.database.with_name(f"{self.database.name}.lock")
        self._file: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> InstanceLock:
        if self._file is not None:
            return self
        for _ in range(20):  # the holder may remove the file just as we open it: then lock the new one
            file = self._open()
            try:
                _lock_file(file)
            except OSError:
                file.seek(0)
                holder = file.read().strip()
                file.close()
                who = f" (process {holder})" if holder.isdigit() else ""
                raise AlreadyRunning(
                    f"another Rebound holds the database {self.database}{who}; close it first, or switch to its window"
                ) from None
            if self._still_the_file(file):
                break
            _unlock_file(file)
            file.close()
        else:
            raise DatabaseProblem(f"{self.database}: its lock file keeps changing; is another Rebound starting?")
        file.seek(0)
        file.truncate()
        file.write(str(os.getpid()))
        file.flush()
        self._file = file
        return self

    def _open(self) -> IO[str]:
        old = os.umask(0o077)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            return open(self.path, "a+", encoding="utf-8")  # held until release()
        except OSError as error:
            raise DatabaseProblem(f"{self.database}: cannot create its lock file ({error.strerror})") from error
        finally:
            os.umask(old)

    def _still_the_file(self, file: IO[str]) -> bool:
        try:
            return os.path.samestat(os.fstat(file.fileno()), os.stat(self.path))
        except OSError:
            return False

    def release(self) -> None:
        """Remove the lock file, then let go (a waiting start re-checks that it locked the current file)."""
        if self._file is not None:
            try:
                try:
                    self.path.unlink(missing_ok=True)
                except OSError:  # Windows keeps an open file; the lock itself is what counts
                    pass
                _unlock_file(self._file)
            finally:
                self._file.close()
                self._file = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(file: IO[str]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(file: IO[str]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(file: IO[str]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(file: IO[str]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)


# ---------------------------------------------------------------- where the file lives


def _unescape_mount(text: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(code, char)
    return text


def filesystem_type(path: Path, mounts: str | None = None) -> str | None:
    """The file system type of the mount holding ``path`` (Linux: /proc/mounts; None when unknown)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(Path(path).expanduser().absolute())
    best, best_type = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape_mount(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) >= len(best):
            best, best_type = point, fstype
    return best_type


def _windows_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    text = str(Path(path).absolute())
    if text.startswith("\\\\"):
        return True
    if sys.platform != "win32":
        return False
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # DRIVE_REMOTE


def network_share(path: Path, mounts: str | None = None) -> str | None:
    """The network file system ``path`` is on (e.g. "nfs4", "cifs"), or None for a local disk."""
    if sys.platform == "win32":  # pragma: no cover
        return "a network drive" if _windows_remote(path) else None
    fstype = filesystem_type(path, mounts)
    if fstype is None:
        return None
    return fstype if fstype.lower() in NETWORK_FILESYSTEMS else None


def sync_service(path: Path) -> str | None:
    """The sync service whose folder holds ``path`` (Dropbox, OneDrive, …), or None."""
    path = Path(path).expanduser().absolute()
    for part in path.parts[:-1]:
        name = part.casefold().strip()
        if name in SYNC_NAMES:
            return SYNC_NAMES[name]
        for prefix, service in SYNC_PREFIXES.items():
            if name.startswith(prefix):
                return service
    for folder in path.parents:
        for marker, service in SYNC_MARKERS.items():
            if (folder / marker).exists():
                return service
    return None


def location_warnings(path: Path, mounts: str | None = None) -> list[str]:
    """Plain sentences about a risky place for the database (empty when it is on a local disk)."""
    warnings = []
    share = network_share(path, mounts)
    if share:
        warnings.append(
            say("The database {path} is on a network share ({share}). SQLite cannot lock files reliably there: "
                "two computers writing at once can damage it. Keep it on a local disk.").format(path=path, share=share)
        )  # fmt: skip
    service = sync_service(path)
    if service:
        warnings.append(
            say("The database {path} is in a folder that {service} synchronises. A copy taken while Rebound writes "
                "can be damaged or conflict with another computer's. Keep it outside the sync folder; "
                "the encrypted backups may go there.").format(path=path, service=service)
        )  # fmt: skip
    return warnings


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


CLEAN_EXIT_SUFFIX = ".clean-exit"


def _fingerprint(path: Path) -> list[list[int]]:
    """Size and modification time of the database and its write-ahead log (absent: zeros)."""
    found = []
    for name in (path, Path(f"{path}-wal")):
        try:
            info = name.stat()
            found.append([info.st_size, info.st_mtime_ns])
        except OSError:
            found.append([0, 0])
    return found


def mark_clean_exit(path: Path) -> None:
    """After the app closed the database normally: remember the file as it was left.

    The next start skips the full integrity check when the file is still exactly that (nothing
    crashed while writing, nothing touched it since); any other start checks it.
    """
    marker = path.with_name(path.name + CLEAN_EXIT_SUFFIX)
    try:
        marker.write_text(json.dumps(_fingerprint(path)), encoding="utf-8")
        os.chmod(marker, 0o600)
    except OSError as error:
        log.info("the clean-exit mark was not written (%s)", error.strerror)  # the next start simply checks


def left_cleanly(path: Path) -> bool:
    """Whether the last session closed the database normally and nothing changed it since (the mark is used up)."""
    marker = path.with_name(path.name + CLEAN_EXIT_SUFFIX)
    try:
        kept = json.loads(marker.read_text(encoding="utf-8"))
        marker.unlink()
    except (OSError, ValueError):
        return False
    return bool(kept == _fingerprint(path))


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
) -> Started:
    """The start-up routine; see the module's docstring. Raises AlreadyRunning, WrongKey, DatabaseProblem."""
    path = sqlite_path(url)
    lock = InstanceLock(path).acquire() if path is not None else None
    try:
        # the full check reads the whole file (half a second at 100,000 people): not after a clean exit,
        # decided before opening the file changes it
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
