"""What every benchmark shares: results with a budget, percentiles, the table, the results file.

A bench module offers ``run(args) -> list[Result]`` and a ``main`` that prints its table and,
with ``--results FILE``, writes the results as JSON for ``tests/perf/run.py`` to gather.
Exit codes: 0 every budget met (or skipped), 1 a budget failed, 2 the bench itself broke.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PASS, FAIL, SKIP, INFO = "PASS", "FAIL", "SKIP", "INFO"


@dataclass
class Result:
    """One measured figure, with its budget (an upper bound) when it has one."""

    bench: str
    name: str
    value: float | None
    unit: str
    budget: float | None = None
    status: str = INFO
    note: str = ""

    @classmethod
    def measured(
        cls, bench: str, name: str, value: float, unit: str, budget: float | None = None, note: str = ""
    ) -> Result:
        status = INFO if budget is None else (PASS if value <= budget else FAIL)
        return cls(bench, name, value, unit, budget, status, note)

    @classmethod
    def skipped(cls, bench: str, name: str, unit: str, budget: float | None, reason: str) -> Result:
        return cls(bench, name, None, unit, budget, SKIP, reason)

    @classmethod
    def failed(cls, bench: str, name: str, unit: str, budget: float | None, reason: str) -> Result:
        return cls(bench, name, None, unit, budget, FAIL, reason)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sample."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "x":
        return f"{value:.2f}×"
    return f"{value:g} {unit}".strip()


def format_table(results: Sequence[Result], title: str = "") -> str:
    rows = [("bench", "measure", "measured", "budget", "status", "note")]
    for r in results:
        budget = f"≤ {_figure(r.budget, r.unit)}" if r.budget is not None else ""
        rows.append((r.bench, r.name, _figure(r.value, r.unit), budget, r.status, r.note))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    if title:
        lines += ["", title, "=" * len(title)]
    for number, row in enumerate(rows):
        cells = [row[i].ljust(widths[i]) if i in (0, 1, 4) else row[i].rjust(widths[i]) for i in range(5)]
        lines.append("  ".join(cells) + ("  " + row[5] if row[5] else ""))
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def environment() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    import sqlite3

    return (
        f"python {platform.python_version()} · sqlite {sqlite3.sqlite_version} · {os.cpu_count()} CPUs · "
        f"load average {load} · {platform.platform(terse=True)}"
    )


def child_environment(home: Path) -> dict[str, str]:
    """The environment of a measured child process, as a user's would be.

    This checkout is importable; HOME and the XDG folders are the child's own (no user
    settings or data are read or written). Byte code is cached — under ``.bench/pycache``, so
    the source tree stays clean — even when the caller runs with PYTHONDONTWRITEBYTECODE:
    an installed app has its .pyc files, and compiling every module at each start would
    add tens of milliseconds that no user pays.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / ".bench" / "pycache")
    env["HOME"] = str(home)
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    env.pop("REBOUND_DATABASE_URL", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def write_results(path: Path, results: Sequence[Result]) -> None:
    path.write_text(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=1), encoding="utf-8")


def read_results(path: Path) -> list[Result]:
    return [Result(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def exit_code(results: Sequence[Result], strict: bool = False) -> int:
    bad = {FAIL, SKIP} if strict else {FAIL}
    return 1 if any(r.status in bad for r in results) else 0


def bench_parser(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--results", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--strict", action="store_true", help="a skipped budget counts as failed")
    return parser


def bench_main(
    title: str, parser: argparse.ArgumentParser, run: Callable[[argparse.Namespace], list[Result]],
    argv: Sequence[str] | None = None,
) -> int:  # fmt: skip
    args = parser.parse_args(argv)
    print(f"{title} — {environment()}", flush=True)
    results = run(args)
    print(format_table(results, title), flush=True)
    if args.results:
        write_results(args.results, results)
    return exit_code(results, args.strict)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
