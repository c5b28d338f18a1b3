"""`rebound check` names a write-ahead log that was cut short: committed transactions SQLite drops without a word
when it reads the log back (issue 10). A second process writes committed transactions with the automatic
checkpoint off and ends without closing (so they stay in the log only); the log is then cut in the middle of its
last frame, as a truncated copy or a failing disk would leave it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.faults.conftest import REPO, Rebound

WRITER = """
import os, sqlite3, sys
if len(sys.argv) > 2:  # an encrypted database: its key, in hex
    import sqlcipher3 as sqlite3
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
if len(sys.argv) > 2:
    connection.execute(f"PRAGMA key = \\"x'{sys.argv[2]}'\\"")
assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
connection.execute("PRAGMA wal_autocheckpoint = 0")
for name in ("first", "second", "third"):
    connection.execute("BEGIN")
    connection.execute("INSERT INTO tag (name) VALUES (?)", (name,))
    connection.execute("COMMIT")
os._exit(0)  # no close: the transactions stay in the write-ahead log, never checkpointed
"""


def _tags(db: Path, key: str | None) -> list[str]:
    if key is None:
        with closing(sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)) as connection:
            return sorted(row[0] for row in connection.execute("SELECT name FROM tag"))
    import sqlcipher3

    with closing(sqlcipher3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)) as connection:
        connection.execute(f"PRAGMA key = \"x'{key}'\"")
        return sorted(row[0] for row in connection.execute("SELECT name FROM tag"))


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_check_names_a_write_ahead_log_cut_short_and_exits_4(plain: Rebound, keyed: Rebound, encrypted: bool) -> None:
    rebound = keyed if encrypted else plain
    rebound("demo").ok()
    key = rebound.key_hex() if encrypted else None
    tags = _tags(rebound.db, key)
    writer = [sys.executable, "-c", WRITER, str(rebound.db), *([key] if key else [])]
    subprocess.run(writer, check=True, cwd=REPO, timeout=120)
    wal = Path(f"{rebound.db}-wal")
    size = wal.stat().st_size
    page_size = int.from_bytes(wal.read_bytes()[8:12], "big")
    os.truncate(wal, size - (24 + page_size) // 2)  # half of the last frame, the third transaction's commit

    line = rebound("check").fault(4, f"{wal}", "was cut short")
    assert line.endswith(
        f"the write-ahead log {wal} was cut short (it ends {(24 + page_size) // 2} bytes into a frame): SQLite reads "
        "back 2 transactions of it; 1 more it says were committed are lost; restore a backup if data is missing"
    ), line
    assert _tags(rebound.db, key) == sorted([*tags, "first", "second"])  # what SQLite kept: the third is gone


def test_check_is_clean_on_a_whole_write_ahead_log(plain: Rebound) -> None:
    plain("demo").ok()
    subprocess.run([sys.executable, "-c", WRITER, str(plain.db)], check=True, cwd=REPO, timeout=120)
    assert Path(f"{plain.db}-wal").stat().st_size > 0

    assert plain("check").ok().startswith("ok: database and search index are sound")
    assert {"first", "second", "third"} <= set(_tags(plain.db, None))
