"""The import wizard: choose, preview (format, counts, why rows are skipped), map an unknown CSV, import with
progress and Cancel, the summary; bad files; a file dropped on the window."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QScrollArea

from desktop.core.people import count_people, find_person, get_person
from desktop.core.timeline import timeline
from desktop.gui.importing.wizard import CHOOSE, DONE, IMPORTING, MAPPING, PREVIEW, ImportWizard
from desktop.gui.main_window import MainWindow
from tests.gui.conftest import wait_for_plan

ARCHIVE = {
    "format": "rebound-archive",
    "version": 1,
    "companies": [{"id": "c1", "name": "Acme GmbH"}],
    "people": [
        {"id": "p1", "name": "Zoë Martin", "company": "c1", "title": "Head of Analytics", "role": "hiring_manager"},
        {"id": "p2", "name": "Tom Weber", "company": "c1", "title": "Senior Recruiter", "role": "recruiter"},
    ],
    "interactions": [
        {"person": "p2", "kind": "rejection", "direction": "in", "at": "2026-01-20T09:30:00",
         "channel": "email", "subject": "Your application", "body": "We went with someone else."},
    ],
}  # fmt: skip


def answer_open_dialogs(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> list[str]:
    """Answer the next file or folder dialog with ``path``; returns the titles of the dialogs asked."""
    asked: list[str] = []

    def file(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args[1])
        return str(path), ""

    def folder(*args: Any, **kwargs: Any) -> str:
        asked.append(args[1])
        return str(path)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", file)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    return asked


def open_wizard(qtbot: Any, window: MainWindow) -> ImportWizard:
    window.menus.import_action.trigger()
    wizard = window.dialog
    assert isinstance(wizard, ImportWizard)
    qtbot.waitExposed(wizard)
    return wizard


def wait_for_preview(qtbot: Any, wizard: ImportWizard) -> None:
    """Until the file has been read (the preview, the mapping step or an error is shown)."""
    qtbot.waitUntil(lambda: wizard.preview_task is None)


def import_and_wait(qtbot: Any, wizard: ImportWizard) -> None:
    assert wizard.next_button.text() == "Import"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == DONE)


def listed_names(window: MainWindow) -> list[str]:
    model = window.people.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_linkedin_export_folder_is_previewed_imported_and_its_people_listed(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    asked = answer_open_dialogs(monkeypatch, data_dir / "linkedin")
    window = make_window()
    wizard = open_wizard(qtbot, window)
    assert wizard.step == CHOOSE
    assert wizard.choose_page.folder_button.text() == "Choose folder…"

    qtbot.mouseClick(wizard.choose_page.folder_button, Qt.MouseButton.LeftButton)
    wait_for_preview(qtbot, wizard)

    assert asked == ["Choose the unpacked LinkedIn export"]
    page = wizard.preview_page
    assert wizard.step == PREVIEW
    assert page.format_label.text() == "LinkedIn data export (folder)"
    assert page.counts.text() == "13 new people, 0 people to update, 12 messages, 1 rows to skip"
    assert page.counted.text().startswith("Counted are people and the messages to or from them")
    assert page.skipped.lines() == ["messages.csv: draft, never sent (line 14)"]
    assert "Positions.csv" in page.ignored.lines()  # unknown files are listed, not read
    assert page.rows_shown()[0][:2] == ["Marta", "Kowalczyk"]
    assert "Connections.csv: 7 rows" in page.files.lines()
    assert count_people() == 0  # the preview writes nothing

    import_and_wait(qtbot, wizard)

    done = wizard.done_page
    assert done.title.text() == "Import finished"
    assert done.text.text() == "Imported linkedin: 13 new people, 12 messages, 1 row skipped."
    assert done.problems.lines() == ["messages.csv: draft, never sent (line 14)"]
    assert wizard.cancel_button.text() == "Close"
    assert "Marta Kowalczyk" in listed_names(window)  # the list was read again
    assert window.count_label.text() == f"{count_people()} people"
    wait_for_plan(qtbot, window)  # and the plan worked out again over the new people
    assert any(p.name == "Marta Kowalczyk" for p in window.keeper.facts.people.values())
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None)

    again = window.open_import_wizard(data_dir / "linkedin")
    wait_for_preview(qtbot, again)
    assert again.preview_page.counts.text() == "0 new people, 0 people to update, 0 messages, 1 rows to skip"
    again.reject()


def test_a_csv_with_unknown_columns_is_mapped_column_by_column_then_imported(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "kontakte.csv"
    source.write_text(
        "Kontakt,E-Post,Arbeitgeber,Bemerkung\nAnn Good,ann@acme.example,Acme,met in Berlin\n"
        "Bob Stone,bob@globex.example,Globex,\n",
        encoding="utf-8",
    )
    answer_open_dialogs(monkeypatch, source)
    window = make_window()
    wizard = open_wizard(qtbot, window)

    qtbot.mouseClick(wizard.choose_page.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == MAPPING)

    mapping = wizard.mapping_page
    assert list(mapping.combos) == ["Kontakt", "E-Post", "Arbeitgeber", "Bemerkung"]
    assert {c.currentText() for c in mapping.combos.values()} == {"Ignore this column"}  # nothing to guess from
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert mapping.error.message() == (
        "Choose the column that holds the name (or the first and the last name): a person needs a name."
    )
    mapping.choose("Kontakt", "name")
    mapping.choose("E-Post", "email")
    mapping.choose("Arbeitgeber", "company")
    assert mapping.combos["Kontakt"].currentText() == "Full name"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wait_for_preview(qtbot, wizard)

    page = wizard.preview_page
    assert wizard.step == PREVIEW
    assert page.format_label.text() == "CSV with mapped columns"
    assert page.counts.text() == "2 new people, 0 people to update, 0 messages, 0 rows to skip"
    assert page.counted.text() == "Each row is one person."
    assert page.mapping_label.text() == "Columns used: Kontakt → Full name, E-Post → E-mail, Arbeitgeber → Company."
    assert page.rows_shown()[0] == ["Ann Good", "ann@acme.example", "Acme", "met in Berlin"]
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.step == MAPPING  # back to the mapping, as it was
    assert mapping.combos["E-Post"].currentData() == "email"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wait_for_preview(qtbot, wizard)

    import_and_wait(qtbot, wizard)

    assert wizard.done_page.text.text() == "Imported kontakte.csv: 2 new people, 0 messages."
    ann = get_person(find_person("ann@acme.example"))
    assert (ann.name, ann.company, ann.notes) == ("Ann Good", "Acme", None)  # the ignored column stayed out
    assert listed_names(window) == ["Ann Good", "Bob Stone"]
    wizard.accept()


def test_the_mapping_starts_from_the_column_guesses_the_command_line_uses(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "people.csv"
    source.write_text("Full Name,Mail,Org,Bemerkung\nAnn Good,ann@acme.example,Acme,met in Berlin\n", encoding="utf-8")
    answer_open_dialogs(monkeypatch, source)
    window = make_window()
    wizard = open_wizard(qtbot, window)

    qtbot.mouseClick(wizard.choose_page.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == MAPPING)

    shown = {column: combo.currentData() for column, combo in wizard.mapping_page.combos.items()}
    assert shown == {"Full Name": "name", "Mail": "email", "Org": "company", "Bemerkung": None}
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wait_for_preview(qtbot, wizard)
    assert (
        wizard.preview_page.mapping_label.text() == "Columns used: Full Name → Full name, Mail → E-mail, Org → Company."
    )
    wizard.reject()


def test_cancel_during_the_import_leaves_the_database_as_it_was(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    from desktop.interop import contacts

    real_run = contacts.run
    reported, go_on = threading.Event(), threading.Event()

    def run_held_at_its_first_report(path: Path, *, progress: Any = None, **kwargs: Any) -> Any:
        def report(done: int, total: int) -> bool | None:
            reported.set()
            go_on.wait(10)  # the import waits here (in its worker) until the test has pressed Cancel
            return progress(done, total)

        return real_run(path, progress=report, **kwargs)

    monkeypatch.setattr(contacts, "run", run_held_at_its_first_report)
    window = make_window()
    wizard = window.open_import_wizard(data_dir / "linkedin")
    wait_for_preview(qtbot, wizard)

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reported.is_set)
    assert wizard.step == IMPORTING
    assert wizard.importing_page.bar.isVisible()
    assert wizard.cancel_button.text() == "Cancel import"
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    assert wizard.importing_page.title.text() == "Cancelling…"
    go_on.set()
    qtbot.waitUntil(lambda: wizard.step == DONE)

    assert count_people() == 0  # rolled back
    assert wizard.done_page.title.text() == "Import cancelled"
    assert wizard.done_page.text.text() == "Nothing was imported from linkedin: Rebound is as it was before."
    assert window.people.views.currentWidget() is window.people.welcome
    assert wizard.back_button.isVisible()  # the preview still holds: the user may import after all
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.step == PREVIEW
    wizard.reject()


def test_the_summary_shows_while_the_worker_still_copies_the_log_into_the_file(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    from desktop.store import database

    real_checkpoint = database.checkpoint
    copying, go_on = threading.Event(), threading.Event()

    def held_checkpoint() -> None:
        copying.set()
        go_on.wait(10)  # the worker waits here (after reporting) until the test has looked at the wizard
        real_checkpoint()

    window = make_window()
    wizard = window.open_import_wizard(data_dir / "linkedin")
    wait_for_preview(qtbot, wizard)
    qtbot.waitUntil(lambda: not window.runner.busy())  # the preview's worker (and any other) has ended
    monkeypatch.setattr(database, "checkpoint", held_checkpoint)  # held: the import's worker, after it reports
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == DONE)  # shown before the worker has finished
    assert copying.is_set() and not go_on.is_set()
    assert wizard.done_page.title.text() == "Import finished"
    assert wizard.import_task is None  # the wizard may be closed or used again at once
    go_on.set()
    qtbot.waitUntil(lambda: not window.runner.busy())
    wizard.reject()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("cards_not_a_vcard.vcf", "cards_not_a_vcard.vcf: not a vCard file (no BEGIN:VCARD … END:VCARD)."),
        ("LinkedInDataExport_bomb.zip", "Connections.csv: would expand to 4.0 GB"),
        ("messages_truncated.csv", "messages_truncated.csv: line 2: the file ends inside a quoted field (cut off?)."),
    ],
)
def test_a_bad_file_shows_why_in_the_wizard_and_nothing_is_written(
    qtbot: Any,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    name: str,
    message: str,
) -> None:
    answer_open_dialogs(monkeypatch, data_dir / "bad" / name)
    window = make_window()
    wizard = open_wizard(qtbot, window)

    qtbot.mouseClick(wizard.choose_page.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == CHOOSE and wizard.choose_page.error.isVisible())

    error = wizard.choose_page.error.message()
    assert message in error
    assert error.endswith("Nothing was imported.")
    assert count_people() == 0
    assert wizard.next_button.isEnabled()  # the path stays: fix the file and try again
    wizard.reject()


def test_a_rebound_archive_goes_through_the_wizard_too(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    archive = tmp_path / "contacts.json"
    archive.write_text(json.dumps(ARCHIVE), encoding="utf-8")
    asked = answer_open_dialogs(monkeypatch, archive)
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.text()] == [
        "&Import…",
        "&Export",
        "Load &demo data (a job seeker)",
        "Load r&ecruiter demo data",
        "&Quit",
    ]
    assert window.menus.import_action.shortcut().toString() == "Ctrl+I"

    qtbot.keyClick(window.sidebar, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = window.dialog
    assert isinstance(wizard, ImportWizard)
    qtbot.mouseClick(wizard.choose_page.file_button, Qt.MouseButton.LeftButton)
    wait_for_preview(qtbot, wizard)

    assert asked == ["Choose a file to import"]
    assert wizard.preview_page.format_label.text() == "Rebound archive (JSON)"
    assert wizard.preview_page.counts.text() == "2 new people, 0 people to update, 1 messages, 0 rows to skip"
    assert not wizard.preview_page.rows.isVisible()  # an archive has no rows to show
    import_and_wait(qtbot, wizard)

    assert listed_names(window) == ["Tom Weber", "Zoë Martin"]
    assert window.count_label.text() == "2 people"
    assert timeline(find_person("Tom Weber"))[0].kind == "rejection"
    wizard.accept()


def test_a_broken_archive_names_the_record_and_imports_nothing(
    qtbot: Any, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    archive = tmp_path / "broken.json"
    broken = dict(ARCHIVE, interactions=[{**ARCHIVE["interactions"][0], "person": "p9"}])  # type: ignore[dict-item]
    archive.write_text(json.dumps(broken), encoding="utf-8")
    window = make_window()

    wizard = window.open_import_wizard(archive)
    qtbot.waitUntil(lambda: wizard.choose_page.error.isVisible())

    assert wizard.step == CHOOSE
    assert "p9" in wizard.choose_page.error.message()
    assert count_people() == 0
    wizard.reject()


def test_cancelling_the_file_dialog_stays_on_the_first_step(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_open_dialogs(monkeypatch, "")
    window = make_window()
    wizard = open_wizard(qtbot, window)

    qtbot.mouseClick(wizard.choose_page.file_button, Qt.MouseButton.LeftButton)

    assert wizard.step == CHOOSE
    assert wizard.preview_task is None  # nothing is being read
    assert not wizard.next_button.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None)


def drop(window: MainWindow, mime: QMimeData) -> tuple[bool, bool]:
    """Drag ``mime`` onto the window and drop it there; returns whether the enter and the drop were accepted."""
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(400, 300), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    dropped = QDropEvent(QPointF(400, 300), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_a_file_dropped_on_the_window_opens_the_wizard_on_its_preview(
    qtbot: Any, make_window: Callable[[], MainWindow], data_dir: Path
) -> None:
    window = make_window()
    text = QMimeData()
    text.setText("just some text")
    assert drop(window, text) == (False, False)
    assert window.dialog is None

    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(data_dir / "linkedin" / "Connections.csv"))])
    assert drop(window, files) == (True, True)

    wizard = window.dialog
    assert isinstance(wizard, ImportWizard)
    wait_for_preview(qtbot, wizard)
    assert wizard.choose_page.path.text() == str(data_dir / "linkedin" / "Connections.csv")
    assert wizard.preview_page.format_label.text() == "LinkedIn CSV file"
    assert wizard.preview_page.counts.text() == "7 new people, 0 people to update, 0 messages, 0 rows to skip"
    import_and_wait(qtbot, wizard)
    assert count_people() == 7
    wizard.accept()


def _connections_with_many_problems(folder: Path) -> Path:
    """A Connections.csv: lines 3–8, 10, 12, 13 and 15–17 hidden profiles; every other row (2–77) a person whose
    e-mail is left out — 12 skipped rows and 64 more problems, far more than the wizard's page holds at once."""
    hidden = {3, 4, 5, 6, 7, 8, 10, 12, 13, 15, 16, 17}
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    for number in range(2, 78):
        lines.append(",,,,,,07 Jun 2026" if number in hidden else f"Ann{number},Good,,mail{number},Acme,,01 Feb 2026")
    path = folder / "Connections.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _fully_shown(area: QScrollArea, label: QLabel) -> bool:
    """The label can be scrolled to, and then shows all of its text (plain, wrapped, not cut off)."""
    area.ensureWidgetVisible(label)
    QApplication.processEvents()
    return (
        label.textFormat() == Qt.TextFormat.PlainText
        and label.height() >= label.heightForWidth(label.width())
        and area.viewport().rect().contains(QRect(label.mapTo(area.viewport(), QPoint(0, 0)), label.size()))
    )


