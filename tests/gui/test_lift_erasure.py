"""Settings → Privacy lists the erasure records by the day each was made (nothing else of the person) and lifts
one on purpose: after "Lift…" is confirmed, a re-import brings the person back; cancelled, nothing changes
(issue 10). The lift is a write through the window's ``Ops``, never on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core import erase
from desktop.core.people import find_person
from desktop.errors import NotFound
from desktop.gui.main_window import MainWindow
from desktop.interop import archive as archives
from tests.gui.scripted import Answers
from tests.gui.test_import_wizard import ARCHIVE
from tests.gui.test_privacy import privacy_tab


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def _erased_tom() -> None:
    archives.import_document(ARCHIVE, "first.json")
    erase.erase_person(find_person("Tom Weber"), date(2026, 3, 1))


def _tom_comes_back() -> bool:
    archives.import_document(ARCHIVE, "again.json")
    try:
        find_person("Tom Weber")
    except NotFound:
        return False
    return True


def test_lifting_an_erasure_lets_a_re_import_bring_the_person_back(
    qtbot: Any, make_window: Callable[[], MainWindow], answers: Answers
) -> None:
    _erased_tom()
    window = make_window()
    tab = privacy_tab(qtbot, window)
    assert tab.erasure_labels() == ["Erased on 1 Mar 2026"]  # the day only: no name, no company
    assert not tab.lift_button.isEnabled()  # nothing chosen yet
    answers.message_boxes(QMessageBox.StandardButton.Yes)

    tab.erasures.setCurrentRow(0)
    qtbot.mouseClick(tab.lift_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.erasure_labels() == [])

    assert answers.messages[0].startswith("Lift the erasure record made on 1 Mar 2026?")
    assert "Tom" not in answers.messages[0]
    assert tab.result.text() == (
        "The erasure record of 1 Mar 2026 was lifted: the person can come back with the next import or restore."
    )
    assert tab.no_erasures.isVisibleTo(tab)
    assert tab.ops is window.ops and window.ops.write_threads  # the window's one write path ran it
    assert threading.get_ident() not in window.ops.write_threads
    assert erase.records() == []
    assert _tom_comes_back()


def test_cancelling_the_lift_changes_nothing(
    qtbot: Any, make_window: Callable[[], MainWindow], answers: Answers
) -> None:
    _erased_tom()
    window = make_window()
    tab = privacy_tab(qtbot, window)
    answers.message_boxes(QMessageBox.StandardButton.Cancel)

    tab.erasures.setCurrentRow(0)
    qtbot.mouseClick(tab.lift_button, Qt.MouseButton.LeftButton)

    assert len(answers.messages) == 1  # it asked
    assert tab.erasure_labels() == ["Erased on 1 Mar 2026"]
    assert not window.ops.busy()
    assert len(erase.records()) == 1
    assert not _tom_comes_back()
