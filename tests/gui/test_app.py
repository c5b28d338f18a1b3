"""Starting the app: a database that cannot be opened, the error report hook, a side-effect-free import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.errors import InputError
from desktop.gui import app as gui_app
from desktop.gui.dialogs.error_report import ErrorReportDialog

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_gui_package_changes_nothing() -> None:
    code = (
        "import sys; hook = sys.excepthook; import desktop.gui, desktop.gui.app, desktop.gui.main_window; "
        "from PySide6.QtWidgets import QApplication; "
        "assert sys.excepthook is hook; assert QApplication.instance() is None; print('quiet')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "quiet"


def test_a_database_that_cannot_be_opened_is_explained_without_a_traceback(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)

    code = gui_app.run("postgresql://me:pw-x@127.0.0.1:1/rebound")  # a team server that is not there

    assert code == 4
    assert len(shown) == 1
    assert shown[0].text().startswith("Rebound cannot open its database.")
    assert "postgresql://me@127.0.0.1:1/rebound: cannot reach the server" in shown[0].text()
    assert "pw-x" not in shown[0].text()
    assert "Traceback" not in shown[0].text()
    assert qapp.applicationName() == "Rebound"
    assert qapp.organizationName() == "Rebound"


RUN_AND_CLOSE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.gui.app import make_application, run

app = make_application([sys.argv[0]])
seen = []

def close_the_window():
    seen.extend(w.windowTitle() for w in app.topLevelWidgets() if w.isVisible())
    app.closeAllWindows()

QTimer.singleShot(0, close_the_window)
code = run(sys.argv[1])
print(code, seen, sys.excepthook is sys.__excepthook__)
"""


def test_run_shows_the_window_and_returns_when_it_is_closed(tmp_path: Path) -> None:
    # In a process of its own: once QApplication.exec() has returned, Qt is shutting down.
    database = tmp_path / "app.db"
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_CLOSE, f"sqlite:///{database}"],
        capture_output=True, text=True, check=False, timeout=60, cwd=ROOT,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "0 ['Rebound'] True"  # exit code 0, the window was shown, hook removed
    assert database.exists()


COLLECTOR_DURING_THE_START = """
import gc, sys
before = gc.get_threshold()
from desktop.cli import import_before_qt
import_before_qt()  # as the app's start does, before its first Qt import
during = gc.get_threshold()
from PySide6.QtWidgets import QApplication
from desktop.gui import app as gui_app

application = gui_app.make_application([sys.argv[0]])
painted = []
after_first_paint = gui_app._after_first_paint

def then_close(session, now):
    after_first_paint(session, now)
    painted.append(gc.get_threshold())
    application.closeAllWindows()

gui_app._after_first_paint = then_close
code = gui_app.run(sys.argv[1])
print(code, before, during, painted, gc.get_threshold())
"""


def test_the_garbage_collector_pauses_while_the_app_starts_and_runs_as_usual_once_the_window_has_painted(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", COLLECTOR_DURING_THE_START, f"sqlite:///{tmp_path / 'app.db'}"],
        capture_output=True, text=True, check=False, timeout=60, cwd=ROOT,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "0 (700, 10, 10) (100000, 10, 10) [(700, 10, 10)] (700, 10, 10)"


def test_an_unexpected_exception_opens_a_report_with_the_traceback(qtbot: Any, qapp: QApplication) -> None:
    reporter = gui_app.ErrorReporter()
    try:
        raise RuntimeError("something broke")
    except RuntimeError:
        reporter.hook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: reporter.dialog is not None)

    dialog = reporter.dialog
    assert isinstance(dialog, ErrorReportDialog)
    qtbot.addWidget(dialog)
    text = dialog.report.toPlainText()
    assert text.startswith("Traceback (most recent call last):")
    assert text.rstrip().endswith("RuntimeError: something broke")

    try:
        raise KeyError("second")
    except KeyError:
        reporter.hook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "KeyError: 'second'" in dialog.report.toPlainText())
    assert [w for w in qapp.topLevelWidgets() if isinstance(w, ErrorReportDialog) and w.isVisible()] == [dialog]
    dialog.reject()


def test_the_hook_is_installed_and_removed(qapp: QApplication) -> None:
    before = sys.excepthook
    reporter = gui_app.ErrorReporter()

    reporter.install()
    assert sys.excepthook == reporter.hook
    reporter.uninstall()

    assert sys.excepthook is before


def test_an_expected_error_shows_its_message_only(qtbot: Any, qapp: QApplication) -> None:
    reporter = gui_app.ErrorReporter()
    try:
        raise InputError("the file is not a Rebound archive")
    except InputError:
        reporter.hook(*sys.exc_info())  # type: ignore[arg-type]

    def message_boxes() -> list[QMessageBox]:
        return [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(message_boxes()))
    box = message_boxes()[0]
    assert box.text() == "the file is not a Rebound archive"
    assert reporter.dialog is None  # no traceback report for an expected error
    box.accept()


LONG_SESSION = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from desktop.gui.app import make_application

app = make_application([sys.argv[0]])
label = QLabel()

class Emitter(QObject):
    ping = Signal()

emitter = Emitter()
for number in range(50_000):  # PySide 6.12.0 on Python 3.11 lost a reference to None/True per call here
    label.setText(str(number))
    emitter.ping.emit()
    app.processEvents()
print("alive")
"""


def test_a_long_session_of_qt_calls_does_not_abort_python() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, check=False, timeout=120, cwd=ROOT
    )

    assert done.returncode == 0, done.stderr  # not "Fatal Python error: none_dealloc"
    assert done.stdout.strip() == "alive"
