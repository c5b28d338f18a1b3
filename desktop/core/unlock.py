"""Which key opens the database: create it, find it, ask for it, recover with it.

A new database is encrypted with a random 256-bit key kept in the OS keyring
(``desktop.secrets``, account per database path) and a recovery key is shown once. Where no
usable keyring exists, the caller's ``ask_secret`` supplies a passphrase (the CLI reads
``REBOUND_PASSPHRASE`` or prompts on a terminal; the app shows a dialog). Nothing ever
falls back to an unencrypted database or to a key in a file: a plain database exists only
by an explicit choice (``encrypt=False`` — ``--no-encryption`` / ``REBOUND_NO_ENCRYPTION=1``
on creation), recorded in ``<database>.options.json`` beside it and reported by
``desktop.core.rekey.encryption_status`` (which also encrypts a plain database and rotates a key).

Opening an encrypted file tries, in order: the recovery key the caller gave (and stores it
in the keyring again), the keyring's key, then ``ask_secret`` (a passphrase or a recovery
key). A key that does not open it raises ``WrongKey`` (exit code 4) and the file is never
recreated or written.

Qt-free and blocking-safe: every keyring call is bounded by ``timeout`` seconds.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple

from desktop import secrets
from desktop.errors import Damaged, DatabaseProblem, InputError
from desktop.store import encryption, maintenance
from desktop.store.database import (
    WrongKey,
    close_database,
    open_database,
    open_sqlite,
    remove_with_companions,
    sqlite_path,
)
from desktop.store.encryption import BadRecoveryKey, Key
from desktop.store.errors import classify
from desktop.store.models import DB

log = logging.getLogger(__name__)

ENV_PASSPHRASE = "REBOUND_PASSPHRASE"
ENV_NO_ENCRYPTION = "REBOUND_NO_ENCRYPTION"
MIN_PASSPHRASE = 8
PENDING_ACCOUNT = "database-next:"  # the keyring account of a new key while a rotation is under way

Purpose = Literal["new", "open"]
AskSecret = Callable[[Purpose, Path], "str | None"]
"""Asked for a passphrase: ``"new"`` (choose one for a new key) or ``"open"`` (the passphrase or the
recovery key that opens this database). Returns the text, or None when the person cancels."""

KeySource = Literal["keyring", "recovery key", "passphrase", "new key"]


def wrong_key_message(path: Path, detail: str = "") -> str:
    extra = f" ({detail})" if detail else ""
    return (
        f"cannot open {path}: the key is wrong or missing{extra}; use your recovery key: "
        f"rebound --recovery-key KEY … (or REBOUND_RECOVERY_KEY); nothing was changed"
    )


class Unlocked(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """What opening found out: the database is open and bound when this is returned."""

    path: Path | None
    encrypted: bool
    key_source: KeySource | None = None
    created: bool = False
    recovery_key: str | None = None  # a new key's recovery key: show it once, ask the person to write it down
    notes: tuple[str, ...] = ()


# ---------------------------------------------------------------- the options file beside the database


def options_path(database: Path) -> Path:
    database = Path(database)
    return database.with_name(f"{database.name}.options.json")


def read_options(database: Path) -> dict[str, Any]:
    try:
        value = json.loads(options_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def write_options(database: Path, **changes: Any) -> None:
    target = options_path(database)
    options = {**read_options(database), **changes}
    temporary = target.with_name(f".{target.name}.partial")
    old = os.umask(0o077)
    try:
        temporary.write_text(json.dumps(options, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.chmod(temporary, 0o600)
        temporary.replace(target)
    finally:
        os.umask(old)
        temporary.unlink(missing_ok=True)


# ---------------------------------------------------------------- keys


def parse_secret(text: str) -> Key:
    """What a person typed in the passphrase dialog: a recovery key when it is one, else a passphrase."""
    try:
        return encryption.key_from_recovery_code(text)
    except BadRecoveryKey:
        return Key(passphrase=text)


def parse_recovery_key(text: str, option: str = "--recovery-key") -> Key:
    try:
        return encryption.key_from_recovery_code(text)
    except BadRecoveryKey as error:
        raise InputError(f"{option}: {error}") from None


def new_key(path: Path, ask_secret: AskSecret | None, timeout: float) -> tuple[Key, KeySource, str | None]:
    """A key for a database about to be encrypted: random and kept in the keyring, else a passphrase.

    Returns the key, where it lives, and the recovery key to show (None for a passphrase).
    Raises DatabaseProblem when there is neither a keyring nor a passphrase.
    """
    key = Key.random()
    try:
        secrets.set_key(path, key.hex(), timeout)
        return key, "keyring", encryption.recovery_code(key)
    except secrets.KeyringUnavailable as error:
        reason = str(error)
    text = ask_secret("new", path) if ask_secret is not None else None
    if not text:
        raise DatabaseProblem(
            f"{path}: no keyring can hold the database key ({reason}) and no passphrase was given "
            f"(set {ENV_PASSPHRASE} or run in a terminal); nothing was created. "
            f"An unencrypted database only on purpose: --no-encryption"
        )
    if len(text) < MIN_PASSPHRASE:
        raise InputError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
    return Key(passphrase=text), "passphrase", None


def find_key(
    path: Path, recovery_key: str | None = None, ask_secret: AskSecret | None = None,
    timeout: float = secrets.DEFAULT_TIMEOUT,
) -> tuple[Key, KeySource, tuple[str, ...]]:  # fmt: skip
    """The key that opens the encrypted file at ``path`` (tried read-only), where it came from, and notes.

    Raises WrongKey (nothing written) when none does.
    """
    notes: list[str] = []
    if recovery_key:
        key = parse_recovery_key(recovery_key)
        if not encryption.key_opens(path, key):
            raise WrongKey(wrong_key_message(path, "the recovery key given does not open it"))
        try:
            secrets.set_key(path, key.hex(), timeout)
            notes.append("the recovery key opened the database; its key is in the keyring again")
        except secrets.KeyringUnavailable as error:
            notes.append(f"the recovery key opened the database, but the keyring cannot keep it: {error}")
        return key, "recovery key", tuple(notes)
    detail = ""
    try:
        for account in (secrets.database_account(path), PENDING_ACCOUNT + str(Path(path).absolute())):
            stored = secrets.get_secret(account, timeout)
            if stored:
                key = Key.from_hex(stored)
                if encryption.key_opens(path, key):
                    if account.startswith(PENDING_ACCOUNT):  # a rotation stopped half-way: finish its bookkeeping
                        secrets.set_key(path, stored, timeout)
                    return key, "keyring", tuple(notes)
                detail = "the key in the keyring does not open it"
        detail = detail or "the keyring holds no key for it"
    except (secrets.KeyringUnavailable, ValueError) as error:
        detail = str(error)
    text = ask_secret("open", path) if ask_secret is not None else None
    if text:
        key = parse_secret(text)
        if encryption.key_opens(path, key):
            source: KeySource = "recovery key" if key.is_raw else "passphrase"
            if key.is_raw:
                try:
                    secrets.set_key(path, key.hex(), timeout)
                except secrets.KeyringUnavailable as error:
                    log.info("the keyring cannot keep the key given (%s)", type(error).__name__)
            return key, source, tuple(notes)
        detail = "the passphrase or recovery key given does not open it"
    raise WrongKey(wrong_key_message(path, detail))


# ---------------------------------------------------------------- opening


def encryption_wanted(encrypt: bool | None, environ: dict[str, str] | None = None) -> bool:
    """Whether a new database is encrypted: yes, unless the caller or ``REBOUND_NO_ENCRYPTION`` says no."""
    if encrypt is not None:
        return encrypt
    env = os.environ if environ is None else environ
    return env.get(ENV_NO_ENCRYPTION, "").strip().lower() not in ("1", "yes", "true", "on")


def team_password(url: str, timeout: float = secrets.DEFAULT_TIMEOUT) -> str | None:
    """The keyring's password for a team server URL that carries none (None: not a team URL, or none kept)."""
    if not url.lower().startswith(("postgresql:", "postgres:")):
        return None  # a file: the team server's driver is not loaded
    from desktop.store import postgres  # lazy: the driver loads only for a team server

    if not postgres.is_postgres_url(url):
        return None
    address = postgres.parse_url(url)
    if address.password is not None:
        return None
    return secrets.get_team_password(address.host, address.port, address.database, address.user, timeout)


