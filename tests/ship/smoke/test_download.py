"""What a Linux user downloads: the tarball installs into the menu, both programs start, the sizes hold."""

from __future__ import annotations

import json
import subprocess
import tarfile
from pathlib import Path

from tests.ship.smoke.conftest import Built, Session, median, record

FOLDER_BUDGET_MB = 250.0
TARBALL_BUDGET_MB = 100.0
APP_ID = "io.github.rebound.Rebound"


def test_the_sizes_are_within_budget(built: Built) -> None:
    """The folder and the tarball; the build's time is reported here and budgeted by the bench (bench_frozen)."""
    record("folder_mb", built.report["folder_mb"])
    record("tarball_mb", built.report["tarball_mb"])
    record("make_dist_seconds", built.report["build_seconds"])
    assert built.report["folder_mb"] <= FOLDER_BUDGET_MB
    assert built.report["tarball_mb"] <= TARBALL_BUDGET_MB
    assert built.tarball.name == f"Rebound-{built.report['version']}-linux-x86_64.tar.gz"


def test_the_tarball_installs_into_the_users_menu_and_uninstalls(built: Built, session: Session) -> None:
    unpacked = session.scratch / "download"
    with tarfile.open(built.tarball) as archive:
        archive.extractall(unpacked, filter="tar")
    (top,) = unpacked.iterdir()
    assert top.name == f"Rebound-{built.report['version']}"
    assert {p.name for p in top.iterdir()} == {
        "Rebound", "INSTALL.txt", "install.sh", "icons", f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml",
    }  # fmt: skip
    assert built.report["version"] in (top / "INSTALL.txt").read_text(encoding="utf-8")
    env = session.home("installer-user")
    share = Path(env["XDG_DATA_HOME"])

    installed = session.run("sh", str(top / "install.sh"), env=env)

    assert installed.code == 0, installed.err
    entry = share / "applications" / f"{APP_ID}.desktop"
    program = share / APP_ID / "Rebound" / "Rebound"
    assert f'Exec="{program}"' in entry.read_text(encoding="utf-8").splitlines()
    validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
    assert validated.returncode == 0 and validated.stdout == "", validated.stdout
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    command = Path(env["HOME"]) / ".local" / "bin" / "rebound"
    assert session.run(command, "--version", env=env).out == f"Rebound {built.report['version']}\n"

    removed = session.run("sh", str(top / "install.sh"), "--uninstall", env=env)

    assert removed.code == 0, removed.err
    assert not entry.exists() and not program.exists() and not command.exists()


def test_the_frozen_window_and_the_venvs_open_the_same_database_paint_and_quit(
    built: Built, session: Session, wheel_venv: Path
) -> None:
    """Start to first paint and out, on the same demo database, both programs, again and again.

    Their times go into the smoke report only. The budget (frozen ≤ 1.2 × the venv) is the bench's
    (tests/perf/bench_frozen.py, `make bench`): on CI's shared machine one median swings by a third.
    """
    env = {**session.home("timing"), "REBOUND_QUIT_AFTER_START": "1"}
    database = session.scratch / "timing" / "demo.db"
    assert session.run(built.frozen, "--no-encryption", "--db", str(database), "demo", env=env).code == 0
    programs = {"frozen": built.frozen, "venv": wheel_venv}
    times: dict[str, list[float]] = {"frozen": [], "venv": []}
    for round_ in range(8):  # one warm-up of each, then seven interleaved pairs
        for name, program in programs.items():
            started = session.run(program, "--db", str(database), env=env)
            assert started.code == 0, started.err
            if round_:
                times[name].append(started.seconds)
    frozen, venv = median(times["frozen"]), median(times["venv"])
    record("start_frozen_s", round(frozen, 3))
    record("start_venv_s", round(venv, 3))
    record("start_ratio", round(frozen / venv, 2))
    print(json.dumps({"frozen": times["frozen"], "venv": times["venv"]}))
