"""The window opening on People paints its first frame before the store loads (core/first_look.py, gui/app.py):
the same frame as the full start's, the database opened right after the paint, and every other start as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.core import first_look, instance, people
from desktop.core.timeline import log_interaction
from desktop.gui.main_window import PEOPLE_ROW, TODAY_ROW, MainWindow
from desktop.store.database import close_database, open_sqlite
from desktop.store.models import DB
from tests.gui.conftest import NOW, wait_for_plan
from tests.gui.scripted import Launcher

ROOT = Path(__file__).resolve().parents[2]
COUNT = 230  # more than the list's first window (200)


def _left_cleanly(path: Path, count: int = COUNT) -> None:
    """A plain database with people, closed as the app closes it (the clean-exit mark written)."""
    open_sqlite(path)
    for number in range(count):
        people.create_person({"name": f"Person {number:03d}", "company": "Acme" if number % 3 else None,
                              "title": "Recruiter", "role": "recruiter" if number % 2 else None})  # fmt: skip
    DB.obj.execute_sql("UPDATE person SET last_contact = '2025-09-01 10:00:00' WHERE id % 4 = 0")  # some stale
    close_database()
    instance.mark_clean_exit(path)


def _remember_page(settings_file: Path, row: int) -> None:
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue("window/page", str(row))
    settings.sync()


@pytest.fixture
def launcher(qtbot: Any, settings_file: Path) -> Iterator[Launcher]:
    made = Launcher(qtbot, settings_file, NOW)
    yield made
    made.quit_all()


def _launch(launcher: Launcher, url: str, *, look: bool = True) -> MainWindow:
    """``launch`` as ``rebound`` calls it (the look taken first), without waiting for the window to show."""
    from desktop.gui.app import launch

    settings = QSettings(str(launcher.settings_file), QSettings.Format.IniFormat)
    found = first_look.look(url) if look else None
    window = launch(url, settings=settings, clock=lambda: launcher.now, mounts="/dev/sda1 / ext4 rw 0 0\n",
                    found=found)  # fmt: skip
    assert isinstance(window, MainWindow)
    launcher.windows.append(window)
    return window


def _screen(window: MainWindow) -> dict[str, Any]:
    """What the People page shows: every cell of its first window (text and colour), the count, the open page."""
    model = window.people.model
    cells = [
        (model.index(row, column).data(), model.index(row, column).data(Qt.ItemDataRole.ForegroundRole))
        for row in range(min(model.rowCount(), 200))
        for column in range(model.columnCount())
    ]
    banners = [banner.text() for banner in window.banners.banners()]
    return {"rows": model.rowCount(), "cells": cells, "count": window.count_label.text(),
            "page": window.pages.currentWidget() is window.people, "banners": banners}  # fmt: skip


def test_the_first_frame_is_read_without_the_database_and_is_the_full_starts(
    launcher: Launcher, db_path: Path, settings_file: Path, qtbot: Any
) -> None:
    url = f"sqlite:///{db_path}"
    _left_cleanly(db_path)
    _remember_page(settings_file, PEOPLE_ROW)
    full = _launch(launcher, url, look=False)  # the full start: the database opens before the window
    assert full.session.opened
    expected = _screen(full)
    launcher.quit(full)
    instance.mark_clean_exit(db_path)  # (``quit`` lets go of the lock as quitting does, without the mark)

    window = _launch(launcher, url)

    assert not window.session.opened  # built and shown without the store: nothing of it is bound to this file yet
    assert DB.obj is None or DB.obj.is_closed() or DB.obj.database != str(db_path)
    assert _screen(window) == expected
    assert expected["rows"] == COUNT and expected["page"] and expected["count"] == f"{COUNT} people"
    qtbot.waitUntil(lambda: window.session.opened and window._started)  # right after the first paint
    assert DB.obj.database == str(db_path) and not DB.obj.is_closed()
    window.people.table.scrollToBottom()  # the rest of the list is read through the store
    qtbot.waitUntil(lambda: window.people.model.person(COUNT - 1) is not None)
    assert window.people.model.person(COUNT - 1).name == f"Person {COUNT - 1:03d}"
    qtbot.waitUntil(lambda: window.people.open_person_id is not None)  # the start's steps run: the first person


def test_a_window_opening_on_today_opens_the_database_before_it_shows(
    launcher: Launcher, db_path: Path, settings_file: Path
) -> None:
    _left_cleanly(db_path, 3)
    _remember_page(settings_file, TODAY_ROW)

    window = _launch(launcher, f"sqlite:///{db_path}")

    assert window.session.opened and DB.obj.database == str(db_path)
    assert window.pages.currentWidget() is window.today


def test_a_database_not_left_cleanly_is_opened_and_checked_before_the_window(
    launcher: Launcher, db_path: Path, settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core import startup

    _left_cleanly(db_path, 3)
    instance.left_cleanly(db_path)  # the mark used up: as after a crash
    _remember_page(settings_file, PEOPLE_ROW)
    checks: list[int] = []
    monkeypatch.setattr(startup, "integrity_problems", lambda: checks.append(1) or [])

    window = _launch(launcher, f"sqlite:///{db_path}")

    assert window.session.opened and checks == [1]
    assert window.people.model.rowCount() == 3


def test_a_window_closed_before_the_opening_opens_the_database_and_leaves_it_cleanly(
    launcher: Launcher, db_path: Path, settings_file: Path
) -> None:
    _left_cleanly(db_path, 3)
    _remember_page(settings_file, PEOPLE_ROW)
    window = _launch(launcher, f"sqlite:///{db_path}")
    assert not window.session.opened

    window.close()  # before the first paint's work ran (a quick quit, or the smoke test's quit after the paint)

    assert window.session.opened and DB.obj.database == str(db_path)
    launcher.windows.remove(window)
    close_database()
    window.session.release(clean=True)  # as quitting does
    assert instance.left_cleanly(db_path)  # the next start paints first again
    window.deleteLater()


SCRIPT = """
import json, os, sys
from pathlib import Path

