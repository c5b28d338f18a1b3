"""People search on the 100k database: one keystroke of the People page, p95 ≤ 8 ms and max ≤ 16 ms.

    .venv/bin/python -m tests.perf.bench_search [--rounds 5] [--explain]

One keystroke is what the People page does for a new search text: ``read_window(text,
limit=200)`` — the first window of matches in name order with their rows; the page never counts
the matches (it shows "200+"). In process, on a warm database (one untimed pass first). ~130
fixed queries in classes: every single letter, 2/3-letter prefixes, first names, last names,
companies, accent-folded forms, two words. The floor, measured in the same pass for each query:
a bare FTS5 prefix query with the same LIMIT on the same file (ids in row id order, no rows).

The People list itself (no search): a window at the top, the middle and the end, each read by a
jump (from the nearer end of the name index) and from the keys of the window beside it, ≤ 5 ms.

``--explain`` prints the query plans of the search statements.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import peewee as pw

from tests.perf import dataset
from tests.perf.common import Result, bench_main, bench_parser, log, median, percentile

BENCH = "search"
BUDGET_P95_MS = 8.0
BUDGET_MAX_MS = 16.0
WINDOW_BUDGET_MS = 5.0
WINDOW = 200

QUERIES: dict[str, tuple[str, ...]] = {
    "1 letter": tuple("abcdefghijklmnopqrstuvwxyz"),
    "2 letters": (
        "an", "be", "ch", "da", "el", "fr", "ha", "jo", "ju", "ka", "la", "le", "ma", "mi", "mu", "mü", "no", "pa",
        "ro", "sa", "sc", "st", "th", "we", "zo",
    ),
    "3 letters": (
        "ann", "ber", "chr", "dan", "eri", "fis", "hof", "jür", "kat", "lau", "lee", "mar", "mei", "mül", "nie",
        "pet", "sch", "sil", "ste", "tho", "web", "zim", "zoë",
    ),
    "first name": ("Anna", "Thomas", "Jürgen", "Zoë", "Søren", "Łukasz", "Chloé", "José", "Emma", "Liam", "Priya",
                   "Sophie"),
    "last name": ("Müller", "Schmidt", "Weber", "Núñez", "Ødegaard", "García", "Yılmaz", "Nowak", "Kowalski", "Smith"),
    "company": ("Acme", "Globex", "Nordwind", "Quantum", "Analytics", "GmbH", "Aurora", "Kraków"),
    "accent-folded": ("muller", "zoe", "jurgen", "nunez", "krakow", "soren", "francois", "helene"),
    "two words": ("anna müller", "thomas acme", "data analyst", "senior recruiter", "zoe m"),
}  # fmt: skip


@dataclass
class Sample:
    query: str
    kind: str
    total_ms: float
    floor_ms: float
    rows: int
    cpu_ms: float = 0.0  # the keystroke's CPU time (time.process_time): steadier than the wall time under load


def _measure(text: str, kind: str) -> Sample:
    from desktop.core.people import read_window
    from desktop.store import search
    from desktop.store.models import DB

    expression = search.match_expression(text)
    c0, t0 = time.process_time(), time.perf_counter()
    window = read_window(text, limit=WINDOW)  # what the People model reads for a new search text
    t1, c1 = time.perf_counter(), time.process_time()
    if expression is not None:
        DB.obj.execute_sql("SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ?", [expression, WINDOW])
    t2 = time.perf_counter()
    return Sample(text, kind, (t1 - t0) * 1e3, (t2 - t1) * 1e3, len(window.rows), (c1 - c0) * 1e3)


# ---------------------------------------------------------------------------------------------


def _explain(db: pw.Database) -> None:
    from desktop.store import search

    expression = search.match_expression("a")
    from desktop.core.people import _ROWS_SQL

    statements = {  # the statements the product runs (search.person_ids picks one by the match count)
        "person_ids ('a'), few matches: sort them all": (
            search._BY_NAME.format(id="p.id", bound=""),
            [expression, 200, 0],
        ),
        "person_ids ('a'), many matches: walk the name index": (
            search._BY_NAME.format(id="+p.id", bound=" AND p.sort_key <= ?"),
            [expression, "m", 200, 0],
        ),
        "person_count ('a')": ("SELECT count(*) FROM person_fts WHERE person_fts MATCH ?", [expression]),
        "person_rows (3 ids)": (_ROWS_SQL.format(marks="?, ?, ?"), [1, 2, 3]),
    }
    for title, (sql, params) in statements.items():
        print(f"\nEXPLAIN QUERY PLAN — {title}")
        for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall():
            print(f"  {row[0]:>3} {row[1]:>3}  {row[3]}")


def _summaries(samples: list[Sample], label: str) -> list[Result]:
    results: list[Result] = []
    kinds = list(dict.fromkeys(s.kind for s in samples))
    for kind in [*kinds, "all"]:
        chosen = [s for s in samples if kind in ("all", s.kind)]
        totals = [s.total_ms for s in chosen]
        floors = [s.floor_ms for s in chosen]
        worst = max(chosen, key=lambda s: s.total_ms)
        p95, floor95 = percentile(totals, 95), percentile(floors, 95)
        cpus = [s.cpu_ms for s in chosen]
        note = (
            f"p50 {median(totals):.1f} · max {worst.total_ms:.1f} ms ({worst.query!r}) · "
            f"floor p95 {floor95:.2f} ms ({p95 / max(floor95, 1e-3):.0f}×) · CPU p95 {percentile(cpus, 95):.1f} "
            f"max {max(cpus):.1f} ms"
        )
        results.append(Result.measured(BENCH, f"{label}{kind} p95", p95, "ms", BUDGET_P95_MS, note))
        if kind in ("1 letter", "all"):
            results.append(Result.measured(BENCH, f"{label}{kind} max", worst.total_ms, "ms", BUDGET_MAX_MS))
    return results


def _slowest(samples: list[Sample], count: int = 12) -> str:
    by_query: dict[str, list[Sample]] = {}
    for s in samples:
        by_query.setdefault(s.query, []).append(s)
    rows = sorted(by_query.values(), key=lambda group: -median([s.total_ms for s in group]))[:count]
    header = f"{'query':16} {'class':14} {'rows':>5} {'window':>7} {'floor':>7} {'CPU':>7}"
    lines = [header + "  (medians, ms)"]
    for group in rows:
        s = group[0]
        lines.append(
            f"{s.query!r:16} {s.kind:14} {s.rows:>5} {median([g.total_ms for g in group]):7.1f} "
            f"{median([g.floor_ms for g in group]):7.2f} {median([g.cpu_ms for g in group]):7.1f}"
        )
    return "\n".join(lines)


def _timed_rounds(rounds: int, measure: Callable[[str, str], Sample]) -> list[Sample]:
    for kind, queries in QUERIES.items():  # warm-up pass: page cache, statement cache, imports
        for text in queries:
            measure(text, kind)
    samples: list[Sample] = []
    for _ in range(rounds):
        for kind, queries in QUERIES.items():
            for text in queries:
                samples.append(measure(text, kind))
    return samples


def _list_windows(people: int, rounds: int) -> list[Result]:
    """The People list without a search: a window at the top, the middle and the end, by a jump and by keys."""
    from desktop.core.people import read_window

    results: list[Result] = []
    for where, offset in (("top", 0), ("middle", people // 2), ("end", people - WINDOW)):
        jumps: list[float] = []
        keyed: list[float] = []
        for _ in range(rounds + 1):
            t0 = time.perf_counter()
            window = read_window(limit=WINDOW, offset=offset)
            t1 = time.perf_counter()
            if where == "end":
                read_window(limit=WINDOW, before=window.first)
            else:
                read_window(limit=WINDOW, after=window.last)
            t2 = time.perf_counter()
            jumps.append((t1 - t0) * 1e3)
            keyed.append((t2 - t1) * 1e3)
        jumps, keyed = jumps[1:], keyed[1:]  # the first pass warms the pages
        for how, times in (("jump", jumps), ("beside", keyed)):
            note = f"median {median(times):.2f} ms of {rounds}"
            results.append(
                Result.measured(BENCH, f"list window, {where}, {how} (max)", max(times), "ms", WINDOW_BUDGET_MS, note)
            )
    return results


def run(args: argparse.Namespace) -> list[Result]:
    from desktop.store.database import close_database, open_sqlite

    path, _report = dataset.cached_database(dataset.FULL)
    db = open_sqlite(path)
    try:
        (people,) = db.execute_sql("SELECT count(*) FROM person").fetchone()
        log(f"search: {people:,} people in {path.name}; {sum(map(len, QUERIES.values()))} queries × {args.rounds}")
        if args.explain:
            _explain(db)
        samples = _timed_rounds(args.rounds, _measure)
        print("\nSlowest queries today:\n" + _slowest(samples))
        results = _summaries(samples, "")
        results += _list_windows(people, args.rounds)
        return results
    finally:
        close_database()


def parser() -> argparse.ArgumentParser:
    p = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--rounds", type=int, default=5, help="timed passes over the queries (default 5)")
    p.add_argument("--explain", action="store_true", help="print the query plans")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("People search (100k people)", parser(), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
