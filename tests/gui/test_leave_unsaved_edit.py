"""An unsaved edit of the open person is never dropped by a change of database: restoring a backup, or switching
to a team server in Settings → Database, first asks Save / Discard / Cancel, as leaving the person does."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.people import get_person
from desktop.gui.main_window import MainWindow
from desktop.gui.services.session import restore_when_left
from desktop.gui.settings.dialog import DATABASE_TAB
from desktop.store import maintenance
from desktop.store.models import DB, is_team
from tests import pg_server
from tests.gui.conftest import wait_for_plan
from tests.memory_keyring import MemoryKeyring, install_memory_keyring

Button = QMessageBox.StandardButton


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Callable[[Button], list[str]]:
    """Answer every message box with ``answer``; the list of what was asked."""

    def answering(answer: Button) -> list[str]:
        asked: list[str] = []

        def ask(box: QMessageBox) -> Button:
            asked.append(box.text())
            return answer

        monkeypatch.setattr(QMessageBox, "exec", ask)
        return asked

    return answering


def _editing(qtbot: Any, window: MainWindow, person_id: int, title: str) -> None:
    wait_for_plan(qtbot, window)
    window.people.show_person(person_id)
    window.people.person_page.form.lines["title"].setText(title)
    assert window.people.person_page.form.is_dirty()


def _title_in(path: Path, name: str) -> str | None:
    with sqlite3.connect(path) as kept:
        row = kept.execute("SELECT title FROM person WHERE name = ?", [name]).fetchone()
    return None if row is None else row[0]


@pytest.mark.parametrize(
    ("answer", "restored", "kept_title"),
    [(Button.Cancel, False, None), (Button.Discard, True, None), (Button.Save, True, "Head of Talent")],
    ids=["cancel", "discard", "save"],
)
def test_a_restore_asks_to_save_or_discard_the_open_edit_first(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    person: Callable[..., int],
    questions: Callable[[Button], list[str]],
    db_path: Path,
    answer: Button,
    restored: bool,
    kept_title: str | None,
) -> None:
    anna = person("Anna Schmidt")
    backup = maintenance.backup()
    window = make_window()
    _editing(qtbot, window, anna, "Head of Talent")
    asked = questions(answer)

    restore_when_left(window.session, backup)  # the restore dialog's choice
    assert asked == ["Save the changes to Anna Schmidt?"]
    if not restored:  # Cancel: nothing restored, the edit still there to save
        assert not window.session.busy and not list(db_path.parent.glob("rebound.db.before-restore-*"))
        assert window.people.person_page.form.lines["title"].text() == "Head of Talent"
        assert window.people.person_page.form.is_dirty()
        return
    qtbot.waitUntil(lambda: bool(list(db_path.parent.glob("rebound.db.before-restore-*"))), timeout=30_000)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=30_000)
    (before,) = db_path.parent.glob("rebound.db.before-restore-*")
    assert _title_in(before, "Anna Schmidt") == kept_title  # saved: in the database as it was before the restore
    assert get_person(anna).title is None  # the backup's
    assert window.people.person_page.form.lines["title"].text() == ""
    assert not window.people.person_page.form.is_dirty()
    wait_for_plan(qtbot, window)


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    return install_memory_keyring(monkeypatch)


@pytest.fixture
def server_database(pg: pg_server.Server) -> Iterator[str]:
    name = "rebound_unsaved_switch"
    pg.create_database(name)
    yield name
    pg.drop_database(name)


@pytest.mark.parametrize("answer", [Button.Cancel, Button.Save], ids=["cancel", "save"])
def test_switching_to_a_team_server_asks_to_save_the_open_edit_first(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    person: Callable[..., int],
    questions: Callable[[Button], list[str]],
    pg: pg_server.Server,
    server_database: str,
    keyring: MemoryKeyring,
    answer: Button,
) -> None:
    fiona = person("Fiona File")
    window = make_window()
    _editing(qtbot, window, fiona, "Recruiter")
    tab = window.open_settings(DATABASE_TAB).database
    tab.host.setText("127.0.0.1")
    tab.port.setValue(pg.port)
    tab.database.setText(server_database)
    tab.user.setText(pg_server.SUPERUSER)
    tab.password.setText(pg.password)
    asked = questions(answer)

    if answer == Button.Cancel:
        assert tab.use_server() is None
        assert asked == ["Save the changes to Fiona File?"]
        assert not is_team(DB.obj) and not window.session.busy
        assert window.people.person_page.form.lines["title"].text() == "Recruiter"
        assert window.people.person_page.form.is_dirty()
        return
    with qtbot.waitSignal(window.session.reopened, timeout=30_000):
        tab.use_server()
    assert asked == ["Save the changes to Fiona File?"]
    assert is_team(DB.obj)
    with qtbot.waitSignal(window.session.reopened, timeout=30_000):
        tab.back_to_file()
    assert get_person(fiona).title == "Recruiter"  # saved in the file before the window left it
    wait_for_plan(qtbot, window)
    qtbot.waitUntil(lambda: not window.session.others_busy(), timeout=10_000)
    window.runner.wait()
