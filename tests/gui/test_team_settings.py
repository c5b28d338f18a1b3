"""Settings → Database against the real PostgreSQL the tests start: test the connection (each refusal one line, the
password in none), use the server (the password only in the keyring, remembered for the next start, the window
reopened on it) and go back to the file, and move the file's data over with progress and Cancel."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.people import create_person
from desktop.gui.main_window import MainWindow
from desktop.gui.services.window_state import DATABASE_URL_KEY, remembered_database_url
from desktop.gui.settings.database import DatabaseTab
from desktop.gui.settings.dialog import DATABASE_TAB
from desktop.interop.archive import export_document
from desktop.store.models import DB, Person, is_team
from tests import pg_server
from tests.gui.conftest import wait_for_plan
from tests.memory_keyring import MemoryKeyring, install_memory_keyring

_names = itertools.count(1)


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "generator"}


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    return install_memory_keyring(monkeypatch)


@pytest.fixture
def empty_database(pg: pg_server.Server) -> Iterator[str]:
    """A new database on the session's server with no schema (its name)."""
    name = f"rebound_settings_{next(_names)}"
    pg.create_database(name)
    yield name
    pg.drop_database(name)


@pytest.fixture
def window(qtbot: Any, make_window: Callable[..., MainWindow]) -> MainWindow:
    made = make_window()
    wait_for_plan(qtbot, made)
    return made


def settle(qtbot: Any, window: MainWindow) -> None:
    """The work a reopening started (the re-plan, the lists) is done before the database goes."""
    wait_for_plan(qtbot, window)
    qtbot.waitUntil(lambda: not window.session.others_busy(), timeout=10_000)
    window.runner.wait()


def database_tab(window: MainWindow) -> DatabaseTab:
    dialog = window.open_settings(DATABASE_TAB)
    assert dialog.tabs.currentWidget() is dialog.database
    return dialog.database


def fill(tab: DatabaseTab, pg: pg_server.Server, database: str, password: str) -> None:
    tab.host.setText("127.0.0.1")
    tab.port.setValue(pg.port)
    tab.database.setText(database)
    tab.user.setText(pg_server.SUPERUSER)
    tab.password.setText(password)


def shown(tab: DatabaseTab) -> str:
    return f"{tab.status.text()}\n{tab.error.message()}"


def test_test_connection_says_what_it_found_or_why_not_and_never_the_password(
    qtbot: Any, window: MainWindow, pg: pg_server.Server, empty_database: str, keyring: MemoryKeyring
) -> None:
    tab = database_tab(window)
    fill(tab, pg, empty_database, "not-the-password")
    task = tab.test_connection()
    assert task is not None and not tab.test_button.isEnabled()  # off the GUI thread: the button waits
    qtbot.waitUntil(lambda: tab.task is None, timeout=15_000)
    assert tab.error.message() == (f"postgresql://{pg_server.SUPERUSER}@127.0.0.1:{pg.port}/{empty_database}: "
                                   "the password was refused; nothing was changed.")  # fmt: skip
    assert tab.test_button.isEnabled()

    tab.password.setText(pg.password)
    tab.test_connection()
    qtbot.waitUntil(lambda: tab.task is None, timeout=15_000)
    assert tab.error.message() == ""
    assert tab.status.text() == (f"Connected to postgresql://{pg_server.SUPERUSER}@127.0.0.1:{pg.port}/"
                                 f"{empty_database}: the database is empty: Rebound creates its tables when you "
                                 "use it or move your data there.")  # fmt: skip
    assert keyring.passwords == {}  # a test keeps nothing

    tab.database.setText("no_such_database")
    tab.test_connection()
    qtbot.waitUntil(lambda: tab.task is None, timeout=15_000)
    assert tab.error.message().endswith("/no_such_database: no such database on the server; nothing was changed.")

    tab.port.setValue(pg_server._free_port())  # nobody listens there
    tab.test_connection()
    qtbot.waitUntil(lambda: tab.task is None, timeout=15_000)
    assert "cannot reach the server" in tab.error.message()
    assert pg.password not in shown(tab)


