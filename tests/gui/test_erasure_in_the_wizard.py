"""The import wizard keeps an erasure too: an archive made before a person was erased does not bring them back,
and the wizard's preview and summary say how many records were left out, never who (issue 10)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core import erase
from desktop.core.people import find_person
from desktop.gui.main_window import MainWindow
from tests.gui.test_import_wizard import ARCHIVE, answer_open_dialogs, import_and_wait, listed_names, open_wizard


def test_an_archive_made_before_an_erasure_does_not_bring_the_person_back(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.interop import archive as archives

    archives.import_document(ARCHIVE, "first.json")
    erase.erase_person(find_person("Tom Weber"), date(2026, 3, 1))
    path = tmp_path / "before.json"
    path.write_text(json.dumps(ARCHIVE), encoding="utf-8")
    answer_open_dialogs(monkeypatch, path)
    window = make_window()
    wizard = open_wizard(qtbot, window)
    qtbot.mouseClick(wizard.choose_page.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.preview_task is None)

    assert wizard.preview_page.counts.text() == "0 new people, 0 people to update, 0 messages, 2 rows to skip"
    import_and_wait(qtbot, wizard)

    assert listed_names(window) == ["Zoë Martin"]
    shown = [label.text() for label in wizard.done_page.problems.labels]
    assert shown == ["2 records left out: they were about 1 person erased earlier (Settings → Privacy can lift an "
                     "erasure)"]  # fmt: skip
    assert "Tom Weber" not in wizard.done_page.text.text()
    wizard.accept()


VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Martin\r\nEMAIL:zoe@acme.example\r\nORG:Acme GmbH\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Weber\r\nEMAIL:tom@acme.example\r\nORG:Acme GmbH\r\nEND:VCARD\r\n"
)
CONNECTIONS = (
    'Notes:\n"Exported by LinkedIn."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Zoë,Martin,https://www.linkedin.com/in/zoe-martin,zoe@acme.example,Acme GmbH,Head of Analytics,14 Feb 2026\n"
    "Tom,Weber,https://www.linkedin.com/in/tom-weber,tom@acme.example,Acme GmbH,Senior Recruiter,3 Mar 2025\n"
)


@pytest.mark.parametrize(
    ("name", "text"), [("contacts.vcf", VCARD), ("Connections.csv", CONNECTIONS)], ids=["vcard", "linkedin"]
)
def test_a_contact_file_read_again_after_an_erasure_does_not_bring_the_person_back(
    qtbot: Any,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    text: str,
) -> None:
    from desktop.interop import contacts

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    contacts.run(path, now=datetime(2026, 3, 1, 9, 0))
    erase.erase_person(find_person("tom@acme.example"), date(2026, 3, 2))
    answer_open_dialogs(monkeypatch, path)
    window = make_window()
    wizard = open_wizard(qtbot, window)
    qtbot.mouseClick(wizard.choose_page.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.preview_task is None)
    import_and_wait(qtbot, wizard)

    assert listed_names(window) == ["Zoë Martin"]
    shown = [label.text() for label in wizard.done_page.problems.labels]
    assert any("left out: they were about 1 person erased earlier" in line for line in shown), shown
    assert all("Tom" not in line for line in shown)
    wizard.accept()
