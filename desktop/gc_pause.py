"""The garbage collector's pause while the desktop app starts (until its window has first painted).

The start creates a few hundred thousand objects that live as long as the process: modules, classes,
functions, and the Python enum types PySide builds for each Qt class it meets. At the interpreter's
default threshold the collector runs about 75 times over them before the first paint (measured on the
Today start: 12–15 ms of CPU, against 4 ms for a bare PySide window), and finds next to nothing to free.
``pause`` raises the first generation's threshold so that it hardly runs during the start; ``resume``
puts the thresholds back (the app calls it once the window has painted, and when the start ends
without a window). Nothing is switched off: a start that makes a great deal of garbage still collects.
"""

from __future__ import annotations

import gc

START_THRESHOLD = 100_000  # allocations between two collections of the youngest generation (default 700)

_saved: list[tuple[int, int, int]] = []  # the thresholds to put back, while paused


def pause() -> None:
    """Collect much less often until ``resume`` (a second call while paused changes nothing)."""
    if not _saved:
        first, second, third = gc.get_threshold()
        _saved.append((first, second, third))
        gc.set_threshold(max(first, START_THRESHOLD), second, third)


def resume() -> None:
    """The thresholds as they were before ``pause`` (nothing when not paused)."""
    if _saved:
        gc.set_threshold(*_saved.pop())


def paused() -> bool:
    return bool(_saved)
