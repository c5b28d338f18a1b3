"""The window's one reconnect engine: built off the GUI thread, kept up to date in place.

At start-up (and after an import) a worker loads the facts and works out the day's plan, so
the first Today cards appear without the window ever blocking. After that, every change
the user makes goes through ``refresh`` with what it touched (a person, the openings, the
processes, the suggestion states, the settings), and the engine re-plans only that. The
plan is computed once per change and shared by everyone who shows it (Today, its sidebar
count, the Openings page, the template preview).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.core.changes import Changes
from desktop.errors import DatabaseProblem
from desktop.gui.services.ops import Ops
from desktop.gui.services.workers import Task, TaskRunner

if TYPE_CHECKING:  # the engine's modules load in its worker, after the window's first paint
    from desktop.core.reconnect.engine import Engine
    from desktop.core.reconnect.facts import Facts
    from desktop.core.reconnect.suggestion import Suggestion

    Plan = tuple[list[Suggestion], list[Suggestion]]  # today's plan, coming up

DAY_CHECK_MS = 60_000  # how often the keeper looks whether the day has changed (past midnight)


def _build(engine_type: type[Engine], today: date) -> tuple[Engine, date, Plan, int]:
    """In the worker: watch for writes (the generation the plan snapshot is kept with), read the facts, plan."""
    # lazy: the engine loads after the first paint (README, Start-up)
    from desktop.core.reconnect import snapshot
    from desktop.store.models import DB

    generation = snapshot.arm(DB.obj)  # a write from here on makes the plan kept after the build stale
    engine = engine_type()
    return engine, today, engine.today_and_coming(today), generation


log = logging.getLogger(__name__)


class PlanKeeper(QObject):
    changed = Signal()  # the plan (or what it is made of) changed: read ``plan()`` again
    loading_changed = Signal(bool)
    failed = Signal(str)  # the engine could not be built (an expected error, e.g. the database)
    crashed = Signal(str)  # an unexpected error while building it: a report

    def __init__(
        self, runner: TaskRunner, today: Callable[[], date], parent: QObject | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.ops = ops if ops is not None else Ops(self)  # the one write path; its broadcast re-plans
        self.ops.changed.connect(self.apply)
        self._today_provider = today
        self.engine: Engine | None = None
        self.template_generation = 0  # bumped when a template changes: drafts are rendered again
        self._task: Task | None = None
        self._stale = False  # something changed while the engine was being built
        self._day: date | None = None
        self._plan: Plan | None = None
        self._opening_suggestions: list[Suggestion] | None = None
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()

    # -- state ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._task is not None

    @property
    def facts(self) -> Facts | None:
        return self.engine.facts if self.engine is not None else None

    def today(self) -> date:
        return self._today_provider()

    # -- building the engine (in a worker) --------------------------------------------------
    def load(self) -> Task | None:
        """Build a new engine from the database in a worker (at start-up, after an import)."""
        if self._task is not None:
            self._stale = True  # the running build may have missed what just changed: build again after it
            return None
        self._stale = False
        today = self.today()
        # lazy: the engine loads after the first paint (README, Start-up)
        from desktop.core.reconnect.engine import Engine  # imported here: the worker only runs it

        task = Task(lambda _task: _build(Engine, today))
        task.signals.succeeded.connect(self._built)
        task.signals.failed.connect(self._build_failed)
        task.signals.crashed.connect(self._build_crashed)
        task.signals.finished.connect(self._build_finished)
        self._task = task
        self.loading_changed.emit(True)
        return self._runner.start(task)

    @Slot(object)
    def _built(self, result: tuple[Engine, date, Plan, int]) -> None:
        # lazy: the engine loads after the first paint (README, Start-up)
        from desktop.core.reconnect import snapshot
        from desktop.store.models import DB

        engine, day, plan, generation = result
        self.engine = engine
        self._forget_plan()
        if day == self.today():
            self._plan, self._day = plan, day
            try:  # here: the engine's facts change in this thread; the drafts read the edited templates
                cards = snapshot.payload(engine.facts, day, plan[0])
            except DatabaseProblem as problem:  # the server went away meanwhile: the plan shows, it is not kept
                log.warning("today's plan was not kept for the next start: %s", problem)
                return
            # Today's plan snapshot next time, written on the database executor (nothing to broadcast)
            self.ops.run_unannounced(lambda: snapshot.keep(DB.obj, day, cards, generation))

    @Slot(str)
    def _build_failed(self, message: str) -> None:
        self.failed.emit(message)

    @Slot(str)
    def _build_crashed(self, report: str) -> None:
        self.crashed.emit(report)

    @Slot()
    def _build_finished(self) -> None:
        self._task = None
        if self._stale:
            self.load()
            if self.engine is None:
                return
        self.loading_changed.emit(self.loading)
        if self.engine is not None:
            self.changed.emit()

    # -- reading the plan -------------------------------------------------------------------
    def _forget_plan(self) -> None:
        self._plan = None
        self._opening_suggestions = None
        self._day = None

    def plan(self) -> Plan:
        """Today's plan (overdue first, in the order of the day) and what comes up in the next 14 days."""
        if self.engine is None:
            return [], []
        today = self.today()
        if self._plan is None or self._day != today:
            self._forget_plan()
            self._plan, self._day = self.engine.today_and_coming(today), today
        return self._plan

    def opening_suggestions(self) -> list[Suggestion]:
        """Every visible suggestion of the opening rules (re-engage, ask, intro), before one-per-person."""
        if self.engine is None:
            return []
        self.plan()  # fixes the day the cache belongs to
        if self._opening_suggestions is None:
            # lazy: the engine loads after the first paint (README, Start-up)
            from desktop.core.reconnect.rules import opening_suggestions

            self._opening_suggestions = opening_suggestions(self.engine.facts, self.today())
        return self._opening_suggestions

    def due_count(self) -> int:
        return len(self.plan()[0])

    # -- keeping up with changes ------------------------------------------------------------
    @Slot(object)
    def apply(self, changes: Changes) -> None:
        """What a write changed (the ops broadcast): re-plan that, or build the engine again after much."""
        if changes.templates:
            self.templates_changed()
        if changes.everything or changes.erased:
            if changes.erased:
                self.refresh(changes.people | changes.erased, processes=True, states=True)
            self.load()  # a new engine over the new data, built in a worker
            return
        if changes.people or changes.openings or changes.processes or changes.suggestion_states or changes.settings:
            self.refresh(changes.people, openings=changes.openings, processes=changes.processes,
                         states=changes.suggestion_states, settings=changes.settings)  # fmt: skip

    def refresh(
        self,
        people: Iterable[int] = (),
        *,
        openings: bool = False,
        processes: bool = False,
        states: bool = False,
        settings: bool = False,
    ) -> None:
        """Tell the engine what changed (in the database, through core) and re-plan once."""
        person_ids = set(people)
        if self.engine is None or self._task is not None:
            self._stale = True
            if self._task is None:
                self.load()
            return
        self.engine.refresh(person_ids, openings=openings, processes=processes, states=states, settings=settings)
        self._forget_plan()
        self.changed.emit()

    def keep_snapshot(self) -> Task | None:
        """Keep the first cards of today's plan for the next start (the engine knows every change made here),
        on the database executor after the writes before it; None when there is no plan to keep."""
        if self.engine is None or self._task is not None:
            return None
        # lazy: the engine loads after the first paint (README, Start-up)
        from desktop.core.reconnect import snapshot
        from desktop.store.models import DB

        day = self.today()
        cards = snapshot.payload(self.engine.facts, day, self.plan()[0])
        return self.ops.run_unannounced(lambda: snapshot.keep(DB.obj, day, cards, snapshot.arm(DB.obj)))

    def templates_changed(self) -> None:
        """A template was saved or reset: the drafts on screen are rendered again."""
        self.template_generation += 1
        self.changed.emit()

    def check_day(self) -> None:
        """Past midnight, the plan is a new day's plan."""
        if self.engine is not None and self._day is not None and self._day != self.today():
            self._forget_plan()
            self.changed.emit()
