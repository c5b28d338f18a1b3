"""Watching openings: 500 careers feeds served on loopback (50 openings each, all six formats) read into an
empty database in ≤ 30 s with at most 8 connections at once and a peak memory ≤ 200 MB; the same feeds again,
answered with 304 Not Modified, in ≤ 5 s.

    .venv/bin/python -m tests.perf.bench_watch [--feeds 500] [--openings 50]

The server runs in this process (its threads count against the memory figure, which is the process's peak
resident size). Every run is checked: the database must then hold every opening once.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from tests.feed_server import FeedServer, Route
from tests.perf.common import Result, bench_main, bench_parser, log

BENCH = "watch"
BUDGET_FIRST_S = 30.0
BUDGET_AGAIN_S = 5.0
BUDGET_MB = 200.0
BUDGET_CONNECTIONS = 8
TODAY = date(2026, 12, 6)
TITLES = ("Data Analyst", "BI Developer", "Office Manager", "Data Engineer", "Sales Lead", "Warehouse Operative")


def _feed(kind: int, n: int, count: int) -> Route:
    """Feed number ``n`` in format ``kind`` (0–5) with ``count`` openings."""
    jobs = [(f"{n}-{i}", f"{TITLES[i % len(TITLES)]} {i}", f"https://jobs.example/{n}/{i}") for i in range(count)]
    if kind == 0:
        body = json.dumps({"jobs": [{"id": k, "title": t, "absolute_url": u, "location": {"name": "Berlin"},
                                     "updated_at": "2026-11-30T10:00:00Z"} for k, t, u in jobs]})  # fmt: skip
        return Route(body=body.encode(), etag=f'"gh{n}"')
    if kind == 1:
        body = json.dumps([{"id": k, "text": t, "hostedUrl": u, "categories": {"location": "Remote"},
                            "createdAt": 1764000000000} for k, t, u in jobs])  # fmt: skip
        return Route(body=body.encode(), etag=f'"lv{n}"')
    if kind == 2:
        body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Jobs",
                           "items": [{"id": k, "title": t, "url": u, "date_published": "2026-11-30"}
                                     for k, t, u in jobs]})  # fmt: skip
        return Route(body=body.encode(), content_type="application/feed+json", etag=f'"jf{n}"')
    if kind == 3:
        items = "".join(f"<item><title>{t}</title><link>{u}</link><guid>{k}</guid>"
                        f"<pubDate>Mon, 30 Nov 2026 09:00:00 +0100</pubDate></item>" for k, t, u in jobs)  # fmt: skip
        return Route(body=f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>{items}</channel></rss>'
                     .encode(), content_type="application/rss+xml", etag=f'"rs{n}"')  # fmt: skip
    if kind == 4:
        entries = "".join(f'<entry><title>{t}</title><link href="{u}"/><id>{k}</id><updated>2026-11-30T09:00:00Z'
                          f"</updated></entry>" for k, t, u in jobs)  # fmt: skip
        return Route(body=f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Jobs</title>{entries}</feed>'.encode(),
                     content_type="application/atom+xml", etag=f'"at{n}"')  # fmt: skip
    positions = "".join(f"<position><id>{n}{i:03d}</id><office>Köln</office><name>{t}</name>"
                        f"<createdAt>2026-11-30T08:00:00+00:00</createdAt></position>"
                        for i, (_k, t, _u) in enumerate(jobs))  # fmt: skip
    return Route(body=f"<workzag-jobs>{positions}</workzag-jobs>".encode(), content_type="text/xml", etag=f'"pe{n}"')


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(args: argparse.Namespace) -> list[Result]:
    from desktop.interop import watch
    from desktop.store.database import close_database, open_sqlite
    from desktop.store.models import Company, Opening

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="rebound-watch-") as folder, FeedServer() as server:
        open_sqlite(Path(folder) / "watch.db")
        try:
            for n in range(args.feeds):
                server.routes[f"/feed/{n}"] = _feed(n % 6, n, args.openings)
                watch.set_company_watch(f"Company {n:04d} GmbH", watch=True, careers_url=server.url(f"/feed/{n}"))
            log(f"{args.feeds} feeds × {args.openings} openings served on port {server.port}")
            started = time.perf_counter()
            reports = watch.run_watch(TODAY)
            first = time.perf_counter() - started
            errors = [r.line() for r in reports if r.error]
            stored = Opening.select().count()
            expected = args.feeds * args.openings
            if errors or stored != expected or Company.select().count() != args.feeds:
                log(f"wrong outcome: {stored} openings of {expected}; {errors[:3]}")
                return [Result.failed(BENCH, "first watch", "s", BUDGET_FIRST_S, f"{stored} of {expected} stored")]
            results.append(Result.measured(BENCH, f"first watch ({args.feeds} feeds)", first, "s", BUDGET_FIRST_S,
                                           f"{expected} openings"))  # fmt: skip
            results.append(Result.measured(BENCH, "connections at once", server.peak, "", BUDGET_CONNECTIONS))
            requests_before = len(server.seen)
            started = time.perf_counter()
            again = watch.run_watch(TODAY, force=True)
            second = time.perf_counter() - started
            not_modified = sum(1 for r in again if r.error is None and r.new == 0 and r.unchanged == args.openings)
            if not_modified != args.feeds or len(server.seen) - requests_before != args.feeds:
                return [*results, Result.failed(BENCH, "repeat (304)", "s", BUDGET_AGAIN_S,
                                                f"{not_modified} of {args.feeds} feeds unchanged")]  # fmt: skip
            results.append(Result.measured(BENCH, "repeat, answered 304", second, "s", BUDGET_AGAIN_S))
            results.append(Result.measured(BENCH, "peak memory (process)", _peak_mb(), "MB", BUDGET_MB))
        finally:
            close_database()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--openings", type=int, default=50)
    return bench_main("Watching openings", parser, run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