from desktop.core import first_look
from desktop.gui.services import session as session_module

path, mode = Path(sys.argv[1]), sys.argv[2]
seen = {}
read = first_look.first_frame

def first_frame(*args, **kwargs):
    frame = read(*args, **kwargs)
    seen["first frame"] = frame is not None
    if mode == "spoil" and frame is not None:
        path.write_bytes(b"not a database, written over it by another program" * 100)
    if mode == "bug" and frame is not None:  # a fault no layer expects, where the database opens
        from desktop.core import startup

        def broken(*args, **kwargs):
            raise RuntimeError("a bug")

        startup.start = broken
    return frame

first_look.first_frame = first_frame
finish = session_module.Session.finish_opening

def finish_opening(self):
    seen.setdefault("store loaded before the opening", "peewee" in sys.modules)
    # PySide builds the Qt namespace's 93 enums at its first use: the first frame needs none (gui/kit/qt_values.py)
    seen.setdefault("Qt namespace built before the opening", "Qt" in vars(sys.modules["PySide6.QtCore"]))
    return finish(self)

session_module.Session.finish_opening = finish_opening
from desktop.gui import app as app_module
quit_after_paint = app_module._QuitAfterFirstPaint.eventFilter

def at_paint(self, watched, event):
    from PySide6.QtCore import QEvent

    if event.type() == QEvent.Type.Paint and "Qt namespace built at the first paint" not in seen:
        seen["Qt namespace built at the first paint"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
        today = getattr(watched, "built_today_page", None)
        if today is not None and today.snapshot_view is not None:
            seen["kept cards at the first paint"] = [card.info.name for card in today.snapshot_view.cards]
    return quit_after_paint(self, watched, event)

app_module._QuitAfterFirstPaint.eventFilter = at_paint
from PySide6.QtWidgets import QMessageBox
QMessageBox.exec = lambda box: seen.setdefault("told", box.text()) and 0
from desktop.cli import main
code = main(["--db", str(path)])
print(json.dumps({"code": code, **seen}))
"""


def _start(path: Path, home: Path, mode: str = "", ui: str = "", page: int = PEOPLE_ROW) -> dict[str, Any]:
    config = home / "config" / "Rebound"
    config.mkdir(parents=True, exist_ok=True)
    (config / "gui.ini").write_text(f"[window]\npage={page}\n{ui}", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "REBOUND_QUIT_AFTER_START": "1"}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(path), mode], capture_output=True, text=True,
                          check=False, timeout=60, cwd=ROOT, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "ui",
    ["", "[ui]\nscheme=dark\nlanguage=de\n", "[ui]\nscheme=system\nsystem-dark=true\n"],
    ids=["as the system", "dark, in German", "the system dark at the last start"],
)
def test_rebound_paints_the_people_page_before_it_loads_the_store_or_builds_the_qt_namespace(
    db_path: Path, tmp_path: Path, ui: str
) -> None:
    _left_cleanly(db_path, 5)

    started = _start(db_path, tmp_path / "home", ui=ui)

    assert started == {"code": 0, "first frame": True, "store loaded before the opening": False,
                       "Qt namespace built before the opening": False,
                       "Qt namespace built at the first paint": False}  # fmt: skip
    assert instance.left_cleanly(db_path)  # opened after the paint, closed cleanly at the end


def test_rebound_paints_todays_kept_cards_before_it_builds_the_qt_namespace(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int], db_path: Path, tmp_path: Path
) -> None:
    for name in ("Tom Weber", "Ana Silva"):  # two check-ins due today
        someone = person(name, email=f"{name.split()[0].lower()}@acme.example")
        log_interaction(someone, "email", "out", datetime.now() - timedelta(days=200), body="Hello")
    first = make_window(clock=datetime.now)
    wait_for_plan(qtbot, first)
    first.close()  # on Today: keeps its first cards for the next start

    started = _start(db_path, tmp_path / "home", page=TODAY_ROW)

    assert started["code"] == 0 and "first frame" not in started  # Today's cards are read through the store
    assert started["kept cards at the first paint"] == ["Ana Silva", "Tom Weber"]
    assert started["Qt namespace built at the first paint"] is False


def test_a_file_spoiled_between_the_first_frame_and_the_opening_is_said_and_rebound_quits_with_4(
    db_path: Path, tmp_path: Path
) -> None:
    _left_cleanly(db_path, 5)

    started = _start(db_path, tmp_path / "home", "spoil")

    assert started["code"] == 4 and started["first frame"] is True
    assert started["told"].startswith("Rebound cannot open its database.")
    assert "Traceback" not in started["told"]
    assert db_path.read_bytes() == b"not a database, written over it by another program" * 100  # nothing written
    assert not instance.left_cleanly(db_path)  # no clean-exit mark for a database that never opened


def test_an_unexpected_fault_at_the_opening_is_said_and_rebound_quits_with_4_letting_go_of_the_file(
    db_path: Path, tmp_path: Path
) -> None:
    _left_cleanly(db_path, 5)

    started = _start(db_path, tmp_path / "home", "bug")

    assert started["code"] == 4 and started["first frame"] is True
    assert started["told"] == "Rebound cannot open its database.\n\nRuntimeError"
    assert not instance.left_cleanly(db_path)  # checked in full at the next start
    with instance.InstanceLock(db_path):  # let go: the next start may take it
        pass
