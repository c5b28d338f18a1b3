"""Another process that holds a database's single-instance lock (a second Rebound), for as long as a test needs."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HOLD = """
import sys
from pathlib import Path
from desktop.core.instance import InstanceLock
lock = InstanceLock(Path(sys.argv[1])).acquire()
print("locked", flush=True)
sys.stdin.readline()
"""


@contextmanager
def lock_held_elsewhere(database: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process holding the lock of ``database``; killed at the end (no clean release: the system drops it)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.kill()
        holder.wait(10)
