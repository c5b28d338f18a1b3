"""Today with 500 suggestions: first rows, opening a row, an action and its re-layout (issue 16's budgets).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.bench_today [--repeat 10]

In process, on a database of 500 people whose check-ins are due, the window 1280×800:

* first rows, the plan known: the column built from nothing (the cards and their drafts), ≤ 100 ms;
* opening a row: one card unfolded to its draft and actions, and laid out, ≤ 16 ms;
* an action and its re-layout: Dismiss on the current card until the column has closed up with the
  next card current (what a frame shows), ≤ 16 ms — no rebuild of the column: the card leaves at once
  and the broadcast after the write re-plans and reuses every other card. The time until the plan is
  worked out again after the write on the database executor is shown beside it (no budget);
* the floor: a bare widget shown and laid out, in the same run; the action's ratio to it says how much
  of the figure is the machine.

Each figure is the median of ``--repeat`` runs (at least 5), with the worst in the note.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from tests.perf.common import Result, bench_main, bench_parser, log, median

BENCH = "today"
FIRST_ROWS_BUDGET_MS = 100.0
OPEN_BUDGET_MS = 16.0
ACTION_BUDGET_MS = 16.0
PEOPLE = 500


def _runs(values: list[float]) -> str:
    return f"worst {max(values):.1f} ms of {len(values)} runs"


def run(args: argparse.Namespace) -> list[Result]:
    repeat = max(5, args.repeat)
    folder = Path(tempfile.mkdtemp(prefix="rebound-today-"))
    os.environ.update(
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        HOME=str(folder / "home"),
        XDG_DATA_HOME=str(folder / "home" / "data"),
        XDG_CONFIG_HOME=str(folder / "home" / "config"),
        REBOUND_NO_ENCRYPTION="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    os.environ.pop("REBOUND_DATABASE_URL", None)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    from desktop.gui.main_window import MainWindow
    from desktop.store.database import open_sqlite
    from tests.core.reconnect.scenario import World
    from tests.gui.conftest import NOW

    app = QApplication.instance() or QApplication([])
    open_sqlite(folder / "rebound.db")
    world = World()
    for n in range(PEOPLE):
        world.wrote(world.person(f"Person {n:03d}", "Globex AG"), days_ago=95 + n % 20)

    def until(condition: Callable[[], object], limit: float = 120.0) -> None:
        end = time.perf_counter() + limit
        while not condition() and time.perf_counter() < end:
            app.processEvents()

    window = MainWindow(settings=QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat), clock=lambda: NOW)
    window.resize(1280, 800)
    window.show()
    until(lambda: window.keeper.engine is not None and not window.keeper.loading and window.today.cards)
    page = window.today
    app.processEvents()
    log(f"today: {page.entry_count()} suggestions, {len(page.cards)} cards built")

    builds: list[float] = []
    for _ in range(repeat):
        page._clear_cards()
        started = time.perf_counter()
        page.refresh()  # the plan is known: the first rows (and their drafts) from nothing
        app.processEvents()
        builds.append((time.perf_counter() - started) * 1000)

    opens: list[float] = []
    for card in page.cards[1 : 1 + repeat]:
        started = time.perf_counter()
        page.expand(card)
        app.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
        page.expand(card, False)
        app.processEvents()

    page.focus_first_card()
    app.processEvents()
    acts: list[float] = []
    replans: list[float] = []
    for _ in range(repeat):
        card = page.current
        assert card is not None
        started = time.perf_counter()
        task = page.dismiss(card)
        app.processEvents()  # the frame after the key press: the column closed up, the next card current
        acts.append((time.perf_counter() - started) * 1000)
        assert card.isHidden() and page.current is not card
        until(lambda: task is not None and task.done and card not in page.cards)  # noqa: B023
        replans.append((time.perf_counter() - started) * 1000)
    window.close()

    bare: list[float] = []
    for _ in range(repeat):
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addWidget(QLabel("A bare widget", widget))
        started = time.perf_counter()
        widget.show()
        app.processEvents()
        bare.append((time.perf_counter() - started) * 1000)
        widget.close()
        widget.deleteLater()
        app.processEvents()
    floor = median(bare)
    return [
        Result.measured(BENCH, "first rows, the plan known (500 suggestions)", median(builds), "ms",
                        FIRST_ROWS_BUDGET_MS, _runs(builds)),
        Result.measured(BENCH, "opening a row", median(opens), "ms", OPEN_BUDGET_MS, _runs(opens)),
        Result.measured(BENCH, "an action and its re-layout (Dismiss)", median(acts), "ms", ACTION_BUDGET_MS,
                        _runs(acts)),
        Result.measured(BENCH, "  the same, worst", max(acts), "ms", ACTION_BUDGET_MS),
        Result.measured(BENCH, "  action / a bare widget shown (medians)", median(acts) / floor, "x",
                        note=f"{median(acts):.1f} ms / {floor:.1f} ms"),
        Result.measured(BENCH, "  action → re-planned after the write", median(replans), "ms", note=_runs(replans)),
    ]  # fmt: skip


def parser() -> argparse.ArgumentParser:
    p = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--repeat", type=int, default=10, help="timed runs of each figure (at least 5; default 10)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("Today (500 suggestions)", parser(), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
