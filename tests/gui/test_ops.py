"""One write path with one broadcast: writes run on the database executor, every page hears ``changed``."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.changes import Changes
from desktop.core.openings import list_openings
from desktop.core.people import get_person, people_ids
from desktop.core.reconnect import snapshot
from desktop.core.settings import get_settings
from desktop.gui.dialogs.log_interaction import LogInteractionDialog
from desktop.gui.dialogs.new_person import NewPersonDialog
from desktop.gui.main_window import PEOPLE_ROW, MainWindow
from desktop.gui.people.model import PeopleModel
from desktop.store.models import DB
from tests.core.reconnect.scenario import World
from tests.gui.conftest import wait_for_plan

WRITES = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}


@contextmanager
def gui_thread_writes() -> Iterator[list[str]]:
    """Every table the GUI thread's own connection writes to while the block runs."""
    connection = DB.obj.connection()  # this (the GUI) thread's connection
    written: list[str] = []

    def authorize(action: int, table: str | None, *_rest: object) -> int:
        if action in WRITES:
            written.append(table or "?")
        return sqlite3.SQLITE_OK

    connection.set_authorizer(authorize)
    try:
        yield written
    finally:
        connection.set_authorizer(None)


def last_contact(window: MainWindow, name: str) -> str:
    model = window.people.model
    column = PeopleModel.COLUMNS.index("Last contact")
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return str(model.index(row, column).data())
    raise AssertionError(f"{name} is not listed")


def test_an_interaction_logged_on_the_person_page_reaches_people_and_today_through_the_broadcast(
    qtbot: Any, db: object, make_window: Callable[..., MainWindow]
) -> None:
    world = World()
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=100)  # a check-in is due
    bert = world.person("Bert Braun", "Globex AG")
    world.wrote(bert, days_ago=100)
    window = make_window()
    wait_for_plan(qtbot, window)
    assert [card.info.name for card in window.today.cards] == ["Anna Schmidt", "Bert Braun"]
    assert last_contact(window, "Anna Schmidt") == "22 Nov 2025 · due"  # 100 days: past the 90-day cadence
    window.open_person(anna)
    dialog = window.people.person_page.log_interaction()
    assert isinstance(dialog, LogInteractionDialog)
    dialog.select("call", "out")
    dialog.body.setPlainText("Caught up about the team.")
    heard: list[Changes] = []
    window.ops.changed.connect(heard.append)

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert written == []  # the GUI thread wrote nothing: the call went to the database on the executor
    assert window.ops.write_threads and threading.get_ident() not in window.ops.write_threads
    assert [change.people for change in heard] == [frozenset({anna})]  # one broadcast, naming Anna
    assert last_contact(window, "Anna Schmidt") == "2 Mar 2026 · fresh"  # the People row, from the broadcast
    assert [card.info.name for card in window.today.cards] == ["Bert Braun"]  # her check-in is done
    assert window.sidebar.item(0).text() == "Today (1)"
    top = window.people.person_page.timeline.entry_widgets()[0]
    assert top.body.text() == "Caught up about the team."


def test_marking_a_card_done_writes_on_the_executor_and_the_card_leaves(
    qtbot: Any, db: object, make_window: Callable[..., MainWindow]
) -> None:
    world = World()
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=100)
    window = make_window()
    wait_for_plan(qtbot, window)
    window.sidebar.setCurrentRow(PEOPLE_ROW)  # the People page shows Anna's row while Today works
    (card,) = window.today.cards

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed):
        window.today.mark_done(card)

    assert written == []
    assert threading.get_ident() not in window.ops.write_threads
    assert window.today.cards == []
    assert last_contact(window, "Anna Schmidt") == "2 Mar 2026 · fresh"


def test_one_executor_runs_the_writes_in_the_order_they_were_started(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    order: list[int] = []

    def write(number: int) -> Callable[[], Changes]:
        def append() -> Changes:
            order.append(number)
            return Changes()

        return append

    started = [window.ops.run(write(n)) for n in range(5)]

    qtbot.waitUntil(lambda: all(task.done for task in started))

    assert order == [0, 1, 2, 3, 4]
    assert len(window.ops.write_threads) == 1


def test_logging_a_rejection_from_someone_new_writes_on_the_executor(
    qtbot: Any, db: object, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    wait_for_plan(qtbot, window)
    dialog = window.log_rejection()
    dialog.person.setText("Nina Park")
    dialog.company.setText("Acme GmbH")
    dialog.role_title.setText("Data Analyst")
    heard: list[Changes] = []
    window.ops.changed.connect(heard.append)

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert written == []
    assert threading.get_ident() not in window.ops.write_threads
    (nina,) = people_ids("Nina Park")
    assert [(c.people, c.openings, c.processes) for c in heard] == [(frozenset({nina}), True, True)]
    assert [card.info.name for card in window.today.cards] == ["Nina Park"]  # the reply, from the broadcast


def test_a_new_person_is_added_on_the_executor(qtbot: Any, db: object, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    dialog = window.new_person()
    assert isinstance(dialog, NewPersonDialog)
    dialog.name.setText("Zoë Fischer")

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed) as broadcast:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert written == []
    assert threading.get_ident() not in window.ops.write_threads
    (zoe,) = people_ids("Zoë Fischer")
    assert broadcast.args[0].people == frozenset({zoe})


def test_adding_and_closing_an_opening_write_on_the_executor(
    qtbot: Any, db: object, make_window: Callable[..., MainWindow]
) -> None:
    world = World()
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, days_ago=30)
    window = make_window()
    wait_for_plan(qtbot, window)
    window.show_page(window.openings)
    page = window.openings
    dialog = page.add_opening()
    dialog.title.setText("Data Analyst")
    dialog.company.setText("Acme GmbH")

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed) as broadcast:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert written == []
    assert broadcast.args[0].openings
    assert [(o.title, o.status) for o in list_openings()] == [("Data Analyst", "open")]
    assert window.sidebar.item(0).text() == "Today (1)"  # Tom is worth asking about it

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed):
        qtbot.mouseClick(page.detail.status_button, Qt.MouseButton.LeftButton)

    assert written == []
    assert threading.get_ident() not in window.ops.write_threads
    assert [(o.title, o.status) for o in list_openings()] == [("Data Analyst", "closed")]
    assert window.sidebar.item(0).text() == "Today"
    assert page.detail.status_button.text() == "Reopen"


