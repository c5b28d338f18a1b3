"""The key of a database after it is open: how it is protected, encrypting a plain one, a new key, its recovery key.

Split from ``desktop.core.unlock`` (which opens the database: find, create, ask for the key), so that a
start, which only opens, does not load what `rebound check`, `encrypt`, `rotate-key`, `recovery-key` and
Settings → Privacy use. Qt-free and blocking-safe: every keyring call is bounded by ``timeout`` seconds.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import peewee as pw

from desktop import secrets
from desktop.config import sqlite_path
from desktop.core.unlock import (
    MIN_PASSPHRASE,
    PENDING_ACCOUNT,
    AskSecret,
    KeySource,
    current_key,
    find_key,
    forget_key,
    new_key,
    read_options,
    write_options,
)
from desktop.errors import DatabaseProblem, InputError
from desktop.store import encryption, maintenance
from desktop.store.database import close_database, open_sqlite, remove_with_companions
from desktop.store.encryption import Key

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- status (a `check` line, the Settings page)


@dataclass(frozen=True)
class EncryptionStatus:
    encrypted: bool
    chosen_off: bool = False
    key_source: KeySource | None = None
    cipher: str | None = None
    keyring_problem: str | None = None

    def line(self) -> str:
        if self.encrypted:
            where = {
                "keyring": "its key is in the system keyring",
                "passphrase": "it opens with your passphrase",
                "recovery key": "opened with the recovery key",
                "new key": "its key is in the system keyring",
                None: "encrypted",
            }[self.key_source]
            return f"encryption: on (SQLCipher {self.cipher}); {where}"
        if self.chosen_off:
            return "encryption: off, as chosen when the database was created; `rebound encrypt` encrypts it"
        return "encryption: off (this database predates encryption); `rebound encrypt` encrypts it"


def encryption_status(database: Path | None, key_source: KeySource | None = None) -> EncryptionStatus:
    """How the database at ``database`` is protected (for `rebound check` and the Settings page)."""
    if database is None:
        return EncryptionStatus(encrypted=False)
    state = encryption.file_state(database)
    if state == "encrypted":
        return EncryptionStatus(True, key_source=key_source, cipher=encryption.cipher_version())
    chosen = read_options(database).get("encryption") == "off"
    return EncryptionStatus(False, chosen_off=chosen)


# ---------------------------------------------------------------- encrypt a plain database


@dataclass(frozen=True)
class Encrypted:
    path: Path
    key_source: KeySource
    recovery_key: str | None
    backups: tuple[Path, ...] = ()  # earlier backups now encrypted with the same key
    notes: tuple[str, ...] = field(default=())


def _table_counts(db: pw.Database) -> dict[str, int]:
    tables = [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    return {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in sorted(tables)}


def encrypt_database(
    url: str, *, ask_secret: AskSecret | None = None, timeout: float = secrets.DEFAULT_TIMEOUT,
    now: datetime | None = None,
) -> Encrypted:  # fmt: skip
    """Encrypt the plain database at ``url`` in place; returns the recovery key to show once.

    A backup comes first; ``sqlcipher_export`` writes an encrypted copy, which must hold the
    same rows and pass its checks before it takes the database's place. The earlier backups
    (``backups/`` and the ``.bak`` copies beside the database) are encrypted with the same
    key, so no readable copy stays behind. The database is closed when this returns.
    """
    path = sqlite_path(url)
    if path is None:
        raise DatabaseProblem(f"{url}: only an SQLite database can be encrypted")
    state = encryption.file_state(path)
    if state == "encrypted":
        raise InputError(f"{path}: is encrypted already (`rebound rotate-key` changes its key)")
    if state in ("missing", "empty"):
        raise DatabaseProblem(f"{path}: no such database")
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    close_database()
    source_db = open_sqlite(path, create=False)  # migrated, refuses a foreign file
    try:
        if maintenance.check():
            raise DatabaseProblem(f"{path}: fails its integrity check; restore a backup before encrypting it")
        before_counts = _table_counts(source_db)
        safety = maintenance.backup(path.with_name(f"{path.name}.before-encryption-{stamp}.bak"), unique=True)
        source_db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        close_database()
    key, source, code = new_key(path, ask_secret, timeout)
    staged = maintenance.partial_name(path.with_name(f"{path.name}.encrypting"))
    try:
        remove_with_companions(staged)
        old = os.umask(0o077)
        try:
            encryption.export_encrypted(path, staged, key)
        finally:
            os.umask(old)
        os.chmod(staged, 0o600)
        problems = maintenance.verify(staged, key)
        if problems:
            raise DatabaseProblem(f"{path}: the encrypted copy failed its check ({problems[0]}); nothing was changed")
        db = open_sqlite(staged, create=False, key=key, migration_backup=False)
        try:
            if _table_counts(db) != before_counts or maintenance.check():
                raise DatabaseProblem(f"{path}: the encrypted copy differs from the database; nothing was changed")
            db.execute_sql("PRAGMA journal_mode = WAL")
        finally:
            close_database()
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        staged.replace(path)
    except BaseException:
        remove_with_companions(staged)
        if source == "keyring" and encryption.file_state(path) == "plain":
            forget_key(path, timeout)
        raise
    write_options(path, encryption="on")
    converted, notes = _encrypt_plain_copies(path, key, [safety])
    return Encrypted(path, source, code, tuple(converted), tuple(notes))


def _managed_copies(path: Path) -> list[Path]:
    """The backups Rebound keeps for the database at ``path``: ``backups/`` and the ``.bak`` files beside it."""
    copies = maintenance.list_backups(path)
    copies += sorted(p for p in path.parent.glob(f"{path.name}.*.bak") if p.is_file())
    return copies


def _encrypt_plain_copies(path: Path, key: Key, extra: list[Path]) -> tuple[list[Path], list[str]]:
    done: list[Path] = []
    notes: list[str] = []
    for copy in dict.fromkeys([*extra, *_managed_copies(path)]):
        if encryption.file_state(copy) != "plain":
            continue
        staged = copy.with_name(f".{copy.name}.encrypting")
        try:
            remove_with_companions(staged)
            encryption.export_encrypted(copy, staged, key)
            os.chmod(staged, 0o600)
            if maintenance.verify(staged, key):
                raise DatabaseProblem("the encrypted copy failed its check")
            staged.replace(copy)
            remove_with_companions(Path(f"{copy}-wal"))
            done.append(copy)
        except Exception as error:  # one bad old copy must not undo the encryption of the database
            log.warning("an old copy was left unencrypted (%s)", type(error).__name__)
            notes.append(f"{copy}: left as it was ({error})")
        finally:
            remove_with_companions(staged)
    return done, notes


# ---------------------------------------------------------------- rotate the key


@dataclass(frozen=True)
class Rotated:
    key_source: KeySource
    recovery_key: str | None
    backups: tuple[Path, ...]
    notes: tuple[str, ...] = ()


def rotate_key(
    url: str, *, recovery_key: str | None = None, ask_secret: AskSecret | None = None,
    ask_new_secret: AskSecret | None = None, timeout: float = secrets.DEFAULT_TIMEOUT,
) -> Rotated:  # fmt: skip
    """Give the encrypted database at ``url`` a new key (``PRAGMA rekey``) and a new recovery key.

    The new key is kept in the keyring under a "pending" name first, so a rotation stopped
    half-way still opens; Rebound's own backups are re-keyed too, so the old recovery key
    opens none of them (copies saved elsewhere keep the old key). Closes the database.
    """
    path = sqlite_path(url)
    if path is None or encryption.file_state(path) != "encrypted":
        raise InputError(f"{path or url}: is not encrypted; `rebound encrypt` encrypts it")
    close_database()
    old_key, _, _ = find_key(path, recovery_key, ask_secret, timeout)
    pending = PENDING_ACCOUNT + str(path.absolute())
    fresh = Key.random()
    try:
        secrets.set_secret(pending, fresh.hex(), timeout)
        source: KeySource = "keyring"
        code: str | None = encryption.recovery_code(fresh)
    except secrets.KeyringUnavailable as error:
        text = ask_new_secret("new", path) if ask_new_secret is not None else None
        if not text:
            raise DatabaseProblem(f"{path}: no keyring ({error}) and no new passphrase; the key is unchanged") from None
        if len(text) < MIN_PASSPHRASE:
            raise InputError(f"a passphrase needs at least {MIN_PASSPHRASE} characters") from None
        fresh, source, code = Key(passphrase=text), "passphrase", None
    db = open_sqlite(path, create=False, key=old_key)
    try:
        maintenance.backup(
            path.with_name(f"{path.name}.before-rotation-{datetime.now():%Y%m%d-%H%M%S}.bak"), unique=True
        )
        encryption.rekey(db, fresh)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        close_database()
    if not encryption.key_opens(path, fresh):
        raise DatabaseProblem(f"{path}: the new key does not open the database; use the old recovery key")
    if source == "keyring":
        secrets.set_key(path, fresh.hex(), timeout)
        try:
            secrets.delete_secret(pending, timeout)
        except secrets.KeyringUnavailable as error:
            log.info("the pending key stays in the keyring (%s)", type(error).__name__)
    else:
        forget_key(path, timeout)
    rekeyed, notes = _rekey_copies(path, old_key, fresh)
    return Rotated(source, code, tuple(rekeyed), tuple(notes))


def _rekey_copies(path: Path, old: Key, new: Key) -> tuple[list[Path], list[str]]:
    done: list[Path] = []
    notes: list[str] = []
    for copy in _managed_copies(path):
        if encryption.file_state(copy) != "encrypted" or not encryption.key_opens(copy, old):
            continue
        try:
            connection = encryption.connect(copy, old)
            try:
                connection.execute(f"PRAGMA rekey = {new.sql_literal()}")
            finally:
                connection.close()
            done.append(copy)
        except Exception as error:
            log.warning("an old copy keeps the old key (%s)", type(error).__name__)
            notes.append(f"{copy}: still opens with the old key only ({error})")
    return done, notes


def recovery_key_of_open_database() -> str:
    """The recovery key of the open database (for `rebound recovery-key`); InputError for a passphrase or none."""
    key = current_key()
    if key is None:
        raise InputError("this database is not encrypted, so it has no recovery key")
    if not key.is_raw:
        raise InputError("this database opens with its passphrase; it has no separate recovery key")
    return encryption.recovery_code(key)
