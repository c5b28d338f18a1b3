"""Standard modules the desktop app's start does not use, loaded at their first use instead of at the start.

peewee imports ``hashlib``, ``socket``, ``uuid`` and ``calendar`` at its top for a few rarely used fields and
helpers (an MD5 of a constraint name, an IP address field, a UUID field, ``timegm``); loading them (OpenSSL's
library among them) is about 8 ms of the Today start's 220 ms, before the first paint, for nothing. ``defer`` puts
a stand-in module in their place: importing it costs nothing, and the first read of one of its names imports the
real module (through the import system and its lock, so from any thread) and answers from it. The standard
library's ``importlib.util.LazyLoader`` does not do here: on Python 3.11 an ``import`` of a module already in
``sys.modules`` reads its ``__spec__``, which loads a lazy module at once. ``load`` imports what is left, once the
window has painted.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

DEFERRED = ("hashlib", "socket", "uuid", "calendar")

_lock = threading.RLock()  # a real module that reads another stand-in while it loads takes it again
_standing_in: dict[str, types.ModuleType] = {}  # name → the stand-in, until the real module is imported


def _real(name: str) -> types.ModuleType:
    with _lock:
        stand_in = _standing_in.pop(name, None)
        if stand_in is not None and sys.modules.get(name) is stand_in:
            del sys.modules[name]
        return importlib.import_module(name)


def _stand_in(name: str) -> types.ModuleType | None:
    spec = importlib.util.find_spec(name)
    if spec is None:
        return None
    module = types.ModuleType(name, f"stands in for the standard module {name} until it is first used")
    module.__spec__ = spec  # what ``import`` reads of a module it finds in sys.modules: no load for that

    def __getattr__(attribute: str) -> Any:  # noqa: N807 - a module's own __getattr__ (PEP 562)
        return getattr(_real(name), attribute)

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    return module


def defer() -> None:
    """Stand-ins for those of ``DEFERRED`` not imported yet."""
    with _lock:
        for name in DEFERRED:
            if name in sys.modules:
                continue
            module = _stand_in(name)
            if module is not None:
                sys.modules[name] = _standing_in[name] = module


def load() -> None:
    """Import the real modules of the stand-ins left (once the window has painted)."""
    for name in list(_standing_in):
        _real(name)


def deferred() -> list[str]:
    """The modules standing in, not imported yet."""
    return sorted(_standing_in)