def test_the_plan_snapshot_is_kept_on_the_executor_after_the_build_and_at_closing(
    qtbot: Any, db: object, make_window: Callable[..., MainWindow]
) -> None:
    world = World()
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=100)

    with gui_thread_writes() as written:
        window = make_window()
        wait_for_plan(qtbot, window)
        qtbot.waitUntil(lambda: not window.ops.busy())
        kept = snapshot.load(DB.obj, world.today)
        at_start = list(written)
        bert = world.person("Bert Braun", "Globex AG")  # a write the plan has not seen: the snapshot is stale
        world.wrote(bert, days_ago=100)
        written.clear()  # (the test's own writes)
        window.keeper.refresh([bert])
        window.close()  # keeps the plan the window shows, and waits for it

    assert at_start == [] and written == []
    assert kept is not None and [card.name for card in kept.cards] == ["Anna Schmidt"]
    closed = snapshot.load(DB.obj, world.today)
    assert closed is not None and [card.name for card in closed.cards] == ["Anna Schmidt", "Bert Braun"]
    assert threading.get_ident() not in window.ops.write_threads


def test_the_rule_settings_are_saved_on_the_executor_and_today_follows(
    qtbot: Any, db: object, make_window: Callable[..., MainWindow]
) -> None:
    world = World()
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=70)  # a check-in is due after 90 days: not yet
    window = make_window()
    wait_for_plan(qtbot, window)
    assert window.sidebar.item(0).text() == "Today"
    dialog = window.open_settings()
    dialog.rules.fields["checkin_min_days"].setValue(60)

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed) as broadcast:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert written == []
    assert threading.get_ident() not in window.ops.write_threads
    assert broadcast.args[0] == Changes(settings=True)
    assert get_settings()["checkin_min_days"] == 60
    assert window.sidebar.item(0).text() == "Today (1)"
    assert window.dialog is None


def test_the_profile_is_saved_on_the_executor_and_the_people_list_follows(
    qtbot: Any, db: object, make_window: Callable[..., MainWindow]
) -> None:
    world = World()
    tom = world.person("Tom Weber", "Acme GmbH", title="Recruiter")
    window = make_window()
    window.open_person(tom)
    form = window.people.person_page.form
    form.lines["title"].setText("Head of Talent")

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed) as broadcast:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert written == []
    assert threading.get_ident() not in window.ops.write_threads
    assert broadcast.args[0].people == frozenset({tom})
    assert get_person(tom).title == "Head of Talent"
    assert window.people.person_page.header.subtitle.text() == "Head of Talent at Acme GmbH"
    assert not form.is_dirty()
    column = PeopleModel.COLUMNS.index("Title")
    qtbot.waitUntil(lambda: window.people.model.index(0, column).data() == "Head of Talent")  # the list follows


def test_saving_and_resetting_a_template_write_on_the_executor_and_announce_the_templates(
    qtbot: Any, db: object, make_window: Callable[..., MainWindow]
) -> None:
    from desktop.core.reconnect.drafts import shipped_text, template_text
    from desktop.gui.settings.dialog import TEMPLATES_TAB

    window = make_window()
    dialog = window.open_settings(TEMPLATES_TAB)
    editor = dialog.templates
    editor.select("check_in", "en")
    editor.editor.setPlainText("Hi {{ first_name }}, how are things?")
    assert editor.update_preview()

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed) as saved:
        editor.save()
    assert template_text("check_in", "en") == "Hi {{ first_name }}, how are things?"
    with gui_thread_writes() as written_too, qtbot.waitSignal(window.ops.changed) as reset:
        editor.reset()

    assert written == written_too == []
    assert threading.get_ident() not in window.ops.write_threads
    assert saved.args == [Changes(templates=True)] and reset.args == [Changes(templates=True)]
    assert template_text("check_in", "en") == shipped_text("check_in", "en")
    assert editor.state.text() == "As shipped"
    dialog.reject()


def test_a_merge_of_duplicates_writes_on_the_executor_and_announces_both_people(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int]
) -> None:
    from desktop.gui.duplicates.dialog import DuplicatesDialog

    first = person("Jan Visser")
    second = person("Visser, Jan")
    window = make_window()
    window.menus.duplicates_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, DuplicatesDialog)
    qtbot.waitUntil(lambda: not dialog.loading)

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed) as merged:
        assert dialog.merge()

    assert written == []
    (kept,) = people_ids()
    gone = ({first, second} - {kept}).pop()
    assert merged.args == [Changes(people=frozenset({kept}), erased=frozenset({gone}))]
    qtbot.waitUntil(lambda: not dialog.loading)
    dialog.reject()
