"""Python's cyclic garbage collector, paused around work that makes many objects and keeps them.

Planning and bulk imports make hundreds of thousands of small objects, hardly any in a cycle;
each full collection meanwhile would walk them all again, for nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(keep: bool = False) -> Iterator[None]:
    """The collector off for this block (process-wide), back on after it unless it was off before.

    ``keep``: what the block made is the process's working set for a long while (the engine's facts and its day:
    770,000 objects at 100,000 people). They are moved out of the collector's sight (``gc.freeze``) instead of
    being walked at the next collection (0.1–0.2 s each time, for nothing: they hold no cycles). Reference counting
    still frees them when they are replaced — the frozen count stays the same over engine after engine.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if collecting:
            gc.enable()
