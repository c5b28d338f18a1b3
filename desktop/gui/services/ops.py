"""One write path with one broadcast (Anki's ``CollectionOp``): writes run off the GUI thread, in order.

``Ops.run`` hands a core write function to ONE database executor (a pool of a single thread,
so writes never overlap and keep their order; the thread's peewee connection is closed after
each write, as every worker does) and, when it has worked, emits ``changed(Changes)`` once.
Pages subscribe and decide what to read again; no page refreshes another. Work that writes
in a worker of its own (an import, the demo data, a merge) announces what it changed with
``broadcast``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.changes import Changes
from desktop.gui.services.workers import Task, TaskRunner

T = TypeVar("T")


class Ops(QObject):
    changed = Signal(object)  # Changes: what a write changed
    crashed = Signal(str)  # an unexpected error in a write: a report

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)
        self.runner.set_threads(1)  # the one database executor
        self.write_threads: set[int] = set()  # the threads writes ran on (tests check it is never the GUI's)

    def run(
        self,
        write: Callable[[], T],
        changes: Callable[[T], Changes] | None,
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> Task:
        """Run ``write()`` on the executor; then ``on_done(result)`` and one ``changed(changes(result))``
        (none when ``changes`` is None: bookkeeping no page shows, like the plan snapshot).

        An expected error (ReboundError) goes to ``on_failed(message)`` and nothing is broadcast.
        """

        def job(_task: Task) -> Any:
            self.write_threads.add(threading.get_ident())
            return write()

        task = Task(job)
        pending = _Pending(self, changes, on_done, on_failed)  # lives in the GUI thread: its slots run there
        task.signals.succeeded.connect(pending.succeeded)
        task.signals.failed.connect(pending.failed)
        task.signals.crashed.connect(self.crashed)
        task.signals.finished.connect(pending.deleteLater)
        return self.runner.start(task)

    def run_task(
        self,
        job: Callable[[Task], T],
        changes: Callable[[T], Changes],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> Task:
        """Like ``run``, for long work that reports progress and can be cancelled: ``job(task)`` may call
        ``task.step(done, total)`` (False once cancelled); connect ``task.signals.progress`` to show it."""

        def with_task(task: Task) -> Any:
            self.write_threads.add(threading.get_ident())
            return job(task)

        task = Task(with_task)
        pending = _Pending(self, changes, on_done, on_failed)
        task.signals.succeeded.connect(pending.succeeded)
        task.signals.failed.connect(pending.failed)
        task.signals.crashed.connect(self.crashed)
        task.signals.finished.connect(pending.deleteLater)
        return self.runner.start(task)

    @Slot(object)
    def broadcast(self, changes: Changes) -> None:
        """Tell every page what changed (also for writes made by a worker of their own)."""
        self.changed.emit(changes)

    def busy(self) -> bool:
        return self.runner.busy()

    def wait(self, msecs: int = -1) -> bool:
        return self.runner.wait(msecs)


class _Pending(QObject):
    """One write under way: what to do with its result, in the GUI thread."""

    def __init__(
        self,
        ops: Ops,
        changes: Callable[[Any], Changes] | None,
        on_done: Callable[[Any], None] | None,
        on_failed: Callable[[str], None] | None,
    ) -> None:
        super().__init__(ops)
        self._ops, self._changes, self._on_done, self._on_failed = ops, changes, on_done, on_failed

    @Slot(object)
    def succeeded(self, result: object) -> None:
        if self._on_done is not None:
            self._on_done(result)
        if self._changes is not None:
            self._ops.broadcast(self._changes(result))

    @Slot(str)
    def failed(self, message: str) -> None:
        if self._on_failed is not None:
            self._on_failed(message)
