"""The team server against SQLite, in the same run on the same data: search, the day plan, a change seen elsewhere.

    python -m tests.perf.bench_team [--people 10000|100000] [--rounds 3] [--changes 40]

A throwaway PostgreSQL cluster is started as the tests start theirs (``tests/pg_server.py``: ``initdb`` in a
temporary folder, a loopback port, stopped at the end). The generated set (``tests/perf/dataset.py``; 10,000
people, 100,000 interactions by default, the cached 100,000-person set with ``--people 100000``) is copied row by
row into a fresh team database (``COPY``, the server's triggers indexing every row as it comes; then
``VACUUM (ANALYZE)``, as ``rebound move-to`` ends), so both backends hold the same records. Each figure is measured
on both and given as the ratio team server / SQLite:

* **search p95**: one keystroke of the People page (``read_window(text, limit=200)``) for the ~130 queries of
  ``bench_search``, a warm-up pass, then ``--rounds`` timed passes. Budget ≤ 30 ms on the server (issue 19).
* **day plan**: a cold engine (facts read from the database, the day planned), as at start-up and in
  ``rebound suggest``. Budget ≤ 2 s on the server.
* **change latency**: one interaction logged through core on the models' connection until a second connection sees
  it: on the server a ``LISTEN rebound_changes`` connection (as the window's team listener) receives the
  notification and reads the row; on SQLite (no change feed: one desktop) a second connection reads the committed
  row. Budget ≤ 2 s on the server.

CPU time is given beside wall time: ours (``time.process_time``) plus, on the server, that of the server process
serving our connection (``/proc/<pid>/stat``, the cluster runs on this machine), so a loaded machine's waiting
shows as the gap between the two. The ratios are of wall times, both measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tests.perf import dataset
from tests.perf.bench_search import QUERIES
from tests.perf.common import Result, bench_main, bench_parser, log, median, percentile

BENCH = "team"
SEARCH_P95_BUDGET_MS = 30.0
PLAN_BUDGET_S = 2.0
CHANGE_BUDGET_S = 2.0
TODAY = date(2026, 11, 26)
# copied as the server sets them (who added a row, who saved it last): the member running the bench
SERVER_KEPT = frozenset({"owner", "author", "changed_by", "changed_at", "version"})
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class Timing:
    wall: list[float]  # seconds, one per sample
    cpu: float  # seconds of CPU over all samples (ours, plus the server's on the team server)
    labels: list[str] | None = None  # what each sample was (the search's query)

    def worst(self) -> str:
        """The slowest sample, with its label: "12.3 ms ('th')"."""
        at = max(range(len(self.wall)), key=self.wall.__getitem__)
        return f"{self.wall[at] * 1e3:.1f} ms ({self.labels[at]!r})" if self.labels else f"{self.wall[at] * 1e3:.1f} ms"


# ---------------------------------------------------------------------------------------------- the data


def copy_into_server(source: Path, url: str) -> dict[str, int]:
    """Every table of the models, from the SQLite file into the (migrated, empty) team database at ``url``."""
    import peewee as pw

    from desktop.store import models
    from desktop.store.database import close_database, open_database
    from desktop.store.models import DB
    from desktop.store.postgres import vacuum_analyze

    chosen = [m for m in vars(models).values() if isinstance(m, type) and issubclass(m, models.BaseModel)]
    tables = pw.sort_models([m for m in chosen if m is not models.BaseModel])  # type: ignore[attr-defined]
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    counts: dict[str, int] = {}
    try:
        open_database(url)
        conn = DB.obj.connection()
        for model in tables:
            table = model._meta.table_name
            if table == "schema_version":
                continue
            theirs = {row[1] for row in lite.execute(f'PRAGMA table_info("{table}")')}
            ours = [row[1] for row in DB.obj.execute_sql(f"PRAGMA table_info({table})")]
            columns = [c for c in ours if c in theirs and c not in SERVER_KEPT]
            if not columns:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            with conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in lite.execute(f"SELECT {names} FROM {table}"):
                    copy.write_row(row)
            if "id" in columns:
                DB.obj.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                   f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")  # fmt: skip
            counts[table] = int(DB.obj.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0])
        conn.commit()
        vacuum_analyze(DB.obj)  # as ``rebound move-to`` does after its copy
    finally:
        lite.close()
        close_database()
    return counts


# ---------------------------------------------------------------------------------------------- CPU time


def _server_cpu(pid: int | None) -> float:
    """The CPU seconds (user + system) the server process ``pid`` has used (0 for SQLite, or unreadable)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def _backend_pid() -> int | None:
    from desktop.store.models import DB, is_team

    if not is_team(DB.obj):
        return None
    return int(DB.obj.execute_sql("SELECT pg_backend_pid()").fetchone()[0])


