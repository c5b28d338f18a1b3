"""Numbered schema migrations: ``NNNN_name.py`` modules, each with ``upgrade(db)``.

Each step runs in its own transaction and bumps the integer schema version.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType

import peewee as pw


def _modules() -> list[tuple[int, ModuleType]]:
    found: list[tuple[int, ModuleType]] = []
    for info in pkgutil.iter_modules(__path__):
        number, _, _ = info.name.partition("_")
        if number.isdigit():
            found.append((int(number), importlib.import_module(f"{__name__}.{info.name}")))
    return sorted(found, key=lambda item: item[0])


def steps() -> list[tuple[int, Callable[[pw.Database], None]]]:
    """All migration steps in order, as (version, upgrade)."""
    return [(number, module.upgrade) for number, module in _modules()]


def latest_version() -> int:
    return max(number for number, _ in steps())
