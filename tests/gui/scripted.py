"""Answering the app's modal dialogs in tests as a person would: type into the fields, click a button.

``Answers.expect(DialogClass, step, …)`` replaces ``DialogClass.exec``: each time the app opens
such a dialog, the next step runs on the real dialog (its fields, its buttons, its checks)
and ``exec`` returns what the dialog's own ``accept``/``reject`` decided. A dialog the test
did not expect fails the test. ``shown`` keeps every dialog (and message box) in order; a dialog's inline error as it
opened is kept in its ``error_when_shown`` property.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.gui.dialogs.unlock import PassphraseDialog, RecoveryKeyDialog
from desktop.gui.main_window import MainWindow

Step = Callable[[Any], object]


class Answers:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        self._steps: dict[type, list[Step]] = {}
        self.shown: list[QDialog] = []
        self.messages: list[str] = []  # the text of every message box shown (and its informative text)

    def expect(self, kind: type[QDialog], *steps: Step) -> Answers:
        queue = self._steps.setdefault(kind, [])
        queue.extend(steps)

        def run(dialog: QDialog) -> int:
            self.shown.append(dialog)
            error = getattr(dialog, "error", None)
            dialog.setProperty("error_when_shown", error.message() if error is not None else "")
            assert queue, f"an unexpected {kind.__name__}: {dialog.windowTitle()}"
            queue.pop(0)(dialog)
            return dialog.result()

        self._monkeypatch.setattr(kind, "exec", run)
        return self

    def message_boxes(self, answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> Answers:
        def run(box: QMessageBox) -> int:
            self.shown.append(box)
            self.messages.append("\n".join(part for part in (box.text(), box.informativeText()) if part))
            return int(answer.value)

        self._monkeypatch.setattr(QMessageBox, "exec", run)
        return self

    def of(self, kind: type[QDialog]) -> list[Any]:
        return [dialog for dialog in self.shown if isinstance(dialog, kind)]

    def pending(self) -> int:
        return sum(len(queue) for queue in self._steps.values())


def type_secret(text: str, again: str | None = None) -> Step:
    """Type a passphrase (twice for a new one, unless ``again`` differs) and press the dialog's OK button."""

    def step(dialog: PassphraseDialog) -> None:
        dialog.secret.setText(text)
        if dialog.purpose == "new":
            dialog.repeat.setText(text if again is None else again)
        dialog.ok_button.click()

    return step


def cancel(dialog: QDialog) -> None:
    if isinstance(dialog, PassphraseDialog):
        dialog.cancel_button.click()
    else:
        dialog.reject()


def stored(dialog: RecoveryKeyDialog) -> None:
    """Press "I have stored it"."""
    dialog.stored_button.click()


LOCAL_MOUNTS = "/dev/sda1 / ext4 rw,relatime 0 0\ntmpfs /tmp tmpfs rw 0 0\n"


class Launcher:
    """Start the app as ``rebound`` does (``desktop.gui.app.launch``) without entering the event loop.

    Each window it opened is closed at the end as quitting closes it: work finished, the
    single-instance lock released, the database closed.
    """

    def __init__(self, qtbot: Any, settings_file: Path, now: datetime) -> None:
        self.qtbot = qtbot
        self.settings_file = settings_file
        self.now = now
        self.windows: list[MainWindow] = []

    def __call__(self, url: str, **options: Any) -> MainWindow | int:
        from desktop.gui.app import launch

        self.settings_file.parent.mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(self.settings_file), QSettings.Format.IniFormat)
        options.setdefault("mounts", LOCAL_MOUNTS)
        result = launch(url, settings=settings, clock=lambda: self.now, **options)
        if not isinstance(result, int):
            self.qtbot.waitExposed(result)
            self.windows.append(result)
        return result

    def quit(self, window: MainWindow) -> None:
        """Close the window and let go of the database, as quitting the app does."""
        from desktop.store.database import close_database

        runners = (window.runner, window.ops.runner, window.session.runner, window.today.runner,
                   window.people.person_page.runner)  # fmt: skip
        # the work after the first paint has started, and finished work has delivered its results — all
        # while this window's database is still the open one
        self.qtbot.waitUntil(lambda: window._started)
        while True:
            for runner in runners:
                runner.wait()
            QApplication.processEvents()
            if not any(runner.busy() for runner in runners):
                break
        window.close()
        window.session.release()
        close_database()
        window.deleteLater()
        if window in self.windows:
            self.windows.remove(window)

    def quit_all(self) -> None:
        for window in list(self.windows):
            self.quit(window)
