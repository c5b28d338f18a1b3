"""PySide's import hook, made cheap: the same answer, read straight from the file.

PySide6 asks of every module imported after it whether its source contains the text "PySide6" (the
modules its ``__feature__`` switches may apply to; Rebound uses none). Its way of reading the source,
``inspect.getsource``, walks every loaded module each time a new one appears: measured on the desktop
start, 100-odd modules before the first paint cost about 14 ms of the start's CPU (5 %, interleaved
A/B starts). Importing this module puts ``uses_pyside`` in its place: ``gui/app.py`` imports it right after
PySide, before any module of the window.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shiboken's import hook, made cheap by ``install``

# The standard library's folder (where installed packages may also live, under a ``*-packages`` folder).
STDLIB = os.path.dirname(os.__file__) + os.sep


def in_standard_library(path: str) -> bool:
    return path.startswith(STDLIB) and "-packages" not in path[len(STDLIB) :]


def uses_pyside(module: ModuleType) -> bool:
    """What PySide's own check answers — "PySide6" in the module's source — read from the file itself.

    A module of the standard library is not read: none of its files names PySide6 (a test reads them all to
    hold that). At PySide's first import its hook asks about every module loaded so far, most of them the
    standard library's, and reading each file cost about 2 ms of the start."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py") or in_standard_library(path):
        return False  # a built-in or compiled module: PySide's check finds no source either
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False  # no source beside it (the frozen app keeps byte code only): as PySide's check


def install() -> None:
    """Put ``uses_pyside`` in the place of PySide's check (a PySide release without that check keeps its own)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a module mypy has no types for


install()
