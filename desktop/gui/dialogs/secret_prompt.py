"""The passphrase prompt of the app's start: asks (a dialog) only when a database needs a passphrase.

Its dialogs load when it first asks: a start with the key in the keyring, or a plain database,
never loads them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.gui.kit.i18n import tr_noop

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.core.unlock import Purpose

WRONG_KEY = tr_noop("That passphrase or recovery key does not open the database. Nothing was changed; try again.")


class SecretPrompt:
    """The app's ``ask_secret`` at start-up: a PassphraseDialog, and whether the person cancelled it.

    Within one attempt (``new_attempt`` starts the next) a database is asked for once: the
    damaged-database path of ``start`` asks again for the key that just opened it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.error: str | None = None  # shown in the next dialog (a key that did not open the database)
        self.cancelled = False
        self.asked: list[Purpose] = []
        self._given: dict[tuple[Purpose, Path], str] = {}

    def new_attempt(self) -> None:
        self._given.clear()

    def __call__(self, purpose: Purpose, path: Path) -> str | None:
        if (purpose, path) in self._given:
            return self._given[(purpose, path)]
        # lazy: a start with the key in the keyring, or a plain database, never loads the dialog
        from PySide6.QtWidgets import QDialog

        from desktop.gui.dialogs.unlock import PassphraseDialog, keyring_reason
        from desktop.gui.kit.app_icon import give_app_icon

        give_app_icon()  # the dialog opens before the window that would have given it
        self.asked.append(purpose)
        dialog = PassphraseDialog(purpose, path, reason=keyring_reason(), error=self.error, parent=self.parent)
        self.error = None
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.cancelled = True
            return None
        self.cancelled = False
        self._given[(purpose, path)] = dialog.text()
        return dialog.text()
