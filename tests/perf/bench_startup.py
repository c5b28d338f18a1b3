"""Opening the app on the 100k database: its landing page's content on screen, against a bare PySide6 window.

    .venv/bin/python -m tests.perf.bench_startup [--repeat 5] [--profile]

Two landings, each against the bare window of the same run: the People rows in ≤ 1.5× and
≤ 150 MB (#14), and Today — the default landing page — with its first suggestion card (the
plan kept at the last exit) in ≤ 2× and ≤ 250 MB (#17).
Each start is a fresh interpreter (``tests/perf/startup_child.py``, QT_QPA_PLATFORM=offscreen,
its own HOME), timed from just before the parent spawns it until the watched widget has
been painted (its paint event begins; a second figure waits until that paint pass is over):
(a) bare — import PySide6, QApplication, a QMainWindow with a QLabel; (b) People —
``rebound --db COPY`` (as desktop.cli._run_gui: the first look at the file before Qt, then gui.app.run) until the
People table paints rows (the first frame is read without the store: the note says in how many starts); (c) Today —
the same on the Today page until its first SuggestionCard paints (after one untimed session that
closed on Today and so kept its first cards). A fourth kind, reported beside the budgets and not against them,
is a second floor: (d) table — a QMainWindow with a QTableView showing the first 200 people read with plain
``sqlite3``, nothing of Rebound: what any PySide6 window showing those rows pays (the difference to the app is
Rebound's own part of the start).
Peak memory is the child's own high-water mark (``VmHWM``) at that moment, and its CPU time (user + system,
every thread, up to the same paint) is reported beside the wall time: on a loaded machine the
CPU ratio is the steadier one. One untimed warm-up of each, then ``--repeat`` interleaved rounds;
medians are compared (and the worst start against its own bare start). The app runs on a copy of
the cached database, so nothing it writes at start can change the cache.
"""

from __future__ import annotations

import argparse
import io
import json
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.config import ENV_RECOVERY_KEY
from desktop.store import encryption
from tests.perf import dataset
from tests.perf.bench_encrypted import bench_key, cached_encrypted
from tests.perf.common import ROOT, Result, bench_main, bench_parser, child_environment, log, median

BENCH = "startup"
RATIO_BUDGET = 1.5  # People rows (#14)
MEMORY_BUDGET_MB = 150.0
TODAY_RATIO_BUDGET = 2.0  # the Today landing's first card (#17)
TODAY_MEMORY_BUDGET_MB = 250.0
TODAY_BUDGET_MS = 300.0
CHILD = Path(__file__).with_name("startup_child.py")


