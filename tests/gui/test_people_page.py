"""The People page: search as you type, a lazy list, the detail pane, the empty states."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.core.people import create_person
from desktop.gui.importing.wizard import CHOOSE, ImportWizard
from desktop.gui.main_window import PEOPLE_ROW, MainWindow
from desktop.gui.people.page import PeoplePage
from desktop.store.models import DB


@pytest.fixture
def make_window(make_window: Callable[..., MainWindow]) -> Callable[..., MainWindow]:
    """Main windows showing the People page (the app opens on Today), where these tests begin."""

    def make(**kwargs: Any) -> MainWindow:
        window = make_window(**kwargs)
        window.show_page(window.people)
        return window

    return make


def names_listed(page: PeoplePage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def click_row(qtbot: Any, page: PeoplePage, row: int) -> None:
    table = page.table
    rect = table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_typing_filters_the_list_and_folds_accents(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Zoë Martin", company="Nordlicht Analytics")
    person("Tom Weber", company="Acme")
    person("Anna Schmidt")
    window = make_window()
    page = window.people
    assert len(names_listed(page)) == 3

    page.search_box.setFocus()
    with qtbot.waitSignal(page.searched, timeout=2000):
        qtbot.keyClicks(page.search_box, "zoe")

    assert names_listed(page) == ["Zoë Martin"]
    assert window.count_label.text() == "1 of 3 people"


def test_search_waits_for_a_pause_in_typing(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Zoë Martin")
    person("Tom Weber")
    page = make_window().people
    searches: list[str] = []
    page.searched.connect(searches.append)

    qtbot.keyClicks(page.search_box, "tom")
    qtbot.waitUntil(lambda: searches == ["tom"])  # one search for three key presses

    assert names_listed(page) == ["Tom Weber"]


def test_a_search_that_finds_nobody_says_so(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    page = make_window().people

    with qtbot.waitSignal(page.searched):
        qtbot.keyClicks(page.search_box, "<b>xyz</b>")

    assert page.list_stack.currentWidget() is page.no_match
    assert page.no_match.message.text() == "No one matches “<b>xyz</b>”."
    assert page.no_match.message.textFormat() == Qt.TextFormat.PlainText

    qtbot.mouseClick(page.no_match.clear_button, Qt.MouseButton.LeftButton)
    assert page.search_box.text() == ""
    assert names_listed(page) == ["Tom Weber"]


def test_escape_clears_the_search(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    person("Zoë Martin")
    page = make_window().people
    with qtbot.waitSignal(page.searched):
        qtbot.keyClicks(page.search_box, "tom")

    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)

    assert page.search_box.text() == ""
    assert len(names_listed(page)) == 2


def test_the_list_loads_rows_in_windows_not_all_at_once(
    qtbot: Any, make_window: Callable[[], MainWindow], db: object
) -> None:
    with DB.atomic():
        for number in range(1000):
            create_person({"name": f"Person {number:04d}", "company": f"Company {number % 7}"})
    window = make_window()
    window.sidebar.setCurrentRow(PEOPLE_ROW)  # the list as a user scrolls it: on screen…
    qtbot.waitUntil(lambda: window.people.open_person_id is not None)  # …once the first person has opened
    model = window.people.model

    assert model.rowCount() == 1000
    assert window.count_label.text() == "1,000 people"
    qtbot.waitUntil(lambda: model.rows_loaded > 0)  # the first paint reads what the screen shows
    assert model.rows_loaded <= model.WINDOW  # only what the screen shows was read

    table = window.people.table
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rows_loaded > model.WINDOW)
    bottom = table.indexAt(QPoint(4, table.viewport().height() - 4))
    assert bottom.data() == "Person 0999"
    assert model.rows_loaded < 1000  # the middle was never read


def test_the_first_person_opens_and_a_click_opens_another(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Anna Schmidt", title="Recruiter", company="Acme")
    person("Tom Weber", title="Hiring manager", company="Globex")
    window = make_window()
    page = window.people
    qtbot.waitUntil(lambda: page.open_person_id is not None)  # the first person opens after the first paint
    assert page.detail_stack.currentWidget() is page.person_page
    assert page.person_page.header.name.text() == "Anna Schmidt"

    click_row(qtbot, page, 1)

    assert page.person_page.header.name.text() == "Tom Weber"
    assert page.person_page.header.subtitle.text() == "Hiring manager at Globex"
    assert window.menus.add_note_action.isEnabled()


def test_the_list_shows_the_columns_of_a_person(
    make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Anna Schmidt", title="Senior Recruiter", company="Acme GmbH", role="recruiter")
    model = make_window().people.model

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = [model.index(0, c).data() for c in range(model.columnCount())]

    assert headers == ["Name", "Company", "Title", "Role", "Last contact"]
    assert row == ["Anna Schmidt", "Acme GmbH", "Senior Recruiter", "Recruiter", ""]


def test_an_empty_database_explains_rebound_and_offers_two_ways_in(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    page = window.people

    assert page.views.currentWidget() is page.welcome
    assert page.welcome.load_demo_button.isVisible()
    assert page.welcome.import_button.isVisible()
    assert page.welcome.load_demo_button.text() == "Load demo data"
    assert page.welcome.import_button.text() == "Import…"
    assert "job process" in page.welcome.text.text()
    assert window.count_label.text() == "0 people"

    page.welcome.import_button.click()

    wizard = window.dialog
    assert isinstance(wizard, ImportWizard)  # the import wizard opened, on its first step
    assert wizard.step == CHOOSE
    wizard.reject()


def test_ctrl_f_focuses_the_search_box(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    window = make_window()
    window.people.table.setFocus()
    qtbot.waitUntil(window.people.table.hasFocus)

    qtbot.keyClick(window.people.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(window.people.search_box.hasFocus)


def test_enter_in_the_search_box_moves_to_the_first_match(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Anna Schmidt")
    person("Tom Weber")
    page = make_window().people
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "tom")

    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # before the pause: the search runs at once

    assert names_listed(page) == ["Tom Weber"]
    assert page.table.hasFocus()
    assert page.person_page.header.name.text() == "Tom Weber"


def test_the_detail_pane_follows_the_search(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Anna Schmidt", company="Acme")
    person("Tom Weber", company="Globex")
    window = make_window()
    page = window.people
    qtbot.waitUntil(lambda: page.open_person_id is not None)
    assert page.person_page.header.name.text() == "Anna Schmidt"

    page.search_box.setText("weber")
    page.apply_search()
    assert names_listed(page) == ["Tom Weber"]
    assert page.person_page.header.name.text() == "Tom Weber"  # the first hit, not Anna, who is not listed

    page.search_box.setText("nobody by this name")
    page.apply_search()
    assert page.detail_stack.currentWidget() is page.placeholder  # no one, as the list

    page.clear_search()
    assert page.detail_stack.currentWidget() is page.person_page  # the whole list: someone again


def test_tab_leaves_the_people_table(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Anna Schmidt")
    window = make_window()
    assert not window.people.table.tabKeyNavigation()  # Tab goes on to the detail pane, not cell by cell


def test_reopening_restores_the_page_and_the_person(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Anna Schmidt")
    tom = person("Tom Weber")
    window = make_window()
    page = window.people
    qtbot.waitUntil(lambda: page.open_person_id is not None)
    page.show_person(tom)
    window.close()

    again = make_window()  # the same settings file
    qtbot.waitUntil(lambda: again.people.open_person_id is not None)
    assert again.pages.currentWidget() is again.people
    assert again.people.open_person_id == tom
    assert again.people.table.currentIndex().row() == 1


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_every_column_of_the_people_list_is_in_view(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int], size: tuple[int, int]
) -> None:
    person("Anna Schmidt", company="Nordlicht Analytics GmbH", title="Senior Talent Acquisition Partner")
    window = make_window()
    window.resize(*size)
    page = window.people
    qtbot.waitUntil(lambda: page.open_person_id is not None)
    table = page.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(header.count())) <= table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()  # "Last contact" is not behind a scroll bar
    assert header.sectionSize(0) == 150  # the name keeps its width; company and title gave way
    # the person pane yielded the width: its buttons show their icons, their words in the tooltip
    buttons = page.person_page.header
    assert buttons.compact and buttons.add_note_button.text() == ""
    assert buttons.add_note_button.toolTip() == "Add note"
    window.resize(1920, 1080)  # room again: the words come back
    qtbot.waitUntil(lambda: not buttons.compact)
    assert buttons.add_note_button.text() == "Add note" and buttons.add_note_button.toolTip() == ""


def test_a_search_with_many_matches_lists_a_window_at_a_time_and_says_there_are_more(
    qtbot: Any, make_window: Callable[[], MainWindow], db: object
) -> None:
    with DB.atomic():
        for number in range(450):
            create_person({"name": f"Anna Nr{number:03d}"})
        for number in range(30):
            create_person({"name": f"Ben Nr{number:03d}"})
    window = make_window()
    page, model = window.people, window.people.model

    with qtbot.waitSignal(page.searched, timeout=2000):
        qtbot.keyClicks(page.search_box, "anna")

    assert model.rowCount() == 200  # never counted: the first window is all that was read
    assert window.count_label.text() == "200+ of 480 people"
    page.table.scrollToBottom()  # the view asks for the next window at the end
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    assert window.count_label.text() == "400+ of 480 people"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert not model.more
    assert window.count_label.text() == "450 of 480 people"
    assert names_listed(page)[-3:] == ["Anna Nr447", "Anna Nr448", "Anna Nr449"]


def test_a_search_read_again_finds_a_person_listed_beyond_its_first_window(qtbot: Any, db: object) -> None:
    from desktop.gui.people.model import PeopleModel

    with DB.atomic():
        ids = [create_person({"name": f"Anna Nr{number:03d}"}).value for number in range(450)]
    model = PeopleModel()
    model.search("anna")
    model.fetchMore()
    assert model.person_id(350) == ids[350]
    model.refresh()  # a change elsewhere: the search is read again from its first window
    assert model.rowCount() == 200
    assert model.find_row(ids[350], near=350) == 350
    assert model.rowCount() == 400
