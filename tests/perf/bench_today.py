"""Today with 500 suggestions: first rows after the page is shown, opening a row, an action and its re-layout.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.bench_today

Budgets (issue 16): first rows ≤ 100 ms after shown; opening a row ≤ 16 ms; an action and its
re-layout ≤ 16 ms. Prints one line per figure (the median of the repeats, and the worst).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path


def main() -> int:
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
    from PySide6.QtWidgets import QApplication

    from desktop.gui.main_window import MainWindow
    from desktop.store.database import open_sqlite
    from tests.core.reconnect.scenario import World
    from tests.gui.conftest import NOW

    app = QApplication([])
    open_sqlite(folder / "rebound.db")
    world = World()
    for n in range(500):
        world.wrote(world.person(f"Person {n:03d}", "Globex AG"), days_ago=95 + n % 20)

    def until(condition: object, limit: float = 120.0) -> None:
        end = time.perf_counter() + limit
        while not condition() and time.perf_counter() < end:  # type: ignore[operator]
            app.processEvents()

    window = MainWindow(settings=QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat), clock=lambda: NOW)
    window.resize(1280, 800)
    started = time.perf_counter()
    window.show()
    until(lambda: window.keeper.engine is not None and not window.keeper.loading and window.today.cards)
    page = window.today
    app.processEvents()
    first_rows = (time.perf_counter() - started) * 1000
    print(f"suggestions: {page.entry_count()}, cards built: {len(page.cards)}")
    print(f"window shown → first rows (incl. building the engine): {first_rows:.0f} ms")

    builds: list[float] = []
    for _ in range(5):
        page._clear_cards()
        t = time.perf_counter()
        page.refresh()  # the plan is known: building the first rows (and their drafts) from nothing
        app.processEvents()
        builds.append((time.perf_counter() - t) * 1000)
    print(f"first rows, the plan known: median {statistics.median(builds):.0f} ms, worst {max(builds):.0f} ms")

    opens: list[float] = []
    for card in page.cards[1:21]:
        t = time.perf_counter()
        page.expand(card)
        app.processEvents()
        opens.append((time.perf_counter() - t) * 1000)
        page.expand(card, False)
        app.processEvents()
    print(f"opening a row: median {statistics.median(opens):.1f} ms, worst {max(opens):.1f} ms")

    acts: list[float] = []
    for _ in range(10):
        card = page.cards[0]
        t = time.perf_counter()
        task = page.dismiss(card)
        until(lambda: task is not None and task.done)  # noqa: B023
        until(lambda: card not in page.cards)  # noqa: B023
        acts.append((time.perf_counter() - t) * 1000)
    print(f"dismiss + re-plan + re-layout: median {statistics.median(acts):.1f} ms, worst {max(acts):.1f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
