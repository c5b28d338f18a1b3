"""The window's long jobs (an import's write, the demo data, an export): one at a time, in a worker.

The status bar shows the progress (and a Cancel button when the job can stop); the outcome is
said in a message box that does not block the event loop. The jobs of the engine, the session
and the pages run elsewhere and do not count here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar, QWidget

from desktop.gui.kit.i18n import tr
from desktop.gui.services.workers import Task, TaskRunner

if TYPE_CHECKING:  # a message box is imported with the first message: not needed to start
    from PySide6.QtWidgets import QMessageBox

STATUS_MS = 8000
CANCELLING = tr("Cancelling…")


class Jobs(QObject):
    busy_changed = Signal(bool)
    crashed = Signal(str)  # an unexpected error: a report

    def __init__(self, runner: TaskRunner, status_bar: QStatusBar, window: QWidget) -> None:
        super().__init__(window)
        self.runner = runner
        self._status = status_bar
        self._window = window
        self.notice: QMessageBox | None = None  # the summary or error on screen (non-blocking)
        self.progress = QProgressBar(window)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QPushButton(tr("Cancel"), window)  # hidden until an import runs; its icon comes later
        self.cancel_button.setToolTip(tr("Stop the import; nothing is imported"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        # The one step a finished job offers next ("Show them" after an import), beside its message: no box.
        self.offer_button = QPushButton(window)
        self.offer_button.setFlat(True)
        self.offer_button.hide()
        self.offer_button.clicked.connect(self._take_offer)
        self._offer: Callable[[], None] | None = None
        self._offer_text = ""
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.cancel_button)
        status_bar.addPermanentWidget(self.offer_button)
        status_bar.messageChanged.connect(self._message_changed)
        self._task: Task | None = None
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._failure_title = ""
        self._cancelled_text = ""
        self._busy_text = ""

    @property
    def busy(self) -> bool:
        """Whether an import or the demo data is being written (the engine's own work does not count)."""
        return self._task is not None

    def run(
        self,
        busy_text: str,
        job: Callable[[Task], object],
        on_success: Callable[[Any], None],
        failure_title: str,
        cancellable: bool = False,
    ) -> Task:
        # One job at a time (the actions are disabled while busy); its handlers wait here.
        self._on_success, self._failure_title = on_success, failure_title
        task = Task(job)
        self._task = task
        self._set_busy(True, busy_text, cancellable)
        # Bound methods of this object: the signals cross from the worker thread as queued calls.
        task.signals.progress.connect(self._task_progress)
        task.signals.succeeded.connect(self._task_succeeded)
        task.signals.failed.connect(self._task_failed)
        task.signals.crashed.connect(self.crashed)
        task.signals.finished.connect(self._task_finished)
        return self.runner.start(task)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self._status.showMessage(CANCELLING)

    def show_message(self, text: str, timeout: int = STATUS_MS) -> None:
        self._status.showMessage(text, timeout)

    def offer(self, text: str, label: str, step: Callable[[], None], timeout: int = STATUS_MS) -> None:
        """``text`` in the status bar with a button ``label`` beside it that does ``step``; both go together
        (the button hides when the message is gone or replaced, and once pressed)."""
        self._offer, self._offer_text = step, text
        self.offer_button.setText(label)
        self._status.showMessage(text, timeout)
        self.offer_button.show()

    def _take_offer(self) -> None:
        step, self._offer = self._offer, None
        self.offer_button.hide()
        if step is not None:
            step()

    @Slot(str)
    def _message_changed(self, text: str) -> None:
        if text != self._offer_text:
            self._offer = None
            self.offer_button.hide()

    @Slot(int, int)
    def _task_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def _task_succeeded(self, result: object) -> None:
        self._on_success(result)

    @Slot(str)
    def _task_failed(self, message: str) -> None:
        if self._task is not None and self._task.cancelled:
            self.show_message(self._cancelled_text)
            return
        from PySide6.QtWidgets import QMessageBox  # lazy: message boxes and dialogs are not needed to start

        self.notify(QMessageBox.Icon.Warning, tr("Rebound"), f"{self._failure_title}:\n\n{message}")

    @Slot()
    def _task_finished(self) -> None:
        self._task = None
        self._set_busy(False)

    def _set_busy(self, busy: bool, text: str = "", cancellable: bool = False) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(busy and cancellable)
        if busy:
            self._busy_text = text
            self._status.showMessage(text)
        elif self._status.currentMessage() in (self._busy_text, CANCELLING):
            self._status.clearMessage()  # but not a message the job's end left (e.g. "Import cancelled")
        self.busy_changed.emit(busy)

    def notify(self, kind: QMessageBox.Icon, title: str, text: str, details: list[str] | None = None) -> None:
        """A message that does not block the event loop (plain text: it may quote file names and data)."""
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)
        from PySide6.QtWidgets import QMessageBox  # lazy: message boxes and dialogs are not needed to start

        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details:
            box.setDetailedText("\n".join(details))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(partial(self._forget_notice, box))
        self.notice = box
        box.open()

    def _forget_notice(self, box: QMessageBox, _result: int = 0) -> None:
        if self.notice is box:
            self.notice = None
