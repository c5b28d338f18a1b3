"""Every ``from desktop… import name`` in the code and tools names something that exists.

Much of the app imports on first use (dialogs, pages, the engine) to start faster; a moved or
renamed name would otherwise only fail when a person opens that dialog.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*(ROOT / "desktop").rglob("*.py"), *(ROOT / "tools").glob("*.py")])


def _imports(path: Path) -> list[tuple[int, str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("desktop"):
            found += [(node.lineno, node.module or "", alias.name) for alias in node.names]
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_imported_name_exists(path: Path) -> None:
    missing = []
    for line, module_name, name in _imports(path):
        module = importlib.import_module(module_name)
        if not hasattr(module, name):
            try:
                importlib.import_module(f"{module_name}.{name}")  # a submodule
            except ModuleNotFoundError:
                missing.append(f"line {line}: {module_name}.{name}")
    assert missing == []
