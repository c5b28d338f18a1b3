"""Private by default, from the command line: encrypted databases, recovery keys, passphrases, erase, backups."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop import secrets
from desktop.store import encryption
from desktop.store.encryption import Key
from tests.cli.conftest import Rebound
from tests.cli.helpers import REPO, small_archive
from tests.memory_keyring import MemoryKeyring, install_memory_keyring

CODE = re.compile(r"\b(?:[0-9A-Z]{5}-){10}[0-9A-Z]{5}\b")
# what the small archive holds about people, which must never be readable in the file (each long enough
# that encrypted bytes never hold it by chance: a 4-letter word, case-folded, turns up in ~1 file in 1,000)
PRIVATE = (b"Tom Weber", b"Tom.Weber@Acme", b"tomweber", b"Thank you for your time", b"Met at a meetup", b"Ali Khan")


@pytest.fixture(autouse=True)
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import desktop.cli.common

    monkeypatch.setattr(desktop.cli.common, "interactive", lambda: False)  # never prompt, even under `pytest -s`
    return install_memory_keyring(monkeypatch)


def _code(text: str) -> str:
    found = CODE.findall(text)
    assert len(found) == 1, text
    return found[0]


def _files(db_path: Path) -> list[Path]:
    return [p for p in db_path.parent.rglob("*") if p.is_file() and p.suffix != ".json"]


def _readable(db_path: Path) -> list[str]:
    return [f"{p.name}: {w!r}" for p in _files(db_path) for w in PRIVATE if w.lower() in p.read_bytes().lower()]


def _forget_keys(memory: MemoryKeyring) -> None:
    memory.passwords.clear()
    secrets.reset()


def _no_keyring() -> None:
    keyring.set_keyring(fail.Keyring())
    secrets.reset()


# ---------------------------------------------------------------- encrypted by default


def test_a_new_database_is_encrypted_and_its_recovery_key_shown_once(rebound: Rebound) -> None:
    first = rebound("people")
    assert first.code == 0, first.err
    assert "encrypted database" in first.err and "Recovery key" in first.err
    code = _code(first.err)
    assert first.out.startswith("No people yet")
    assert encryption.file_state(rebound.db_path) == "encrypted"
    again = rebound("people")
    assert again.code == 0 and again.err == ""  # shown only once
    assert rebound("recovery-key").out.strip() == code


def test_the_data_is_searchable_but_unreadable_on_disk(rebound: Rebound) -> None:
    rebound.load()
    rebound("backup")
    assert rebound.names("zoe") == ["Zoë Martin"]
    assert _readable(rebound.db_path) == []


def test_check_reports_the_encryption(rebound: Rebound) -> None:
    rebound.load()
    result = rebound("check")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("ok")
    assert lines[1].startswith("encryption: on (SQLCipher 4.")
    assert "keyring" in lines[1]


def test_a_missing_key_exits_4_with_a_clear_line_and_the_file_unchanged(
    rebound: Rebound, memory: MemoryKeyring
) -> None:
    rebound.load()
    before = rebound.db_path.read_bytes()
    _forget_keys(memory)

    for command in (["people"], ["check"], ["import", "json", rebound.file(small_archive())], ["backup"]):
        line = rebound(*command).assert_one_line_error(4)
        assert f"cannot open {rebound.db_path}" in line
        assert "the key is wrong or missing" in line
        assert "rebound --recovery-key" in line

    assert rebound.db_path.read_bytes() == before
    assert not (rebound.db_path.parent / "backups").exists()


def test_the_recovery_key_opens_it_on_a_new_machine(rebound: Rebound, memory: MemoryKeyring) -> None:
    code = _code(rebound("people").err)
    rebound.load()
    _forget_keys(memory)

    result = rebound("--recovery-key", code, "people", "--json")

    assert result.code == 0, result.err
    assert "in the keyring again" in result.err
    assert [p["name"] for p in json.loads(result.out)] == ["Ali Khan", "Sam Lee", "Sam Lee", "Tom Weber", "Zoë Martin"]
    assert len(memory.passwords) == 1
    assert rebound.names() == ["Ali Khan", "Sam Lee", "Sam Lee", "Tom Weber", "Zoë Martin"]  # the keyring has it again


def test_the_recovery_key_from_the_environment(
    rebound: Rebound, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _code(rebound("people").err)
    rebound.load()
    _forget_keys(memory)
    monkeypatch.setenv("REBOUND_RECOVERY_KEY", code)
    assert rebound.names() == ["Ali Khan", "Sam Lee", "Sam Lee", "Tom Weber", "Zoë Martin"]


def test_a_mistyped_recovery_key_is_bad_input(rebound: Rebound, memory: MemoryKeyring) -> None:
    code = _code(rebound("people").err)
    _forget_keys(memory)
    line = rebound("--recovery-key", code[:-1] + ("A" if code[-1] != "A" else "B"), "people").assert_one_line_error(3)
    assert "--recovery-key" in line and "typo" in line


# ---------------------------------------------------------------- no keyring


def test_without_a_keyring_the_passphrase_comes_from_the_environment(
    rebound: Rebound, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_keyring()
    monkeypatch.setenv("REBOUND_PASSPHRASE", "correct horse battery staple")
    created = rebound("people")
    assert created.code == 0, created.err
    assert "opens with your passphrase" in created.err
    rebound.load()
    assert rebound.names("tom") == ["Tom Weber"]
    assert _readable(rebound.db_path) == []
    monkeypatch.setenv("REBOUND_PASSPHRASE", "a wrong passphrase")
    rebound("people").assert_one_line_error(4)
    monkeypatch.delenv("REBOUND_PASSPHRASE")
    line = rebound("people").assert_one_line_error(4)
    assert "the key is wrong or missing" in line


def test_without_a_keyring_or_a_passphrase_nothing_is_created(rebound: Rebound) -> None:
    _no_keyring()
    line = rebound("people").assert_one_line_error(4)
    assert "REBOUND_PASSPHRASE" in line and "--no-encryption" in line
    assert not rebound.db_path.exists()


def test_no_encryption_on_purpose(rebound: Rebound) -> None:
    result = rebound("--no-encryption", "people")
    assert (result.code, result.err) == (0, "")  # no key was made, so none is shown
    assert result.out.startswith("No people yet")
    assert encryption.file_state(rebound.db_path) == "plain"
    assert "encryption: off, as chosen" in rebound("check").out


def test_a_real_process_without_a_terminal_never_waits_for_a_passphrase(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    for name in ("REBOUND_NO_ENCRYPTION", "REBOUND_PASSPHRASE"):
        env.pop(name, None)
    database = tmp_path / "r.db"
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(database), "people"], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, cwd=REPO, env=env, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 4 and "no passphrase was given" in done.stderr
    assert not database.exists()
    env["REBOUND_PASSPHRASE"] = "correct horse battery staple"
    for _ in range(2):  # create, then open again
        done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(database), "people"],
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=REPO, env=env, timeout=60,
                              check=False)  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert encryption.file_state(database) == "encrypted"


# ---------------------------------------------------------------- encrypt, rotate


def test_encrypt_an_existing_database(rebound: Rebound, memory: MemoryKeyring) -> None:
    rebound("--no-encryption", "people")
    rebound.load()
    rebound("backup")
    assert _readable(rebound.db_path)  # readable before

    result = rebound("encrypt")

    assert result.code == 0, result.err
    assert result.out.strip() == f"Encrypted {rebound.db_path}"
    code = _code(result.err)
    assert _readable(rebound.db_path) == []  # the database and every backup
    assert rebound.names("zoe") == ["Zoë Martin"]
    assert "encryption: on" in rebound("check").out
    assert rebound("recovery-key").out.strip() == code
    assert rebound("encrypt").assert_one_line_error(3).endswith("`rebound rotate-key` changes its key)")


def test_rotate_key(rebound: Rebound, memory: MemoryKeyring) -> None:
    old = _code(rebound("people").err)
    rebound.load()

    result = rebound("rotate-key")

    assert result.code == 0, result.err
    new = _code(result.err)
    assert new != old
    assert rebound("recovery-key").out.strip() == new
    _forget_keys(memory)
    rebound("--recovery-key", old, "people").assert_one_line_error(4)
    opened = rebound("--recovery-key", new, "people", "--json")
    assert opened.code == 0, opened.err
    assert [p["name"] for p in json.loads(opened.out)] == ["Ali Khan", "Sam Lee", "Sam Lee", "Tom Weber", "Zoë Martin"]


def test_recovery_key_of_a_plain_database(rebound: Rebound) -> None:
    rebound("--no-encryption", "people")
    assert "not encrypted" in rebound("recovery-key").assert_one_line_error(3)
    assert "not encrypted" in rebound("rotate-key").assert_one_line_error(3)


# ---------------------------------------------------------------- erase


def test_erase_needs_a_confirmation(rebound: Rebound) -> None:
    rebound("people")
    rebound.load()
    line = rebound("erase", "Tom Weber").assert_one_line_error(3)
    assert "--yes" in line
    assert "Tom Weber" in rebound.names()


def test_erase_a_person_and_keep_them_erased_after_a_restore(rebound: Rebound, tmp_path: Path) -> None:
    rebound("people")
    rebound.load()
    backup = tmp_path / "before.db"
    taken = rebound("backup", backup)
    assert (taken.code, taken.out) == (0, f"{backup}\n")
    assert backup.is_file()

    result = rebound("erase", "tom.weber@acme.example", "--yes")

    assert result.code == 0, result.err
    assert result.out.startswith("Erased Tom Weber (Acme GmbH): 1 interactions, 1 connections, 1 process links")
    assert "Tom Weber" not in rebound.names()
    assert rebound.names("weber") == []
    assert rebound("check").code == 0

    restored = rebound("restore", backup)

    assert restored.code == 0, restored.err
    assert "1 erased people in the backup were erased again" in restored.out
    assert "Tom Weber" not in rebound.names()
    assert rebound.names("zoe") == ["Zoë Martin"]
    assert rebound("erase", "Tom Weber", "--yes").assert_one_line_error(3)


# ---------------------------------------------------------------- backups and restore


def test_backup_restore_and_check_on_an_encrypted_database(rebound: Rebound, memory: MemoryKeyring) -> None:
    rebound("people")
    rebound.load()
    made = rebound("backup")
    assert made.code == 0, made.err
    backup = Path(made.out.strip())
    assert encryption.file_state(backup) == "encrypted"
    key = Key.from_hex(memory.passwords[("Rebound", secrets.database_account(rebound.db_path))])
    assert encryption.key_opens(backup, key)
    at_backup = rebound.export()
    rebound.load({"format": "rebound-archive", "version": 1, "people": [{"id": "n", "name": "Nina New"}]})

    result = rebound("restore", backup)

    assert result.code == 0, result.err
    assert rebound.export() == at_backup
    assert rebound("check").code == 0
    assert _readable(rebound.db_path) == []


def test_the_daily_backup_from_the_command_line(rebound: Rebound) -> None:
    rebound("people")
    first = rebound("backup", "--daily")
    assert first.code == 0, first.err
    taken = Path(first.out.strip())
    assert taken.parent == rebound.db_path.parent / "backups" and taken.is_file()
    assert rebound("backup", "--daily").out.strip() == "Today's backup exists already"


def test_restore_while_the_app_holds_the_database_exits_4(rebound: Rebound, tmp_path: Path) -> None:
    from desktop.core.instance import InstanceLock

    rebound("people")
    rebound.load()
    backup = tmp_path / "b.db"
    rebound("backup", backup)
    before = rebound.db_path.read_bytes()
    with InstanceLock(rebound.db_path):
        line = rebound("restore", backup).assert_one_line_error(4)
        assert "another Rebound holds the database" in line
        assert "another Rebound" in rebound("rotate-key").assert_one_line_error(4)
    assert rebound.db_path.read_bytes() == before
