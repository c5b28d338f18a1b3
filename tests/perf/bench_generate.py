"""The synthetic benchmark data: build (or reuse) the cached 100k database and the 10k archive.

    .venv/bin/python -m tests.perf.bench_generate [--rebuild] [--verify]

The files live under ``.bench/`` (git-ignored) and are rebuilt only when missing, when
``dataset.GENERATOR_VERSION`` changes or when the migrated schema changes. ``--verify``
builds a small world twice — search index filled row by row by the triggers, and in one
pass at the end as the fast build does — and compares schema, rows and index entries.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tests.perf import dataset
from tests.perf.common import FAIL, PASS, Result, bench_main, bench_parser, log

BENCH = "generate"


def run(args: argparse.Namespace) -> list[Result]:
    results: list[Result] = []
    if args.verify:
        with tempfile.TemporaryDirectory(prefix="rebound-bench-") as folder:
            started = time.perf_counter()
            problems = dataset.verify_fast_build(Path(folder))
            results.append(
                Result(
                    BENCH,
                    "fast build = trigger build (3k people)",
                    time.perf_counter() - started,
                    "s",
                    None,
                    FAIL if problems else PASS,
                    "; ".join(problems) or "schema, rows and index entries equal",
                )  # fmt: skip
            )
    log("database: checking the cache…")
    path, report = dataset.cached_database(dataset.FULL, rebuild=args.rebuild)
    size_mb = path.stat().st_size / 1e6
    if report is None:
        results.append(Result(BENCH, "100k database", None, "s", note=f"cached: {path.name} ({size_mb:.0f} MB)"))
    else:
        counts = ", ".join(f"{k} {v:,}" for k, v in report.counts.items())
        results.append(Result.measured(BENCH, "100k database: generated in", report.seconds, "s", note=counts))
        for name, seconds in report.phases.items():
            results.append(Result.measured(BENCH, f"  {name}", seconds, "s"))
        results.append(Result(BENCH, "  file size", size_mb, "MB", note=path.name))
    log("archive: checking the cache…")
    started = time.perf_counter()
    archive, expected = dataset.cached_archive(dataset.ARCHIVE, rebuild=args.rebuild)
    seconds = time.perf_counter() - started
    note = f"{archive.name} ({archive.stat().st_size / 1e6:.0f} MB): " + ", ".join(
        f"{k} {v:,}" for k, v in expected.items()
    )
    results.append(Result(BENCH, "10k archive", seconds if seconds > 0.5 else None, "s", note=note))
    return results


def parser() -> argparse.ArgumentParser:
    p = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--rebuild", action="store_true", help="build the cached files again even when present")
    p.add_argument("--verify", action="store_true", help="check that the fast build equals the trigger build")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("Synthetic data", parser(), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
