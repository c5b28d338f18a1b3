"""One measured start, run in a fresh interpreter by bench_startup.py (not a test, not a bench).

    python tests/perf/startup_child.py bare
    python tests/perf/startup_child.py table DATABASE
    python tests/perf/startup_child.py app DATABASE [--profile FILE]
    python tests/perf/startup_child.py today DATABASE [--profile FILE]

Both starts are watched the same way: an application-wide event filter notices the first
paint of the target widget — for ``bare`` the label of a plain QMainWindow, for ``app`` the
People table's viewport while its model has rows — and once that paint is done the child
prints one JSON line (wall-clock marks, peak RSS) and quits. The parent measures from just
before it spawned the process, so interpreter start-up and imports count.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from typing import Any

CPU: dict[str, float] = {}  # CPU time (user + system, every thread, from the interpreter's start) at a mark


class _Marks(dict[str, float]):
    """Wall-clock marks; each also notes the CPU time at that moment (in ``CPU``, once per name)."""

    def __setitem__(self, name: str, at: float) -> None:
        super().__setitem__(name, at)
        CPU.setdefault(name, _cpu())


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


MARKS: dict[str, float] = _Marks()
MARKS["python"] = time.time()


def _timed(owner: Any, name: str, label: str) -> None:
    """Mark when the first call of ``owner.name`` begins and ends (instrumentation only)."""
    original = getattr(owner, name, None)
    if original is None:
        return

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        first = f"{label} begins" not in MARKS
        if first:
            MARKS[f"{label} begins"] = time.time()
        try:
            return original(*args, **kwargs)
        finally:
            if first:
                MARKS[f"{label} ends"] = time.time()

    setattr(owner, name, wrapper)


def _peak_kb() -> float:
    """This process's peak resident memory (kB): its own address space's high-water mark (``VmHWM``).

    Not ``ru_maxrss`` alone: Linux carries the spawning process's peak into it at ``exec``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1])
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # kilobytes on Linux


def _report(**extra: Any) -> None:
    MARKS["shown"] = time.time()
    peak_kb = _peak_kb()
    cpu = CPU.get("first_target_paint", _cpu())  # what load cannot inflate, up to the same moment as the wall time
    print(json.dumps({"marks": MARKS, "cpu_marks": CPU, "peak_rss_mb": peak_kb / 1024, "cpu_s": cpu, **extra}),
          flush=True)  # fmt: skip


DEADLINE_MS = 60_000


def _after(owner: Any, name: str, then: Any) -> None:
    """Call ``then(self)`` after each call of ``owner.name`` returns (instrumentation only)."""
    original = getattr(owner, name)

    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = original(self, *args, **kwargs)
        then(self)
        return result

    setattr(owner, name, wrapper)


def _watch(is_target: Any, on_shown: Any, app_wide: bool = True) -> Any:
    """Make the paint watcher (and a deadline); returns it (keep a reference).

    ``app_wide``: install it on the application, to see widgets made later (the Today cards).
    Otherwise the caller installs it on the one widget it watches: an application-wide Python
    event filter is handed every event of every object, and PySide wraps each object it has
    not seen (initialising its class and the Python enums of related classes). Measured on the
    People start: 84 more enum types and a Python call per event, a cost no user's start pays
    and a bare window, with its one label, hardly pays.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class PaintWatcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if not self.done and event.type() == QEvent.Type.Paint and is_target(watched):
                self.done = True
                MARKS.setdefault("first_target_paint", time.time())
                CPU.setdefault("first_target_paint", _cpu())
                QTimer.singleShot(0, self.finish)  # runs once this paint has been handled
            return False

        def finish(self) -> None:
            app = QApplication.instance()
            if app is not None and app_wide:
                app.removeEventFilter(self)
            on_shown()

    def give_up() -> None:
        if not watcher.done:
            print(json.dumps({"error": f"nothing shown within {DEADLINE_MS / 1000:.0f} s"}), flush=True)
            QApplication.exit(3)

    watcher = PaintWatcher()
    app = QApplication.instance()
    assert app is not None
    if app_wide:
        app.installEventFilter(watcher)
    QTimer.singleShot(DEADLINE_MS, give_up)
    return watcher


def _watch_frame(window: Any) -> Any:
    """Mark ``frame`` once the paint pass that painted the target is over: the first frame is complete.

    ``first_target_paint`` is taken as the target's paint begins; the rest of that pass (the target's own
    drawing, the widgets after it, the icons) is not in it. The window's own paint comes first in a pass, so a
    call queued then runs as soon as the pass is done, before anything queued later. The app queues its
    after-paint work at that same paint (``kit/first_paint.py``); this filter is kept the last installed on the
    window (``keep_frame_watch_first``), so it is asked first and its call runs before that work.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FrameWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and watched is window and "frame" not in MARKS:
                QTimer.singleShot(0, self.pass_done)
            return False

        def pass_done(self) -> None:
            if "first_target_paint" in MARKS and "frame" not in MARKS:
                MARKS["frame"] = time.time()

    watcher = FrameWatcher()
    window.installEventFilter(watcher)
    return watcher


