"""SQLCipher: database keys, recovery codes, encrypted connections, encrypting a plain file, changing the key.

Only the mechanics live here; where a key comes from (the OS keyring, a recovery key, a
passphrase) is decided above the store (``desktop.core.unlock``, through ``desktop.secrets``).

A key is either a random 256-bit *raw* key — given to SQLCipher as ``x'…'``, no key
derivation, so opening costs nothing extra — or a *passphrase*, which SQLCipher stretches
with PBKDF2 and the file's own salt. The key pragma is always the first statement on a
connection. A raw key can be written down as a *recovery code*: Crockford base32 of the key
and a 2-byte checksum, in groups of five (``7KQ2M-…``), forgiving of case, dashes, spaces and
the look-alikes O/0 and I/L/1.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import peewee as pw

from desktop.config import SQLITE_HEADER as SQLITE_HEADER  # re-exported: what a plain file begins with
from desktop.store.errors import Classifying, is_not_a_database

KEY_BYTES = 32
_CHECK_BYTES = 2
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_LOOK_ALIKES = {"O": "0", "I": "1", "L": "1"}
_GROUP = 5

FileState = Literal["missing", "empty", "plain", "encrypted", "foreign"]


class BadRecoveryKey(ValueError):
    """A recovery key that was mistyped (wrong characters, wrong length or a failed checksum)."""


@dataclass(frozen=True, repr=False)
class Key:
    """A database key: ``raw`` (32 random bytes) or ``passphrase`` (text); never printed."""

    raw: bytes | None = None
    passphrase: str | None = None

    def __post_init__(self) -> None:
        if (self.raw is None) == (self.passphrase is None):
            raise ValueError("a key is either raw bytes or a passphrase")
        if self.raw is not None and len(self.raw) != KEY_BYTES:
            raise ValueError(f"a raw key has {KEY_BYTES} bytes")
        if self.passphrase is not None and not self.passphrase:
            raise ValueError("an empty passphrase is no key")

    @classmethod
    def random(cls) -> Key:
        return cls(raw=os.urandom(KEY_BYTES))

    @classmethod
    def from_hex(cls, text: str) -> Key:
        return cls(raw=bytes.fromhex(text))

    @property
    def is_raw(self) -> bool:
        return self.raw is not None

    def hex(self) -> str:
        if self.raw is None:
            raise ValueError("a passphrase has no hex form")
        return self.raw.hex()

    def sql_literal(self) -> str:
        """The value for ``PRAGMA key = …`` / ``PRAGMA rekey = …`` / ``ATTACH … KEY …``."""
        if self.raw is not None:
            return f"\"x'{self.raw.hex()}'\""
        assert self.passphrase is not None
        return "'" + self.passphrase.replace("'", "''") + "'"

    def __repr__(self) -> str:
        return "Key(raw=…)" if self.raw is not None else "Key(passphrase=…)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Key):
            return NotImplemented
        import hmac  # here: it loads OpenSSL, which the start of the app does not otherwise need

        return hmac.compare_digest(self._material(), other._material())

    def __hash__(self) -> int:
        return hash(self._material())

    def _material(self) -> bytes:
        return b"r" + self.raw if self.raw is not None else b"p" + (self.passphrase or "").encode()


# ---------------------------------------------------------------- recovery codes


def _checksum(raw: bytes) -> bytes:
    return hashlib.sha256(b"rebound-recovery-key\0" + raw).digest()[:_CHECK_BYTES]


def recovery_code(key: Key) -> str:
    """The recovery key a person writes down: 55 characters in groups of five."""
    if key.raw is None:
        raise ValueError("a passphrase is its own recovery; there is no separate recovery key")
    data = key.raw + _checksum(key.raw)
    number = int.from_bytes(data, "big")
    bits = len(data) * 8
    count = -(-bits // 5)
    number <<= count * 5 - bits
    chars = [_ALPHABET[(number >> (5 * (count - 1 - i))) & 31] for i in range(count)]
    text = "".join(chars)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def key_from_recovery_code(text: str) -> Key:
    """The raw key a recovery code stands for; BadRecoveryKey when it was mistyped."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -_\t\r\n")
    cleaned = "".join(_LOOK_ALIKES.get(ch, ch) for ch in cleaned)
    bits = (KEY_BYTES + _CHECK_BYTES) * 8
    count = -(-bits // 5)
    if len(cleaned) != count:
        raise BadRecoveryKey(f"a recovery key has {count} letters and digits, this one {len(cleaned)}")
    wrong = sorted({ch for ch in cleaned if ch not in _ALPHABET})
    if wrong:
        raise BadRecoveryKey(f"a recovery key has no {wrong[0]!r}")
    number = 0
    for ch in cleaned:
        number = (number << 5) | _ALPHABET.index(ch)
    padding = count * 5 - bits
    if number & ((1 << padding) - 1):  # the last letter's unused bits are zero in every key Rebound wrote
        raise BadRecoveryKey("the recovery key has a typo (in its last group)")
    number >>= padding
    data = number.to_bytes(KEY_BYTES + _CHECK_BYTES, "big")
    raw, check = data[:KEY_BYTES], data[KEY_BYTES:]
    import hmac  # here: it loads OpenSSL, which the start of the app does not otherwise need

    if not hmac.compare_digest(check, _checksum(raw)):
        raise BadRecoveryKey("the recovery key has a typo (its checksum does not match)")
    return Key(raw=raw)


def looks_like_recovery_code(text: str) -> bool:
    try:
        key_from_recovery_code(text)
    except BadRecoveryKey:
        return False
    return True


# ---------------------------------------------------------------- files and connections


def file_state(path: Path) -> FileState:
    """What is at ``path``, from its first bytes only (nothing is opened as a database).

    ``encrypted`` means "not plain SQLite, but shaped like a database" (whole pages); it may
    also be random bytes, which only a key attempt can tell apart.
    """
    path = Path(path)
    if not path.exists():
        return "missing"
    if not path.is_file():
        return "foreign"
    size = path.stat().st_size
    if size == 0:
        return "empty"
    with path.open("rb") as file:
        head = file.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        return "plain"
    if size % 512 == 0:
        return "encrypted"
    return "foreign"


def adapt_values(driver: ModuleType) -> None:
    """Explicit adapters, in both drivers: dates in the same text form on every Python (3.12 deprecates sqlite3's
    defaults), and None. The driver looks for an adapter of every value that is not an int, float, str or bytes and
    finds none for None only after two attribute look-ups, one raising AttributeError inside: 0.25 µs a value, 15 ms
    of an import of 30,000 connections whose e-mail cells are mostly empty. Registered, it is found at the first
    look-up and hands None back, bound as NULL as before."""
    driver.register_adapter(datetime, lambda value: value.isoformat(" "))
    driver.register_adapter(date, lambda value: value.isoformat())
    driver.register_adapter(type(None), lambda value: value)


_cipher: ModuleType | None = None


def sqlcipher() -> ModuleType:
    """The SQLCipher driver, loaded with the first encrypted database (a plain one never pays its ~6 ms)."""
    global _cipher
    if _cipher is None:
        import sqlcipher3

        adapt_values(sqlcipher3)
        _cipher = sqlcipher3
    return _cipher


def driver_errors(name: str = "Error", *also: type[BaseException]) -> tuple[type[BaseException], ...]:
    """``also``, ``sqlite3.<name>`` and, once SQLCipher is loaded, its ``<name>`` too: what an except clause catches."""
    if _cipher is None:
        return (*also, getattr(sqlite3, name))
    return (*also, getattr(sqlite3, name), getattr(_cipher, name))


def cipher_version() -> str:
    connection = sqlcipher().connect(":memory:")
    try:
        return str(connection.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        connection.close()


def apply_key(connection: Any, key: Key) -> None:
    """Quiet SQLCipher's own error log (a wrong key is our message, not stderr noise), then key the connection."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {key.sql_literal()}")


def writable(path: Path | str) -> bool:
    """Whether the database at ``path`` can be written: the file and its folder (SQLite creates its journal there),
    on a file system mounted for writing (``access`` says EROFS there even to root)."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only_uri(path: Path | str) -> str:
    """The URI that opens ``path`` without writing. Where not even the shared-memory file beside it can be made (a
    read-only folder or file system) and no write-ahead log holds anything, the file is opened as immutable."""
    path = Path(path)
    uri = f"{path.absolute().as_uri()}?mode=ro"
    wal = Path(f"{path}-wal")
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-shm").exists():
        if not wal.exists() or wal.stat().st_size == 0:
            uri += "&immutable=1"
    return uri


def connect(path: Path | str, key: Key | None, read_only: bool = False, timeout: float = 5.0) -> Any:
    """A DB-API connection to ``path``: SQLCipher with ``key`` applied first, or plain sqlite3 without one."""
    target = read_only_uri(path) if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, timeout=timeout)
    connection = sqlcipher().connect(target, uri=read_only, timeout=timeout)
    try:
        apply_key(connection, key)
    except Exception:
        connection.close()
        raise
    return connection


def key_opens(path: Path, key: Key) -> bool:
    """Whether ``key`` decrypts the database at ``path`` (read-only; the file is never changed)."""
    try:
        connection = connect(path, key, read_only=True)
    except driver_errors():
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except driver_errors("DatabaseError") as error:
        # SQLCipher says NOTADB when page 1 does not decrypt (the wrong key); any other error — a page cut off or
        # malformed further on — comes after the key opened the file: that file is damaged, and its key is this one
        return not is_not_a_database(error)
    finally:
        connection.close()


class EncryptedDatabase(Classifying, pw.SqliteDatabase):
    """peewee's SQLite database over the SQLCipher driver; the key pragma runs first on every connection."""

    keyed = True

    def __init__(self, database: str, key: Key, read_only: bool = False, **kwargs: Any) -> None:
        self.key = key
        self.read_only = read_only
        super().__init__(database, **kwargs)

    def _connect(self) -> Any:
        target = read_only_uri(self.database) if self.read_only else self.database
        conn = sqlcipher().connect(
            target, timeout=self._timeout, isolation_level=None, uri=self.read_only, **self.connect_params
        )
        try:
            apply_key(conn, self.key)
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn


def key_of(db: pw.Database) -> Key | None:
    """The key of an open database (None for a plain one)."""
    return db.key if isinstance(db, EncryptedDatabase) else None


def export_encrypted(source: Path, target: Path, key: Key, source_key: Key | None = None) -> None:
    """Write the whole database at ``source`` into a new file ``target`` encrypted with ``key``.

    ``sqlcipher_export`` copies schema and rows (search index, triggers and all); ``target``
    must not exist. The target is left as one self-contained file (rollback journal).
    """
    target = Path(target)
    if target.exists():
        raise FileExistsError(target)
    connection = sqlcipher().connect(str(source), isolation_level=None)
    try:
        if source_key is not None:
            apply_key(connection, source_key)
        else:
            connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute(f"ATTACH DATABASE ? AS target KEY {key.sql_literal()}", [str(target)])
        try:
            connection.execute("SELECT sqlcipher_export('target')")
            (version,) = connection.execute("PRAGMA main.user_version").fetchone()
            connection.execute(f"PRAGMA target.user_version = {int(version)}")
        finally:
            connection.execute("DETACH DATABASE target")
    finally:
        connection.close()


def rekey(db: pw.Database, new_key: Key) -> None:
    """Re-encrypt the open database with ``new_key`` (every page is rewritten)."""
    if not isinstance(db, EncryptedDatabase):
        raise ValueError("only an encrypted database can change its key")
    db.execute_sql(f"PRAGMA rekey = {new_key.sql_literal()}")
    db.key = new_key
