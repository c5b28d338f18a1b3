"""Encrypted at rest: SQLCipher with a random key in the keyring, recovery keys, passphrases, encrypt and rotate."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import keyring
import peewee as pw
import pytest
from keyring.backends import fail

from desktop import secrets
from desktop.core import people, rekey, timeline, unlock
from desktop.errors import DatabaseProblem, InputError
from desktop.store import encryption, maintenance, migrations
from desktop.store.database import WrongKey, close_database, open_sqlite
from desktop.store.encryption import BadRecoveryKey, Key
from desktop.store.models import DB
from tests.memory_keyring import HangingKeyring, MemoryKeyring, install_memory_keyring

# words of the data that must never be readable in the files on disk
SECRET_WORDS = (b"Zebulon", b"Quartermaine", b"zeb@secretcorp", b"Secretcorp", b"Xylophone", b"vip-insider")


@pytest.fixture(autouse=True)
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    return install_memory_keyring(monkeypatch)


@pytest.fixture
def url(db_path: Path) -> Iterator[str]:
    yield f"sqlite:///{db_path}"
    close_database()


def fill() -> int:
    """A person with a name, an e-mail, a company, a tag and a note, and someone else."""
    pid = people.create_person({"name": "Zebulon Quartermaine", "email": "zeb@secretcorp.example",
                                "company": "Secretcorp", "tags": ["vip-insider"]}).value  # fmt: skip
    timeline.add_note(pid, "Told me about the Xylophone project", datetime(2026, 1, 5, 9, 0))
    people.create_person({"name": "Ada Other"})
    return pid


def files_of(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def readable_words(*paths: Path) -> list[bytes]:
    found = []
    for path in paths:
        raw = path.read_bytes()
        found += [word for word in SECRET_WORDS if word in raw or word.lower() in raw.lower()]
    return found


def _stored_key(memory: MemoryKeyring, path: Path) -> str | None:
    return memory.passwords.get(("Rebound", secrets.database_account(path)))


# ---------------------------------------------------------------- the driver


def test_sqlcipher_is_the_pinned_wheel_with_fts5() -> None:
    import sqlcipher3

    assert encryption.cipher_version().startswith("4.")
    connection = sqlcipher3.connect(":memory:")
    options = {row[0] for row in connection.execute("PRAGMA compile_options")}
    assert "ENABLE_FTS5" in options
    connection.close()


# ---------------------------------------------------------------- a new database


def test_a_new_database_is_encrypted_with_a_random_key_kept_in_the_keyring(
    url: str, db_path: Path, memory: MemoryKeyring
) -> None:
    opened = unlock.open_unlocked(url)

    assert opened.encrypted and opened.created and opened.key_source == "keyring"
    stored = _stored_key(memory, db_path)
    assert stored is not None and len(bytes.fromhex(stored)) == 32
    assert opened.recovery_key is not None
    assert encryption.key_from_recovery_code(opened.recovery_key) == Key.from_hex(stored)
    assert db_path.read_bytes()[:16] != encryption.SQLITE_HEADER
    close_database()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(db_path).execute("SELECT * FROM person").fetchall()


def test_two_databases_get_different_keys(tmp_path: Path, memory: MemoryKeyring) -> None:
    unlock.open_unlocked(f"sqlite:///{tmp_path / 'a.db'}")
    close_database()
    unlock.open_unlocked(f"sqlite:///{tmp_path / 'b.db'}")
    close_database()
    assert _stored_key(memory, tmp_path / "a.db") != _stored_key(memory, tmp_path / "b.db")


def test_no_name_email_or_note_is_readable_in_the_file_or_its_wal(url: str, db_path: Path) -> None:
    unlock.open_unlocked(url)
    fill()
    assert [r.name for r in people.list_people("zebul")] == ["Zebulon Quartermaine"]  # search works inside
    assert Path(f"{db_path}-wal").stat().st_size > 0  # the writes are in the WAL right now
    assert readable_words(*files_of(db_path)) == []
    close_database()
    assert readable_words(*files_of(db_path)) == []


def test_pragmas_hold_on_the_encrypted_database(url: str) -> None:
    unlock.open_unlocked(url)

    def pragma(name: str) -> object:
        return DB.obj.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") >= 1000


def test_every_connection_is_keyed_first_also_in_other_threads(url: str) -> None:
    import threading

    unlock.open_unlocked(url)
    fill()
    seen: list[object] = []
    thread = threading.Thread(target=lambda: seen.append(people.count_people("zeb")))
    thread.start()
    thread.join(10)
    assert seen == [1]


# ---------------------------------------------------------------- wrong or missing key


def test_a_missing_key_is_a_clear_problem_and_the_file_is_untouched(
    url: str, db_path: Path, memory: MemoryKeyring
) -> None:
    unlock.open_unlocked(url)
    fill()
    close_database()
    before = {p.name: p.read_bytes() for p in files_of(db_path)}
    memory.passwords.clear()
    secrets.reset()

    with pytest.raises(WrongKey) as caught:
        unlock.open_unlocked(url)

    message = str(caught.value)
    assert str(db_path) in message
    assert "the key is wrong or missing" in message
    assert "--recovery-key" in message
    assert {p.name: p.read_bytes() for p in files_of(db_path)} == before


def test_a_wrong_key_in_the_keyring_never_recreates_the_database(
    url: str, db_path: Path, memory: MemoryKeyring
) -> None:
    unlock.open_unlocked(url)
    fill()
    close_database()
    before = db_path.read_bytes()
    memory.passwords[("Rebound", secrets.database_account(db_path))] = "00" * 32
    secrets.reset()
    with pytest.raises(WrongKey, match="does not open it"):
        unlock.open_unlocked(url)
    with pytest.raises(WrongKey):
        open_sqlite(db_path, key=Key(raw=b"\x01" * 32))
    assert db_path.read_bytes() == before
    assert not Path(f"{db_path}-wal").exists()


# ---------------------------------------------------------------- recovery keys


def test_the_recovery_key_opens_the_database_on_a_new_machine(
    url: str, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = unlock.open_unlocked(url).recovery_key
    assert code is not None
    fill()
    close_database()
    new_machine = install_memory_keyring(monkeypatch)  # an empty keyring

    opened = unlock.open_unlocked(url, recovery_key=code.lower().replace("-", " "))

    assert opened.key_source == "recovery key"
    assert [r.name for r in people.list_people("zeb")] == ["Zebulon Quartermaine"]
    assert _stored_key(new_machine, db_path) == encryption.key_from_recovery_code(code).hex()  # stored again
    close_database()
    secrets.reset()
    assert unlock.open_unlocked(url).key_source == "keyring"


def test_a_mistyped_recovery_key_is_bad_input(url: str) -> None:
    code = unlock.open_unlocked(url).recovery_key
    assert code is not None
    close_database()
    typo = code[:-1] + ("1" if code[-1] != "1" else "2")  # the last letter: caught whatever the key
    with pytest.raises(InputError, match="typo"):
        unlock.open_unlocked(url, recovery_key=typo)
    with pytest.raises(InputError, match="letters and digits"):
        unlock.open_unlocked(url, recovery_key=code[:-6])


def test_another_databases_recovery_key_does_not_open_it(url: str, tmp_path: Path) -> None:
    unlock.open_unlocked(url)
    close_database()
    other = encryption.recovery_code(Key.random())
    with pytest.raises(WrongKey, match="recovery key given does not open it"):
        unlock.open_unlocked(url, recovery_key=other)


def test_recovery_codes_round_trip_and_catch_typos() -> None:
    import random

    rng = random.Random(11)  # fixed keys: a 16-bit checksum lets 1 in 65,536 typos through, so no luck involved
    for _ in range(20):
        key = Key(raw=rng.randbytes(32))
        code = encryption.recovery_code(key)
        groups = code.split("-")
        assert len(groups) == 11 and all(len(g) == 5 for g in groups)
        assert encryption.key_from_recovery_code(code) == key
        assert encryption.key_from_recovery_code(code.lower().replace("0", "o").replace("1", "l")) == key
        for position in (0, 7, len(code) - 1):  # every letter counts, the last one too
            for other in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
                if other != code[position]:
                    with pytest.raises(BadRecoveryKey):
                        encryption.key_from_recovery_code(code[:position] + other + code[position + 1 :])
    with pytest.raises(ValueError):
        encryption.recovery_code(Key(passphrase="only a passphrase"))


def test_keys_never_show_in_their_repr() -> None:
    key = Key.random()
    assert key.hex() not in repr(key)
    assert "secret words" not in repr(Key(passphrase="secret words"))


# ---------------------------------------------------------------- no keyring: a passphrase


class Asker:
    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, purpose: str, path: Path) -> str | None:
        self.asked.append(purpose)
        return self.answers.pop(0) if self.answers else None


def _no_keyring() -> None:
    keyring.set_keyring(fail.Keyring())
    secrets.reset()


def test_without_a_keyring_a_new_database_takes_a_passphrase(url: str, db_path: Path) -> None:
    _no_keyring()
    asker = Asker("correct horse battery staple")

    opened = unlock.open_unlocked(url, ask_secret=asker)

    assert asker.asked == ["new"]
    assert opened.encrypted and opened.key_source == "passphrase" and opened.recovery_key is None
    fill()
    close_database()
    assert readable_words(*files_of(db_path)) == []
    reopen = Asker("correct horse battery staple")
    assert unlock.open_unlocked(url, ask_secret=reopen).key_source == "passphrase"
    assert reopen.asked == ["open"]
    close_database()
    before = db_path.read_bytes()
    with pytest.raises(WrongKey, match="does not open it"):
        unlock.open_unlocked(url, ask_secret=Asker("wrong horse"))
    assert db_path.read_bytes() == before


def test_without_a_keyring_or_a_passphrase_nothing_is_created(url: str, db_path: Path) -> None:
    _no_keyring()
    with pytest.raises(DatabaseProblem, match="no passphrase was given") as caught:
        unlock.open_unlocked(url, ask_secret=Asker(None))
    assert "--no-encryption" in str(caught.value)
    assert not db_path.exists()
    with pytest.raises(DatabaseProblem):
        unlock.open_unlocked(url)  # no one to ask at all
    assert not db_path.exists()


def test_a_short_passphrase_is_refused(url: str, db_path: Path) -> None:
    _no_keyring()
    with pytest.raises(InputError, match="at least 8"):
        unlock.open_unlocked(url, ask_secret=Asker("short"))
    assert not db_path.exists()


def test_a_keyring_that_hangs_leads_to_the_passphrase_without_waiting_for_it(url: str) -> None:
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    secrets.reset()
    try:
        opened = unlock.open_unlocked(url, ask_secret=Asker("a long passphrase"), timeout=0.3)
        assert opened.key_source == "passphrase"
        assert backend.asked >= 1
        assert backend.answered == 0  # the passphrase was asked while the keyring still hung
    finally:
        backend.release()


def test_the_recovery_key_typed_into_the_passphrase_dialog_opens_too(url: str) -> None:
    code = unlock.open_unlocked(url).recovery_key
    assert code is not None
    close_database()
    _no_keyring()
    assert unlock.open_unlocked(url, ask_secret=Asker(code)).key_source == "recovery key"


# ---------------------------------------------------------------- no encryption, on purpose only


def test_no_encryption_is_an_explicit_recorded_choice(url: str, db_path: Path) -> None:
    opened = unlock.open_unlocked(url, encrypt=False)
    close_database()
    assert not opened.encrypted
    assert db_path.read_bytes()[:16] == encryption.SQLITE_HEADER
    assert unlock.read_options(db_path)["encryption"] == "off"
    status = rekey.encryption_status(db_path)
    assert not status.encrypted and status.chosen_off
    assert "off, as chosen" in status.line()


def test_the_environment_can_choose_no_encryption(url: str, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REBOUND_NO_ENCRYPTION", "1")
    assert not unlock.open_unlocked(url).encrypted


def test_an_older_plain_database_is_reported_as_not_encrypted(db_path: Path) -> None:
    open_sqlite(db_path)
    close_database()
    status = rekey.encryption_status(db_path)
    assert not status.encrypted and not status.chosen_off
    assert "predates encryption" in status.line()
    assert "rebound encrypt" in status.line()


# ---------------------------------------------------------------- encrypting an existing database


def _schema(db: object) -> set[tuple[str, str, str]]:
    rows = DB.obj.execute_sql("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return {(t, n, " ".join((s or "").split())) for t, n, s in rows.fetchall()}


def test_an_existing_plain_database_is_encrypted_on_request(url: str, db_path: Path, memory: MemoryKeyring) -> None:
    open_sqlite(db_path)
    fill()
    plain_schema = _schema(DB.obj)
    old_backup = maintenance.backup()  # a plain backup from before
    close_database()
    assert readable_words(db_path, old_backup)  # the test data is readable before

    done = rekey.encrypt_database(url)

    assert done.recovery_key is not None and done.key_source == "keyring"
    assert encryption.file_state(db_path) == "encrypted"
    safety = [p for p in db_path.parent.iterdir() if ".before-encryption-" in p.name]
    assert len(safety) == 1 and safety[0] in done.backups and old_backup in done.backups
    every_file = [p for p in db_path.parent.rglob("*") if p.is_file()]
    assert readable_words(*every_file) == []  # nothing readable left behind, backups included
    key = Key.from_hex(_stored_key(memory, db_path) or "")
    for copy in (old_backup, safety[0]):
        assert maintenance.verify(copy, key) == []

    opened = unlock.open_unlocked(url)
    assert opened.encrypted and opened.key_source == "keyring"
    assert [r.name for r in people.list_people("xylo")] == []  # notes are not in the people index
    assert [r.name for r in people.list_people("secretc")] == ["Zebulon Quartermaine"]
    assert maintenance.check() == []
    assert _schema(DB.obj) == plain_schema
    assert rekey.encryption_status(db_path, opened.key_source).encrypted


def test_encrypt_refuses_an_encrypted_or_missing_database(url: str, tmp_path: Path) -> None:
    unlock.open_unlocked(url)
    close_database()
    with pytest.raises(InputError, match="encrypted already"):
        rekey.encrypt_database(url)
    with pytest.raises(DatabaseProblem, match="no such database"):
        rekey.encrypt_database(f"sqlite:///{tmp_path / 'missing.db'}")


def test_encrypt_without_a_keyring_takes_a_passphrase(url: str, db_path: Path) -> None:
    open_sqlite(db_path)
    fill()
    close_database()
    _no_keyring()
    done = rekey.encrypt_database(url, ask_secret=Asker("a long passphrase"))
    assert done.key_source == "passphrase" and done.recovery_key is None
    assert unlock.open_unlocked(url, ask_secret=Asker("a long passphrase")).encrypted


# ---------------------------------------------------------------- rotating the key


def test_rotate_key_gives_a_new_key_and_recovery_key(url: str, db_path: Path, memory: MemoryKeyring) -> None:
    first = unlock.open_unlocked(url).recovery_key
    assert first is not None
    fill()
    backup = maintenance.backup()
    close_database()

    rotated = rekey.rotate_key(url)

    assert rotated.recovery_key not in (None, first)
    new_key = encryption.key_from_recovery_code(rotated.recovery_key or "")
    assert _stored_key(memory, db_path) == new_key.hex()
    assert not any(account.startswith("database-next:") for _, account in memory.passwords)
    assert not encryption.key_opens(db_path, encryption.key_from_recovery_code(first))
    assert backup in rotated.backups and encryption.key_opens(backup, new_key)  # Rebound's backups follow
    assert not encryption.key_opens(backup, encryption.key_from_recovery_code(first))
    secrets.reset()
    opened = unlock.open_unlocked(url)
    assert opened.key_source == "keyring"
    assert people.count_people("zeb") == 1
    close_database()
    with pytest.raises(WrongKey):
        unlock.open_unlocked(url, recovery_key=first)


def test_a_rotation_stopped_half_way_still_opens(url: str, db_path: Path, memory: MemoryKeyring) -> None:
    unlock.open_unlocked(url)
    fill()
    fresh = Key.random()
    memory.passwords[("Rebound", f"database-next:{db_path}")] = fresh.hex()
    encryption.rekey(DB.obj, fresh)  # the rekey happened; the keyring's main entry was not updated yet
    close_database()
    secrets.reset()
    assert unlock.open_unlocked(url).key_source == "keyring"
    assert _stored_key(memory, db_path) == fresh.hex()


def test_rotate_key_refuses_a_plain_database(db_path: Path, url: str) -> None:
    open_sqlite(db_path)
    close_database()
    with pytest.raises(InputError, match="not encrypted"):
        rekey.rotate_key(url)


# ---------------------------------------------------------------- migrations of an encrypted database


def test_the_backup_before_a_migration_is_encrypted_too(
    url: str, db_path: Path, monkeypatch: pytest.MonkeyPatch, memory: MemoryKeyring
) -> None:
    unlock.open_unlocked(url)
    fill()
    close_database()
    real_steps = migrations.steps()
    extra = real_steps[-1][0] + 1  # numbers may skip: one past the newest

    def add_column(db: pw.Database) -> None:  # a step works on the database it is given
        db.execute_sql("ALTER TABLE person ADD COLUMN pronouns TEXT")

    monkeypatch.setattr(migrations, "steps", lambda: [*real_steps, (extra, add_column)])
    monkeypatch.setattr(migrations, "latest_version", lambda: extra)
    unlock.open_unlocked(url)
    close_database()

    backup = db_path.with_name(f"{db_path.name}.pre-migration-v{extra - 1}.bak")
    assert encryption.file_state(backup) == "encrypted"
    assert oct(backup.stat().st_mode & 0o777) == oct(0o600)
    assert readable_words(backup) == []
    key = Key.from_hex(_stored_key(memory, db_path) or "")
    connection = encryption.connect(backup, key, read_only=True)
    try:
        assert "pronouns" not in {row[1] for row in connection.execute("PRAGMA table_info(person)")}
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (2,)
    finally:
        connection.close()


def test_new_encrypted_files_are_owner_only(url: str, db_path: Path) -> None:
    old = os.umask(0o022)
    try:
        unlock.open_unlocked(url)
        fill()
        for path in [*files_of(db_path), unlock.options_path(db_path)]:
            assert path.stat().st_mode & 0o077 == 0, path.name
    finally:
        os.umask(old)
