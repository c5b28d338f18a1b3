"""The day plan as a cron job or a first start meets it: `rebound suggest` in fresh processes on the 100k set.

Each figure is the median and the max of ``--repeat`` fresh processes (default 5), with the
process's peak RSS (``wait4``'s ``ru_maxrss``, not ``tracemalloc``), and its ratio to a floor
measured in the same run where one exists:

* floor: a fresh Python process that opens the file with ``sqlite3`` and reads every interaction
  once (one pass over the covering index ``interaction_touch``, one row per person);
* cold plan: ``suggest --limit 5`` (no plan snapshot, no engine: only the people who can open the day
  are read, see ``desktop/core/reconnect/cold.py``);
* whole day: ``suggest`` (the table; its peak RSS is the engine's share of the app's first start
  without a kept plan) and ``suggest --json`` (with a draft for every suggestion), the second ≤ 2× the first
  (the ratio of wall times is the budget; the ratio of CPU times, which a loaded machine inflates less, is noted),
  with the peak RSS of each.

Each figure also gives the children's CPU time (user + system, from ``wait4``), which a loaded
machine does not inflate, and its ratio to the floor's.

    python -m tests.perf.bench_cold [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.perf import dataset
from tests.perf.common import Result, bench_main, bench_parser, child_environment, log, median

BENCH = "cold"
TODAY = "2026-11-26"
COLD_BUDGET_S = 1.0
COLD_BUDGET_MB = 250.0
JSON_RATIO_BUDGET = 2.0

FLOOR = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    'rows = c.execute("SELECT person_id, max(at), count(*) FROM interaction GROUP BY person_id").fetchall()\n'
    "assert rows\n"
)


@dataclass
class Runs:
    seconds: list[float]
    peak_mb: list[float]
    cpu: list[float] = field(default_factory=list)  # user + system seconds of the child (survives a loaded machine)

    def note(self) -> str:
        return (
            f"median {median(self.seconds):.2f} s, max {max(self.seconds):.2f} s; CPU median {median(self.cpu):.2f} s, "
            f"max {max(self.cpu):.2f} s; peak RSS median {median(self.peak_mb):.0f} MB, max {max(self.peak_mb):.0f} MB "
            f"({len(self.seconds)} fresh processes)"
        )


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds of one child process (its output discarded, its failure an
    error)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    error = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command[-4:])}: exit {child.returncode}: {error.strip()[-300:]}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def _measure(label: str, command: list[str], env: dict[str, str], repeat: int) -> Runs:
    runs = Runs([], [])
    for number in range(repeat):
        seconds, peak, cpu = _run(command, env)
        runs.seconds.append(seconds)
        runs.peak_mb.append(peak)
        runs.cpu.append(cpu)
        log(f"cold: {label} #{number + 1}: {seconds:.2f} s (CPU {cpu:.2f} s), {peak:.0f} MB")
    return runs


def run(args: argparse.Namespace) -> list[Result]:
    source, _report = dataset.cached_database(dataset.FULL)
    with tempfile.TemporaryDirectory(prefix="rebound-bench-", dir=dataset.BENCH_DIR) as folder:
        home = Path(folder)
        database = home / "plan.db"
        shutil.copyfile(source, database)
        env = child_environment(home)
        rebound = [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main())", "--db"]
        suggest = [*rebound, str(database), "suggest", "--today", TODAY]
        # interleaved, so that a noisy neighbour weighs on every path alike
        floor, cold, plain, as_json = Runs([], []), Runs([], []), Runs([], []), Runs([], [])
        for _ in range(args.repeat):
            for runs, label, command in (
                (floor, "floor", [sys.executable, "-c", FLOOR, str(database)]),
                (cold, "suggest --limit 5", [*suggest, "--limit", "5"]),
                (plain, "suggest", suggest),
                (as_json, "suggest --json", [*suggest, "--json"]),
            ):
                one = _measure(label, command, env, 1)
                runs.seconds += one.seconds
                runs.peak_mb += one.peak_mb
                runs.cpu += one.cpu
    base, base_cpu = median(floor.seconds), median(floor.cpu)

    def ratio(runs: Runs) -> str:
        return (
            f"{median(runs.seconds) / base:.1f}× the floor (CPU: {median(runs.cpu) / base_cpu:.1f}× the floor's "
            f"{base_cpu:.2f} s)"
        )

    return [
        Result.measured(BENCH, "floor: read every interaction once (fresh process)", base, "s", note=floor.note()),
        Result.measured(BENCH, "cold plan, suggest --limit 5", median(cold.seconds), "s", COLD_BUDGET_S,
                        f"{cold.note()}; {ratio(cold)}"),
        Result.measured(BENCH, "cold plan, peak RSS", max(cold.peak_mb), "MB", COLD_BUDGET_MB, cold.note()),
        Result.measured(BENCH, "whole day, suggest", median(plain.seconds), "s",
                        note=f"{plain.note()}; {ratio(plain)}"),
        # the engine of the app's first start without a kept plan (facts of everyone, the whole day), without Qt
        Result.measured(BENCH, "whole day, suggest, peak RSS", max(plain.peak_mb), "MB", note=plain.note()),
        Result.measured(BENCH, "whole day, suggest --json ÷ suggest", median(as_json.seconds) / median(plain.seconds),
                        "x", JSON_RATIO_BUDGET,
                        f"{as_json.note()}; CPU: {median(as_json.cpu) / median(plain.cpu):.2f}× "
                        f"({median(as_json.cpu):.2f} ÷ {median(plain.cpu):.2f} s)"),
        Result.measured(BENCH, "whole day, suggest --json, peak RSS", max(as_json.peak_mb), "MB", note=as_json.note()),
    ]  # fmt: skip


def parser() -> argparse.ArgumentParser:
    p = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--repeat", type=int, default=5, help="fresh processes per path (default 5)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("Day plan in fresh processes (100k people)", parser(), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
