"""`make screenshots` renders every page from the demo data: a renamed widget breaks it, and this notices."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# a page of every kind: Today, People, a person, Openings, the dialogs, every Settings tab, the three window sizes
PAGES = (
    "today.png", "today-undo.png", "today-nothing.png", "empty.png", "people.png", "person.png",
    "openings.png", "log-rejection.png", "settings-rules.png", "settings-mail.png", "settings-privacy.png",
    "duplicates.png", "import-summary.png", "today-1024x700.png", "people-1920x1080.png",
)  # fmt: skip


@pytest.mark.slow
def test_make_screenshots_renders_every_page(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"), "XDG_STATE_HOME": str(home / ".local/state"),
        "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }  # fmt: skip
    out = tmp_path / "shots"

    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "screenshots.py"), str(out)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr[-2000:]
    missing = [page for page in PAGES if not (out / page).is_file() or (out / page).stat().st_size < 5_000]
    assert missing == []
