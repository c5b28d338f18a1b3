"""One write path with one broadcast: writes run on the database executor, every page hears ``changed``."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.changes import Changes
from desktop.gui.dialogs.log_interaction import LogInteractionDialog
from desktop.gui.main_window import MainWindow
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
    assert last_contact(window, "Anna Schmidt") == "22 Nov 2025"
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
    assert last_contact(window, "Anna Schmidt") == "2 Mar 2026"  # the People row, from the broadcast
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
    window.sidebar.setCurrentRow(1)  # the People page shows Anna's row while Today works
    (card,) = window.today.cards

    with gui_thread_writes() as written, qtbot.waitSignal(window.ops.changed):
        window.today.mark_done(card)

    assert written == []
    assert threading.get_ident() not in window.ops.write_threads
    assert window.today.cards == []
    assert last_contact(window, "Anna Schmidt") == "2 Mar 2026"


def test_one_executor_runs_the_writes_in_the_order_they_were_started(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    order: list[int] = []

    def write(number: int) -> Callable[[], None]:
        return lambda: order.append(number)

    started = [window.ops.run(write(n), lambda _r: Changes()) for n in range(5)]

    qtbot.waitUntil(lambda: all(task.done for task in started))

    assert order == [0, 1, 2, 3, 4]
    assert len(window.ops.write_threads) == 1
