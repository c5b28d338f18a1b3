"""Numbered schema migrations: ``NNNN_name.py`` modules, each with ``upgrade(db)`` (SQLite) and
``upgrade_postgresql(db)`` (a team database): the same numbered steps on both backends.

Each step runs in its own transaction and bumps the integer schema version.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import cache, partial

import peewee as pw


@cache
def _numbered() -> tuple[tuple[int, str], ...]:
    """The migration modules' (number, name), in order, from the file names alone."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        number, _, _ = info.name.partition("_")
        if number.isdigit():
            found.append((int(number), info.name))
    return tuple(sorted(found))


def _upgrade(name: str, db: pw.Database) -> None:
    module = importlib.import_module(f"{__name__}.{name}")
    if getattr(db, "is_team", False):
        module.upgrade_postgresql(db)
    else:
        module.upgrade(db)


def steps() -> list[tuple[int, Callable[[pw.Database], None]]]:
    """All migration steps in order, as (version, upgrade); a step's module is imported when it runs
    (an up-to-date database, every start but the first after an upgrade, imports none)."""
    return [(number, partial(_upgrade, name)) for number, name in _numbered()]


def latest_version() -> int:
    return max(number for number, _ in steps())
