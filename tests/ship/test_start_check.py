"""REBOUND_QUIT_AFTER_START=1: the app opens its window, closes it after its started paint, exits 0 (checks a build)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_app_opens_its_window_and_quits_cleanly(tmp_path: Path) -> None:
    database = tmp_path / "started.db"
    env = {**os.environ, "REBOUND_QUIT_AFTER_START": "1", "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop", "--no-encryption", "--db", str(database)]

    started = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)

    assert (started.returncode, started.stderr) == (0, "")
    assert database.is_file()  # the window was up: its database had been created and opened
