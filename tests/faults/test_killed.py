"""SIGKILL in the middle of a restore: the database opens and holds what it held (or, the restore done, the
backup's data) whole, the keyring entry is unchanged, every earlier backup still opens, and the half-written copy
is gone after the next start."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tests.crash_points import kill_at_reported_point
from tests.faults.conftest import Rebound, people_names


def _kill_when_staged(process: object, folder: Path) -> bool:
    """SIGKILL ``process`` as soon as a half-written copy appears beside the database; whether it was in time."""
    import subprocess

    assert isinstance(process, subprocess.Popen)
    while process.poll() is None:
        if any(name.endswith(".partial") for name in os.listdir(folder)):
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
    return False


def test_a_restore_killed_half_way_loses_nothing(keyed: Rebound, tmp_path: Path) -> None:
    keyed("demo").ok()
    key = keyed.key_hex()
    assert key is not None
    backup = Path(keyed("backup", tmp_path / "earlier.db").ok().strip())
    keyed("erase", "1", "--yes").ok()
    now = people_names(keyed.db, key)
    then = people_names(backup, key)

    killed = 0
    for _ in range(2):
        process = keyed.start("restore", backup)
        killed += _kill_when_staged(process, keyed.db.parent)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        assert people_names(keyed.db, key) in (now, then)  # whole: before or after, never between
        assert keyed.key_hex() == key
        assert people_names(backup, key) == then
        keyed("people").ok()  # the next start removes what the killed restore left
        assert [p for p in os.listdir(keyed.db.parent) if p.endswith(".partial")] == []
    assert killed >= 1, "no restore was caught half-way"


def _query(db: Path, key_hex: str, sql: str) -> list[tuple[object, ...]]:
    """Rows of ``sql`` read directly from the encrypted file (read-only)."""
    from contextlib import closing

    import sqlcipher3

    with closing(sqlcipher3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)) as connection:
        connection.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        return list(connection.execute(sql))


def _erase_killed_at(keyed: Rebound, point: str, person: str) -> None:
    """Run `rebound erase PERSON --yes` in a child, wait for its report of ``point`` and SIGKILL it there."""
    arguments = ["--db", str(keyed.db), "erase", person, "--yes"]
    kill_at_reported_point("tests.faults.erase_child", arguments, point, keyed.env(), "erase")


@pytest.mark.parametrize("point", ["delete", "committed", "vacuum", "vacuumed"])
def test_an_erase_killed_at_any_point_erases_all_of_the_person_or_nothing(keyed: Rebound, tmp_path: Path,
                                                                         point: str) -> None:  # fmt: skip
    keyed("demo").ok()
    key = keyed.key_hex()
    assert key is not None
    backup = Path(keyed("backup", tmp_path / "earlier.db").ok().strip())
    before = people_names(keyed.db, key)
    ((name,),) = _query(keyed.db, key, "SELECT name FROM person WHERE id = 1")
    ((notes_before,),) = _query(keyed.db, key, "SELECT count(*) FROM interaction WHERE person_id = 1")
    assert notes_before == 12  # the demo's first person has a history the erasure must take whole

    _erase_killed_at(keyed, point, "1")

    # the database opens, whole: the person and their history all there, or all gone with the erasure record
    after = people_names(keyed.db, key)
    ((erasures,),) = _query(keyed.db, key, "SELECT count(*) FROM erasure")
    ((notes,),) = _query(keyed.db, key, "SELECT count(*) FROM interaction WHERE person_id = 1")
    if point == "delete":
        assert (after, erasures, notes) == (before, 0, notes_before)
    else:
        assert (after, erasures, notes) == ([n for n in before if n != name], 1, 0)
        # until a compaction has run, `rebound check` is told that free pages may hold their words
        assert (keyed.db.parent / f"{keyed.db.name}.compaction-pending").exists()
    # the keyring entry and the earlier backup are untouched
    assert keyed.key_hex() == key
    assert people_names(backup, key) == before

    # the next start compacts what the killed erase did not: `rebound check` is clean, no free page is left
    out = keyed("check").ok()
    assert out.startswith("ok: database and search index are sound"), out
    assert not (keyed.db.parent / f"{keyed.db.name}.compaction-pending").exists()
    assert _query(keyed.db, key, "PRAGMA freelist_count") == [(0,)]
    assert people_names(keyed.db, key) == after
