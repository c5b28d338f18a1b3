"""The servers the suite starts stop with it: a test run killed half-way leaves no Dovecot behind."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import sys
from tests.imap_server import DovecotServer
server = DovecotServer().start()
print(server.process.pid, flush=True)
sys.stdin.read()  # until the test kills this process
"""


def test_a_killed_test_run_takes_its_dovecot_with_it() -> None:
    run = subprocess.Popen(
        [sys.executable, "-c", CHILD], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert run.stdout is not None
    dovecot = int(run.stdout.readline())
    watch = os.pidfd_open(dovecot)  # readable once that process has ended
    try:
        assert select.select([watch], [], [], 0)[0] == []  # running
        run.send_signal(signal.SIGKILL)  # no teardown, no atexit: only the kernel can stop the server now
        run.wait(timeout=30)
        ended, _, _ = select.select([watch], [], [], 30)
        assert ended == [watch], f"Dovecot (pid {dovecot}) still runs after its test run was killed"
    finally:
        os.close(watch)
        if run.stdin is not None:
            run.stdin.close()
