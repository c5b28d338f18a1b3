"""Starting the desktop app: QApplication, the database, the main window, the error report hook."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.config import APP_NAME
from desktop.errors import ReboundError

DATABASE_EXIT_CODE = 4
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorReporter(QObject):
    """The ``sys.excepthook`` of the running app: unexpected errors open a copyable report.

    The hook may run in any thread; the dialog is always opened in the GUI thread (a queued
    signal). While a report is open, further errors are appended to it instead of stacking
    dialogs. Expected errors (ReboundError) show their message only, no traceback.
    """

    reported = Signal(str, bool)  # text, expected

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QWidget | None = None
        self.message: QMessageBox | None = None
        self._previous: ExceptHook | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.hook:
            sys.excepthook = self._previous
        self._previous = None

    def hook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        report = "".join(traceback.format_exception(kind, error, trace))
        if sys.__stderr__ is not None:
            sys.__stderr__.write(report)
        if isinstance(error, ReboundError):
            self.reported.emit(str(error), True)
        else:
            self.reported.emit(report, False)

    @Slot(str, bool)
    def _show(self, text: str, expected: bool) -> None:
        from desktop.gui.dialogs.error_report import ErrorReportDialog

        parent = QApplication.activeWindow()
        if expected:
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(self._forget_message)
            self.message = box  # without a parent window, Python must keep it alive
            box.open()
            return
        if isinstance(self.dialog, ErrorReportDialog) and self.dialog.isVisible():
            self.dialog.add_report(text)
            return
        dialog = ErrorReportDialog(text, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.show()

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None

    @Slot()
    def _forget_message(self) -> None:
        self.message = None


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    return app


def run(database_url: str) -> int:
    """Open the database named by ``database_url`` and run the desktop app; returns the exit code."""
    from desktop.store.database import close_database, open_database

    app = make_application()
    try:
        open_database(database_url)
    except ReboundError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            f"Rebound cannot open its database.\n\n{error}",
            QMessageBox.StandardButton.Ok,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return DATABASE_EXIT_CODE

    from desktop.gui.main_window import MainWindow

    reporter = ErrorReporter(app)
    reporter.install()
    try:
        window = MainWindow()
        window.show()
        return int(app.exec())
    finally:
        reporter.uninstall()
        close_database()
