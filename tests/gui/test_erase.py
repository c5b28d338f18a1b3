"""Erasing a person: the confirmation names them and what goes, the erasure runs in a worker, and afterwards
they are gone from People, Today, search and the file; Cancel erases nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.people import count_people
from desktop.core.timeline import timeline
from desktop.gui.main_window import MainWindow
from desktop.gui.people.erase_dialog import EraseDialog
from desktop.store.models import DB, Erasure
from tests.core.reconnect.scenario import World
from tests.gui.conftest import wait_for_plan


@pytest.fixture
def world(db: object) -> World:
    return World()  # today 2026-03-02, the windows' today


@pytest.fixture
def anna(world: World) -> int:
    person = world.person("Anna Schmidt", "Globex AG", email="anna@globex.example", notes="Loves Kraków")
    world.wrote(person, days_ago=100)  # her check-in is on Today
    return person


@pytest.fixture
def tom(world: World) -> int:
    person = world.person("Tom Weber", "Acme GmbH")
    world.wrote(person, days_ago=100)
    return person


@pytest.fixture
def window(qtbot: Any, make_window: Callable[..., MainWindow], anna: int, tom: int) -> MainWindow:
    made = make_window()
    wait_for_plan(qtbot, made)
    return made


def listed_names(window: MainWindow) -> list[str]:
    model = window.people.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def card_names(window: MainWindow) -> list[str]:
    return [card.info.name for card in window.today.cards]


def ask_to_erase(window: MainWindow, person_id: int) -> EraseDialog:
    window.open_person(person_id)
    assert window.menus.erase_action.isEnabled()
    window.menus.erase_action.trigger()  # Person → Erase person…
    dialog = window.people.person_page.dialog
    assert isinstance(dialog, EraseDialog)
    return dialog


def file_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_erasing_a_person_removes_them_from_people_today_search_and_the_file(
    qtbot: Any, window: MainWindow, anna: int, db_path: Path
) -> None:
    assert card_names(window) == ["Anna Schmidt", "Tom Weber"]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Person")
    assert window.menus.erase_action in menu.actions()

    dialog = ask_to_erase(window, anna)
    qtbot.waitExposed(dialog)

    assert dialog.title.text() == "Erase Anna Schmidt (Globex AG)?"
    assert "every interaction with them: messages, calls, meetings, rejections" in dialog.erased_list.lines()
    assert dialog.final.text() == "It cannot be undone."
    assert dialog.kept.text().startswith("Kept: an anonymous erasure record")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "Anna Schmid")
    assert not dialog.erase_button.isEnabled()  # not quite her name yet
    qtbot.keyClicks(dialog.typed, "t")
    assert dialog.erase_button.isEnabled()

    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() and dialog.busy.text().startswith("Erasing Anna Schmidt…")
    assert not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: window.people.person_page.dialog is None)

    assert listed_names(window) == ["Tom Weber"]
    assert window.people.detail_stack.currentWidget() is window.people.placeholder
    assert not window.menus.erase_action.isEnabled()
    assert window.statusBar().currentMessage() == "Anna Schmidt was erased, with everything about them."
    assert "Anna Schmidt" not in card_names(window)  # at once, before the engine is built again
    wait_for_plan(qtbot, window)
    assert card_names(window) == ["Tom Weber"]
    window.people.search_box.setText("Anna")
    window.people.apply_search()
    assert window.people.list_stack.currentWidget() is window.people.no_match
    assert count_people("Schmidt") == 0 and timeline(anna) == []
    assert Erasure.select().count() == 1
    DB.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = file_bytes(db_path)
    assert b"Schmidt" not in raw and b"anna@globex" not in raw and b"Krak" not in raw
    assert b"Weber" in raw  # (the file is readable: this test would notice her)


def test_cancel_erases_nothing(qtbot: Any, window: MainWindow, anna: int) -> None:
    entries = timeline(anna)
    dialog = ask_to_erase(window, anna)
    dialog.checkbox.setChecked(True)  # the alternative to typing the name
    assert dialog.erase_button.isEnabled()

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.people.person_page.dialog is None)
    assert listed_names(window) == ["Anna Schmidt", "Tom Weber"]
    assert window.people.person_page.header.name.text() == "Anna Schmidt"
    assert timeline(anna) == entries
    assert card_names(window) == ["Anna Schmidt", "Tom Weber"]
    assert Erasure.select().count() == 0


def test_the_button_on_the_person_pane_asks_the_same(qtbot: Any, window: MainWindow, tom: int) -> None:
    window.open_person(tom)
    page = window.people.person_page

    qtbot.mouseClick(page.header.erase_button, Qt.MouseButton.LeftButton)

    dialog = page.dialog
    assert isinstance(dialog, EraseDialog)
    assert dialog.title.text() == "Erase Tom Weber (Acme GmbH)?"
    dialog.reject()
    assert count_people("Weber") == 1