def test_a_role_without_rights_is_told_so_and_a_missing_field_is_named(
    qtbot: Any, window: MainWindow, pg: pg_server.Server, empty_database: str
) -> None:
    with pg.admin(empty_database) as admin:
        admin.execute("DROP ROLE IF EXISTS guest_settings")
        admin.execute("CREATE ROLE guest_settings LOGIN PASSWORD 'guest-secret'")
        admin.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    try:
        tab = database_tab(window)
        fill(tab, pg, empty_database, "guest-secret")
        tab.user.setText("guest_settings")
        tab.test_connection()
        qtbot.waitUntil(lambda: tab.task is None, timeout=15_000)
        assert tab.error.message() == (
            f"postgresql://guest_settings@127.0.0.1:{pg.port}/{empty_database}: the database is empty and the role "
            "guest_settings may not create Rebound's tables in it (the owner opens it first)."
        )
        assert "guest-secret" not in shown(tab)

        tab.host.setText("  ")
        assert tab.test_connection() is None
        assert tab.error.message() == "The team server needs a host."
    finally:
        with pg.admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{empty_database}" WITH (FORCE)')
            admin.execute("DROP ROLE IF EXISTS guest_settings")


def test_use_this_server_keeps_the_password_in_the_keyring_reopens_there_and_back_to_the_file(
    qtbot: Any,
    window: MainWindow,
    pg: pg_server.Server,
    empty_database: str,
    keyring: MemoryKeyring,
    settings_file: Path,
    db_path: Path,
) -> None:
    create_person({"name": "Fiona File"})
    tab = database_tab(window)
    fill(tab, pg, empty_database, pg.password)
    with qtbot.waitSignal(tab.switched, timeout=30_000) as switched:
        tab.use_server()
    assert is_team(DB.obj)
    assert switched.args == [f"postgresql://{pg_server.SUPERUSER}@127.0.0.1:{pg.port}/{empty_database}"]
    account = f"postgresql:{pg_server.SUPERUSER}@127.0.0.1:{pg.port}/{empty_database}"
    assert keyring.passwords == {("Rebound", account): pg.password}  # only there
    url = f"postgresql://{pg_server.SUPERUSER}@127.0.0.1:{pg.port}/{empty_database}"
    assert remembered_database_url(QSettings(str(settings_file), QSettings.Format.IniFormat)) == url
    assert pg.password not in settings_file.read_text()
    assert tab.password.text() == ""
    assert tab.status.text() == f"Rebound now works on the team server {url}."
    assert tab.where.text() == f"Now: the team server {url}."
    assert window.team_listener is not None  # the change feed of the server is heard
    qtbot.waitUntil(window.team_listener.listening.is_set, timeout=10_000)
    assert not tab.move_button.isEnabled() and tab.local_button.isEnabled()

    # the window reads the server: a person added there shows in the People list
    with psycopg.connect(pg.url(empty_database), autocommit=True) as other:
        other.execute("INSERT INTO person (name, sort_key) VALUES ('Sam Server', 'sam server')")
    qtbot.waitUntil(lambda: _people(window) == ["Sam Server"], timeout=10_000)

    with qtbot.waitSignal(tab.switched, timeout=30_000) as switched:  # once the re-plan the change started is done
        tab.back_to_file()
    assert switched.args == [f"sqlite:///{db_path}"]
    assert not is_team(DB.obj) and Path(DB.obj.database) == db_path
    assert window.team_listener is None
    assert [p.name for p in Person.select()] == ["Fiona File"]
    assert remembered_database_url(QSettings(str(settings_file), QSettings.Format.IniFormat)) is None
    qtbot.waitUntil(lambda: _people(window) == ["Fiona File"], timeout=10_000)
    settle(qtbot, window)


def _people(window: MainWindow) -> list[str]:
    model = window.people.model
    return [str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())]


def test_a_server_that_does_not_open_leaves_the_file_open_and_nothing_remembered(
    qtbot: Any, window: MainWindow, pg: pg_server.Server, empty_database: str, keyring: MemoryKeyring,
    settings_file: Path, db_path: Path,
) -> None:  # fmt: skip
    tab = database_tab(window)
    fill(tab, pg, empty_database, "wrong-password")
    with qtbot.waitSignal(window.session.failed, timeout=30_000):
        tab.use_server()
    assert not is_team(DB.obj) and Path(DB.obj.database) == db_path
    assert "the password was refused" in tab.error.message() and "wrong-password" not in tab.error.message()
    assert remembered_database_url(QSettings(str(settings_file), QSettings.Format.IniFormat)) is None
    assert DATABASE_URL_KEY not in QSettings(str(settings_file), QSettings.Format.IniFormat).allKeys()
    settle(qtbot, window)