def open_unlocked(
    url: str,
    *,
    recovery_key: str | None = None,
    ask_secret: AskSecret | None = None,
    encrypt: bool | None = None,
    timeout: float = secrets.DEFAULT_TIMEOUT,
    read_only: bool = False,
    create: bool = True,
) -> Unlocked:
    """Open (create, migrate) the database at ``url`` with the key it needs; binds the models.

    ``encrypt`` decides for a new database only (None: encrypted unless ``REBOUND_NO_ENCRYPTION``).
    """
    path = sqlite_path(url)
    if path is None:
        open_database(url, create=create, password=team_password(url, timeout))
        return Unlocked(None, encrypted=False)
    state = encryption.file_state(path)
    if state in ("missing", "empty"):
        if read_only or not create:
            raise DatabaseProblem(f"{path}: no such database")
        with creation_claim(path):  # one process creates the database and its key; the others wait, then open it
            # what an interrupted restore, backup or creation left — under the claim: a start that cleared them
            # before it waited removed the file another start was creating (its move into place then failed)
            maintenance.remove_partial_copies(path)
            state = encryption.file_state(path)
            if state in ("missing", "empty"):
                return _create(path, encrypt, ask_secret, timeout)
    elif not read_only:
        maintenance.remove_partial_copies(path)  # what an interrupted restore or backup left
    if state != "encrypted":  # plain SQLite, or something open_sqlite will refuse with its own message
        open_sqlite(path, create=create, read_only=read_only)
        _retry_compaction(path, read_only)
        return Unlocked(path, encrypted=False)
    key, source, notes = find_key(path, recovery_key, ask_secret, timeout)
    open_sqlite(path, create=create, key=key, read_only=read_only)
    _retry_compaction(path, read_only)
    return Unlocked(path, encrypted=True, key_source=source, notes=notes)