@contextmanager
def cpu_of_both(into: list[float]) -> Iterator[None]:
    """Adds to ``into`` the CPU seconds this process and the server process of our connection use in the block."""
    pid = _backend_pid()
    ours, theirs = time.process_time(), _server_cpu(pid)
    yield
    into.append(time.process_time() - ours + _server_cpu(pid) - theirs)


# ---------------------------------------------------------------------------------------------- measures


def search(rounds: int) -> Timing:
    from desktop.core.people import read_window

    queries = [text for texts in QUERIES.values() for text in texts]
    for text in queries:  # warm-up: caches, statements, imports
        read_window(text, limit=200)
    wall: list[float] = []
    cpu: list[float] = []
    with cpu_of_both(cpu):
        for _ in range(rounds):
            for text in queries:
                started = time.perf_counter()
                read_window(text, limit=200)
                wall.append(time.perf_counter() - started)
    return Timing(wall, cpu[0], queries * rounds)


def day_plan(repeat: int) -> tuple[Timing, int]:
    from desktop.core.reconnect.engine import Engine

    wall: list[float] = []
    cpu: list[float] = []
    due = 0
    for _ in range(repeat):
        with cpu_of_both(cpu):
            started = time.perf_counter()
            plan, _coming = Engine().today_and_coming(TODAY)
            wall.append(time.perf_counter() - started)
        due = len(plan)
    return Timing(wall, sum(cpu)), due


def change_latency(count: int, second: Callable[[], Any], sees: Callable[[Any, int, float], float]) -> Timing:
    """``count`` interactions logged through core; ``sees(connection, id, started)`` returns when the second
    connection saw each."""
    from desktop.core import timeline
    from desktop.store.models import Person

    people = [p.id for p in Person.select(Person.id).order_by(Person.id).limit(count)]
    wall: list[float] = []
    cpu: list[float] = []
    other = second()
    try:
        for number, person in enumerate(people):
            with cpu_of_both(cpu):
                started = time.perf_counter()
                logged = timeline.log_interaction(person, "email", "out", datetime(2026, 11, 26, 9, number % 60),
                                                  body="Checking in").value  # fmt: skip
                wall.append(sees(other, int(logged), started) - started)
    finally:
        other.close()
    return Timing(wall, sum(cpu))


def sqlite_second(path: Path) -> tuple[Callable[[], Any], Callable[[Any, int, float], float]]:
    def second() -> sqlite3.Connection:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def sees(conn: sqlite3.Connection, logged: int, _started: float) -> float:
        while conn.execute("SELECT 1 FROM interaction WHERE id = ?", [logged]).fetchone() is None:
            pass  # committed before log_interaction returned: the first read finds it
        return time.perf_counter()

    return second, sees


def server_second(url: str) -> tuple[Callable[[], Any], Callable[[Any, int, float], float]]:
    import psycopg

    from desktop.store.postgres import CHANNEL

    class Listening:
        """A LISTEN connection whose thread notes when each notification arrived (as the team listener waits)."""

        def __init__(self) -> None:
            self.conn = psycopg.connect(url, autocommit=True)
            self.conn.execute(f"LISTEN {CHANNEL}")
            self.reader = psycopg.connect(url, autocommit=True)
            self.arrived: list[float] = []
            self.heard = threading.Event()
            self.stop = False
            self.thread = threading.Thread(target=self._wait, daemon=True)
            self.thread.start()

        def _wait(self) -> None:
            while not self.stop:
                for note in self.conn.notifies(timeout=0.25):
                    if note.payload == "interaction":
                        self.arrived.append(time.perf_counter())
                        self.heard.set()

        def close(self) -> None:
            self.stop = True
            self.thread.join(timeout=5)
            self.conn.close()
            self.reader.close()

    def sees(listening: Listening, logged: int, started: float) -> float:
        if not listening.heard.wait(timeout=30):
            raise RuntimeError("no notification within 30 s")
        listening.heard.clear()
        row = listening.reader.execute("SELECT id FROM interaction WHERE id = %s", [logged]).fetchone()
        if row is None:
            raise RuntimeError("notified, but the row is not there")
        return time.perf_counter()

    return Listening, sees


# ---------------------------------------------------------------------------------------------- the run


