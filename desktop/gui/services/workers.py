"""Long work off the GUI thread: QRunnable tasks that report through Qt signals.

A task runs one callable in a QThreadPool thread. The database connection peewee opens in
that thread is checkpointed and closed when the task ends, after its result was reported.
Expected errors (ReboundError) arrive as ``failed(message)``; anything else as
``crashed(report)`` for the error report dialog.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.errors import ReboundError


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)
    failed = Signal(str)
    crashed = Signal(str)
    finished = Signal()


class Task(QRunnable):
    """Run ``job(task)`` in a pool thread; the job may call ``task.report`` and check ``task.cancelled``."""

    def __init__(self, job: Callable[[Task], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._job = job
        self._cancel = threading.Event()
        self.done = False

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next check; a job that cannot stop simply finishes."""
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def step(self, done: int, total: int) -> bool:
        """Report progress; False once cancelled (the shape of a core ``progress`` callback)."""
        self.report(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self._job(self)
        except ReboundError as error:
            self.signals.failed.emit(str(error))
        except Exception:  # every unexpected error becomes a report, never a silent thread death
            self.signals.crashed.emit(traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)
        finally:
            from desktop.store.database import checkpoint, close_database  # lazy: not needed to paint the window

            checkpoint()  # what an import left in the write-ahead log, after its result was reported
            close_database()
            self.done = True
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Owns a thread pool and keeps every running task alive until it has finished."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._running: set[Task] = set()

    def start(self, task: Task) -> Task:
        self._running.add(task)
        task.signals.finished.connect(self._forget_finished)
        self._pool.start(task)
        return task

    @Slot()
    def _forget_finished(self) -> None:
        # Runs in the GUI thread after the task's other signals were delivered.
        self._running = {task for task in self._running if not task.done}

    def set_threads(self, count: int) -> None:
        """At most ``count`` tasks at once (1: one after the other, in the order started)."""
        self._pool.setMaxThreadCount(count)

    def keep_threads(self) -> None:
        """Idle threads stay (starting a thread for each task costs the GUI thread milliseconds per write)."""
        self._pool.setExpiryTimeout(-1)

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (used when the window closes)."""
        return self._pool.waitForDone(msecs)
