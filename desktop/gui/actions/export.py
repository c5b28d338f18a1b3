"""Exports of the File and Person menus: what each one writes, the file name it suggests, where it goes.

The whole database goes out as a Rebound archive (JSON), the people as vCard or CSV (interop does the
writing), and one person's data as JSON: everything Rebound holds about them — the profile, the
timeline, the processes, the connections — for a data subject access request. The writers run in
a worker; ``choose_target`` asks where (in the GUI thread) and remembers the folder. One person's
document is made by ``desktop.interop.person_data``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop.gui.actions.shell import Shell
from desktop.gui.kit.formatting import people_count
from desktop.gui.kit.i18n import tr, tr_n
from desktop.gui.services.workers import Task

if TYPE_CHECKING:  # the writers (and all they read) load with the first export, not at start
    from desktop.interop.person_data import PersonExport

FOLDER_KEY = "export/folder"


class ExportKind(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
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
    from desktop.interop import archive  # lazy: the writers load with the first export, in its worker

    return archive.export_archive(path)


def _write_vcard(path: Path) -> int:
    from desktop.interop import vcard  # lazy: the writers load with the first export, in its worker

    return vcard.export_vcard(path)


def _write_csv(path: Path) -> int:
    from desktop.interop import csv_people  # lazy: the writers load with the first export, in its worker

    return csv_people.export_csv(path)


ARCHIVE = ExportKind(
    "archive", tr("&Everything (Rebound archive)…"), tr("Export everything as a Rebound archive"),
    tr("Rebound archive (*.json)"), ".json", "rebound", _write_archive,
)  # fmt: skip
VCARD = ExportKind(
    "vcard", tr("People as &vCard…"), tr("Export the people as vCard"), tr("vCard (*.vcf)"), ".vcf", "rebound-people",
    _write_vcard,
)  # fmt: skip
CSV = ExportKind(
    "csv", tr("People as &CSV…"), tr("Export the people as CSV"), tr("CSV for spreadsheets (*.csv)"), ".csv",
    "rebound-people", _write_csv,
)  # fmt: skip
MENU_EXPORTS = (ARCHIVE, VCARD, CSV)


def choose_target(parent: QWidget, settings: QSettings, title: str, file_filter: str, name: str) -> Path | None:
    """Ask where to save (starting in the folder used last); None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog  # lazy: the file dialog is not needed to start

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


def person_file_name(name: str, today: date) -> str:
    """``Zoë Martin`` → ``Zoë-Martin-data-2026-03-02.json`` (no separators or odd characters in the name)."""
    stem = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-.") or "person"
    return f"{stem}-data-{today.isoformat()}.json"


def person_exported_text(done: PersonExport, path: Path) -> str:
    """What the window says after a person export: whom, how much, and where the file went."""
    counts = ", ".join((tr_n("%n timeline entry", done.interactions, "%n timeline entries"),
                        tr_n("%n process", done.processes, "%n processes"),
                        tr_n("%n connection", done.connections, "%n connections")))  # fmt: skip
    return tr("Exported everything Rebound holds about {name} ({counts}) to {path}.").format(
        name=done.name, counts=counts, path=path
    )


# ---------------------------------------------------------------- the menu flows


def export(shell: Shell, kind: ExportKind) -> Task | None:
    """File → Export: ask where, write in a worker, say where the file went."""
    path = choose_target(shell.widget, shell.settings, kind.dialog_title, kind.file_filter,
                         kind.suggested_name(shell.day()))  # fmt: skip
    if path is None:
        return None
    return shell.jobs.run(
        tr("Exporting to {name}…").format(name=path.name),
        lambda _task: kind.write(path),
        lambda count: _exported(
            shell, path, tr("Exported {people_count} to {path}.").format(people_count=people_count(count), path=path)
        ),
        tr("Nothing was exported to {name}").format(name=path.name),
    )


def export_person(shell: Shell) -> Task | None:
    """Person → Export this person's data: everything about them as JSON (a data subject request)."""
    # lazy: the writer loads with the first export
    from desktop.interop.person_data import export_person as write_person

    person = shell.people.person_page.person
    if person is None:
        return None
    title = tr("Export everything about {name}").format(name=person.name)
    name = person_file_name(person.name, shell.day())
    path = choose_target(shell.widget, shell.settings, title, tr("JSON (*.json)"), name)
    if path is None:
        return None
    person_id, now = person.id, shell.clock()
    return shell.jobs.run(
        tr("Exporting {name}’s data…").format(name=person.name),
        lambda _task: write_person(person_id, path, now),
        lambda done: _exported(shell, path, person_exported_text(done, path)),
        tr("Nothing was exported to {name}").format(name=path.name),
    )


def _exported(shell: Shell, path: Path, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # lazy: not needed to start

    shell.jobs.show_message(tr("Exported to {path}").format(path=path))
    shell.jobs.notify(QMessageBox.Icon.Information, tr("Export finished"), text)
