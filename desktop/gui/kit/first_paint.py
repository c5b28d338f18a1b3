"""Work that waits for a window's first paint, then runs one step per turn of the event loop.

The window appears sooner: what is not needed for its first picture (the first person, the
engine, menu icons) follows, and the page paints in between the steps.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 250  # start anyway when no paint comes (a hidden window)


class FirstPaint(QObject):
    """Calls ``then`` once: after ``watched`` first paints, or after ``FALLBACK_MS`` without a paint."""

    def __init__(self, watched: QWidget, then: Callable[[], object]) -> None:
        super().__init__(watched)
        self._watched = watched
        self._then = then
        self.done = False
        watched.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._watched and not self.done:
            QTimer.singleShot(0, self, self._fire)
        return super().eventFilter(watched, event)

    def _fire(self) -> None:
        if self.done:
            return
        self.done = True
        self._watched.removeEventFilter(self)
        self._then()


def run_steps(
    owner: QObject, steps: list[Callable[[], None]], stopped: Callable[[], bool], skip: Callable[[object], bool]
) -> None:
    """Run ``steps`` one per turn of the event loop until ``stopped()``; a step ``skip(step)`` names is passed over.

    The next turn is bound to ``owner``: nothing runs after it is gone.
    """
    if not steps or stopped():
        return
    if not skip(steps[0]):
        steps[0]()
    QTimer.singleShot(0, owner, lambda: run_steps(owner, steps[1:], stopped, skip))