def _schema_tables(pg: pg_server.Server, database: str) -> set[str]:
    with psycopg.connect(pg.url(database)) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {row[0] for row in rows}


def test_move_copies_the_file_to_the_server_with_progress_then_offers_to_switch(
    qtbot: Any, window: MainWindow, pg: pg_server.Server, empty_database: str, keyring: MemoryKeyring, db_path: Path
) -> None:
    for number in range(30):
        create_person({"name": f"Person {number:02}", "email": f"p{number}@example.org"})
    before = _comparable(export_document())
    tab = database_tab(window)
    fill(tab, pg, empty_database, pg.password)
    seen: list[tuple[int, int]] = []
    task = tab.move_database()
    assert task is not None and tab.progress.isVisibleTo(tab) and tab.cancel_button.isVisibleTo(tab)
    task.signals.progress.connect(lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: tab.offer is not None and tab.offer.isVisible(), timeout=60_000)
    assert "Copied 30 people and 0 interactions to" in tab.status.text()
    assert seen and seen[-1][0] == seen[-1][1]
    assert not is_team(DB.obj) and Path(DB.obj.database) == db_path  # still on the file until the person says
    assert _comparable(export_document()) == before  # the file's data as it was
    with psycopg.connect(pg.url(empty_database)) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (30,)

    offer = tab.offer
    assert offer is not None
    # the switch waits for the work the database is busy with (the re-plan after the copy): ``switched`` says
    # it happened, after the session's reopened on the server (not the one that ended the move)
    with qtbot.waitSignal(tab.switched, timeout=30_000) as switched:
        offer.button(QMessageBox.StandardButton.Yes).click()
    assert switched.args == [f"postgresql://{pg_server.SUPERUSER}@127.0.0.1:{pg.port}/{empty_database}"]
    assert is_team(DB.obj), (tab.status.text(), tab.error.message())
    assert Person.select().count() == 30
    settle(qtbot, window)


def test_a_cancelled_move_leaves_the_server_as_it_was_and_the_file_untouched(
    qtbot: Any, window: MainWindow, pg: pg_server.Server, empty_database: str, db_path: Path
) -> None:
    for number in range(30):
        create_person({"name": f"Person {number:02}"})
    before = _comparable(export_document())
    tab = database_tab(window)
    fill(tab, pg, empty_database, pg.password)
    task = tab.move_database()
    assert task is not None
    tab.cancel_move()  # before its first step: the worker stops at once
    with qtbot.waitSignal(window.session.reopened, timeout=60_000):
        pass
    assert tab.error.message().startswith("Not moved: the move was cancelled")
    assert _schema_tables(pg, empty_database) == set()  # not even the schema was left
    assert _comparable(export_document()) == before  # the file's data as it was
    assert not is_team(DB.obj) and Person.select().count() == 30
    # the bar goes with the task's own end, a queued signal that may come a turn of the event loop after reopened
    qtbot.waitUntil(lambda: not tab.progress.isVisibleTo(tab) and not tab.cancel_button.isVisibleTo(tab), timeout=5_000)
    settle(qtbot, window)


def test_a_move_onto_a_server_that_holds_data_is_refused_and_changes_nothing(
    qtbot: Any, window: MainWindow, pg: pg_server.Server, pg_url: str, db_path: Path
) -> None:
    create_person({"name": "Mine Only"})
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO person (name, sort_key) VALUES ('Theirs', 'theirs')")
    tab = database_tab(window)
    fill(tab, pg, pg_url.rsplit("/", 1)[1], pg.password)
    with qtbot.waitSignal(window.session.reopened, timeout=60_000):
        tab.move_database()
    assert "already holds data; nothing was copied" in tab.error.message()
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT name FROM person").fetchall() == [("Theirs",)]
    assert [p.name for p in Person.select()] == ["Mine Only"]
    settle(qtbot, window)


