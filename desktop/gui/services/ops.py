"""One write path with one broadcast (Anki's ``CollectionOp``): writes run off the GUI thread, in order.

``Ops.run`` hands a core write function to ONE database executor (a pool of a single thread,
so writes never overlap and keep their order; the thread's peewee connection is closed after
each write, as every worker does) and, when it has worked, emits ``changed(Changes)`` once: the
``changes`` the core write returned (``Changes``, ``Written[T]`` or a result of its own), never
ones the GUI declares.
Pages subscribe and decide what to read again; no page refreshes another. Work that writes
in a worker of its own (an import, the demo data, a merge) announces what it changed with
``broadcast``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.changes import Changed, Changes
from desktop.gui.services.workers import Task, TaskRunner

T = TypeVar("T")
R = TypeVar("R", bound=Changed)  # a core write's result: it says what it changed


class Ops(QObject):
    changed = Signal(object)  # Changes: what a write changed
    crashed = Signal(str)  # an unexpected error in a write: a report

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)
        self.runner.set_threads(1)  # the one database executor
        self.runner.keep_threads()  # its thread waits for the next write instead of being started anew
        self.write_threads: set[int] = set()  # the threads writes ran on (tests check it is never the GUI's)

    def run(
        self,
        write: Callable[[], R],
        on_done: Callable[[R], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> Task:
        """Run ``write()`` on the executor; then ``on_done(result)`` and one ``changed(result.changes)``:
        what the core write itself says it changed (``Changes``, ``Written``, ``LoggedRejection``…).

        An expected error (ReboundError) goes to ``on_failed(message)`` and nothing is broadcast.
        """
        return self._start(lambda _task: write(), True, on_done, on_failed)

    def run_unannounced(
        self,
        write: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> Task:
        """Like ``run``, for bookkeeping no page shows (the plan snapshot): nothing is broadcast."""
        return self._start(lambda _task: write(), False, on_done, on_failed)

    def run_task(
        self,
        job: Callable[[Task], R],
        on_done: Callable[[R], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> Task:
        """Like ``run``, for long work that reports progress and can be cancelled: ``job(task)`` may call
        ``task.step(done, total)`` (False once cancelled); connect ``task.signals.progress`` to show it."""
        return self._start(job, True, on_done, on_failed)

    def _start(
        self,
        job: Callable[[Task], T],
        announce: bool,
        on_done: Callable[[T], None] | None,
        on_failed: Callable[[str], None] | None,
    ) -> Task:
        def on_executor(task: Task) -> T:
            self.write_threads.add(threading.get_ident())
            return job(task)

        task = Task(on_executor)
        pending = _Pending(self, announce, on_done, on_failed)  # lives in the GUI thread: its slots run there
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
        announce: bool,
        on_done: Callable[[Any], None] | None,
        on_failed: Callable[[str], None] | None,
    ) -> None:
        super().__init__(ops)
        self._ops, self._announce, self._on_done, self._on_failed = ops, announce, on_done, on_failed

    @Slot(object)
    def succeeded(self, result: object) -> None:
        if self._on_done is not None:
            self._on_done(result)
        if self._announce:
            self._ops.broadcast(cast(Changed, result).changes)  # ``run`` takes only writes that say it

    @Slot(str)
    def failed(self, message: str) -> None:
        if self._on_failed is not None:
            self._on_failed(message)
