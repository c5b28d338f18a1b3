"""The translation sources: ``python tools/i18n.py [--check] [--qm]``.

Scans ``desktop`` (its Python source, parsed, never imported) for the literal first argument of
``tr("…")``, ``tr_n("…", n)`` and ``tr_noop("…")`` and writes ``resources/i18n/rebound_<language>.ts``
(Qt Linguist's format, context ``Rebound``): a text seen for the first time is added unfinished, a
translation already there is kept, and a text no longer in the code is marked obsolete (kept for its
words; delete it once nobody needs it). ``--check`` writes nothing and fails (exit 1) when a file would
change; ``--qm`` then builds each ``.qm`` with ``pyside6-lrelease`` (what ``make`` runs before run, test
and dist: the ``.qm`` files are built, not kept in the repository).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"  # the GUI's tr, tr_n, tr_noop; core's say (desktop/texts.py)
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("de",)
CONTEXT = "Rebound"
NAMED_DISAMBIGUATIONS = {"VOCABULARY": "vocabulary"}  # desktop/gui/kit/i18n.py's named disambiguations
MARKERS = {
    "tr": False,
    "tr_n": True,
    "tr_noop": False,
    "say": False,
}  # the function → its text has a count (plural forms)


@dataclass
class Message:
    source: str
    comment: str | None = None  # Qt's "disambiguation"
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: list[str] = field(default_factory=list)  # one form, or the plural forms
    state: str | None = None  # None (finished), "unfinished", "obsolete", "vanished"

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.source, self.comment)


class ExtractError(Exception):
    pass


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def extract(sources: Path = SOURCES, root: Path = ROOT) -> dict[tuple[str, str | None], Message]:
    """Every text marked in the Python files under ``sources``, in the order they appear."""
    found: dict[tuple[str, str | None], Message] = {}
    for path in sorted(sources.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        relative = path.relative_to(root).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call) or _called_name(node) not in MARKERS or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                if _called_name(node) == "tr":
                    continue  # tr(TEXT): a text marked where it is defined (tr_noop)
                raise ExtractError(f"{relative}:{node.lineno}: the text given to {_called_name(node)} is not a literal")
            comment = None
            # tr_n(text, n, plural, disambiguation); tr(text, disambiguation); tr_noop(text, disambiguation)
            arguments = node.args[3:] if MARKERS[_called_name(node) or ""] else node.args[1:]
            given = [*arguments, *(k.value for k in node.keywords if k.arg == "disambiguation")]
            if given and isinstance(given[0], ast.Constant) and isinstance(given[0].value, str):
                comment = given[0].value
            elif given and isinstance(given[0], ast.Name) and given[0].id in NAMED_DISAMBIGUATIONS:
                comment = NAMED_DISAMBIGUATIONS[given[0].id]
            message = found.setdefault((first.value, comment), Message(first.value, comment))
            message.numerus = message.numerus or MARKERS[_called_name(node) or ""]
            message.locations.append((relative, node.lineno))
    for message in found.values():
        message.locations.sort()
    return found


def read_ts(path: Path) -> dict[tuple[str, str | None], Message]:
    if not path.exists():
        return {}
    messages: dict[tuple[str, str | None], Message] = {}
    for element in ET.parse(path).getroot().iter("message"):
        source = element.findtext("source") or ""
        comment = element.findtext("comment")
        translation = element.find("translation")
        message = Message(source, comment, numerus=element.get("numerus") == "yes")
        if translation is not None:
            forms = translation.findall("numerusform")
            message.translation = [form.text or "" for form in forms] if forms else [translation.text or ""]
            message.state = translation.get("type")
        messages[message.key] = message
    return messages


def merge(
    found: dict[tuple[str, str | None], Message],
    existing: dict[tuple[str, str | None], Message],
    drop_obsolete: bool = False,
) -> list[Message]:
    """The code's texts with the translations kept; texts gone from the code marked obsolete."""
    merged = []
    for key, message in found.items():
        old = existing.get(key)
        if old is not None and any(old.translation):
            message.translation = old.translation
            message.state = "unfinished" if old.state in ("unfinished", "obsolete", "vanished") else None
        else:
            message.state = "unfinished"
        merged.append(message)
    for key, old in existing.items():
        if key not in found and any(old.translation) and not drop_obsolete:
            old.state, old.locations = "obsolete", []
            merged.append(old)
    return merged


def _indent(element: ET.Element, level: int = 0) -> None:
    ET.indent(element, space="    ", level=level)


def render(messages: list[Message], language: str) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for message in messages:
        element = (
            ET.SubElement(context, "message", numerus="yes") if message.numerus else ET.SubElement(context, "message")
        )
        for filename in sorted({filename for filename, _line in message.locations}):  # no lines: they move
            ET.SubElement(element, "location", filename=f"../../{filename}")
        ET.SubElement(element, "source").text = message.source
        if message.comment is not None:
            ET.SubElement(element, "comment").text = message.comment
        translation = ET.SubElement(element, "translation")
        if message.state is not None:
            translation.set("type", message.state)
        forms = message.translation or [""]
        if message.numerus:
            for form in forms if len(forms) > 1 else [*forms, *forms]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    _indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"rebound_{language}.ts"


def update(
    language: str, *, check: bool, folder: Path = FOLDER, sources: Path = SOURCES, drop_obsolete: bool = False
) -> bool:
    """Write (or with ``check``, compare) the ``.ts`` of ``language``; True when it is (or was) up to date."""
    path = ts_path(language, folder)
    text = render(merge(extract(sources), read_ts(path), drop_obsolete), language)
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if current == text:
        return True
    if not check:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return False


def lrelease() -> str:
    """The ``pyside6-lrelease`` beside this Python (the venv's), else on the PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise ExtractError("pyside6-lrelease was not found: install PySide6 (make .venv/.installed)")
    return found


def build_qm(language: str, folder: Path = FOLDER, target: Path | None = None) -> Path:
    source = ts_path(language, folder)
    qm = target or source.with_suffix(".qm")
    subprocess.run([lrelease(), "-silent", str(source), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a .ts is out of date")
    parser.add_argument("--qm", action="store_true", help="also build the .qm files (pyside6-lrelease)")
    parser.add_argument("--drop-obsolete", action="store_true", help="remove the texts no longer in the code")
    arguments = parser.parse_args(argv)
    try:
        stale = [
            language
            for language in LANGUAGES
            if not update(language, check=arguments.check, drop_obsolete=arguments.drop_obsolete)
        ]
        if arguments.qm:
            for language in LANGUAGES:
                build_qm(language)
    except (ExtractError, SyntaxError) as error:
        print(f"i18n: {error}", file=sys.stderr)
        return 2
    if stale and arguments.check:
        print(f"i18n: out of date: {', '.join(str(ts_path(x).relative_to(ROOT)) for x in stale)} "
              "(run python tools/i18n.py)", file=sys.stderr)  # fmt: skip
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
