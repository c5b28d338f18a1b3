"""The pages of issue 17 on the 100k-person set: switching pages, a company of 1,000 people, a person with 1,000
interactions, the network map of a person with 200 mutuals, and the Insights page.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.bench_pages [--repeat N]

Budgets (issue 17): switching between any two pages ≤ 100 ms; a company with 1,000 people ≤ 150 ms (its
people with their next steps, openings, processes, job changes and the warmest way in); a person with 1,000
interactions ≤ 150 ms; the network map of a person with 200 mutuals drawn ≤ 300 ms; the Insights page (all
charts) ≤ 500 ms. The company, the person and the mutuals are made in a copy of the cached database (1,000 people
moved to one company, every job change given the companies it was between; 1,000 interactions moved to one person;
200 of my connections linked to one person).

Each figure is wall time (the budget's), with its CPU time (``time.process_time``) and its ratio to a floor
measured in the same run (a bare query: every person's name scanned), so a loaded machine can be told apart.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.perf import dataset
from tests.perf.common import Result, bench_main, bench_parser, log, median

BENCH = "pages"
SWITCH_BUDGET_MS = 100.0
COMPANY_BUDGET_MS = 150.0
PERSON_BUDGET_MS = 150.0
PERSON_INTERACTIONS = 1000
NETWORK_BUDGET_MS = 300.0
INSIGHTS_BUDGET_MS = 500.0


def _prepare(database: Path) -> tuple[int, int, int]:
    """One company with 1,000 people, one person with 200 mutuals and one with 1,000 interactions; their ids."""
    import sqlite3

    with sqlite3.connect(database) as db:
        cursor = db.execute("INSERT INTO company (name, name_key) VALUES ('Bench Corp', 'bench corp')")
        company = int(cursor.lastrowid or 0)
        db.execute("UPDATE person SET company_id = ? WHERE id IN (SELECT id FROM person ORDER BY id LIMIT 1000)",
                   (company,))  # fmt: skip
        target = db.execute("SELECT id FROM person WHERE connected = 0 ORDER BY id DESC LIMIT 1").fetchone()[0]
        # every job change between two companies, as an import writes them; those of Bench Corp's people into it
        db.execute(
            "UPDATE interaction SET from_company = (SELECT name FROM company WHERE id = 1 + person_id % 3000), "
            "to_company = CASE WHEN person_id <= 1000 THEN 'Bench Corp' "
            "ELSE (SELECT name FROM company WHERE id = 1 + (person_id + 7) % 3000) END WHERE kind = 'job_change'"
        )
        busy = db.execute(
            "SELECT id FROM person WHERE company_id != ? AND id != ? ORDER BY id DESC LIMIT 1", (company, target)
        ).fetchone()[0]
        db.execute("UPDATE interaction SET person_id = ? WHERE id IN (SELECT id FROM interaction WHERE person_id != ? "
                   "ORDER BY id LIMIT ? - (SELECT COUNT(*) FROM interaction WHERE person_id = ?))",
                   (busy, busy, PERSON_INTERACTIONS, busy))  # fmt: skip
        mine = [row[0] for row in db.execute("SELECT id FROM person WHERE connected = 1 ORDER BY id LIMIT 200")]
        db.executemany(
            "INSERT OR IGNORE INTO connection (a_id, b_id, kind, strength) VALUES (?, ?, 'knows', ?)",
            [(min(p, target), max(p, target), 1 + p % 3) for p in mine],
        )
    return company, target, busy


def _wait(signal: Any) -> None:
    """Until ``signal`` is emitted, the event loop running (not spinning)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    signal.connect(loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one run of ``action``."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _floor() -> float:
    """A bare query (ms): the 100,000 people's names scanned by plain sqlite3 — the floor the figures are compared
    with, measured in the same run (a bare window shown offscreen takes under a millisecond)."""
    from desktop.store.models import DB

    def scan() -> None:
        DB.execute_sql("SELECT COUNT(*), MAX(name) FROM person").fetchall()

    return median([_timed(scan)[0] for _ in range(5)])


def _note(walls: list[float], cpus: list[float], floor: float) -> str:
    return (f"runs {', '.join(f'{t:.0f}' for t in walls)} ms; CPU {median(cpus):.0f} ms; "
            f"{median(walls) / floor:.1f}× the floor")  # fmt: skip


def run(args: argparse.Namespace) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.core.reconnect.engine import Engine
    from desktop.core.reconnect.facts import load_facts
    from desktop.gui.companies.page import CompaniesPage
    from desktop.gui.insights.page import InsightsPage
    from desktop.gui.main_window import MainWindow
    from desktop.gui.network.page import NetworkPage
    from desktop.store.database import close_database, open_sqlite

    app = QApplication.instance() or QApplication([])
    source, _report = dataset.cached_database(dataset.FULL)
    with tempfile.TemporaryDirectory(prefix="rebound-bench-", dir=dataset.BENCH_DIR) as folder:
        database = Path(folder) / "pages.db"
        shutil.copyfile(source, database)
        company, target, busy = _prepare(database)
        open_sqlite(database)
        try:
            facts = load_facts()
            mutuals = sum(1 for other, _ in facts.edges.get(target, []) if facts.people[other].connected)
            settings = QSettings(str(Path(folder) / "gui.ini"), QSettings.Format.IniFormat)
            window = MainWindow(settings=settings, clock=lambda: datetime(2026, 11, 26, 9))
            window.keeper.load = lambda: None  # type: ignore[method-assign]  # no engine: the pages alone
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            floor = _floor()
            rows = window.sidebar.count()
            names = [window.sidebar.item(row).text() for row in range(rows)]
            for row in range(rows):  # every page built once (the first showing reads its data)
                window.sidebar.setCurrentRow(row)
                app.processEvents()
            insights = window.late.insights
            assert isinstance(insights, InsightsPage)
            if insights.numbers is None:  # its first numbers, read in a worker, are in before the switches are timed
                _wait(insights.loaded)
            switches: dict[tuple[int, int], list[float]] = {}
            switch_cpu: dict[tuple[int, int], list[float]] = {}
            for _ in range(args.repeat):
                for start in range(rows):
                    for end in range(rows):
                        if start == end:
                            continue
                        window.sidebar.setCurrentRow(start)
                        app.processEvents()

                        def switch(end: int = end) -> None:
                            window.sidebar.setCurrentRow(end)
                            app.processEvents()

                        wall, cpu = _timed(switch)
                        switches.setdefault((start, end), []).append(wall)
                        switch_cpu.setdefault((start, end), []).append(cpu)
            # a pair's figure is its median over the repeats (one slow run on a loaded machine is not the pair's)
            pairs = {pair: median(walls) for pair, walls in switches.items()}
            worst = max(pairs, key=lambda pair: pairs[pair])
            every_switch = [wall for walls in switches.values() for wall in walls]
            companies = window.late.companies
            assert isinstance(companies, CompaniesPage)
            companies._facts = lambda: facts  # the engine's facts, as the app keeps them
            engine = Engine(facts)
            plan = engine.today_and_coming(window.day())
            companies._plan = lambda: plan  # the kept day plan, as the app keeps it
            companies.plan_changed()  # (as the keeper says when it has one)
            window.show_page(companies)
            app.processEvents()
            company_times: list[float] = []
            company_cpu: list[float] = []
            for _ in range(args.repeat):
                companies.panel.company_id = None

                def show_company() -> None:
                    companies.show_company(company)
                    app.processEvents()

                wall, cpu = _timed(show_company)
                company_times.append(wall)
                company_cpu.append(cpu)
            people_shown = companies.panel.people_model.rowCount()
            steps = len(companies.panel.steps)
            window.open_person(busy)
            app.processEvents()
            person_times: list[float] = []
            person_cpu: list[float] = []
            for _ in range(args.repeat):
                window.people.show_person(target)  # someone else first: showing the open person again does nothing
                app.processEvents()

                def show_person() -> None:
                    window.people.show_person(busy)
                    app.processEvents()

                wall, cpu = _timed(show_person)
                person_times.append(wall)
                person_cpu.append(cpu)
            network = window.late.network
            assert isinstance(network, NetworkPage)
            network._facts = lambda: facts
            window.show_page(network)
            network_times: list[float] = []
            network_cpu: list[float] = []
            for _ in range(args.repeat):

                def show_map() -> None:
                    network.show_person(target)
                    app.processEvents()

                wall, cpu = _timed(show_map)
                network_times.append(wall)
                network_cpu.append(cpu)
            drawn = len(network.scene.nodes)
            window.show_page(insights)
            insight_times: list[float] = []
            insight_cpu: list[float] = []
            for _ in range(args.repeat):

                def show_insights() -> None:
                    loop = QEventLoop()
                    insights.loaded.connect(loop.quit)
                    insights.load()
                    loop.exec()  # waiting, not spinning: the CPU counted is the work's (worker and window)
                    insights.loaded.disconnect(loop.quit)

                wall, cpu = _timed(show_insights)  # the worker's CPU is this process's too
                insight_times.append(wall)
                insight_cpu.append(cpu)
            log(
                f"pages: {len(every_switch)} switches, company of {people_shown} people ({steps} with a next step), "
                f"person with {PERSON_INTERACTIONS} interactions, map of {drawn} nodes ({mutuals} mutuals)"
            )
            window.ops.wait()
            window.close()
        finally:
            close_database()
    pair = f"{names[worst[0]]} → {names[worst[1]]}"
    return [
        Result.measured(BENCH, "floor: a bare query (100,000 names scanned)", floor, "ms"),
        Result.measured(BENCH, "switch between two pages (worst pair)", pairs[worst], "ms", SWITCH_BUDGET_MS,
                        f"{pair}; median {median(every_switch):.0f} ms over {len(every_switch)} switches, "
                        f"slowest single {max(every_switch):.0f} ms; "
                        f"CPU {median(switch_cpu[worst]):.0f} ms (worst pair), "
                        f"{max(median(cpus) for cpus in switch_cpu.values()):.0f} ms (most of any pair); "
                        f"{pairs[worst] / floor:.1f}× the floor"),
        Result.measured(BENCH, f"a company with {people_shown:,} people", median(company_times), "ms",
                        COMPANY_BUDGET_MS, _note(company_times, company_cpu, floor)),
        Result.measured(BENCH, f"a person with {PERSON_INTERACTIONS:,} interactions", median(person_times), "ms",
                        PERSON_BUDGET_MS, _note(person_times, person_cpu, floor)),
        Result.measured(BENCH, f"network map of a person with {mutuals} mutuals", median(network_times), "ms",
                        NETWORK_BUDGET_MS, _note(network_times, network_cpu, floor)),
        Result.measured(BENCH, "Insights page (all charts)", median(insight_times), "ms", INSIGHTS_BUDGET_MS,
                        _note(insight_times, insight_cpu, floor)),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--repeat", type=int, default=3)
    return bench_main("The new pages", parser, run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
