"""The tray notification: once a day while suggestions are due; without a tray, nothing breaks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.gui.main_window import MainWindow
from desktop.gui.services.tray import DueNotifier


def with_tray(settings: QSettings) -> DueNotifier:
    """A notifier with a tray icon, as on a desktop that has a tray (offscreen has none)."""
    notifier = DueNotifier(settings, QIcon())
    notifier.tray = QSystemTrayIcon(QIcon(), notifier)
    return notifier


def test_due_suggestions_are_told_once_a_day(qapp: object, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    notifier = with_tray(settings)
    told: list[str] = []
    notifier.notified.connect(told.append)

    assert notifier.notify_if_due(date(2026, 3, 2), 3)
    assert not notifier.notify_if_due(date(2026, 3, 2), 4)  # the same day: once
    assert not notifier.notify_if_due(date(2026, 3, 3), 0)  # nothing due: nothing said
    assert notifier.notify_if_due(date(2026, 3, 3), 1)
    assert told == ["3 suggestions are due today: see Today.", "1 suggestion is due today: see Today."]
    again = with_tray(QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat))
    assert not again.notify_if_due(date(2026, 3, 3), 2)  # Rebound started again the same day


def test_without_a_tray_nothing_is_shown_and_nothing_breaks(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # the offscreen platform has no tray
    window = make_window()

    window._show_due_count(2)

    qtbot.waitUntil(lambda: window.notifier is not None)  # the tray is looked up once the window has painted
    assert window.notifier is not None and not window.notifier.available
    assert not window.notify_due()
    assert window.sidebar.item(0).text() == "Today (2)"
