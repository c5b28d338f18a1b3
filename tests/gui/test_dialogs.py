"""Add note and Log interaction: opened from the Person menu, written through core, shown on the timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.timeline import add_note, timeline
from desktop.gui.dialogs.add_note import AddNoteDialog
from desktop.gui.dialogs.log_interaction import LogInteractionDialog
from desktop.gui.kit.widgets import to_qdatetime
from desktop.gui.main_window import MainWindow
from desktop.gui.people.person_page import TIMELINE_TAB
from tests.gui.conftest import NOW


@pytest.fixture
def make_window(make_window: Callable[..., MainWindow]) -> Callable[..., MainWindow]:
    """Main windows showing the People page (the app opens on Today), where these tests begin."""

    def make(**kwargs: Any) -> MainWindow:
        window = make_window(**kwargs)
        window.show_page(window.people)
        return window

    return make


def open_window_on(make_window: Callable[[], MainWindow], person_id: int) -> MainWindow:
    window = make_window()
    window.people.show_person(person_id)
    return window


def test_a_note_added_through_the_dialog_tops_the_timeline(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber")
    add_note(tom, "An older note", datetime(2025, 5, 1, 9, 0))
    window = open_window_on(make_window, tom)
    page = window.people.person_page

    qtbot.keyClick(window.people.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, AddNoteDialog)
    qtbot.waitExposed(dialog)
    assert dialog.when.dateTime() == to_qdatetime(NOW)  # defaults to now
    qtbot.keyClicks(dialog.text, "Met at the Berlin meetup; <b>hiring</b> again in spring.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.dialog is None)
    top = page.timeline.entry_widgets()[0]
    assert top.kind.text() == "Note"
    assert top.body.text() == "Met at the Berlin meetup; <b>hiring</b> again in spring."
    assert top.date.text() == "2 Mar 2026, 10:30"
    assert page.tabs.tabText(TIMELINE_TAB) == "Timeline (2)"
    assert timeline(tom)[0].body == "Met at the Berlin meetup; <b>hiring</b> again in spring."


def test_an_empty_note_is_refused_and_the_dialog_stays(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber")
    page = open_window_on(make_window, tom).people.person_page
    dialog = page.add_note()
    assert dialog is not None

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not dialog.writing)  # core refused it on the database executor
    assert dialog.isVisible()
    assert dialog.error.message() == "A note needs some text."
    assert timeline(tom) == []
    dialog.reject()


def test_logging_an_interaction_shows_its_kind_and_direction(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber")
    window = open_window_on(make_window, tom)
    page = window.people.person_page

    qtbot.keyClick(window.people.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, LogInteractionDialog)
    qtbot.waitExposed(dialog)
    dialog.select("call", "in")
    assert dialog.channel.currentData() == "phone"  # the usual channel of a call
    dialog.when.setDateTime(to_qdatetime(NOW - timedelta(days=1)))
    qtbot.keyClicks(dialog.subject, "Feedback call")
    qtbot.keyClicks(dialog.body, "Strengths: SQL. Gaps: streaming.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.dialog is None)
    top = page.timeline.entry_widgets()[0]
    assert top.kind.text() == "Call"
    assert top.direction.text() == "← in"
    assert top.subject.text() == "Feedback call"
    assert top.body.text() == "Strengths: SQL. Gaps: streaming."
    assert top.context.text() == "Via Phone"
    assert top.date.text() == "1 Mar 2026, 10:30"
    entry = timeline(tom)[0]
    assert (entry.kind, entry.direction, entry.channel) == ("call", "in", "phone")


def test_a_call_needs_a_direction(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber")
    dialog = open_window_on(make_window, tom).people.person_page.log_interaction()
    assert dialog is not None
    dialog.select("call", "none")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error.message().startswith("Choose a direction: did you reach them, or did they reach you?")
    assert timeline(tom) == []
    dialog.reject()


def test_an_interaction_in_the_future_is_refused(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber")
    dialog = open_window_on(make_window, tom).people.person_page.log_interaction()
    assert dialog is not None
    dialog.select("email", "out")
    dialog.when.setDateTime(to_qdatetime(NOW + timedelta(days=3)))
    dialog.body.setPlainText("Hello")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.error.message() == "The date lies in the future; log what has happened, not what is planned."
    assert timeline(tom) == []
    dialog.reject()


def test_person_actions_wait_for_a_person(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()  # empty database: nobody to write a note about

    assert not window.menus.add_note_action.isEnabled()
    assert not window.menus.log_action.isEnabled()
