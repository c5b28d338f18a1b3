"""The main window: navigation, remembered geometry, demo data in a worker, the status bar (import: see
test_import_wizard.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt

from desktop.core.people import count_people, find_person, get_person
from desktop.gui.dialogs.error_report import ErrorReportDialog
from desktop.gui.main_window import OPENINGS_ROW, PEOPLE_ROW, MainWindow
from desktop.gui.services.workers import Task
from tests.gui.conftest import NOW, shown_notice, wait_for_plan


def test_the_app_opens_on_today_and_the_sidebar_leads_to_people_and_openings(
    qtbot: Any, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    wait_for_plan(qtbot, window)

    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Today", "Applications", "People", "Companies", "Openings", "Network", "Insights",
    ]  # fmt: skip
    assert window.pages.currentWidget() is window.today
    window.sidebar.setCurrentRow(PEOPLE_ROW)
    assert window.pages.currentWidget() is window.people


def test_window_size_and_splitter_are_restored_in_a_new_window(
    make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    first = make_window()
    first.resize(780, 540)  # inside the offscreen screen (800×600): restoreGeometry keeps windows on screen
    first.people.splitter.setSizes([300, 600])
    sizes = first.people.splitter.sizes()
    first.close()

    second = make_window()

    assert second.size() == QSize(780, 540)
    assert second.people.splitter.sizes() == sizes


def test_the_page_open_at_closing_is_the_page_shown_at_the_next_start(
    make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    first = make_window()
    first.sidebar.setCurrentRow(OPENINGS_ROW)
    assert first.pages.currentWidget() is first.openings
    first.close()

    second = make_window()

    assert second.pages.currentWidget() is second.openings
    assert second.sidebar.currentItem().text() == "Openings"


def test_a_window_opening_on_people_builds_today_after_its_first_paint_with_its_menus_and_count(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    from datetime import datetime, time

    from desktop.core.reconnect.engine import Engine
    from desktop.interop.demo import DEMO_ANCHOR, load_demo

    load_demo(DEMO_ANCHOR)
    first = make_window(now=datetime.combine(DEMO_ANCHOR, time(9, 0)))
    first.sidebar.setCurrentRow(PEOPLE_ROW)
    first.close()

    second = make_window(now=datetime.combine(DEMO_ANCHOR, time(9, 0)))
    assert second.pages.currentWidget() is second.people
    wait_for_plan(qtbot, second)

    plan, _coming = Engine().today_and_coming(DEMO_ANCHOR)
    assert second.sidebar.item(0).text() == f"Today ({len(plan)})"  # the count shows without opening Today
    page = second.today
    edit = [a.text() for a in second.menus.edit_menu.actions() if not a.isSeparator()]
    assert edit[0] == page.undo_action.text()  # Undo leads the Edit menu, as on a window opened on Today
    assert second.menus.today_menu.actions() == list(page.card_actions)
    second.sidebar.setCurrentRow(0)
    assert second.pages.currentWidget() is page
    assert page.cards and page.cards[0].suggestion.key == plan[0].key


def test_the_page_a_window_opens_on_is_the_only_one_built_before_it_is_shown(
    make_window: Callable[..., MainWindow], settings_file: Any
) -> None:
    from PySide6.QtCore import QSettings

    first = make_window()
    first.sidebar.setCurrentRow(PEOPLE_ROW)
    first.close()

    hidden = MainWindow(settings=QSettings(str(settings_file), QSettings.Format.IniFormat), clock=lambda: NOW)
    try:
        assert hidden.pages.currentWidget() is hidden.people
        assert hidden._today_page is None and hidden._openings is None  # Today follows the first paint
        assert [a.text() for a in hidden.menus.today_menu.actions()] == []
        hidden.menus.today_menu.aboutToShow.emit()  # opening the Today menu early builds the page it lists
        assert hidden.menus.today_menu.actions() == list(hidden.today.card_actions)
    finally:
        hidden.runner.wait()
        hidden.close()
        hidden.deleteLater()


def test_a_window_closed_before_its_start_up_steps_starts_no_engine(
    make_window: Callable[..., MainWindow], settings_file: Any, person: Callable[..., int]
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    person("Tom Weber")
    first = make_window()
    first.sidebar.setCurrentRow(PEOPLE_ROW)
    first.close()

    window = MainWindow(settings=QSettings(str(settings_file), QSettings.Format.IniFormat), clock=lambda: NOW)
    try:
        window.close()  # before the first paint's follow-up work ran
        window._after_first_paint()
        for _ in range(5):  # the turns of the event loop the steps would have taken
            QApplication.processEvents()
        assert window.built_today_page is None and window.keeper.engine is None and not window.keeper.loading
    finally:
        window.runner.wait()
        window.deleteLater()


def test_a_today_page_made_after_the_engine_shows_the_plan_at_once(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    from datetime import datetime, time

    from desktop.gui.today.page import TodayPage
    from desktop.interop.demo import DEMO_ANCHOR, load_demo

    load_demo(DEMO_ANCHOR)
    now = datetime.combine(DEMO_ANCHOR, time(9, 0))
    window = make_window(now=now)
    wait_for_plan(qtbot, window)

    late = TodayPage(window.keeper, lambda: now)
    qtbot.addWidget(late)
    assert late.views.currentWidget() is late.plan_view
    assert [c.suggestion.key for c in late.cards] == [c.suggestion.key for c in window.today.cards]


def test_load_demo_data_from_the_empty_page(qtbot: Any, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert window.menus.load_demo_action.isEnabled()

    window.people.welcome.load_demo_button.click()
    assert not window.people.welcome.isEnabled()  # no second start while the demo loads
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("The demo is in"), timeout=20000)

    assert shown_notice(window) is None  # no box to click away
    people = count_people()
    assert people > 10
    assert window.statusBar().currentMessage().startswith(f"The demo is in: {people} new people, ")
    assert window.statusBar().currentMessage().endswith(" messages. Today shows whom to write to first.")
    assert window.people.views.currentWidget() is window.people.splitter
    assert window.people.person_page.person is not None  # the first person opens
    assert not window.menus.load_demo_action.isEnabled()  # demo data goes into an empty database only

    # "Show them" beside the message opens the People page, from wherever the user went meanwhile
    offer = window.jobs.offer_button
    assert offer.isVisible() and offer.text() == "Show them"
    window.show_page(window.today)
    offer.click()
    assert window.pages.currentWidget() is window.people
    assert not offer.isVisible()  # done once


def test_an_unexpected_error_in_a_worker_opens_a_copyable_report(
    qtbot: Any, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()

    def explode(_task: Task) -> None:
        raise ZeroDivisionError("the numbers went wrong")

    window.jobs.run("Working…", explode, lambda _result: None, "Not done")
    qtbot.waitUntil(lambda: window.findChild(ErrorReportDialog) is not None)

    dialog = window.findChild(ErrorReportDialog)
    assert isinstance(dialog, ErrorReportDialog)
    assert "ZeroDivisionError: the numbers went wrong" in dialog.report.toPlainText()
    assert dialog.report.isReadOnly()
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()
    qtbot.waitUntil(lambda: not window.runner.busy())
    assert not window.progress.isVisible()
    dialog.reject()


def test_the_status_bar_counts_people(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    window = make_window()  # on Today: People (and the count) is built right after the first paint

    qtbot.waitUntil(lambda: window.count_label.text() == "1 person")
    qtbot.waitUntil(lambda: window.people.open_person_id is not None)  # opened after the first paint
    assert window.people.person_page.header.name.text() == get_person(find_person("Tom Weber")).name


def test_ctrl_q_quits_and_the_window_comes_back_where_it_was(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    window = make_window()
    window.resize(760, 520)

    qtbot.keyClick(window.people.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())

    assert make_window().size() == QSize(760, 520)


def test_a_task_reports_progress_and_says_stop_once_cancelled(qtbot: Any) -> None:
    task = Task(lambda _task: None)

    with qtbot.waitSignal(task.signals.progress) as report:
        assert task.step(1, 4) is True
    assert report.args == [1, 4]
    task.cancel()
    assert task.step(2, 4) is False  # what makes import_archive roll back


def test_ctrl_numbers_switch_pages_and_help_lists_the_shortcuts_and_the_data_folder(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    from desktop.config import data_dir
    from desktop.gui.dialogs.about import AboutDialog, ShortcutsDialog

    window = make_window()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.people
    qtbot.keyClick(window.sidebar, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.openings
    qtbot.keyClick(window.sidebar, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.today
    assert window.sidebar.focusPolicy() == Qt.FocusPolicy.StrongFocus  # Tab reaches the sidebar

    shortcuts = window.show_shortcuts()
    assert isinstance(shortcuts, ShortcutsDialog)
    rows = dict(shortcuts.rows())
    assert rows["People"] == "Ctrl+3" and rows["Settings"] == "Ctrl+," and rows["Mark done"] == "Ctrl+Return"
    shortcuts.close()
    about = window.show_about()
    assert isinstance(about, AboutDialog)
    assert about.title.text() == "Rebound 0.1.0"
    assert about.licence.text() == "Licence: MIT"
    assert about.folder.text() == f"Your data: {data_dir()}"
    about.close()


def test_ctrl_shift_n_adds_a_new_person_and_shows_their_page(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    from desktop.gui.dialogs.new_person import NewPersonDialog

    window = make_window()
    qtbot.keyClick(
        window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = window.dialog
    assert isinstance(dialog, NewPersonDialog)
    qtbot.waitExposed(dialog)
    dialog.name.setText("Zoë Fischer")
    dialog.email.setText("zoe@example.com")
    with qtbot.waitSignal(window.ops.changed):  # written on the database executor, then announced
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    person = get_person(find_person("Zoë Fischer"))
    assert person.email == "zoe@example.com"
    assert window.pages.currentWidget() is window.people
    assert window.statusBar().currentMessage() == "Zoë Fischer was added to Rebound."


def test_after_an_import_the_status_bar_says_people_and_messages_and_offers_show_them(
    qtbot: Any, make_window: Callable[[], MainWindow]
) -> None:
    from desktop.gui.actions.importing import _imported
    from desktop.interop.people_import import ImportSummary

    window = make_window()
    window.show_page(window.today)
    _imported(window, ImportSummary(created=20, new_people=13, messages=9, skipped=1))
    assert window.statusBar().currentMessage() == "Import finished: 13 new people, 9 messages, 1 row skipped."
    assert shown_notice(window) is None  # no box to click away
    window.jobs.offer_button.click()
    assert window.pages.currentWidget() is window.people

    _imported(window, ImportSummary(unchanged=4))  # nothing new: nothing to show
    assert window.statusBar().currentMessage() == "Import finished: 0 new people, 0 messages."
    assert not window.jobs.offer_button.isVisible()
