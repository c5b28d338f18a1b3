"""No page writes on the GUI thread: a GUI module calls a core write only inside the function it hands
to the one write path (``Ops.run`` and friends, a form's ``Write``), never straight from a method.

A core write is known by what it returns (issue 11, "one write path"): ``Changes``, ``Written[…]`` or
a result of its own that carries them (``LoggedRejection``, ``mail.Sent``). Modules are parsed, not
imported. A call counts as handed over when it sits in a lambda or in a function defined inside
another function (the closure given to the executor); a call in a method's own body runs on the
GUI thread.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop"
WRITE_RESULTS = ("Changes", "Written", "LoggedRejection", "Sent")
WRITERS = ("desktop/core", "desktop/interop", "desktop/mail.py")


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def core_writes() -> dict[str, set[str]]:
    """Module → the names of its top-level functions that return what they changed."""
    found: dict[str, set[str]] = {}
    for where in WRITERS:
        paths = [PACKAGE.parent / where] if where.endswith(".py") else sorted((PACKAGE.parent / where).rglob("*.py"))
        for path in paths:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in tree.body:
                if isinstance(node, ast.FunctionDef) and node.returns is not None:
                    returned = ast.unparse(node.returns)
                    if any(returned == kind or returned.startswith(kind + "[") for kind in WRITE_RESULTS):
                        found.setdefault(_module(path), set()).add(node.name)
    return found


@dataclass(frozen=True)
class DirectWrite:
    where: str
    line: int
    call: str

    def __str__(self) -> str:
        return f"{self.where}:{self.line}: {self.call}() runs on the GUI thread"


def direct_writes(source: str, where: str, writes: dict[str, set[str]]) -> list[DirectWrite]:
    """The calls of a core write in ``source`` that are not inside a lambda or a nested function."""
    tree = ast.parse(source)
    names: dict[str, str] = {}  # a name bound by an import → the write it is
    modules: dict[str, set[str]] = {}  # a module alias → its writes
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if alias.name in writes.get(node.module, set()):
                    names[alias.asname or alias.name] = alias.name
                submodule = f"{node.module}.{alias.name}"
                if submodule in writes:
                    modules[alias.asname or alias.name] = writes[submodule]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in writes and alias.asname:
                    modules[alias.asname] = writes[alias.name]
    found: list[DirectWrite] = []

    def visit(node: ast.AST, depth: int, handed_over: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Lambda):
                visit(child, depth, True)
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, depth + 1, handed_over or depth >= 1)
            elif isinstance(child, ast.ClassDef):
                visit(child, 0, handed_over)
            else:
                if isinstance(child, ast.Call) and not handed_over:
                    func = child.func
                    if isinstance(func, ast.Name) and func.id in names:
                        found.append(DirectWrite(where, child.lineno, func.id))
                    elif (
                        isinstance(func, ast.Attribute)
                        and isinstance(func.value, ast.Name)
                        and func.attr in modules.get(func.value.id, set())
                    ):
                        found.append(DirectWrite(where, child.lineno, f"{func.value.id}.{func.attr}"))
                visit(child, depth, handed_over)

    visit(tree, 0, False)
    return found


def test_the_core_writes_are_known_by_what_they_return() -> None:
    writes = core_writes()

    assert {"create_person", "update_person"} <= writes["desktop.core.people"]
    assert {"log_interaction", "add_note"} <= writes["desktop.core.timeline"]
    assert {"add_opening", "set_status"} <= writes["desktop.core.openings"]
    assert {"mark_done", "snooze", "dismiss", "restore_state", "undo_done"} <= writes["desktop.core.reconnect.actions"]
    assert {"save_template", "reset_template"} <= writes["desktop.core.reconnect.drafts"]
    assert "log_rejection" in writes["desktop.core.processes"]
    assert "send_to_person" in writes["desktop.mail"]


def test_no_gui_module_calls_a_core_write_on_the_gui_thread() -> None:
    writes = core_writes()
    found = [
        str(write)
        for path in sorted((PACKAGE / "gui").rglob("*.py"))
        for write in direct_writes(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)), writes)
    ]

    assert found == []


def test_a_write_straight_from_a_method_is_found_and_one_handed_to_the_executor_is_not() -> None:
    source = """
from desktop.core.people import create_person as make
from desktop.core.reconnect import drafts


class Page:
    def save(self):
        make({"name": "Ann"})
        self.ops.run(lambda: drafts.save_template("check_in", "en", "Hi", {}))

        def write():
            return drafts.reset_template("check_in", "en")

        self.ops.run(write)
        drafts.reset_template("check_in", "de")
"""
    found = direct_writes(source, "page.py", core_writes())

    assert [str(write) for write in found] == [
        "page.py:8: make() runs on the GUI thread",
        "page.py:15: drafts.reset_template() runs on the GUI thread",
    ]
