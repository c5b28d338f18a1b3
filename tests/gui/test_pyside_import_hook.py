"""PySide's import hook, made cheap by ``desktop.gui.kit.pyside_hook``, still answers as PySide does.

PySide6 asks of every module imported after it whether its source mentions "PySide6" (the modules its
``__feature__`` switches may apply to). Starting the app (``desktop.gui.app``) puts a check in place that reads the file
instead of going through ``inspect``; the answers must stay PySide's: a module that uses PySide says yes,
one that does not says no, and a module without a source file (built-in, compiled, or frozen into the
shipped app) says no.
"""

from __future__ import annotations

import importlib
import inspect
import json
import math
import sys
from pathlib import Path
from types import ModuleType

import desktop.gui.app  # noqa: F401 - puts the quick check in place
import desktop.gui.kit.widgets
import desktop.store.models
from desktop.gui.kit import pyside_hook


def _pyside_check() -> object:
    return sys.modules["shibokensupport.feature"]._mod_uses_pyside


def _inspect_answer(module: ModuleType) -> bool:
    """PySide's own way: the text "PySide6" in ``inspect.getsource`` (no source: no)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (OSError, TypeError):
        return False


def test_the_app_module_puts_the_quick_check_in_place() -> None:
    assert _pyside_check() is pyside_hook.uses_pyside


def test_the_quick_check_answers_as_inspect_does_for_every_kind_of_module() -> None:
    check = pyside_hook.uses_pyside
    modules = [
        desktop.gui.kit.widgets,
        desktop.store.models,
        json,
        math,
        sys,
        importlib.import_module("desktop.gui.app"),
    ]
    answers = {module.__name__: check(module) for module in modules}
    assert answers == {module.__name__: _inspect_answer(module) for module in modules}
    assert answers["desktop.gui.kit.widgets"] and answers["desktop.gui.app"]  # they use PySide
    assert not answers["desktop.store.models"] and not answers["json"]  # they don't
    assert not answers["math"] and not answers["sys"]  # compiled and built-in: no source to read


def test_a_module_whose_source_is_gone_counts_as_not_using_pyside(tmp_path: Path) -> None:
    """The shipped app keeps byte code only: its modules name a source file that is not there."""
    ghost = ModuleType("ghost")
    ghost.__file__ = str(tmp_path / "ghost.py")
    assert pyside_hook.uses_pyside(ghost) is False


def test_no_file_of_the_standard_library_names_pyside_so_none_is_read() -> None:
    """The quick check answers no for the standard library's modules without reading them: that is PySide's
    answer only while none of its files contains the text, which this reads through to check."""
    stdlib = Path(pyside_hook.STDLIB)
    files = [path for path in stdlib.rglob("*.py") if pyside_hook.in_standard_library(str(path))]
    assert len(files) > 500 and Path(json.__file__) in files and Path(inspect.__file__) in files
    naming = [path for path in files if b"PySide6" in path.read_bytes()]
    assert naming == []
    # an installed package, even inside the standard library's folder (Python without a venv), is read
    assert not pyside_hook.in_standard_library(pyside_hook.STDLIB + "site-packages/somebody/uses_qt.py")
    assert not pyside_hook.in_standard_library(str(Path(desktop.gui.kit.widgets.__file__)))
    assert pyside_hook.uses_pyside(json) is False and pyside_hook.uses_pyside(desktop.gui.kit.widgets) is True