def _measure_all(args: argparse.Namespace, second: tuple[Callable[[], Any], Callable[..., float]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    found["search"] = search(args.rounds)
    found["plan"], found["due"] = day_plan(args.repeat)
    found["change"] = change_latency(args.changes, *second)
    return found


def _results(size: int, lite: dict[str, Any], team: dict[str, Any], rounds: int) -> list[Result]:
    where = f"{size:,} people"
    ls, ts = lite["search"], team["search"]
    l95, t95 = percentile(ls.wall, 95) * 1e3, percentile(ts.wall, 95) * 1e3
    lp, tp = median(lite["plan"].wall), median(team["plan"].wall)
    lc, tc = lite["change"], team["change"]
    lc50, tc50 = median(lc.wall), median(tc.wall)
    lc95, tc95 = percentile(lc.wall, 95), percentile(tc.wall, 95)
    per_query = len(ls.wall)
    return [
        Result.measured(BENCH, f"search p95, team server ({where})", t95, "ms", SEARCH_P95_BUDGET_MS,
                        f"p50 {median(ts.wall) * 1e3:.1f} ms · max {ts.worst()} · CPU {ts.cpu / per_query * 1e3:.2f} "
                        f"ms a query (ours + server) · {per_query} searches ({rounds} rounds)"),
        Result.measured(BENCH, f"search p95, SQLite ({where})", l95, "ms",
                        note=f"p50 {median(ls.wall) * 1e3:.1f} ms · max {ls.worst()} · CPU "
                             f"{ls.cpu / per_query * 1e3:.2f} ms a query"),
        Result.measured(BENCH, "search p95, team server / SQLite", t95 / max(l95, 1e-6), "x",
                        note=f"CPU {ts.cpu / max(ls.cpu, 1e-9):.1f}×"),
        Result.measured(BENCH, f"day plan (cold engine), team server ({where})", tp, "s", PLAN_BUDGET_S,
                        f"runs {', '.join(f'{t:.2f}' for t in team['plan'].wall)} s · CPU "
                        f"{team['plan'].cpu / len(team['plan'].wall):.2f} s (ours + server) · {team['due']:,} due"),
        Result.measured(BENCH, f"day plan (cold engine), SQLite ({where})", lp, "s",
                        note=f"runs {', '.join(f'{t:.2f}' for t in lite['plan'].wall)} s · CPU "
                             f"{lite['plan'].cpu / len(lite['plan'].wall):.2f} s · {lite['due']:,} due"),
        Result.measured(BENCH, "day plan, team server / SQLite", tp / max(lp, 1e-6), "x",
                        note=f"CPU {team['plan'].cpu / max(lite['plan'].cpu, 1e-9):.1f}×"),
        Result.measured(BENCH, "change seen on a second connection, team server (p95)", tc95, "s", CHANGE_BUDGET_S,
                        f"p50 {tc50 * 1e3:.1f} ms · CPU {tc.cpu / len(tc.wall) * 1e3:.1f} ms a change "
                        f"(ours + server) · {len(tc.wall)} changes, write → NOTIFY → LISTEN → read"),
        Result.measured(BENCH, "change seen on a second connection, SQLite (p95)", lc95, "s",
                        note=f"p50 {lc50 * 1e3:.1f} ms · CPU {lc.cpu / len(lc.wall) * 1e3:.1f} ms a change · "
                             "write → commit → read"),
        Result.measured(BENCH, "change seen (p50), team server / SQLite", tc50 / max(lc50, 1e-6), "x",
                        note=f"CPU {tc.cpu / max(lc.cpu, 1e-9):.1f}×"),
    ]  # fmt: skip


def run(args: argparse.Namespace) -> list[Result]:
    from tests import pg_server

    sizes = dataset.FULL if args.people >= dataset.FULL.people else dataset.ARCHIVE
    names = ("search p95", "day plan", "change seen")
    if pg_server.find_bin() is None:
        return [Result.skipped(BENCH, name, "", None, f"PostgreSQL is not installed ({pg_server.NOT_RUN_HINT})")
                for name in names]  # fmt: skip
    from desktop.store.database import close_database, open_database, open_sqlite

    source, _report = dataset.cached_database(sizes)
    server = pg_server.start_server()
    try:
        with tempfile.TemporaryDirectory(prefix="rebound-bench-", dir=dataset.BENCH_DIR) as folder:
            path = Path(folder) / "team.db"
            shutil.copyfile(source, path)  # the changes are written to a copy
            url = server.create_database("rebound_bench")
            started = time.perf_counter()
            open_database(url)  # the schema, made as the first desktop makes it
            close_database()
            counts = copy_into_server(path, url)
            log(f"team: {counts.get('person', 0):,} people, {counts.get('interaction', 0):,} interactions copied "
                f"to the server in {time.perf_counter() - started:.0f} s")  # fmt: skip
            open_sqlite(path)
            try:
                lite = _measure_all(args, sqlite_second(path))
            finally:
                close_database()
            log(f"team: SQLite measured ({median(lite['plan'].wall):.2f} s a plan)")
            open_database(url)
            try:
                team = _measure_all(args, server_second(url))
            finally:
                close_database()
            return _results(sizes.people, lite, team, args.rounds)
    finally:
        pg_server.remove_server(server)


def parser() -> argparse.ArgumentParser:
    p = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--people", type=int, default=10_000, help="10000 (default) or 100000 (the cached full set)")
    p.add_argument("--rounds", type=int, default=3, help="timed passes over the search queries (default 3)")
    p.add_argument("--repeat", type=int, default=3, help="cold day plans on each backend (default 3)")
    p.add_argument("--changes", type=int, default=40, help="changes timed on each backend (default 40)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("The team server against SQLite", parser(), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
