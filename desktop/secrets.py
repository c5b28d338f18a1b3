"""The one door to the OS keyring: database keys and the SMTP password, nothing else, nowhere else.

Keyring calls are known to hang (a locked GNOME keyring waiting for a prompt, a D-Bus
service that never answers), so every call runs in a worker thread and the caller waits at
most ``timeout`` seconds; after a timeout the keyring counts as unavailable for the rest of
the process (no second hang). Nothing touches the keyring at import time, and a database key
is read once per process and kept for later opens (a restore, a backup check).

When no usable keyring exists — ``keyring.backends.fail`` / ``null``, a chainer with no
backends, a plaintext file backend — the functions raise ``KeyringUnavailable``; the caller
then asks for a passphrase. Nothing here ever falls back to a file.

Service ``Rebound``; accounts ``database:<absolute path>``, ``smtp:<user>@<host>``, ``imap:<user>@<host>`` and
``postgresql:<user>@<host>:<port>/<database>`` (a team server's password).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.errors import ReboundError
from desktop.texts import say

SERVICE = "Rebound"
DEFAULT_TIMEOUT = 20.0  # long enough to type a password into the system's keyring unlock prompt

T = TypeVar("T")

_cache: dict[str, str | None] = {}
_broken: str | None = None  # why the keyring is unusable for the rest of this process
_lock = threading.Lock()
log = logging.getLogger(__name__)


class KeyringUnavailable(ReboundError):
    """No usable keyring (none installed, locked, or it did not answer in time)."""

    exit_code = 4


class KeyringTimeout(KeyringUnavailable):
    """The keyring did not answer within the timeout."""


def database_account(path: Path | str) -> str:
    return f"database:{Path(path).expanduser().absolute()}"


def smtp_account(host: str, user: str) -> str:
    return f"smtp:{user}@{host}"


if TYPE_CHECKING:
    from keyring.backend import KeyringBackend


def _refusal(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot hold Rebound's secrets (None when it can)."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return say("no keyring service was found on this system")
        return _refusal(chained[0])
    if isinstance(backend, fail.Keyring | null.Keyring):
        return say("no keyring service was found on this system")
    if "plaintext" in type(backend).__name__.lower():
        return say("the keyring backend {name} keeps secrets in a plain file").format(name=type(backend).__name__)
    return None


def _call(action: Callable[[KeyringBackend], T], timeout: float) -> T:
    """Run ``action(backend)`` in a worker thread; wait at most ``timeout`` seconds."""
    global _broken
    if _broken is not None:
        raise KeyringUnavailable(_broken)
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def work() -> None:
        import keyring  # imported here, off the caller's thread: it costs tens of milliseconds
        import keyring.errors

        try:
            backend = keyring.get_keyring()
            refusal = _refusal(backend)
            if refusal is not None:
                outcome["error"] = KeyringUnavailable(refusal)
            else:
                outcome["value"] = action(backend)
        except keyring.errors.KeyringError as error:  # NoKeyringError, InitError, KeyringLocked, …
            outcome["error"] = KeyringUnavailable(f"the keyring refused: {error or type(error).__name__}")
        except Exception as error:  # a backend's own failure (D-Bus, Keychain): the keyring is unusable
            outcome["error"] = KeyringUnavailable(f"the keyring failed: {error!r}")
        finally:
            done.set()

    threading.Thread(target=work, name="rebound-keyring", daemon=True).start()
    if not done.wait(timeout):
        _broken = f"the keyring did not answer within {timeout:g} s"
        log.warning("keyring timed out after %g s; unavailable for the rest of this process", timeout)
        raise KeyringTimeout(_broken)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def keyring_problem(timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """Why secrets cannot be kept in the keyring (None when they can); for the Settings page."""
    try:
        _call(lambda backend: None, timeout)
    except KeyringUnavailable as error:
        return str(error)
    return None


def get_secret(account: str, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """The secret of ``account`` (None when there is none); read once per process."""
    with _lock:
        if account in _cache:
            return _cache[account]
    value = _call(lambda backend: backend.get_password(SERVICE, account), timeout)
    with _lock:
        _cache[account] = value
    return value


def set_secret(account: str, value: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Store a secret and read it back: only a secret the keyring really holds counts as stored."""

    def store(backend: KeyringBackend) -> str | None:
        backend.set_password(SERVICE, account, value)
        return backend.get_password(SERVICE, account)

    if _call(store, timeout) != value:
        raise KeyringUnavailable("the keyring did not keep the secret")
    with _lock:
        _cache[account] = value


def delete_secret(account: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    def delete(backend: KeyringBackend) -> None:
        import keyring.errors

        try:
            backend.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            log.debug("keyring: nothing to delete")

    _call(delete, timeout)
    with _lock:
        _cache[account] = None


# ---------------------------------------------------------------- database keys


def get_key(database: Path | str, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """The raw key (hex) of the database at ``database`` from the keyring, or None."""
    return get_secret(database_account(database), timeout)


def set_key(database: Path | str, key_hex: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    set_secret(database_account(database), key_hex, timeout)


def delete_key(database: Path | str, timeout: float = DEFAULT_TIMEOUT) -> None:
    delete_secret(database_account(database), timeout)


# ---------------------------------------------------------------- the SMTP password


def get_smtp_password(host: str, user: str, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    return get_secret(smtp_account(host, user), timeout)


def set_smtp_password(host: str, user: str, password: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    set_secret(smtp_account(host, user), password, timeout)


def delete_smtp_password(host: str, user: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    delete_secret(smtp_account(host, user), timeout)


def imap_account(host: str, user: str) -> str:
    return f"imap:{user}@{host}"


def get_imap_password(host: str, user: str, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    return get_secret(imap_account(host, user), timeout)


def set_imap_password(host: str, user: str, password: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    set_secret(imap_account(host, user), password, timeout)


def delete_imap_password(host: str, user: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    delete_secret(imap_account(host, user), timeout)


# ---------------------------------------------------------------- a team server's password (PostgreSQL)


def team_account(host: str, port: int, database: str, user: str) -> str:
    return f"postgresql:{user}@{host}:{port}/{database}"


def get_team_password(host: str, port: int, database: str, user: str, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """The password of ``user`` on the team server, or None (none kept, or no usable keyring)."""
    try:
        return get_secret(team_account(host, port, database, user), timeout)
    except KeyringUnavailable:
        return None


def set_team_password(host: str, port: int, database: str, user: str, password: str,
                      timeout: float = DEFAULT_TIMEOUT) -> None:  # fmt: skip
    set_secret(team_account(host, port, database, user), password, timeout)


def reset() -> None:
    """Forget what this process learned (cached secrets, a keyring that timed out): for tests and a Settings retry."""
    global _broken
    with _lock:
        _cache.clear()
        _broken = None
