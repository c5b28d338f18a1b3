"""Exports from the File menu (archive, vCard, CSV) and the Person menu (one person's data): written in a
worker, the window says where the file went, and the files import again."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.timeline import add_note
from desktop.gui.main_window import MainWindow
from desktop.interop import contacts, csv_people
from desktop.interop.csv_people import EXPORT_COLUMNS
from tests.gui.conftest import NOW, shown_notice


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[str, str]]:
    """Answer the next save dialog with ``path``; returns (title, suggested path) of each dialog asked."""
    asked: list[tuple[str, str]] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append((args[1], args[2]))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


@pytest.fixture
def two_people(person: Callable[..., int]) -> tuple[int, int]:
    tom = person("Tom Weber", company="Acme GmbH", email="tom@acme.example", title="Senior Recruiter")
    zoe = person("Zoë Martin", company="Globex AG", linkedin_url="https://www.linkedin.com/in/zoemartin")
    add_note(tom, "Met at the Berlin meetup; hiring again in spring", datetime(2026, 1, 5, 10, 0))
    add_note(zoe, "Zoë prefers calls to e-mail", datetime(2026, 2, 1, 9, 0))
    return tom, zoe


def wait_for_notice(qtbot: Any, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: shown_notice(window) is not None)
    notice = shown_notice(window)
    assert notice is not None
    return notice


@pytest.mark.parametrize(
    ("entry", "name", "suggested", "counts"),
    [
        ("&Everything (Rebound archive)…", "all.json", "rebound-2026-03-02.json", (0, 0, 6, 0)),
        ("People as &vCard…", "people.vcf", "rebound-people-2026-03-02.vcf", (0, 2, 0, 0)),  # fills first/last
        ("People as &CSV…", "people.csv", "rebound-people-2026-03-02.csv", (0, 0, 2, 0)),
    ],
)  # fmt: skip
def test_each_export_says_where_the_file_went_and_the_file_imports_again(
    qtbot: Any,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    two_people: tuple[int, int],
    entry: str,
    name: str,
    suggested: str,
    counts: tuple[int, int, int, int],
) -> None:
    target = tmp_path / name
    asked = answer_save_dialog(monkeypatch, target)
    window = make_window()
    actions = {a.text(): a for a in window.menus.export_menu.actions()}
    assert list(actions) == ["&Everything (Rebound archive)…", "People as &vCard…", "People as &CSV…"]

    actions[entry].trigger()
    notice = wait_for_notice(qtbot, window)

    assert Path(asked[0][1]).name == suggested
    assert notice.windowTitle() == "Export finished"
    assert notice.text() == f"Exported 2 people to {target}."
    assert window.statusBar().currentMessage() == f"Exported to {target}"
    notice.accept()
    wizard = window.open_import_wizard(target)  # what importing the file again would do: nobody new
    qtbot.waitUntil(lambda: wizard.preview_task is None)
    preview = wizard.found.preview if wizard.found is not None else None
    assert preview is not None, wizard.choose_page.error.message()
    assert (preview.created, preview.updated, preview.unchanged, preview.skipped) == counts
    wizard.reject()


def test_the_vcard_holds_a_card_per_person_and_the_csv_the_spreadsheet_header(
    qtbot: Any,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    two_people: tuple[int, int],
) -> None:
    window = make_window()
    answer_save_dialog(monkeypatch, tmp_path / "people")  # no suffix typed: the export adds it
    window.menus.export_actions[1].trigger()
    wait_for_notice(qtbot, window).accept()
    cards = (tmp_path / "people.vcf").read_text(encoding="utf-8")
    assert cards.count("BEGIN:VCARD") == 2
    assert "FN:Zoë Martin" in cards

    answer_save_dialog(monkeypatch, tmp_path / "people.csv")
    window.menus.export_actions[2].trigger()
    wait_for_notice(qtbot, window).accept()
    with (tmp_path / "people.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(EXPORT_COLUMNS)
    assert [row[0] for row in rows[1:]] == ["Tom Weber", "Zoë Martin"]
    again = csv_people.preview(tmp_path / "people.csv", now=NOW)  # the CSV importer reads it back as it was
    assert (again.format, again.created, again.updated, again.unchanged) == ("Rebound CSV", 0, 0, 2)


def test_the_archive_export_is_a_rebound_archive_with_the_notes(
    qtbot: Any,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    two_people: tuple[int, int],
) -> None:
    answer_save_dialog(monkeypatch, tmp_path / "all.json")
    window = make_window()
    window.menus.export_actions[0].trigger()
    wait_for_notice(qtbot, window).accept()

    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert document["format"] == "rebound-archive"
    assert sorted(p["name"] for p in document["people"]) == ["Tom Weber", "Zoë Martin"]
    assert len(document["interactions"]) == 2
    assert contacts.detect(tmp_path / "all.json") == "json"


def test_one_persons_data_holds_their_notes_and_nobody_elses(
    qtbot: Any,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    two_people: tuple[int, int],
) -> None:
    tom, _zoe = two_people
    target = tmp_path / "tom.json"
    asked = answer_save_dialog(monkeypatch, target)
    window = make_window()
    window.open_person(tom)
    person_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Person")
    assert window.menus.export_person_action in person_menu.actions()
    assert window.menus.export_person_action.isEnabled()

    window.menus.export_person_action.trigger()
    notice = wait_for_notice(qtbot, window)

    assert asked[0][0] == "Export everything about Tom Weber"
    assert Path(asked[0][1]).name == "Tom-Weber-data-2026-03-02.json"
    assert notice.text() == (
        f"Exported everything Rebound holds about Tom Weber (1 timeline entry, 0 processes, 0 connections) to {target}."
    )
    text = target.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["format"] == "rebound-person-data"
    assert document["person"]["name"] == "Tom Weber"
    assert document["person"]["email"] == "tom@acme.example"
    assert document["person"]["company"] == "Acme GmbH"
    assert [entry["body"] for entry in document["timeline"]] == ["Met at the Berlin meetup; hiring again in spring"]
    assert document["timeline"][0]["at"] == "2026-01-05T10:00:00"
    assert "Zoë" not in text  # nobody else's data
    notice.accept()


def test_without_an_open_person_there_is_nothing_to_export(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()

    assert not window.menus.export_person_action.isEnabled()
    assert window.export_person() is None