def _start(
    kind: str, home: Path, database: Path | None, profile: Path | None = None, env: dict[str, str] | None = None
) -> dict[str, Any]:
    command = [sys.executable, str(CHILD), kind]
    if database is not None:
        command.append(str(database))
    if profile is not None:
        command += ["--profile", str(profile)]
    spawned = time.time()
    done = subprocess.run(
        command, cwd=ROOT, env={**child_environment(home), **(env or {})}, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{kind} start failed (exit {done.returncode}): {lines[-1] if lines else tail}")
    report: dict[str, Any] = json.loads(lines[-1])
    if "error" in report:
        raise RuntimeError(f"{kind} start: {report['error']}")
    # Until Qt paints the target (the bare label / the People table with rows). Not until the paint event
    # returns: the app queues work for after its first paint (the first person, the engine) and that work
    # would run before a mark queued behind the paint could be taken.
    marks = report["marks"]
    report["seconds"] = marks.get("first_target_paint", marks["shown"]) - spawned
    # the paint pass that painted the target is over: the first frame is complete (startup_child._watch_frame)
    report["frame_seconds"] = marks.get("frame", marks["shown"]) - spawned
    report["phases"] = _phases(spawned, report["marks"])
    cpu = report.get("cpu_marks", {})  # the process's CPU time at each mark, taken in the wall marks' order
    report["cpu_phases"] = _phases(0.0, {name: cpu[name] for name in _in_order(marks) if name in cpu}, ordered=True)
    return report


def _in_order(marks: dict[str, float]) -> list[str]:
    return [name for name, _at in sorted(marks.items(), key=lambda item: item[1])]


def _phases(spawned: float, marks: dict[str, float], ordered: bool = False) -> dict[str, float]:
    """Time between consecutive marks: interpreter start, Qt import, QApplication, … shown."""
    order = list(marks.items()) if ordered else sorted(marks.items(), key=lambda item: item[1])
    phases: dict[str, float] = {}
    previous_name, previous = "spawn", spawned
    for name, at in order:
        phases[f"{previous_name} → {name}"] = at - previous
        previous_name, previous = name, at
    return phases


def run(args: argparse.Namespace) -> list[Result]:
    source, _report = dataset.cached_database(dataset.FULL)
    with tempfile.TemporaryDirectory(prefix="rebound-bench-", dir=dataset.BENCH_DIR) as folder:
        work = Path(folder)
        database = work / "startup.db"
        shutil.copyfile(source, database)
        # the table window's own copy: the app's start checks the whole file after any start that did not leave it
        # as the app does (core/startup.py, the clean-exit mark)
        table_database = work / "table.db"
        shutil.copyfile(source, table_database)
        # the encrypted copy (bench_encrypted's), opened with its key given as a recovery key: no keyring here
        encrypted_database = work / "encrypted.db"
        shutil.copyfile(cached_encrypted(source)[0], encrypted_database)
        key = {ENV_RECOVERY_KEY: encryption.recovery_code(bench_key())}  # type: ignore[arg-type]
        log(f"startup: app on a copy of {source.name}; {args.repeat} starts of each kind after a warm-up")
        bare: list[dict[str, Any]] = []
        app: list[dict[str, Any]] = []
        today: list[dict[str, Any]] = []
        table: list[dict[str, Any]] = []
        encrypted: list[dict[str, Any]] = []
        try:
            _start("keep", work / "home-keep", database)  # yesterday's session… today: its kept first cards
            _start("bare", work / "home-warm-bare", None)
            _start("app", work / "home-warm-app", database)
            _start("today", work / "home-warm-today", database)
            _start("table", work / "home-warm-table", table_database)
            _start("app", work / "home-warm-encrypted", encrypted_database, env=key)  # the check after no clean exit
            for number in range(args.repeat):  # interleaved: each kind meets the same load
                bare.append(_start("bare", work / f"home-bare-{number}", None))
                app.append(_start("app", work / f"home-app-{number}", database))
                today.append(_start("today", work / f"home-today-{number}", database))
                table.append(_start("table", work / f"home-table-{number}", table_database))
                encrypted.append(_start("app", work / f"home-encrypted-{number}", encrypted_database, env=key))
                log(f"startup: #{number + 1}: bare {bare[-1]['seconds']:.3f} s, People {app[-1]['seconds']:.3f} s, "
                    f"Today {today[-1]['seconds']:.3f} s (window → first card "
                    f"{today[-1]['window_to_card_ms']:.0f} ms), peaks {app[-1]['peak_rss_mb']:.0f} / "
                    f"{today[-1]['peak_rss_mb']:.0f} MB")  # fmt: skip
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            return [Result.failed(BENCH, "app start / bare start", "x", RATIO_BUDGET, str(error))]
        if args.profile:
            _print_profile(work / "home-profile", database, work / "app.prof", "app")
            _print_profile(work / "home-profile-today", database, work / "today.prof", "today")
    results = [
        *_landing("Today", today, bare, TODAY_RATIO_BUDGET, TODAY_MEMORY_BUDGET_MB, "#17"),
        Result.measured(BENCH, "Today: window → first cards, median", median([r["window_to_card_ms"] for r in today]),
                        "ms", TODAY_BUDGET_MS, "runs " + ", ".join(f"{r['window_to_card_ms']:.0f}" for r in today)
                        + " ms"),
        *_landing("People", app, bare, RATIO_BUDGET, MEMORY_BUDGET_MB, "#14"),
        *_table_floor(table, app, bare),
        *_encrypted_start(encrypted, bare),
        Result.measured(BENCH, "bare start, median", median([r["seconds"] for r in bare]) * 1000, "ms",
                        note="runs " + ", ".join(f"{r['seconds'] * 1000:.0f}" for r in bare) + " ms"),
        Result.measured(BENCH, "bare peak memory, median", median([r["peak_rss_mb"] for r in bare]), "MB"),
    ]  # fmt: skip
    for label, runs in (("bare", bare), ("table", table), ("People", app), ("Today", today)):
        for phase in runs[0]["phases"]:
            values = [r["phases"].get(phase, 0.0) * 1000 for r in runs]
            cpu = [r["cpu_phases"].get(phase, 0.0) * 1000 for r in runs]
            results.append(Result.measured(BENCH, f"  {label}: {phase}", median(values), "ms",
                                           note=f"CPU {median(cpu):.1f} ms" if phase in runs[0]["cpu_phases"]
                                           else ""))  # fmt: skip
    return results


def _landing(
    page: str, runs: list[dict[str, Any]], bare: list[dict[str, Any]], ratio: float, memory: float, issue: str
) -> list[Result]:
    """One landing page's start against the bare window of the same run: wall and CPU ratios, peak memory."""
    app_s, bare_s = median([r["seconds"] for r in runs]), median([r["seconds"] for r in bare])
    app_cpu, bare_cpu = median([r["cpu_s"] for r in runs]), median([r["cpu_s"] for r in bare])
    pairs = [r["seconds"] / b["seconds"] for r, b in zip(runs, bare, strict=True)]  # each with its own bare start
    peaks = [r["peak_rss_mb"] for r in runs]
    what = "People rows" if page == "People" else "the first Today card"
    loaded = sum(1 for r in runs if r.get("store_loaded"))  # the first frame is read without the store (first_look)
    built = sum(1 for r in runs if r.get("qt_built"))  # nor the Qt namespace built (gui/kit/qt_values.py)
    rows = (f"; rows {runs[0].get('rows')}, fetched {runs[0].get('rows_fetched')}; the store loaded before the paint "
            f"in {loaded} of {len(runs)} starts, the Qt namespace built in {built}"
            if page == "People" else "")  # fmt: skip
    return [
        Result.measured(BENCH, f"{page}: app start / bare start (medians)", app_s / bare_s, "x", ratio,
                        f"{app_s * 1000:.0f} ms / {bare_s * 1000:.0f} ms to {what}; of the pairs (each start ÷ the "
                        f"bare start just before it): median {median(pairs):.2f}×, max {max(pairs):.2f}× ({issue})"),
        Result.measured(BENCH, f"{page}: first frame complete / bare's (medians)",
                        median([r["frame_seconds"] for r in runs]) / median([b["frame_seconds"] for b in bare]), "x",
                        note=f"{median([r['frame_seconds'] for r in runs]) * 1000:.0f} ms / "
                        f"{median([b['frame_seconds'] for b in bare]) * 1000:.0f} ms: until the paint pass that drew "
                        f"{what} is over (the rows' and icons' own drawing in it)"),
        Result.measured(BENCH, f"{page}: app start / bare start, CPU time (medians)", app_cpu / bare_cpu, "x",
                        note=f"{app_cpu * 1000:.0f} ms / {bare_cpu * 1000:.0f} ms of CPU; max of pairs "
                        f"{max(r['cpu_s'] / b['cpu_s'] for r, b in zip(runs, bare, strict=True)):.2f}×"),
        Result.measured(BENCH, f"{page}: app start to {what}, median", app_s * 1000, "ms",
                        note=f"max {max(r['seconds'] for r in runs) * 1000:.0f} ms; runs "
                        + ", ".join(f"{r['seconds'] * 1000:.0f}" for r in runs) + " ms"),
        Result.measured(BENCH, f"{page}: app peak memory (max of runs)", max(peaks), "MB", memory,
                        f"median {median(peaks):.0f} MB" + rows),
    ]  # fmt: skip


def _encrypted_start(encrypted: list[dict[str, Any]], bare: list[dict[str, Any]]) -> list[Result]:
    """The People start on an encrypted database (Rebound's default for a new one), reported beside the budget.

    Its key comes first, so its window waits for the store and SQLCipher (core/first_look.py reads plain files
    only). The key is given as a recovery key: the keyring is not asked for it (a user's start pays that look-up),
    but the start puts the key back into the keyring (core/unlock.py, ``find_key``), which on a host without one
    costs importing ``keyring`` and finding no backend."""
    app_s, bare_s = median([r["seconds"] for r in encrypted]), median([r["seconds"] for r in bare])
    return [
        Result.measured(BENCH, "People, encrypted database: app start / bare start (medians)", app_s / bare_s, "x",
                        note=f"{app_s * 1000:.0f} ms / {bare_s * 1000:.0f} ms; the store loaded before the paint in "
                        f"{sum(1 for r in encrypted if r.get('store_loaded'))} of {len(encrypted)} starts; the key "
                        "given as a recovery key (not looked up in the keyring; the start puts it back there)"),
    ]  # fmt: skip


def _table_floor(table: list[dict[str, Any]], app: list[dict[str, Any]], bare: list[dict[str, Any]]) -> list[Result]:
    """The second floor (``startup_child.table``): the People rows in a window that is only a table over ``sqlite3``.

    What is left between it and the app is Rebound's own start: its modules and peewee, the lock, the key and the
    checks, the settings, the sidebar, the menus and the status bar.
    """
    table_s, app_s, bare_s = (median([r["seconds"] for r in runs]) for runs in (table, app, bare))
    return [
        Result.measured(BENCH, "People rows in a table window / bare start (medians)", table_s / bare_s, "x",
                        note=f"{table_s * 1000:.0f} ms / {bare_s * 1000:.0f} ms: a QTableView of the first 200 people "
                        "read with plain sqlite3, nothing of Rebound; max of pairs "
                        f"{max(t['seconds'] / b['seconds'] for t, b in zip(table, bare, strict=True)):.2f}×"),
        Result.measured(BENCH, "People: app start - table window (medians)", (app_s - table_s) * 1000, "ms",
                        note=f"Rebound's own part of the People start, {(app_s - table_s) / bare_s:.2f}× the bare "
                        f"start (the 1.5× budget leaves it {(RATIO_BUDGET * bare_s - table_s) * 1000:.0f} ms)"),
    ]  # fmt: skip


def _print_profile(home: Path, database: Path, target: Path, kind: str) -> None:
    _start(kind, home, database, profile=target)
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(str(target), stream=out).sort_stats(order).print_stats(35)
        print(f"\nProfile of one {kind} start (not timed), by {order}:\n{out.getvalue()}")


def parser() -> argparse.ArgumentParser:
    p = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--repeat", type=int, default=5, help="timed starts of each kind (default 5)")
    p.add_argument("--profile", action="store_true", help="print a cProfile of one more People and Today start")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("App start (100k people)", parser(), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
