"""A damaged file, a wrong key and a plain file that is not a database: three faults, three different messages;
only a key that does not open the file sends the user to the recovery key."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.faults.conftest import Rebound, people_names
from tests.faults.file_keyring import read_entries


def _demo(keyed: Rebound) -> tuple[str, Path]:
    keyed("demo").ok()
    key = keyed.key_hex()
    assert key is not None
    return key, Path(keyed("backup").ok().strip())


def test_a_file_cut_short_is_damaged_not_a_key_problem(keyed: Rebound) -> None:
    key, backup = _demo(keyed)
    size = keyed.db.stat().st_size
    os.truncate(keyed.db, size // 2 // 4096 * 4096)  # whole pages: it still looks like an encrypted database

    line = keyed("people").fault(4, "damaged")

    assert "recovery key" not in line and "key is wrong" not in line
    assert keyed.key_hex() == key
    assert people_names(backup, key)  # the backup opens with the keyring's key


def test_a_malformed_page_is_damaged_not_a_key_problem(keyed: Rebound) -> None:
    key, backup = _demo(keyed)
    with open(keyed.db, "r+b") as file:  # scribble over the middle of a page past the first
        file.seek(8 * 4096 + 100)
        file.write(os.urandom(512))

    result = keyed("people")
    check = keyed("check")

    for run in (result, check):
        assert run.code == 4 and "Traceback" not in run.err and "unexpected error" not in run.err, run.err
        assert "recovery key" not in run.err
    assert "damaged" in result.err + check.err or "malformed" in result.err + check.err
    assert keyed.key_hex() == key and people_names(backup, key)


def test_a_wrong_key_names_the_recovery_key(keyed: Rebound) -> None:
    key, backup = _demo(keyed)
    assert keyed.keyring is not None
    entries = read_entries(keyed.keyring)
    account = f"Rebound\0database:{keyed.db.absolute()}"
    entries[account] = "00" * 32  # the keyring now holds another key for this path
    keyed.keyring.write_text(json.dumps(entries), encoding="utf-8")

    keyed("people").fault(4, "the key is wrong or missing", "recovery key", "nothing was changed")

    assert read_entries(keyed.keyring)[account] == "00" * 32  # left as it was: never replaced by a new key
    assert people_names(backup, key)


def test_a_plain_file_that_is_not_a_database(plain: Rebound) -> None:
    plain.db.parent.mkdir(parents=True)
    plain.db.write_text("name,email\nTom,tom@example.org\n" * 50, encoding="utf-8")
    before = plain.db.read_bytes()
    line = plain("people").fault(4)
    assert "recovery key" not in line
    assert plain.db.read_bytes() == before
