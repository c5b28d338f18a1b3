"""Fixtures of the GUI tests: a main window over the test's own database and settings file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop.core.people import create_person
from desktop.gui.main_window import MainWindow

NOW = datetime(2026, 3, 2, 10, 30)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "home" / "config" / "Rebound" / "gui.ini"


@pytest.fixture(autouse=True)
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Every URL the app handed to the system (nothing is opened for real in a test)."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url)) or True)
    return opened


@pytest.fixture
def make_window(qtbot: Any, db: object, settings_file: Path) -> Iterator[Callable[..., MainWindow]]:
    """Open main windows (shown, active) on the test database; all share the test's settings file.

    ``make(now=…)`` fixes the window's clock (and so its today; the default is ``NOW``);
    ``make(clock=…)`` gives it a clock the test can move on.
    """
    windows: list[MainWindow] = []

    def make(now: datetime = NOW, clock: Callable[[], datetime] | None = None) -> MainWindow:
        settings_file.parent.mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, clock=clock if clock is not None else lambda: now)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # keyboard focus and shortcuts need an active window
        windows.append(window)
        return window

    yield make
    # Closed here rather than by qtbot.addWidget: a test that failed half-way must not leave a
    # "Save the changes?" question behind for the close to block on.
    for window in windows:
        window.runner.wait()
        page = window.people.person_page
        if page.form.is_dirty():
            page.form.revert()
        window.close()
    # what the windows' workers and a team server's change feed posted before they stopped is handled now, while
    # the test's database is still there (not by pytest-qt's last event loop, after the database is gone), and so
    # is the work that started (a re-plan), until nothing is left: a few rounds at most
    for _round in range(10):
        QCoreApplication.processEvents()
        for window in windows:
            window.ops.wait()
            window.runner.wait()
        QCoreApplication.processEvents()
        if not any(window.keeper.loading or window.ops.runner.busy() for window in windows):
            break
    for window in windows:
        window.deleteLater()


@pytest.fixture
def person(db: object) -> Callable[..., int]:
    """Create a person through core; returns the id."""

    def create(name: str, **fields: Any) -> int:
        return create_person({"name": name, **fields}).value

    return create


def shown_notice(window: MainWindow) -> QMessageBox | None:
    """The non-blocking message (summary or error) the window shows, if any."""
    box = window.jobs.notice
    return box if box is not None and box.isVisible() else None


def wait_for_plan(qtbot: Any, window: MainWindow) -> None:
    """Until the engine, built in a worker at start-up, has given Today its plan."""
    qtbot.waitUntil(lambda: window.keeper.engine is not None and not window.keeper.loading)