def _retry_compaction(path: Path, read_only: bool) -> None:
    """An erasure whose compaction failed (a full disk) is compacted at the next open that can write."""
    if read_only or getattr(DB.obj, "read_only", False) or not maintenance.compaction_pending(path):
        return
    from desktop.core import erase

    problem = erase.try_compact()
    log.info("retried the compaction after an erasure: %s", "done" if problem is None else type(problem).__name__)


def _create(path: Path, encrypt: bool | None, ask_secret: AskSecret | None, timeout: float) -> Unlocked:
    """Create the database at ``path`` (missing, or an empty file nothing was ever kept in); the claim is held."""
    if encryption.file_state(path) == "empty":
        _refuse_empty(path, timeout)
    if not encryption_wanted(encrypt):
        open_sqlite(path, create=True)
        write_options(path, encryption="off", encryption_chosen=datetime.now().isoformat(timespec="seconds"))
        return Unlocked(path, encrypted=False, created=True)
    _check_creatable(path)
    key, source, code = new_key(path, ask_secret, timeout)
    # made under another name and moved into place whole: a start cut short never leaves an empty or keyless file
    staged = maintenance.partial_name(path.with_name(f"{path.name}.creating"))
    try:
        remove_with_companions(staged)
        open_sqlite(staged, create=True, key=key, migration_backup=False)
        close_database()
        os.replace(staged, path)
        open_sqlite(path, create=False, key=key)
    except BaseException:
        close_database()
        remove_with_companions(staged)
        if source == "keyring" and encryption.file_state(path) in ("missing", "empty"):
            forget_key(path, timeout)
        raise
    write_options(path, encryption="on")
    return Unlocked(path, encrypted=True, key_source=source, created=True, recovery_key=code)


def _refuse_empty(path: Path, timeout: float) -> None:
    """An empty file where a database was kept is a damaged database, never a new one: its key and backups stay."""
    kept = bool(read_options(path)) or bool(maintenance.list_backups(path))
    if not kept:
        try:
            kept = secrets.get_key(path, timeout) is not None
        except secrets.KeyringUnavailable:
            kept = False
    if kept:
        log.warning("an empty database file where a database was kept; refused to create a new one")
        raise Damaged(
            f"{path}: the database file is empty (0 bytes) although a database was kept here; restore a backup "
            f"(rebound restore FILE); its key stays in the keyring and nothing was changed"
        )


@contextmanager
def creation_claim(path: Path) -> Iterator[None]:
    """Hold the exclusive claim to create the database at ``path``: an advisory lock on its folder (POSIX).

    A second process starting on the same new path waits here until the first has created the file and
    stored its key, then finds the file and opens it with that key.
    """
    folder = path.parent
    try:
        old = os.umask(0o077)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        finally:
            os.umask(old)
    except OSError as error:
        if error.errno in (errno.ENOTDIR, errno.ENOENT):  # a drive that is not there, a file where a folder goes
            raise DatabaseProblem(f"{path}: cannot create the database ({error.strerror})") from error
        raise classify(error, path) from error  # a full disk, a read-only place: said as such
    if sys.platform == "win32":  # pragma: no cover - the file's own exclusive create is the claim there
        yield
        return
    import fcntl

    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing lets go of the lock


def _check_creatable(path: Path) -> None:
    """Fail before a key is made when the database could not be created anyway."""
    if path.exists() and not path.is_file():
        raise DatabaseProblem(f"{path}: is not a file")
    try:
        old = os.umask(0o077)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        finally:
            os.umask(old)
    except OSError as error:
        raise DatabaseProblem(f"{path}: cannot create the database ({error.strerror})") from error
    if not os.access(path.parent, os.W_OK):
        raise DatabaseProblem(f"{path}: cannot create the database (the folder is not writable)")


def forget_key(path: Path, timeout: float) -> None:
    try:
        secrets.delete_key(path, timeout)
    except secrets.KeyringUnavailable as error:
        log.info("could not remove a key from the keyring (%s)", type(error).__name__)


def current_key() -> Key | None:
    return encryption.key_of(DB.obj) if DB.obj is not None else None
