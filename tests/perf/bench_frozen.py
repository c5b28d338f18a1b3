"""What `make dist` built, timed: the frozen app starts about as fast as the wheel in a venv, and the build's time.

    .venv/bin/python -m tests.perf.bench_frozen [--pairs 9]

`make bench` runs `make dist` first; this bench reads ``dist/dist-report.json`` (the wheel, the frozen
folder, the seconds ``make dist`` took). The wheel is installed into a venv outside the source tree,
kept under ``.bench/wheel-venv`` until the wheel changes. Both programs open the same unencrypted demo
database with ``REBOUND_QUIT_AFTER_START=1`` (the window's first paint, then exit 0), each as a fresh
process with its own HOME, offscreen: one untimed start of each, then ``--pairs`` interleaved pairs. The
venv's start is the floor: the frozen median ÷ the venv median ≤ 1.2, and the slowest frozen start ÷ the
slowest venv start is reported beside it. (make smoke checks that both start; it times them only for its
report, since a shared CI machine's load swings a single figure by a third.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.perf.common import ROOT, Result, bench_main, bench_parser, log, median

BENCH = "frozen"
START_RATIO_BUDGET = 1.2
BUILD_BUDGET_S = 300.0
DIST = ROOT / "dist"
VENV = ROOT / ".bench" / "wheel-venv"


def _environment(home: Path) -> dict[str, str]:
    """A user's environment without anything of this checkout's: no PYTHONPATH, no venv, HOME of its own."""
    left_out = ("REBOUND_", "XDG_", "QT_", "PYTHON", "VIRTUAL_ENV")
    env = {name: value for name, value in os.environ.items() if not name.startswith(left_out)}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        REBOUND_QUIT_AFTER_START="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",  # the demo database is not encrypted
    )
    return env


def wheel_venv(wheel: Path) -> Path:
    """``rebound`` of a venv holding ``wheel`` (made again when the wheel's bytes change)."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    stamp = VENV / "wheel.sha256"
    program = VENV / "bin" / "rebound"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == digest and program.exists():
        return program
    shutil.rmtree(VENV, ignore_errors=True)
    log(f"installing {wheel.name} into {VENV} …")
    base = getattr(sys, "_base_executable", sys.executable)
    # Without this checkout on the path: `make bench` puts it on PYTHONPATH, where pip finds the development
    # install's rebound.egg-info, calls the wheel's rebound already installed and installs nothing.
    clean = {name: value for name, value in os.environ.items() if not name.startswith(("PYTHON", "VIRTUAL_ENV"))}
    subprocess.run([base, "-m", "venv", str(VENV)], check=True, env=clean)
    pip = [str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, str(wheel)], check=True, cwd=VENV, env=clean)
    if not program.exists():
        raise RuntimeError(f"pip installed {wheel.name} into {VENV} without its `rebound` command")
    stamp.write_text(digest, encoding="utf-8")
    return program


def _seconds(program: Path, database: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [str(program), "--db", str(database)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{program} exited {done.returncode}: {tail}")
    return seconds


def run(args: argparse.Namespace) -> list[Result]:
    report_file = DIST / "dist-report.json"
    if not report_file.is_file():
        reason = "dist/dist-report.json is missing: run `make dist` (make bench does)"
        return [
            Result.skipped(BENCH, "start to first paint, frozen ÷ venv", "x", START_RATIO_BUDGET, reason),
            Result.skipped(BENCH, "make dist (wheel + freeze + tarball)", "s", BUILD_BUDGET_S, reason),
        ]
    report = json.loads(report_file.read_text(encoding="utf-8"))
    frozen = DIST / "Rebound" / "Rebound"
    venv = wheel_venv(DIST / report["wheel"])
    results = [Result.measured(BENCH, "make dist (wheel + freeze + tarball)", report["build_seconds"], "s",
                               BUILD_BUDGET_S)]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="rebound-frozen-") as folder:
        home = Path(folder)
        env = _environment(home)
        database = home / "demo.db"
        made = subprocess.run([str(frozen), "--no-encryption", "--db", str(database), "demo"], env=env,
                              capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
        if made.returncode != 0:
            raise RuntimeError(f"the frozen app could not make the demo database: {made.stderr.strip()}")
        programs = {"frozen": frozen, "venv": venv}
        times: dict[str, list[float]] = {"frozen": [], "venv": []}
        for pair in range(args.pairs + 1):  # the first pair warms up
            for name, program in programs.items():
                seconds = _seconds(program, database, env)
                if pair:
                    times[name].append(seconds)
    log(json.dumps(times))
    frozen_s, venv_s = median(times["frozen"]), median(times["venv"])
    note = f"frozen {frozen_s * 1e3:.0f} ms, venv {venv_s * 1e3:.0f} ms (floor), medians of {args.pairs}"
    worst = max(times["frozen"]) / max(times["venv"])
    return [
        *results,
        Result.measured(
            BENCH, "start to first paint, frozen ÷ venv", frozen_s / venv_s, "x", START_RATIO_BUDGET, note
        ),  # fmt: skip
        Result.measured(
            BENCH,
            "slowest frozen start ÷ slowest venv start",
            worst,
            "x",
            note=f"{max(times['frozen']) * 1e3:.0f} / {max(times['venv']) * 1e3:.0f} ms",
        ),  # fmt: skip
    ]


def main(argv: list[str] | None = None) -> int:
    parser = bench_parser(__doc__.splitlines()[0] if __doc__ else BENCH)
    parser.add_argument("--pairs", type=int, default=9, help="interleaved timed pairs (after one warm-up)")
    return bench_main("Frozen app start", parser, run, argv)


if __name__ == "__main__":
    sys.exit(main())
