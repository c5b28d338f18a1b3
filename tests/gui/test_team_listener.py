"""Team mode in the window: another desktop's change appears within 2 seconds (LISTEN/NOTIFY → ``changed``), and
a server that goes away is a banner until it is back (the listener reconnects by itself)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt

from desktop.core.changes import Changes
from desktop.gui.main_window import MainWindow
from desktop.gui.services.ops import Ops
from desktop.gui.services.team_listener import TeamListener, changes_of
from desktop.store import postgres
from desktop.store.database import close_database
from tests import pg_server
from tests.gui.conftest import wait_for_plan

VISIBLE_WITHIN_MS = 2_000  # the budget: a change made on one desktop visible on the others


def _names(window: MainWindow) -> list[str]:
    model = window.people.model
    return [str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())]


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_person_added_on_another_desktop_appears_in_the_people_list(
    qtbot: Any, make_window: Callable[..., MainWindow], pg_url: str, backend: str
) -> None:
    window = make_window()
    assert window.team_listener is not None
    qtbot.waitUntil(window.team_listener.listening.is_set)
    with psycopg.connect(pg_url, autocommit=True) as other_desktop:
        with qtbot.waitSignal(window.ops.changed, timeout=VISIBLE_WITHIN_MS) as heard:
            other_desktop.execute("INSERT INTO person (name, sort_key) VALUES ('Zora Remote', 'zora remote')")
    assert heard.args[0].everything
    qtbot.waitUntil(lambda: "Zora Remote" in _names(window), timeout=VISIBLE_WITHIN_MS)
    wait_for_plan(qtbot, window)  # the re-plan the change started, done before the database goes
    window.runner.wait()


def test_a_lost_server_is_said_once_and_the_listener_comes_back_by_itself(qtbot: Any) -> None:
    server = pg_server.start_server()
    try:
        db = postgres.open_postgres(server.create_database("listened"))
        ops = Ops()
        listener = TeamListener(db, ops)
        lost: list[str] = []
        listener.lost.connect(lost.append)
        listener.start()
        qtbot.waitUntil(listener.listening.is_set)
        with qtbot.waitSignal(listener.lost, timeout=10_000):
            server.stop("immediate")
        server.start()
        with qtbot.waitSignals([listener.back, ops.changed], timeout=15_000):
            pass
        assert len(lost) == 1 and "listened" in lost[0] and server.password not in lost[0]
        listener.stop()
    finally:
        close_database()
        pg_server.remove_server(server)


def test_what_a_notification_means_to_the_pages() -> None:
    assert changes_of(["opening"]) == Changes(openings=True)
    assert changes_of(["process_contact", "setting"]) == Changes(processes=True, settings=True)
    assert changes_of(["interaction"]) == Changes(everything=True)
