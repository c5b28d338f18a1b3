"""The pages of issue 17 on the 100k-person set: switching pages, a company of 1,000 people, the network map of
a person with 200 mutuals, and the Insights page.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.bench_pages [--repeat N]

Budgets (issue 17): switching between any two pages ≤ 100 ms; a company with 1,000 people ≤ 150 ms (its
people, openings, processes, job changes and the warmest way in); the network map of a person with 200
mutuals drawn ≤ 300 ms; the Insights page (all charts) ≤ 500 ms. The company and the mutuals are made in a
copy of the cached database (1,000 people moved to one company; 200 of my connections linked to one person).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path

from tests.perf import dataset
from tests.perf.common import Result, bench_main, bench_parser, log, median

BENCH = "pages"
SWITCH_BUDGET_MS = 100.0
COMPANY_BUDGET_MS = 150.0
NETWORK_BUDGET_MS = 300.0
INSIGHTS_BUDGET_MS = 500.0


def _prepare(database: Path) -> tuple[int, int]:
    """One company with 1,000 people and one person with 200 mutuals; their ids."""
    import sqlite3

    with sqlite3.connect(database) as db:
        company = db.execute("INSERT INTO company (name, name_key) VALUES ('Bench Corp', 'bench corp')").lastrowid
        db.execute("UPDATE person SET company_id = ? WHERE id IN (SELECT id FROM person ORDER BY id LIMIT 1000)",
                   (company,))  # fmt: skip
        target = db.execute("SELECT id FROM person WHERE connected = 0 ORDER BY id DESC LIMIT 1").fetchone()[0]
        mine = [row[0] for row in db.execute("SELECT id FROM person WHERE connected = 1 ORDER BY id LIMIT 200")]
        db.executemany(
            "INSERT OR IGNORE INTO connection (a_id, b_id, kind, strength) VALUES (?, ?, 'knows', ?)",
            [(min(p, target), max(p, target), 1 + p % 3) for p in mine],
        )
    return company, target


def run(args: argparse.Namespace) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

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
        company, target = _prepare(database)
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
            rows = window.sidebar.count()
            for row in range(rows):  # every page built once (the first showing reads its data)
                window.sidebar.setCurrentRow(row)
                app.processEvents()
            switches: list[float] = []
            for _ in range(args.repeat):
                for start in range(rows):
                    for end in range(rows):
                        if start == end:
                            continue
                        window.sidebar.setCurrentRow(start)
                        app.processEvents()
                        began = time.perf_counter()
                        window.sidebar.setCurrentRow(end)
                        app.processEvents()
                        switches.append((time.perf_counter() - began) * 1000)
            companies = window.late.companies
            assert isinstance(companies, CompaniesPage)
            companies._facts = lambda: facts  # the engine's facts, as the app keeps them
            company_times: list[float] = []
            for _ in range(args.repeat):
                companies.panel.company_id = None
                began = time.perf_counter()
                companies.show_company(company)
                app.processEvents()
                company_times.append((time.perf_counter() - began) * 1000)
            people_shown = companies.panel.people_model.rowCount()
            network = window.late.network
            assert isinstance(network, NetworkPage)
            network._facts = lambda: facts
            window.show_page(network)
            network_times: list[float] = []
            for _ in range(args.repeat):
                began = time.perf_counter()
                network.show_person(target)
                app.processEvents()
                network_times.append((time.perf_counter() - began) * 1000)
            drawn = len(network.scene.nodes)
            insights = window.late.insights
            assert isinstance(insights, InsightsPage)
            window.show_page(insights)
            insight_times: list[float] = []
            shown: list[bool] = []
            insights.loaded.connect(lambda: shown.append(True))
            for _ in range(args.repeat):
                shown.clear()
                began = time.perf_counter()
                insights.load()
                while not shown:
                    app.processEvents()
                insight_times.append((time.perf_counter() - began) * 1000)
            log(f"pages: {len(switches)} switches, company of {people_shown} people, map of {drawn} nodes "
                f"({mutuals} mutuals)")  # fmt: skip
            window.ops.wait()
            window.close()
        finally:
            close_database()
    return [
        Result.measured(BENCH, "switch between two pages (worst of all pairs)", max(switches), "ms", SWITCH_BUDGET_MS,
                        f"median {median(switches):.0f} ms over {len(switches)} switches"),
        Result.measured(BENCH, f"a company with {people_shown:,} people", median(company_times), "ms",
                        COMPANY_BUDGET_MS, f"runs {', '.join(f'{t:.0f}' for t in company_times)} ms"),
        Result.measured(BENCH, f"network map of a person with {mutuals} mutuals", median(network_times), "ms",
                        NETWORK_BUDGET_MS, f"runs {', '.join(f'{t:.0f}' for t in network_times)} ms"),
        Result.measured(BENCH, "Insights page (all charts)", median(insight_times), "ms", INSIGHTS_BUDGET_MS,
                        f"runs {', '.join(f'{t:.0f}' for t in insight_times)} ms"),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--repeat", type=int, default=3)
    return bench_main("The new pages", parser, run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
