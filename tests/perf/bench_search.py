"""People search on the 100k database: one keystroke of the People page, ≤ 16 ms at the 95th percentile.

    .venv/bin/python -m tests.perf.bench_search [--rounds 5] [--explain]

One keystroke is what the People page does for a new search text: ``count_people(text)``,
``people_ids(text, offset=0, limit=200, total=count)`` (the model passes its row count, not
counting twice) and ``person_rows`` of that first window, in process, on a warm database
(one untimed pass first). ~110 fixed queries in classes:
1/2/3-letter prefixes, first names, last names, companies, accent-folded forms, two words.

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
BUDGET_MS = 16.0
WINDOW = 200

QUERIES: dict[str, tuple[str, ...]] = {
    "1 letter": ("a", "b", "c", "d", "e", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "w", "z"),
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
    count_ms: float
    ids_ms: float
    rows_ms: float
    matches: int


def _measure(text: str, kind: str) -> Sample:
    from desktop.core.people import count_people, people_ids, person_rows

    t0 = time.perf_counter()
    count = count_people(text)
    t1 = time.perf_counter()
    ids = people_ids(text, offset=0, limit=WINDOW, total=count)  # the People model passes its row count
    t2 = time.perf_counter()
    person_rows(ids)
    t3 = time.perf_counter()
    return Sample(text, kind, (t3 - t0) * 1e3, (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3, count)


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
        worst = max(chosen, key=lambda s: s.total_ms)
        note = (
            f"p50 {median(totals):.1f} · max {worst.total_ms:.1f} ms ({worst.query!r}: count {worst.count_ms:.1f} "
            f"+ ids {worst.ids_ms:.1f} + rows {worst.rows_ms:.1f}; {worst.matches:,} matches)"
        )
        results.append(Result.measured(BENCH, f"{label}{kind} p95", percentile(totals, 95), "ms", BUDGET_MS, note))
    return results


def _slowest(samples: list[Sample], count: int = 12) -> str:
    by_query: dict[str, list[Sample]] = {}
    for s in samples:
        by_query.setdefault(s.query, []).append(s)
    rows = sorted(by_query.values(), key=lambda group: -median([s.total_ms for s in group]))[:count]
    header = f"{'query':16} {'class':14} {'matches':>8} {'total':>7} {'count':>7} {'ids':>7} {'rows':>7}"
    lines = [header + "  (medians, ms)"]
    for group in rows:
        s = group[0]
        lines.append(
            f"{s.query!r:16} {s.kind:14} {s.matches:>8,} {median([g.total_ms for g in group]):7.1f} "
            f"{median([g.count_ms for g in group]):7.1f} {median([g.ids_ms for g in group]):7.1f} "
            f"{median([g.rows_ms for g in group]):7.1f}"
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
        empty = [_measure("", "empty") for _ in range(args.rounds)]
        print("\nSlowest queries today:\n" + _slowest(samples))
        results = _summaries(samples, "")
        results.append(
            Result.measured(BENCH, "empty text (everyone) p95", percentile([s.total_ms for s in empty], 95), "ms",
                            BUDGET_MS, f"{empty[0].matches:,} people listed")
        )  # fmt: skip
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