def test_the_app_starts_on_the_remembered_server_unless_a_database_is_named(
    monkeypatch: pytest.MonkeyPatch, settings_file: Path, tmp_path: Path
) -> None:
    import desktop.gui.app
    from desktop.cli import main

    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue(DATABASE_URL_KEY, "postgresql://ana@crm.example.org:5432/rebound")
    settings.sync()
    opened: list[str] = []

    def run(url: str, **_kwargs: object) -> int:
        opened.append(url)
        return 0

    monkeypatch.setattr(desktop.gui.app, "run", run)
    monkeypatch.delenv("REBOUND_DATABASE_URL", raising=False)
    assert main([]) == 0
    assert main(["--db", str(tmp_path / "mine.db")]) == 0
    monkeypatch.setenv("REBOUND_DATABASE_URL", "postgresql://ben@other.example.org:5432/crm")
    assert main([]) == 0
    assert opened == [
        "postgresql://ana@crm.example.org:5432/rebound",
        f"sqlite:///{tmp_path / 'mine.db'}",
        "postgresql://ben@other.example.org:5432/crm",
    ]


def test_a_remembered_server_that_does_not_open_offers_the_local_file_at_the_start(
    monkeypatch: pytest.MonkeyPatch, settings_file: Path, tmp_path: Path, qapp: Any
) -> None:
    from desktop.gui import app as gui_app
    from desktop.gui.services.window_state import LOCAL_URL_KEY
    from desktop.store.database import close_database, open_sqlite
    from tests.gui.conftest import NOW
    from tests.gui.scripted import Answers

    local = tmp_path / "mine.db"
    open_sqlite(local)
    create_person({"name": "Lena Local"})
    close_database()
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    server = f"postgresql://{pg_server.SUPERUSER}@127.0.0.1:{pg_server._free_port()}/rebound"  # nobody listens
    settings.setValue(DATABASE_URL_KEY, server)
    settings.setValue(LOCAL_URL_KEY, f"sqlite:///{local}")
    answers = Answers(monkeypatch).message_boxes(QMessageBox.StandardButton.Yes)

    window = gui_app.launch(server, settings=settings, clock=lambda: NOW, remembered=True)
    try:
        assert isinstance(window, MainWindow)
        assert answers.messages[0].startswith("Rebound cannot open its database.")
        assert "cannot reach the server" in answers.messages[0]
        assert answers.messages[1] == (f"Work on your local file {local} instead? Settings → Database takes you "
                                       "back to the team server.")  # fmt: skip
        assert [p.name for p in Person.select()] == ["Lena Local"]
        assert remembered_database_url(settings) is None
    finally:
        if isinstance(window, MainWindow):
            window.runner.wait()
            window.close()
            window.session.release()
        close_database()


def test_without_a_keyring_the_password_is_not_kept_anywhere_and_nothing_switches(
    qtbot: Any, window: MainWindow, pg: pg_server.Server, empty_database: str, settings_file: Path, db_path: Path
) -> None:
    tab = database_tab(window)
    fill(tab, pg, empty_database, pg.password)
    tab.use_server()
    qtbot.waitUntil(lambda: tab.task is None, timeout=15_000)
    assert tab.error.message() == (
        "The password was not kept: Rebound keeps it only in the system keyring, and no keyring service was found "
        "on this system."
    )
    assert not is_team(DB.obj) and Path(DB.obj.database) == db_path
    assert not settings_file.exists() or pg.password not in settings_file.read_text()
    assert remembered_database_url(QSettings(str(settings_file), QSettings.Format.IniFormat)) is None


def test_a_backup_taken_meanwhile_is_not_said_on_the_database_tab(qtbot: Any, window: MainWindow) -> None:
    tab = database_tab(window)
    qtbot.waitUntil(lambda: not window.session.others_busy(), timeout=10_000)
    said: list[str] = []
    window.session.failed.connect(said.append)
    with qtbot.waitSignal(window.session.busy_changed, check_params_cb=lambda busy: not busy, timeout=15_000):
        assert window.session.back_up_now() is not None, said
    assert said == [] and window.session.backups()  # it was taken, and said elsewhere
    assert (tab.status.text(), tab.error.message()) == ("", "")
    assert tab.where.text().startswith("Now: the file ") and tab.move_button.isEnabled()
