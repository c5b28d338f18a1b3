"""Killing a child at a point it reports: the crash tests' one harness (no guessed fractions of a measured time).

The child (``tests/store/crash_child.py``, ``tests/faults/erase_child.py``) writes ``<point>\\n`` to the pipe
named by ``REBOUND_CRASH_FD`` when it reaches ``REBOUND_CRASH_POINT``, then waits; the parent SIGKILLs it there.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def kill_at_reported_point(module: str, arguments: Sequence[str], point: str, env: dict[str, str], what: str) -> None:
    """Run ``python -m MODULE ARGUMENTS``, wait for its report of ``point`` and SIGKILL it there."""
    read, write = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-m", module, *arguments],
        cwd=REPO, env={**env, "REBOUND_CRASH_POINT": point, "REBOUND_CRASH_FD": str(write)}, pass_fds=(write,),
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    os.close(write)
    try:
        with selectors.DefaultSelector() as selector:  # a bound for a child that hangs, not a measure of speed
            selector.register(read, selectors.EVENT_READ)
            ready = selector.select(timeout=600)
        report = os.read(read, 100) if ready else b""
        if report != f"{point}\n".encode():
            process.kill()
            process.wait()
            errors = process.stderr.read().decode() if process.stderr else ""
            raise AssertionError(f"the {what} never reported {point!r} (said {report!r}): {errors}")
        process.send_signal(signal.SIGKILL)
        assert process.wait() == -signal.SIGKILL
    finally:
        os.close(read)
        if process.stderr:
            process.stderr.close()
