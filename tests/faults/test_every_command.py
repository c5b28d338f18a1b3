"""Every command against every fault: a fault is never an "unexpected error" (exit 1) and never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.conftest import REPO, Rebound, SmallDisk


def _matrix(rebound: Rebound, folder: Path) -> list[dict[str, object]]:
    folder.mkdir(exist_ok=True)
    command = [sys.executable, "-m", "tests.faults.matrix_runner", str(rebound.db), str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, env=rebound.env(), cwd=REPO, timeout=300, check=True)
    outcomes: list[dict[str, object]] = json.loads(done.stdout)
    return outcomes


def _no_bugs(outcomes: list[dict[str, object]], fault: str) -> None:
    bad = [o for o in outcomes if o["code"] not in (0, 2, 3, 4) or "Traceback" in str(o["err"])]
    assert bad == [], f"{fault}: {bad}"
    assert any(o["code"] == 4 for o in outcomes), f"{fault}: no command met the fault"


def test_every_command_on_a_full_disk(small_disk: SmallDisk, demo_template: Path, tmp_path: Path) -> None:
    rebound = Rebound(small_disk.mount / "rebound.db")
    shutil.copyfile(demo_template, rebound.db)
    small_disk.fill()
    _no_bugs(_matrix(rebound, tmp_path / "files"), "full disk")


def test_every_command_on_a_read_only_file_system(small_disk: SmallDisk, demo_template: Path, tmp_path: Path) -> None:
    rebound = Rebound(small_disk.mount / "rebound.db")
    shutil.copyfile(demo_template, rebound.db)
    small_disk.read_only()
    outcomes = _matrix(rebound, tmp_path / "files")
    _no_bugs(outcomes, "read-only file system")
    assert {o["command"]: o["code"] for o in outcomes}["people"] == 0


@pytest.mark.parametrize("fault", ["empty", "cut short", "wrong key"])
def test_every_command_on_a_damaged_or_locked_out_database(keyed: Rebound, tmp_path: Path, fault: str) -> None:
    keyed("demo").ok()
    if fault == "empty":
        keyed.db.write_bytes(b"")
    elif fault == "cut short":
        os.truncate(keyed.db, keyed.db.stat().st_size // 2 // 4096 * 4096)
    else:
        assert keyed.keyring is not None
        entries = json.loads(keyed.keyring.read_text(encoding="utf-8"))
        entries[f"Rebound\0database:{keyed.db.absolute()}"] = "11" * 32
        keyed.keyring.write_text(json.dumps(entries), encoding="utf-8")
    _no_bugs(_matrix(keyed, tmp_path / "files"), fault)
