"""Possible duplicates: pairs listed with the reasons in words, merged in one step, undone exactly, or
hidden for the session as "not the same person"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QPoint, Qt

from desktop.core.people import count_people
from desktop.core.timeline import add_note, timeline
from desktop.gui.duplicates.dialog import DuplicatesDialog
from desktop.gui.main_window import MainWindow
from desktop.interop.archive import export_document


def open_duplicates(qtbot: Any, window: MainWindow) -> DuplicatesDialog:
    window.menus.duplicates_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, DuplicatesDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # its shortcut (Ctrl+Z) needs an active window
    qtbot.waitUntil(lambda: not dialog.loading)
    return dialog


def cells(dialog: DuplicatesDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def listed_names(window: MainWindow) -> list[str]:
    model = window.people.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def bodies(person_id: int) -> list[str | None]:
    return [entry.body for entry in timeline(person_id)]


def test_two_near_identical_people_are_listed_with_the_reasons(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Catherine Nguyen", company="Acme GmbH", email="cathy@acme.example")
    person("Cathy Nguyen", company="Acme GmbH", phone="+1 555 0100", title="Recruiter")
    person("Tom Weber", company="Acme GmbH")
    window = make_window()
    edit_menu = window.menuBar().actions()[1].menu()
    assert "Possible &duplicates…" in [a.text() for a in edit_menu.actions()]

    dialog = open_duplicates(qtbot, window)

    assert cells(dialog) == [
        ["Catherine Nguyen · Acme GmbH", "Cathy Nguyen · Acme GmbH", "90%", "Names 88% alike, both at Acme GmbH"],
    ]
    first_tip = dialog.table.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "cathy@acme.example" in first_tip
    assert dialog.first_box.keep.text() == "Catherine Nguyen"
    assert dialog.first_box.facts.text().splitlines()[0] == "cathy@acme.example"
    assert dialog.second_box.keep.text() == "Cathy Nguyen"
    assert dialog.second_box.subtitle.text() == "Recruiter at Acme GmbH"
    assert dialog.second_box.facts.text().splitlines()[0] == "No e-mail address"
    assert dialog.why.text() == "90% likely the same person. Names 88% alike, both at Acme GmbH."
    dialog.reject()


def test_merge_moves_the_timeline_to_the_kept_person_and_undo_brings_both_back(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    catherine = person("Catherine Nguyen", company="Acme GmbH", email="cathy@acme.example")
    cathy = person("Cathy Nguyen", company="Acme GmbH", phone="+1 555 0100")
    add_note(catherine, "Met at the Berlin meetup", datetime(2026, 1, 5, 10, 0))
    add_note(cathy, "Asked about the analyst role", datetime(2026, 2, 1, 9, 0))
    add_note(cathy, "Sent the portfolio", datetime(2026, 2, 3, 9, 0))
    before = export_document()
    window = make_window()
    window.open_person(cathy)
    dialog = open_duplicates(qtbot, window)
    assert dialog.second_box.keep.isChecked()  # by default the one with more history stays
    assert dialog.merge_button.text() == "Merge into Cathy Nguyen"

    keep_first = dialog.first_box.keep
    qtbot.mouseClick(keep_first, Qt.MouseButton.LeftButton, pos=QPoint(8, keep_first.height() // 2))
    assert dialog.merge_button.text() == "Merge into Catherine Nguyen"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading)

    assert bodies(catherine) == ["Sent the portfolio", "Asked about the analyst role", "Met at the Berlin meetup"]
    assert count_people() == 1
    assert listed_names(window) == ["Catherine Nguyen"]
    page = window.people.person_page
    assert page.person_id == catherine  # Cathy was open: the merged person is shown now
    assert page.header.name.text() == "Catherine Nguyen"
    assert page.tabs.tabText(0) == "Timeline (3)"
    assert dialog.views.currentWidget() is dialog.empty_view
    assert dialog.empty_title.text() == "No possible duplicates"
    assert dialog.undo_bar.isVisible()
    assert dialog.undo_label.text() == (
        "Merged Cathy Nguyen into Catherine Nguyen: 2 timeline entries moved over. Ctrl+Z undoes it."
    )

    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.loading)

    assert export_document() == before  # exactly as before the merge
    assert bodies(cathy) == ["Sent the portfolio", "Asked about the analyst role"]
    assert listed_names(window) == ["Catherine Nguyen", "Cathy Nguyen"]
    assert page.tabs.tabText(0) == "Timeline (1)"  # the kept person shown as they were
    assert dialog.undo_label.text() == "Merge undone: Cathy Nguyen and Catherine Nguyen are two people again."
    assert not dialog.undo_button.isEnabled()  # nothing more to undo
    assert [row[0] for row in cells(dialog)] == ["Catherine Nguyen · Acme GmbH"]
    dialog.reject()


def test_undo_with_the_button(qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]) -> None:
    person("Jan Visser")
    person("Visser, Jan")
    window = make_window()
    dialog = open_duplicates(qtbot, window)
    assert cells(dialog)[0][3] == "Names 100% alike"

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading)
    assert count_people() == 1
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading)

    assert count_people() == 2
    assert len(cells(dialog)) == 1
    dialog.reject()


def test_not_the_same_person_is_remembered_and_can_be_undone(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Katharina Schmidt", company="Acme GmbH")
    person("Katharine Schmidt", company="Acme GmbH")
    window = make_window()
    dialog = open_duplicates(qtbot, window)
    assert len(cells(dialog)) == 1

    qtbot.mouseClick(dialog.not_same_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading)  # written on the database executor

    assert dialog.views.currentWidget() is dialog.empty_view
    assert dialog.empty_hidden.text() == "1 pair you marked as not the same person is not shown."
    assert dialog.undo_label.text() == "Katharina Schmidt and Katharine Schmidt are two people. Ctrl+Z undoes it."
    assert count_people() == 2  # nothing merged
    assert dialog.undo()  # changed their mind: the pair is offered again
    qtbot.waitUntil(lambda: not dialog.loading)
    assert len(cells(dialog)) == 1
    again = "Katharina Schmidt and Katharine Schmidt are offered as possible duplicates again."
    assert dialog.undo_label.text() == again
    qtbot.mouseClick(dialog.not_same_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading)
    dialog.reject()
    window.close()

    next_session = open_duplicates(qtbot, make_window())
    assert cells(next_session) == []  # remembered in the database, not just for the session
    assert next_session.empty_hidden.isVisible()
    next_session.reject()


def test_no_possible_duplicates_says_so(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    person("Zoë Martin")
    window = make_window()

    dialog = open_duplicates(qtbot, window)

    assert dialog.views.currentWidget() is dialog.empty_view
    assert dialog.empty_title.text() == "No possible duplicates"
    assert not dialog.empty_hidden.isVisible()
    dialog.reject()
