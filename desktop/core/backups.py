"""Restoring a backup the way a person expects: the key handled, erasures kept, nothing lost.

``restore_backup`` works on plain and encrypted databases alike. An encrypted backup opens
with the database's own key (from the keyring), a recovery key, or what ``ask_secret``
returns. The restored database keeps the key the database had (a plain backup restored over
an encrypted database is encrypted; a backup from before a key change is re-keyed), so the
keyring's key opens it afterwards. People erased in the database it replaces are erased
from the restored data before it takes the database's place.

For the app: close the database, call ``restore_backup`` in a worker, then open again.
``list_backups`` names the automatic backups (newest first) for the restore dialog.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from desktop import secrets
from desktop.config import sqlite_path
from desktop.core import erase, unlock
from desktop.errors import DatabaseProblem, InputError
from desktop.store import encryption, maintenance
from desktop.store.database import WrongKey, close_database, open_sqlite
from desktop.store.encryption import Key

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Restored:
    safety: Path | None  # the database as it was before the restore (None when there was none)
    encrypted: bool
    erased_again: int  # people of the backup erased again because they had been erased since
    notes: tuple[str, ...] = ()


def list_backups(database: Path) -> list[Path]:
    return maintenance.list_backups(database)


def restore_backup(
    url: str,
    source: Path,
    *,
    recovery_key: str | None = None,
    ask_secret: unlock.AskSecret | None = None,
    timeout: float = secrets.DEFAULT_TIMEOUT,
) -> Restored:
    """Replace the database at ``url`` with the backup ``source``; see the module's docstring."""
    path = sqlite_path(url)
    if path is None:
        raise DatabaseProblem(f"{url}: restore works on SQLite databases only")
    source = Path(source)
    if not source.is_file():
        raise InputError(f"{source}: no such backup file")
    close_database()
    notes: list[str] = []
    current_key, carried = _read_current(path, recovery_key, ask_secret, timeout, notes)
    source_key = _key_for_backup(source, path, current_key, recovery_key, ask_secret, timeout)
    # the key the database has now; without one, the backup's own (an encrypted backup stays encrypted)
    target_key = current_key if current_key is not None else source_key
    erased_again = 0

    def prepare(db: pw.Database) -> None:
        nonlocal erased_again
        erased_again = erase.reapply(carried)

    safety = maintenance.restore(
        url, source, source_key=source_key, key=target_key, current_key=current_key, prepare=prepare
    )
    if target_key is not None and target_key.is_raw and target_key != current_key:
        try:
            secrets.set_key(path, target_key.hex(), timeout)
        except secrets.KeyringUnavailable as error:
            notes.append(f"the keyring cannot keep the restored database's key ({error}); keep its recovery key")
    if target_key is not None:
        unlock.write_options(path, encryption="on")
    return Restored(safety, target_key is not None, erased_again, tuple(notes))


def _read_current(
    path: Path, recovery_key: str | None, ask_secret: unlock.AskSecret | None, timeout: float, notes: list[str]
) -> tuple[Key | None, list[erase.ErasureRecord]]:
    """The current database's key and erasure records (best effort: a damaged one yields none)."""
    state = encryption.file_state(path)
    if state in ("missing", "empty", "foreign"):
        return None, []
    key: Key | None = None
    if state == "encrypted":
        try:
            key, _, _ = unlock.find_key(path, recovery_key, ask_secret, timeout)
        except WrongKey:
            log.warning("restore: the database it replaces did not open; its erasures are not carried over")
            notes.append("the database it replaces could not be opened; its erasures could not be carried over")
            return None, []
    unreadable = "the database it replaces could not be read; its erasures could not be carried over"
    try:
        open_sqlite(path, create=False, key=key, read_only=True)  # read only: it may be damaged, or older
    except DatabaseProblem as error:
        log.warning("restore: the database it replaces did not open read-only (%s)", type(error).__name__)
        notes.append(unreadable)
        return key, []
    try:
        return key, erase.records()
    except encryption.driver_errors("Error", pw.DatabaseError) as error:
        log.warning("restore: the erasure records could not be read (%s)", type(error).__name__)
        notes.append(unreadable)
        return key, []
    finally:
        close_database()


def _key_for_backup(
    source: Path, path: Path, current: Key | None, recovery_key: str | None,
    ask_secret: unlock.AskSecret | None, timeout: float,
) -> Key | None:  # fmt: skip
    """The key that opens the backup (None for a plain one)."""
    if encryption.file_state(source) != "encrypted":
        return None
    candidates: list[Key] = []
    if current is not None:
        candidates.append(current)
    if recovery_key:
        candidates.append(unlock.parse_recovery_key(recovery_key))
    try:
        stored = secrets.get_key(path, timeout)
        if stored:
            candidates.append(Key.from_hex(stored))
    except (secrets.KeyringUnavailable, ValueError) as error:
        log.info("restore: the keyring's key was not at hand (%s)", type(error).__name__)
    for key in candidates:
        if encryption.key_opens(source, key):
            return key
    text = ask_secret("open", source) if ask_secret is not None else None
    if text:
        key = unlock.parse_secret(text)
        if encryption.key_opens(source, key):
            return key
    raise InputError(
        f"{source}: cannot restore from it: it is encrypted with a key that is not at hand, or it is not a "
        f"Rebound backup; give its recovery key with --recovery-key"
    )