def _keep_frame_watch_first(window: Any, watcher: Any) -> None:
    """Install ``watcher`` on ``window`` again after each FirstPaint the app puts on it (filters run newest first)."""
    from desktop.gui.kit import first_paint

    def again(painted: Any) -> None:
        if getattr(painted, "_watched", None) is window:
            window.removeEventFilter(watcher)
            window.installEventFilter(watcher)

    _after(first_paint.FirstPaint, "__init__", again)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    MARKS["qt_imported"] = time.time()
    app = QApplication(sys.argv)
    MARKS["application"] = time.time()
    window = QMainWindow()
    label = QLabel("Rebound", window)
    window.setCentralWidget(label)
    window.resize(1280, 800)

    def shown() -> None:
        _report(exposed=bool(window.windowHandle() and window.windowHandle().isExposed()))
        app.quit()

    watcher = _watch(lambda widget: widget is label, shown, app_wide=False)
    label.installEventFilter(watcher)
    frame = _watch_frame(window)
    window.show()
    MARKS["window_shown"] = time.time()
    code = app.exec()
    del watcher, frame
    return int(code)


# The People list's first window as the app reads it (desktop/core/people.py: ``_LIST_SQL`` from the first key, and
# the count the list shows, from ``tally``), repeated here: the ``table`` start imports nothing of Rebound.
_TABLE_SQL = (
    "SELECT p.name, c.name, p.title, p.role, p.last_contact FROM person p INDEXED BY person_list"
    " LEFT JOIN company c ON c.id = p.company_id ORDER BY p.sort_key, p.id LIMIT 200"
)
_TABLE_COUNT = "SELECT n FROM tally WHERE name = 'person'"


def table(database: str) -> int:
    """A second floor: the least a PySide6 window can do to show the People rows — nothing of Rebound.

    A QMainWindow whose one widget is a QTableView over a small QAbstractTableModel: the first 200 people read
    with plain ``sqlite3`` (the app's own query), five named columns, the rows' texts from Python. Unlike the bare
    window it pays for what any such window pays: ``sqlite3``, the item model and view classes. The header's titles
    come from a model of its own, as the app's do (gui/kit/widgets.py, ``list_table``): a header painted from a
    Python model calls its ``headerData`` with a ``Qt.Orientation``, and PySide builds the whole ``Qt`` namespace
    (93 enum types, about 10 ms) for it. Watched like the app: the window's paint pass with the table shown and
    rows in its model.
    """
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    MARKS["qt_imported"] = time.time()
    application = QApplication(sys.argv[:1])
    MARKS["application"] = time.time()
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    rows = [tuple("" if value is None else str(value) for value in row) for row in connection.execute(_TABLE_SQL)]
    total = connection.execute(_TABLE_COUNT).fetchone()[0]
    MARKS["rows read"] = time.time()
    columns = ("Name", "Company", "Title", "Role", "Last contact")
    Index = QModelIndex | QPersistentModelIndex

    class Rows(QAbstractTableModel):
        def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
            return 0 if parent.isValid() else len(columns)

        def data(self, index: Index, role: int = 0) -> object:
            return rows[index.row()][index.column()] if role == 0 else None  # Qt.ItemDataRole.DisplayRole

    window = QMainWindow()
    view = QTableView(window)
    model = Rows()
    header = view.horizontalHeader()
    header.hide()  # not measured against ``model`` as it is set
    view.setModel(model)
    titles = QStandardItemModel(0, len(columns), header)
    titles.setHorizontalHeaderLabels(list(columns))
    header.setModel(titles)
    header.show()
    window.setCentralWidget(view)
    window.resize(1280, 800)

    def is_target(watched: object) -> bool:
        return watched is window and view.isVisible() and model.rowCount() > 0

    def shown() -> None:
        _report(rows=total, rows_fetched=len(rows))
        application.quit()

    watcher = _watch(is_target, shown, app_wide=False)
    window.installEventFilter(watcher)
    frame = _watch_frame(window)
    window.show()
    code = application.exec()
    connection.close()
    del watcher, frame
    return int(code)


