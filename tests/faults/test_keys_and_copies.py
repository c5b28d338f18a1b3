"""Faults that used to lose a key or a copy: an empty database file, simultaneous first starts, two restores in
one second, the half-written copies an interrupted restore leaves."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from tests.faults.conftest import Rebound, people_names


def test_an_empty_database_file_never_replaces_the_key_and_its_backup_restores(keyed: Rebound) -> None:
    keyed("demo").ok()
    key = keyed.key_hex()
    assert key is not None
    backup = Path(keyed("backup").ok().strip())
    names = people_names(keyed.db, key)
    keyed.db.write_bytes(b"")  # the file emptied (a sync tool, a full disk at the wrong moment)

    line = keyed("people").fault(4, "empty", "restore")

    assert "recovery key" not in line  # the key is fine
    assert keyed.key_hex() == key  # the keyring's key for this path is the one it was
    assert keyed.db.read_bytes() == b""  # nothing was created in its place
    assert people_names(backup, key) == names  # the backup still opens with the keyring's key
    keyed("restore", backup).ok()
    assert people_names(keyed.db, key) == names


def test_simultaneous_first_starts_share_one_key(tmp_path: Path) -> None:
    for round_ in range(2):
        rebound = Rebound(tmp_path / f"round-{round_}" / "rebound.db", keyring=tmp_path / "keyring.json")
        processes = [rebound.start("people", "--json") for _ in range(8)]
        outcomes = [(p.wait(timeout=180), p.stdout.read() if p.stdout else "", p.stderr.read() if p.stderr else "")
                    for p in processes]  # fmt: skip
        for process in processes:
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
        assert [code for code, _, _ in outcomes] == [0] * 8, [err for _, _, err in outcomes]
        assert all(json.loads(out) == [] for _, out, _ in outcomes)
        assert sum("Recovery key" in err for _, _, err in outcomes) == 1  # one process made the key, and said so
        key = rebound.key_hex()
        assert key is not None and people_names(rebound.db, key) == []  # the keyring's key opens the database
        assert rebound("demo").ok()


def _safety_names(db: Path, now: datetime) -> list[Path]:
    return [db.with_name(f"{db.name}.before-restore-{now + timedelta(seconds=s):%Y%m%d-%H%M%S}.bak")
            for s in range(0, 30)]  # fmt: skip


def test_a_restore_never_overwrites_an_earlier_safety_copy(plain: Rebound, demo_template: Path) -> None:
    plain.db.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, plain.db)
    backup = Path(plain("backup").ok().strip())
    plain("erase", "1", "--yes").ok()
    before = people_names(plain.db)
    # safety copies taken by earlier restores in each of the next 30 seconds: this restore falls in one of them
    earlier = _safety_names(plain.db, datetime.now())
    for number, name in enumerate(earlier):
        name.write_bytes(f"safety copy {number}".encode())

    plain("restore", backup).ok()

    for number, name in enumerate(earlier):
        assert name.read_bytes() == f"safety copy {number}".encode()
    (new,) = [p for p in plain.db.parent.glob("rebound.db.before-restore-*.bak") if p not in earlier]
    assert new.name.endswith("-2.bak")
    assert people_names(new) == before  # what the restore replaced is kept whole


def test_two_restores_in_a_row_keep_both_safety_copies(plain: Rebound, demo_template: Path) -> None:
    plain.db.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, plain.db)
    backup = Path(plain("backup").ok().strip())
    plain("restore", backup).ok()
    plain("restore", backup).ok()
    copies = sorted(plain.db.parent.glob("rebound.db.before-restore-*.bak"))
    assert len(copies) == 2
    assert all(len(people_names(copy)) == len(people_names(plain.db)) for copy in copies)


def _dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)  # fmt: skip
    return int(finished.stdout)


def test_half_written_copies_are_removed_at_the_next_start_and_check_lists_the_rest(
    plain: Rebound, demo_template: Path
) -> None:
    plain.db.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, plain.db)
    backup = Path(plain("backup").ok().strip())
    plain("restore", backup).ok()
    folder = plain.db.parent
    dead = _dead_pid()
    leftovers = [
        folder / f".rebound.db.before-restore-20261201-101010.bak.{dead}.partial",  # a restore killed mid-copy
        folder / f".rebound.db.restoring.{dead}.partial",
        folder / ".rebound.db.before-restore-20261130-101010.bak.partial",  # the name an older version left
        folder / "backups" / f".rebound-20261201-101010.db.{dead}.partial",
    ]
    for leftover in leftovers:
        shutil.copyfile(demo_template, leftover)  # whole copies of the data, erased people and all

    plain("people").ok()

    assert [leftover for leftover in leftovers if leftover.exists()] == []
    checked = plain("check")
    assert checked.code == 0
    (safety,) = folder.glob("rebound.db.before-restore-*.bak")
    assert f"copy of the data beside the database (erasures do not reach it): {safety}" in checked.err
