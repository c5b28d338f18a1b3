"""The start: the page last used opens with its content in the window's first picture, the other pages are
built after it (or at once when a user asks for them), and the work left for after the first paint finishes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

from desktop.core.timeline import log_interaction
from desktop.gui.actions.palette import chosen
from desktop.gui.main_window import PEOPLE_ROW, TODAY_ROW, MainWindow
from desktop.gui.palette.dialog import Entry
from tests.gui.conftest import NOW, wait_for_plan


@contextmanager
def unshown_window(settings_file: Path) -> Iterator[MainWindow]:
    """A window as ``rebound`` has it just before its first ``show()``: built, never painted."""
    window = MainWindow(settings=QSettings(str(settings_file), QSettings.Format.IniFormat), clock=lambda: NOW)
    try:
        yield window
    finally:
        window.runner.wait()
        window.close()
        window.ops.wait()
        window.deleteLater()


def two_due_check_ins(person: Callable[..., int]) -> None:
    for name in ("Tom Weber", "Ana Silva"):
        someone = person(name, email=f"{name.split()[0].lower()}@acme.example")
        log_interaction(someone, "email", "out", datetime(2025, 10, 1, 9, 0), body="Hello")


def test_a_window_opening_on_today_has_the_kept_cards_before_it_is_first_shown(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int], settings_file: Path
) -> None:
    two_due_check_ins(person)
    first = make_window()
    wait_for_plan(qtbot, first)
    first.close()  # on Today: keeps its first cards for the next start

    with unshown_window(settings_file) as window:
        page = window.built_today_page
        assert page is not None and window.pages.currentWidget() is page
        assert page.snapshot_view is not None and page.views.currentWidget() is page.snapshot_view
        assert [card.info.name for card in page.snapshot_view.cards] == ["Ana Silva", "Tom Weber"]
        assert window.sidebar.item(TODAY_ROW).text() == "Today (2)"
        assert window.built_people_page is None  # People follows the first paint
        assert window.keeper.engine is None and not window.keeper.loading


def test_a_kept_card_opened_before_the_plan_is_ready_shows_its_draft_with_its_buttons_waiting(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int], settings_file: Path
) -> None:
    two_due_check_ins(person)
    first = make_window()
    wait_for_plan(qtbot, first)
    first.close()

    with unshown_window(settings_file) as window:
        page = window.built_today_page
        assert page is not None and page.snapshot_view is not None
        second = page.snapshot_view.cards[1]
        assert not second.expanded
        second.set_expanded(True)
        assert second.message_body().startswith("Hi Tom")
        assert not any(button.isEnabled() for button in second.findChildren(QPushButton))


def test_the_engine_plan_replaces_the_kept_cards_and_their_buttons_work(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int]
) -> None:
    two_due_check_ins(person)
    first = make_window()
    wait_for_plan(qtbot, first)
    first.close()

    second = make_window()
    wait_for_plan(qtbot, second)
    qtbot.waitUntil(lambda: second.today.snapshot_view is None)

    assert second.today.views.currentWidget() is second.today.plan_view
    assert [card.info.name for card in second.today.cards] == ["Ana Silva", "Tom Weber"]
    assert second.today.cards[0].done_button.isEnabled()
    qtbot.waitUntil(lambda: second.built_people_page is not None)  # built after the first paint
    assert second.people.model.rowCount() == 2
    assert second.count_label.text() == "2 people"


def test_a_window_opening_on_people_has_its_rows_before_it_is_first_shown(
    make_window: Callable[..., MainWindow], person: Callable[..., int], settings_file: Path
) -> None:
    person("Tom Weber")
    person("Ana Silva")
    first = make_window()
    first.sidebar.setCurrentRow(PEOPLE_ROW)
    first.close()

    with unshown_window(settings_file) as window:
        assert window.pages.currentWidget() is window.built_people_page
        assert window.people.model.rowCount() == 2
        assert window.count_label.text() == "2 people"
        assert window.built_today_page is None


def test_people_not_yet_built_is_complete_when_reached_by_the_sidebar(
    person: Callable[..., int], settings_file: Path
) -> None:
    person("Tom Weber")
    with unshown_window(settings_file) as window:
        assert window.built_people_page is None

        window.sidebar.setCurrentRow(PEOPLE_ROW)

        assert window.pages.currentWidget() is window.built_people_page
        assert window.people.model.rowCount() == 1
        assert window.count_label.text() == "1 person"


def test_people_not_yet_built_is_complete_when_reached_by_ctrl_3(
    person: Callable[..., int], settings_file: Path
) -> None:
    person("Tom Weber")
    with unshown_window(settings_file) as window:
        assert window.built_people_page is None
        assert window.menus.page_actions[PEOPLE_ROW].shortcut().toString() == "Ctrl+3"

        window.menus.page_actions[PEOPLE_ROW].trigger()

        assert window.pages.currentWidget() is window.built_people_page
        assert window.sidebar.currentRow() == PEOPLE_ROW
        assert window.people.model.rowCount() == 1


def test_people_not_yet_built_is_complete_when_reached_by_ctrl_f(
    person: Callable[..., int], settings_file: Path
) -> None:
    person("Tom Weber")
    with unshown_window(settings_file) as window:
        assert window.built_people_page is None
        assert window.menus.find_action.shortcut().toString() == "Ctrl+F"

        window.menus.find_action.trigger()

        assert window.pages.currentWidget() is window.built_people_page
        assert window.people.model.rowCount() == 1


def test_people_not_yet_built_opens_the_person_chosen_in_the_palette(
    qtbot: Any, person: Callable[..., int], settings_file: Path
) -> None:
    person("Tom Weber")
    ana = person("Ana Silva")
    with unshown_window(settings_file) as window:
        assert window.built_people_page is None
        palette = window.open_palette()

        chosen(window, palette, Entry("person", ana, "Ana Silva", "", person_id=ana))
        palette.close()

        assert window.pages.currentWidget() is window.built_people_page
        qtbot.waitUntil(lambda: window.people.open_person_id == ana)
        assert window.people.person_page.header.name.text() == "Ana Silva"
