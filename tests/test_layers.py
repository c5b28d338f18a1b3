"""The import arrows of the package point one way, and no import cycle exists anywhere.

Every module of ``desktop/`` is parsed (not imported): module-level, ``TYPE_CHECKING`` and
function-level imports all count, since a lazy import is still an arrow. The layers are those
of ``ARCHITECTURE.md``: ``gui → core/interop → store``; no Qt outside ``desktop/gui``; inside the
GUI ``kit ← services ← dialogs ← feature folders ← actions ← main_window ← app`` (a lower level
never imports a higher one, and one feature folder never imports another).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop"

# Inside desktop/gui: the level of each first-level name (a folder or a module).
GUI_LEVELS = {
    "kit": 0,
    "services": 1,
    "dialogs": 2,
    **dict.fromkeys(
        (
            "today",
            "people",
            "openings",
            "settings",
            "importing",
            "duplicates",
            "applications",
            "companies",
            "network",
            "insights",
            "palette",
        ),
        3,
    ),  # fmt: skip
    "actions": 4,
    "main_window": 5,
    "app": 6,
}
FEATURES = frozenset(name for name, level in GUI_LEVELS.items() if level == 3)
# Outside the GUI: what a part of the package may never import.
FORBIDDEN = {
    "store": ("desktop.core", "desktop.interop", "desktop.gui", "desktop.cli", "desktop.mail"),
    "core": ("desktop.interop", "desktop.gui", "desktop.cli"),  # interop → core, never the reverse
    "interop": ("desktop.gui", "desktop.cli"),
}


@dataclass(frozen=True)
class Arrow:
    source: str  # the importing module
    target: str  # the imported module (or package)
    line: int
    lazy: bool  # inside a function

    def __str__(self) -> str:
        return f"{self.source} → {self.target} (line {self.line}{', in a function' if self.lazy else ''})"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in path.parts}


def _function_nodes(tree: ast.Module) -> set[int]:
    """The ids of the import nodes that sit inside a function."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inside.update(id(sub) for sub in ast.walk(node) if isinstance(sub, (ast.Import, ast.ImportFrom)))
    return inside


def _resolve(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if path.name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def arrows_of(module: str, path: Path) -> Iterator[Arrow]:
    """Every import of ``module`` of a module of the package, and every import of Qt (as ``PySide6``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    lazy = _function_nodes(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, path, node)
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        for name in names:
            if name.split(".")[0] == "PySide6":
                yield Arrow(module, "PySide6", node.lineno, id(node) in lazy)
            elif name in MODULES and name != module:
                yield Arrow(module, name, node.lineno, id(node) in lazy)


ARROWS = [arrow for module, path in MODULES.items() for arrow in arrows_of(module, path)]


def cycles(arrows: list[Arrow]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for arrow in arrows:
        if arrow.target in MODULES:
            graph[arrow.source].add(arrow.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in MODULES:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def gui_part(module: str) -> str | None:
    """``kit``, ``today``, ``main_window`` … for a module of desktop/gui (None for the package itself)."""
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["desktop", "gui"] else None


def test_the_package_has_no_import_cycle() -> None:
    assert cycles(ARROWS) == []


def test_a_cycle_is_found_when_there_is_one() -> None:
    a, b, c = "desktop.gui.kit.icons", "desktop.gui.kit.widgets", "desktop.gui.kit.banners"
    made_up = [Arrow(a, b, 1, False), Arrow(b, c, 1, True), Arrow(c, a, 1, False)]

    assert cycles(made_up) == [sorted([a, b, c])]


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_the_lower_layers_never_import_a_higher_one(part: str) -> None:
    prefix = f"desktop.{part}"
    wrong = [
        str(arrow)
        for arrow in ARROWS
        if (arrow.source == prefix or arrow.source.startswith(prefix + "."))
        and any(arrow.target == above or arrow.target.startswith(above + ".") for above in FORBIDDEN[part])
    ]
    assert wrong == []


def test_qt_is_imported_only_inside_the_gui() -> None:
    outside = [str(arrow) for arrow in ARROWS if arrow.target == "PySide6" and gui_part(arrow.source) is None]
    assert outside == []


def test_every_module_of_the_gui_has_a_level() -> None:
    parts = {gui_part(module) for module in MODULES} - {None}
    assert parts - set(GUI_LEVELS) == set()


def test_inside_the_gui_a_lower_level_never_imports_a_higher_one() -> None:
    wrong = []
    for arrow in ARROWS:
        source, target = gui_part(arrow.source), gui_part(arrow.target)
        if source is None or target is None or source == target:
            continue
        if GUI_LEVELS[target] > GUI_LEVELS[source]:
            wrong.append(str(arrow))
        elif source in FEATURES and target in FEATURES:
            wrong.append(f"{arrow} — one feature folder imports another")
    assert wrong == []


def test_every_import_inside_a_function_of_the_gui_says_why_it_is_lazy() -> None:
    """A function-level import hides an arrow: only the deliberate ones of a fast start remain, marked ``# lazy:``."""
    unmarked = []
    for arrow in ARROWS:
        if not arrow.lazy or gui_part(arrow.source) is None:
            continue
        lines = MODULES[arrow.source].read_text(encoding="utf-8").splitlines()
        if not _marked_lazy(lines, arrow.line):
            unmarked.append(str(arrow))
    assert unmarked == []


def _marked_lazy(lines: list[str], line: int) -> bool:
    """``# lazy:`` on the import's line or in the block of imports, comments and blank lines right above it."""
    if "# lazy:" in lines[line - 1]:
        return True
    for above in reversed(lines[: line - 1]):
        text = above.strip()
        if "# lazy:" in text:
            return True
        if text and not text.startswith(("#", "from ", "import ")):
            return False
    return False
