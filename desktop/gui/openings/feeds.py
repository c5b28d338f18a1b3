"""The Openings page's feed check: "Check feeds now" (with progress and Cancel) and the daily check while the
app runs. The watch runs on the one database executor (``Ops.run_task``); its summary stays on the page."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.core.changes import Written
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, BulletList, InlineError
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.gui.services.workers import Task
from desktop.interop.watch import FeedReport, run_watch, watch_written

AUTO_FIRST_MS = 2 * 60 * 1000  # the first automatic check, a while after start
AUTO_EVERY_MS = 60 * 60 * 1000  # then hourly: a feed is read at most once a day anyway


def summary_lines(reports: list[FeedReport]) -> list[str]:
    """One line per feed, then the problems of its entries."""
    if not reports:
        return [tr("No company is watched: tick “Watch openings” for a company in Settings → Companies.")]
    lines: list[str] = []
    for report in reports:
        lines.append(report.line())
        lines += [f"    {problem}" for problem in report.notes + report.problems]
    return lines


class FeedCheck(QWidget):
    finished = Signal(object)  # list[FeedReport]

    def __init__(self, keeper: PlanKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.task: Task | None = None
        self.check_button = QPushButton(icon("import"), tr("Check feeds now"), self)
        self.check_button.setToolTip(tr("Read the careers feeds of the companies you watch (each at most once a day)"))
        self.check_button.clicked.connect(self.check)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.summary = BulletList((), self, dim=True)
        self.summary.hide()
        self.error = InlineError(self)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._automatic)

    def start_daily(self) -> None:
        """Check once a while after start, then every hour (feeds already read today are not fetched again)."""
        self.timer.start(AUTO_FIRST_MS)

    def _automatic(self) -> None:
        self.timer.setInterval(AUTO_EVERY_MS)
        if self.task is None:
            self.check()

    def busy(self) -> bool:
        return self.task is not None

    def check(self) -> Task | None:
        if self.task is not None:
            return None
        today = self.keeper.today()
        self.error.clear()
        self.check_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setFormat(tr("Reading feeds…"))
        self.progress.show()
        self.cancel_button.show()
        task = self.keeper.ops.run_task(
            lambda task: watch_written(run_watch(today, progress=task.step)),
            on_done=self._done,
            on_failed=self._failed,
        )
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        self.task = task
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(tr("{done} of {total} feeds read").format(done=done, total=total))

    def _done(self, written: Written[list[FeedReport]]) -> None:
        reports = written.value
        self.summary.set_lines(summary_lines(reports))
        self.summary.show()
        self.finished.emit(reports)

    def _failed(self, message: str) -> None:
        self.error.show_message(message)

    def _finished(self) -> None:
        self.task = None
        self.check_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()