def _remember_page(row: int) -> None:
    """Write the window's settings as a user who last had this sidebar row open leaves them."""
    import os
    from pathlib import Path

    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "Rebound"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gui.ini").write_text(f"[window]\npage={row}\n", encoding="utf-8")


def today(database: str) -> int:
    """The real start on the Today page, watched until the first suggestion card paints.

    Reports the window's first paint and the first card's paint (their gap is one budget, the
    spawn to the card against a bare window the other). Cards the window builds before it is
    shown are watched one by one; cards made later by an application-wide filter (its cost,
    see ``_watch``, then counts too).
    """
    found = _before_qt(database)  # as ``rebound --db DATABASE`` does before its first Qt import
    MARKS["before_qt_imported"] = time.time()
    from desktop.gui.kit import pyside_hook  # noqa: F401  # isort: skip  (Qt's first import, as in gui/app.py)
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    MARKS["qt_imported"] = time.time()
    _remember_page(0)
    from desktop.gui.app import make_application

    application = make_application([sys.argv[0]])
    MARKS["application"] = time.time()
    from desktop.gui import main_window

    MARKS["gui modules imported"] = time.time()

    def is_card(watched: object) -> bool:
        card = sys.modules.get("desktop.gui.today.card")
        return card is not None and isinstance(watched, card.SuggestionCard)

    def is_target(watched: object) -> bool:
        if isinstance(watched, QMainWindow) and "window_paint" not in MARKS:
            MARKS["window_paint"] = time.time()
        return is_card(watched)

    def shown() -> None:
        _report(window_to_card_ms=(MARKS["first_target_paint"] - MARKS["window_paint"]) * 1000)
        application.quit()

    holder: dict[str, Any] = {}

    def watch_the_cards(window: QWidget) -> None:
        MARKS["MainWindow() ends"] = time.time()
        cards = [widget for widget in window.findChildren(QWidget) if is_card(widget)]
        holder["watcher"] = watcher = _watch(is_target, shown, app_wide=not cards)
        for widget in [window, *cards]:
            widget.installEventFilter(watcher)
        holder["frame"] = frame = _watch_frame(window)
        _keep_frame_watch_first(window, frame)

    _after(main_window.MainWindow, "__init__", watch_the_cards)
    code = _run(database, found)
    holder.clear()
    return int(code) if QApplication.instance() else 0


def keep(database: str) -> int:
    """A previous session: start on Today, wait for the engine's plan, close the window as a user does.

    Closing keeps the first Today cards in the database (what the next start shows at once).
    """
    from PySide6.QtWidgets import QApplication

    _remember_page(0)
    from desktop.gui.app import make_application

    application = make_application([sys.argv[0]])
    from desktop.gui.main_window import MainWindow
    from desktop.gui.today.card import SuggestionCard

    def window() -> MainWindow | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def is_target(watched: object) -> bool:
        main = window()
        return isinstance(watched, SuggestionCard) and main is not None and main.keeper.engine is not None

    def shown() -> None:
        main = window()
        if main is not None:
            main.close()
        _report()
        application.quit()

    watcher = _watch(is_target, shown)
    from desktop.cli import main

    code = main(["--db", database])
    del watcher
    return int(code)


