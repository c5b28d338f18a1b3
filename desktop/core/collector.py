"""Python's cyclic garbage collector, paused around work that makes many objects and keeps them.

Planning and bulk imports make hundreds of thousands of small objects, hardly any in a cycle;
each full collection meanwhile would walk them all again, for nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for this block (process-wide), back on after it unless it was off before."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
