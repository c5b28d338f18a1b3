"""The database's single-instance lock, the clean-exit mark and the warnings about where the file lives.

Nothing here opens the database or imports the store: the app takes the lock and reads the mark before its
window shows (``core/first_look.py``), and ``core/startup.py`` runs the rest of the start after it.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import IO

from desktop.errors import DatabaseProblem
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
SYNC_MARKERS = {".stfolder": "Syncthing", ".dropbox": "Dropbox", ".sync": "Resilio Sync"}
log = logging.getLogger(__name__)


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


# ---------------------------------------------------------------- the clean exit


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
