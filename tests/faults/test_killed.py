"""SIGKILL in the middle of a restore: the database opens and holds what it held (or, the restore done, the
backup's data) whole, the keyring entry is unchanged, every earlier backup still opens, and the half-written copy
is gone after the next start."""

from __future__ import annotations

import os
import signal
from pathlib import Path

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