def app(database: str) -> int:
    """The real start (``rebound --db DATABASE``), watched until the People table paints rows.

    The user had the People page open when they last closed Rebound (the window reopens it). The paint
    watched is the window's (its pass paints the table), at which the table must be shown with rows.

    Hook: the People table is found as ``window.people.table`` of the top-level window
    (desktop.gui.main_window.MainWindow); if the GUI renames it, update ``_people_table``.
    """
    found = _before_qt(database)  # as ``rebound --db DATABASE`` does before its first Qt import
    MARKS["before_qt_imported"] = time.time()
    from desktop.gui.kit import pyside_hook  # noqa: F401  # isort: skip  (Qt's first import, as in gui/app.py)
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

    MARKS["qt_imported"] = time.time()
    _remember_page(2)  # main_window.PEOPLE_ROW (not imported here: the child times the imports)
    from desktop.gui.app import make_application

    application = make_application([sys.argv[0]])  # run() reuses this instance
    MARKS["application"] = time.time()
    # Instrumentation: import the window module now (run() would a moment later; the same
    # work, reordered) so that the first call of a few steps can be marked.
    from desktop.gui import main_window
    from desktop.gui.people import page as people_page  # (the window on People imports it as it is built)

    MARKS["gui modules imported"] = time.time()
    _timed(main_window.MainWindow, "__init__", "MainWindow()")
    _timed(people_page.PeoplePage, "load", "PeoplePage.load")
    _timed(getattr(people_page, "PeopleModel", None), "search", "PeopleModel.search")
    _timed(getattr(people_page, "PersonPage", None), "show_person", "PersonPage.show_person")

    def _people_table() -> QAbstractItemView | None:
        for widget in QApplication.topLevelWidgets():
            table = getattr(getattr(widget, "people", None), "table", None)
            if isinstance(table, QAbstractItemView):
                return table
        return None

    watched_window: dict[str, object] = {}

    def is_target(watched: object) -> bool:
        # The window's paint pass paints the table's viewport too (children after their parent, in one pass;
        # ``_watch`` reports once the pass is done). Watching the viewport itself would take ``table.viewport()``
        # from Python before the first paint, and PySide then builds 64 enum types no user's start asks for.
        table = _people_table()
        if watched is not watched_window.get("window") or table is None or not table.isVisible():
            return False
        model = table.model()
        if model is None or model.rowCount() == 0:
            return False
        watched_window["store loaded"] = "peewee" in sys.modules  # the first frame painted without the store?
        watched_window["Qt built"] = "Qt" in vars(sys.modules["PySide6.QtCore"])  # and its 93 enums (kit/qt_values.py)
        return True

    def shown() -> None:
        table = _people_table()
        model = table.model() if table is not None else None
        _report(
            rows=model.rowCount() if model is not None else 0,
            rows_fetched=getattr(model, "rows_loaded", None),
            store_loaded=watched_window.get("store loaded"),
            qt_built=watched_window.get("Qt built"),
        )
        application.quit()

    watcher = _watch(is_target, shown, app_wide=False)

    def watch_the_table(window: QWidget) -> None:
        watched_window["window"] = window
        window.installEventFilter(watcher)
        watched_window["frame"] = frame = _watch_frame(window)
        _keep_frame_watch_first(window, frame)

    _after(main_window.MainWindow, "__init__", watch_the_table)  # before the window is first shown
    return _run(database, found)


def _before_qt(database: str) -> Any:
    """``rebound --db DATABASE`` before its first Qt import (desktop.cli._run_gui): the first look, then its imports."""
    from desktop.cli import before_qt
    from desktop.config import resolve_database_url

    return before_qt(resolve_database_url(database))


def _run(database: str, found: Any) -> int:
    """The rest of ``rebound --db DATABASE``: the app, with the look taken before Qt (desktop.cli._run_gui)."""
    import os

    from desktop.config import ENV_RECOVERY_KEY, resolve_database_url
    from desktop.gui.app import run

    return run(resolve_database_url(database), found=found, recovery_key=os.environ.get(ENV_RECOVERY_KEY) or None)


def main() -> int:
    if sys.argv[1:2] == ["bare"]:
        return bare()
    if sys.argv[1:2] == ["table"] and len(sys.argv) >= 3:
        return table(sys.argv[2])
    if sys.argv[1:2] == ["keep"] and len(sys.argv) >= 3:
        return keep(sys.argv[2])
    if sys.argv[1:2] in (["today"], ["app"]) and len(sys.argv) >= 3:
        start = today if sys.argv[1] == "today" else app
        if "--profile" in sys.argv:
            import cProfile

            target = sys.argv[sys.argv.index("--profile") + 1]
            profiler = cProfile.Profile()
            profiler.enable()
            try:
                return start(sys.argv[2])
            finally:
                profiler.disable()
                profiler.dump_stats(target)
        return start(sys.argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