def test_the_preview_and_the_summary_show_every_skipped_row_however_many(
    qtbot: Any, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    path = _connections_with_many_problems(tmp_path)
    hidden = "Connections.csv: hidden or closed profile (no name, no URL) (lines 3–8, 10, 12, 13, 15–17)"
    left_out = [
        f"Connections.csv: line {n}: e-mail 'mail{n}' is not valid; left out"
        for n in range(2, 78)
        if n not in (3, 4, 5, 6, 7, 8, 10, 12, 13, 15, 16, 17)
    ]
    window = make_window()
    wizard = window.open_import_wizard(path)
    qtbot.waitExposed(wizard)
    wizard.resize(480, 420)  # narrow and low: long lines wrap, the list is longer than the page
    wait_for_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.counts.text() == "64 new people, 0 people to update, 0 messages, 12 rows to skip"
    assert page.skipped.lines() == [hidden, *left_out]
    assert page.details_area.verticalScrollBar().maximum() > 0  # longer than the page: it scrolls
    assert all(_fully_shown(page.details_area, label) for label in page.skipped.labels[::-1])

    import_and_wait(qtbot, wizard)

    done = wizard.done_page
    assert done.text.text() == "Imported Connections.csv: 64 new people, 0 messages, 12 rows skipped."
    assert done.problems.lines() == [hidden, *left_out]
    assert done.details.verticalScrollBar().maximum() > 0
    assert all(_fully_shown(done.details, label) for label in done.problems.labels)
    wizard.reject()


def test_messages_without_a_profile_ask_which_participant_is_you_and_remember_it(
    qtbot: Any, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    from desktop.core.settings import get_text
    from desktop.vocab import LINKEDIN_ME

    source = tmp_path / "messages.csv"
    source.write_text(
        "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\r\n"
        "c1,Ann Archer,https://www.linkedin.com/in/ann,Bob Brandt,https://www.linkedin.com/in/bob,"
        "2026-02-19 08:14:51 UTC,Hello Bob\r\n",
        encoding="utf-8",
    )
    window = make_window()
    wizard = window.open_import_wizard(source)
    wait_for_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.me_box.isVisible()
    assert [page.me_box.itemText(i) for i in range(page.me_box.count())] == [
        "Not sure: skip the messages", "Ann Archer", "Bob Brandt",
    ]  # fmt: skip
    assert page.counts.text() == "0 new people, 0 people to update, 0 messages, 1 rows to skip"

    page.me_box.setCurrentIndex(1)
    page.me_box.activated.emit(1)  # as a user's pick does
    wait_for_preview(qtbot, wizard)
    assert page.counts.text() == "1 new people, 0 people to update, 1 messages, 0 rows to skip"
    assert page.me_box.currentText() == "Ann Archer"  # the choice stays shown, to change it again

    import_and_wait(qtbot, wizard)
    assert listed_names(window) == ["Bob Brandt"]
    assert get_text(LINKEDIN_ME) == "Ann Archer"  # asked once: the next import knows
    wizard.reject()
