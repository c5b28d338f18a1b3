"""Archive import: 10,000 people + 100,000 interactions into an empty database in ≤ 5 s.

    .venv/bin/python -m tests.perf.bench_import [--repeat 3] [--profile]

In process: ``desktop.interop.archive.import_archive(path)`` into a fresh, migrated, empty
database file (opening it is timed apart). End to end: ``python -m desktop --db X import
json FILE`` as a subprocess (interpreter start, imports, migration, import, exit). Every
run is checked: the database must then hold every person, company and interaction of the
file — a fast import that drops records does not pass.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tests.perf import dataset
from tests.perf.common import ROOT, Result, bench_main, bench_parser, child_environment, log, median

BENCH = "import"
BUDGET_S = 5.0
TABLES = {"people": "person", "companies": "company", "interactions": "interaction", "connections": "connection",
          "openings": "opening", "processes": "process"}  # fmt: skip


def _importer() -> Callable[[Path], Any] | str:
    """The function under test, or why it is not there yet."""
    try:
        from desktop.interop import archive
    except ImportError as error:
        return f"desktop.interop.archive cannot be imported ({error})"
    function: Callable[[Path], Any] | None = getattr(archive, "import_archive", None)
    if function is None:
        return "desktop.interop.archive.import_archive does not exist yet"
    return function


def _missing(path: Path, expected: dict[str, int]) -> str:
    """What the database at ``path`` lacks compared with the archive ('' when complete)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        short = []
        for section, table in TABLES.items():
            (count,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
            if count != expected[section]:
                short.append(f"{table} {count:,} of {expected[section]:,}")
        return ", ".join(short)
    finally:
        conn.close()


def _phases(archive_path: Path) -> list[Result]:
    """Where the in-process time goes: parse, validate, write (when the module offers the steps)."""
    from desktop.interop import archive
    from desktop.store.database import close_database, open_sqlite

    read = getattr(archive, "read_document", None)
    validate = getattr(archive, "validate_document", None)
    write = getattr(archive, "import_document", None)
    if read is None or validate is None or write is None:
        return []
    with tempfile.TemporaryDirectory(prefix="rebound-bench-") as folder:
        open_sqlite(Path(folder) / "phases.db")
        try:
            t0 = time.perf_counter()
            document = read(archive_path)
            t1 = time.perf_counter()
            validate(document, str(archive_path))
            t2 = time.perf_counter()
            write(document, str(archive_path), validated=True)
            t3 = time.perf_counter()
        finally:
            close_database()
    return [
        Result.measured(BENCH, "  read_document (JSON parse)", t1 - t0, "s"),
        Result.measured(BENCH, "  validate_document (schema, dates, refs)", t2 - t1, "s"),
        Result.measured(BENCH, "  import_document (write, one transaction)", t3 - t2, "s"),
    ]


def _in_process(archive_path: Path, expected: dict[str, int], repeat: int, profile: bool) -> list[Result]:
    from desktop.store.database import close_database, open_sqlite

    importer = _importer()
    if isinstance(importer, str):
        return [Result.skipped(BENCH, "import_archive (in process)", "s", BUDGET_S, importer)]
    times: list[float] = []
    cpu: list[float] = []
    opens: list[float] = []
    summary: Any = None
    runs = repeat + 1 if profile else repeat
    for number in range(runs):
        with tempfile.TemporaryDirectory(prefix="rebound-bench-") as folder:
            target = Path(folder) / "import.db"
            t0 = time.perf_counter()
            open_sqlite(target)
            t1 = time.perf_counter()
            profiler = cProfile.Profile() if profile and number == runs - 1 else None  # an extra, untimed run
            try:
                if profiler:
                    profiler.enable()
                c1 = time.process_time()
                summary = importer(archive_path)
                elapsed, used = time.perf_counter() - t1, time.process_time() - c1
            except Exception as error:  # a broken importer is a failed budget, with the reason
                return [Result.failed(BENCH, "import_archive (in process)", "s", BUDGET_S, f"raised {error!r}")]
            finally:
                if profiler:
                    profiler.disable()
                close_database()
            missing = _missing(target, expected)
        if missing:
            return [Result.failed(BENCH, "import_archive (in process)", "s", BUDGET_S, f"incomplete: {missing}")]
        if profiler:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
            print("\nProfile of one in-process import (not timed):\n" + out.getvalue())
            continue
        opens.append(t1 - t0)
        times.append(elapsed)
        cpu.append(used)
        log(f"import: in process #{number + 1}: {elapsed:.2f} s")
    done = getattr(summary, "as_dict", lambda: summary)()
    runs = ", ".join(f"{t:.2f}" for t in times)
    floor = _floor(archive_path)
    return [
        Result.measured(BENCH, "import_archive (in process), median", median(times), "s", BUDGET_S,
                        f"runs {runs} s; summary {done}"),
        Result.measured(BENCH, "  CPU time of the import, median", median(cpu), "s",
                        note=f"runs {', '.join(f'{c:.2f}' for c in cpu)} s; {median(cpu) / floor:.1f}× the floor"),
        Result.measured(BENCH, "  floor: the interactions by one plain executemany (CPU)", floor, "s"),
        Result.measured(BENCH, "  open + migrate the empty database", median(opens), "s"),
    ]  # fmt: skip


def _floor(archive_path: Path) -> float:
    """CPU time of the least an import does: the file's interactions into a bare table, one executemany."""
    import json
    import sqlite3

    records = json.loads(archive_path.read_text(encoding="utf-8"))["interactions"]
    fields = ("person", "kind", "direction", "at", "channel", "subject", "body")
    with tempfile.TemporaryDirectory(prefix="rebound-bench-") as folder:
        connection = sqlite3.connect(Path(folder) / "floor.db")
        try:
            connection.execute(f"CREATE TABLE interaction ({', '.join(fields)})")
            started = time.process_time()
            with connection:
                connection.executemany(
                    f"INSERT INTO interaction VALUES ({', '.join('?' * len(fields))})",
                    ([record.get(name) for name in fields] for record in records),
                )
            return time.process_time() - started
        finally:
            connection.close()


def _end_to_end(archive_path: Path, expected: dict[str, int], repeat: int) -> list[Result]:
    name = "rebound import json (subprocess), median"
    if isinstance(_importer(), str) or not (ROOT / "desktop" / "cli" / "__init__.py").exists():
        return [Result.skipped(BENCH, name, "s", BUDGET_S, "the import command is not there yet")]
    times: list[float] = []
    for number in range(repeat):
        with tempfile.TemporaryDirectory(prefix="rebound-bench-") as folder:
            target = Path(folder) / "cli.db"
            command = [sys.executable, "-m", "desktop", "--db", str(target), "--no-encryption"]
            command += ["import", "json", str(archive_path)]  # a plain file: the budget is the import itself
            started = time.perf_counter()
            done = subprocess.run(
                command, cwd=ROOT, env=child_environment(Path(folder) / "home"), capture_output=True, text=True,
                timeout=300, check=False,
            )  # fmt: skip
            elapsed = time.perf_counter() - started
            if done.returncode != 0:
                reason = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
                return [Result.failed(BENCH, name, "s", BUDGET_S, f"exit {done.returncode}: {reason[0]}")]
            missing = _missing(target, expected)
            if missing:
                return [Result.failed(BENCH, name, "s", BUDGET_S, f"incomplete: {missing}")]
        times.append(elapsed)
        log(f"import: command #{number + 1}: {elapsed:.2f} s")
    startup = _interpreter_start()
    runs = ", ".join(f"{t:.2f}" for t in times)
    return [
        Result.measured(BENCH, name, median(times), "s", BUDGET_S, f"runs {runs} s"),
        Result.measured(BENCH, "  of which `rebound --help` (start-up)", startup, "s"),
    ]


def _interpreter_start() -> float:
    with tempfile.TemporaryDirectory(prefix="rebound-bench-") as folder:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop", "--help"], cwd=ROOT, env=child_environment(Path(folder)),
            capture_output=True, check=False, timeout=60,
        )  # fmt: skip
        return time.perf_counter() - started


def run(args: argparse.Namespace) -> list[Result]:
    log("import: preparing the archive…")
    archive_path, expected = dataset.cached_archive(dataset.ARCHIVE)
    size = archive_path.stat().st_size / 1e6
    log(f"import: {archive_path.name}, {size:.0f} MB, {expected['people']:,} people, "
        f"{expected['interactions']:,} interactions")  # fmt: skip
    results = _in_process(archive_path, expected, args.repeat, args.profile)
    if results and results[0].value is not None:
        results += _phases(archive_path)
    results += _end_to_end(archive_path, expected, args.repeat)
    return results


def parser() -> argparse.ArgumentParser:
    p = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--repeat", type=int, default=3, help="runs of each measurement (default 3)")
    p.add_argument("--profile", action="store_true", help="print a cProfile of one in-process import")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("Archive import (10k people, 100k interactions)", parser(), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
