"""Exports of the File and Person menus: what each one writes, the file name it suggests, where it goes.

The whole database goes out as a Rebound archive (JSON), the people as vCard or CSV (interop does the
writing), and one person's data as JSON: everything Rebound holds about them — the profile, the
timeline, the processes, the connections — for a data subject access request. The writers run in
a worker; ``choose_target`` asks where (in the GUI thread) and remembers the folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.network import connections_of
from desktop.core.people import get_person
from desktop.core.processes import processes_of
from desktop.core.timeline import timeline

PERSON_DATA_FORMAT = "rebound-person-data"
PERSON_DATA_VERSION = 1
FOLDER_KEY = "export/folder"


@dataclass(frozen=True)
class ExportKind:
    """One entry of the File → Export menu (or the Person menu): its texts, file type and writer."""

    key: str
    menu_text: str
    dialog_title: str
    file_filter: str
    suffix: str
    base_name: str
    write: Callable[[Path], int]  # writes the file, returns how many people it holds

    def suggested_name(self, today: date) -> str:
        return f"{self.base_name}-{today.isoformat()}{self.suffix}"


def _write_archive(path: Path) -> int:
    from desktop.interop import archive

    return archive.export_archive(path)


def _write_vcard(path: Path) -> int:
    from desktop.interop import vcard

    return vcard.export_vcard(path)


def _write_csv(path: Path) -> int:
    from desktop.interop import csv_people

    return csv_people.export_csv(path)


ARCHIVE = ExportKind(
    "archive", "&Everything (Rebound archive)…", "Export everything as a Rebound archive",
    "Rebound archive (*.json)", ".json", "rebound", _write_archive,
)  # fmt: skip
VCARD = ExportKind(
    "vcard", "People as &vCard…", "Export the people as vCard", "vCard (*.vcf)", ".vcf", "rebound-people",
    _write_vcard,
)  # fmt: skip
CSV = ExportKind(
    "csv", "People as &CSV…", "Export the people as CSV", "CSV for spreadsheets (*.csv)", ".csv", "rebound-people",
    _write_csv,
)  # fmt: skip
MENU_EXPORTS = (ARCHIVE, VCARD, CSV)


def choose_target(parent: QWidget, settings: QSettings, title: str, file_filter: str, name: str) -> Path | None:
    """Ask where to save (starting in the folder used last); None when the user cancels."""
    folder = Path(str(settings.value(FOLDER_KEY, str(Path.home()))))
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(folder / name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(name).suffix
    if path.suffix.casefold() != suffix:
        path = path.with_name(path.name + suffix)  # a dialog that adds no suffix: the file still opens right
    settings.setValue(FOLDER_KEY, str(path.parent))
    return path


# ---------------------------------------------------------------- one person's data


@dataclass(frozen=True)
class PersonExport:
    """What the person export wrote: whom, and how much."""

    name: str
    interactions: int
    processes: int
    connections: int


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON: {value!r}")


def person_document(person_id: int, now: datetime) -> dict[str, Any]:
    """Everything Rebound holds about one person, as a JSON-ready document (read through core)."""
    person = asdict(get_person(person_id))
    del person["id"]  # the database's own number means nothing outside it
    return {
        "format": PERSON_DATA_FORMAT,
        "version": PERSON_DATA_VERSION,
        "exported_at": now,
        "about": "Everything Rebound holds about this person: profile, timeline, processes and connections.",
        "person": person,
        "timeline": [
            {key: value for key, value in asdict(entry).items() if key != "id"} for entry in timeline(person_id)
        ],
        "processes": [
            {key: value for key, value in asdict(process).items() if key != "id"} for process in processes_of(person_id)
        ],
        "connections": [  # whom they know: the name and the tie, nothing else about the other person
            {"name": other.name, "kind": other.kind, "strength": other.strength, "since": other.since}
            for other in connections_of(person_id)
        ],
    }


def export_person(person_id: int, path: Path, now: datetime) -> PersonExport:
    """Write ``person_document`` to ``path`` (atomically); returns what it holds."""
    from desktop.interop.people_export import write_atomically

    document = person_document(person_id, now)
    text = json.dumps(document, ensure_ascii=False, indent=2, default=_json_value) + "\n"
    write_atomically(Path(path), text.encode("utf-8"))
    return PersonExport(
        document["person"]["name"], len(document["timeline"]), len(document["processes"]), len(document["connections"])
    )


def person_file_name(name: str, today: date) -> str:
    """``Zoë Martin`` → ``Zoë-Martin-data-2026-03-02.json`` (no separators or odd characters in the name)."""
    stem = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-.") or "person"
    return f"{stem}-data-{today.isoformat()}.json"


def person_exported_text(done: PersonExport, path: Path) -> str:
    """What the window says after a person export: whom, how much, and where the file went."""
    entries = "timeline entry" if done.interactions == 1 else "timeline entries"
    processes = "process" if done.processes == 1 else "processes"
    connections = "connection" if done.connections == 1 else "connections"
    return (
        f"Exported everything Rebound holds about {done.name} ({done.interactions} {entries}, "
        f"{done.processes} {processes}, {done.connections} {connections}) to {path}."
    )
