"""The command palette on the 100k database: one keystroke's results ≤ 16 ms at the 95th percentile.

    .venv/bin/python -m tests.perf.bench_palette [--rounds 5]

One keystroke is ``core.quick_find.find(text)`` over people, companies, openings and the notes and
messages (1,000,000 interactions' text), with the companies and openings read once (``names()``,
as the palette does when it opens; timed apart). The queries are those of the People search
(tests/perf/bench_search.py) and the words of messages being typed, a letter at a time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from tests.perf import dataset
from tests.perf.bench_search import QUERIES
from tests.perf.common import Result, bench_main, bench_parser, log, median, percentile

BENCH = "palette"
BUDGET_MS = 16.0
TYPED = ("thank", "interview", "feedback", "coffee", "data team")  # typed a letter at a time


def keystrokes() -> list[str]:
    typed = [word[:end] for word in TYPED for end in range(1, len(word) + 1)]
    return [*(text for texts in QUERIES.values() for text in texts), *typed]


def run(args: argparse.Namespace) -> list[Result]:
    from desktop.core import quick_find
    from desktop.store.database import close_database, open_sqlite

    path, _report = dataset.cached_database(dataset.FULL)
    db = open_sqlite(path)
    try:
        (interactions,) = db.execute_sql("SELECT count(*) FROM interaction").fetchone()
        texts = keystrokes()
        log(f"palette: {interactions:,} interactions in {path.name}; {len(texts)} keystrokes × {args.rounds}")
        opened = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            known = quick_find.names()
            opened.append((time.perf_counter() - start) * 1e3)
        for text in texts:  # warm-up pass
            quick_find.find(text, known=known)
        timings: list[tuple[float, str]] = []
        for _ in range(args.rounds):
            for text in texts:
                start = time.perf_counter()
                quick_find.find(text, known=known)
                timings.append(((time.perf_counter() - start) * 1e3, text))
        values = [value for value, _text in timings]
        worst = max(timings)
        return [
            Result.measured(BENCH, "keystroke p95", percentile(values, 95), "ms", BUDGET_MS,
                            f"p50 {median(values):.1f} · max {worst[0]:.1f} ms ({worst[1]!r})"),
            Result.measured(BENCH, "opening (companies, openings read)", median(opened), "ms", None),
        ]  # fmt: skip
    finally:
        close_database()


def parser() -> argparse.ArgumentParser:
    p = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--rounds", type=int, default=5, help="timed passes over the keystrokes (default 5)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("Command palette (100k people, 1M interactions)", parser(), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
