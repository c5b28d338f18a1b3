"""The dialogs of an encrypted database: choosing a passphrase, unlocking, and the recovery key shown once.

``PassphraseDialog`` is the app's ``ask_secret`` (``desktop.core.unlock.AskSecret``): "new" asks
twice for a passphrase when no keyring can hold a new key; "open" asks for the passphrase or
the recovery key of a database whose key is not at hand. ``SecretPrompt`` wraps it for the
start-up, remembering whether the person cancelled. ``RecoveryKeyDialog`` shows a new
recovery key once, copyable, until the person says they have stored it. Plain Qt dialogs:
tests drive them (their fields and buttons) with ``exec`` replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import secrets
from desktop.core.unlock import MIN_PASSPHRASE, Purpose
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel, heading, muted, scaled_font

NEW_INTRO = tr(
    "Rebound encrypts your database, so that no one who gets hold of the file can read your contacts and "
    "notes. Its key usually lives in the system keyring, but no keyring can hold it on this computer{reason}."
)
NEW_CHOICE = tr(
    "Choose a passphrase instead. You will type it each time Rebound starts. Keep it somewhere safe: "
    "without it, no one can open the database — Rebound cannot recover it for you."
)
NEW_HINT = tr(
    "At least {MIN_PASSPHRASE} characters. A few unrelated words are easy to remember and hard to guess."
).format(MIN_PASSPHRASE=MIN_PASSPHRASE)
OPEN_INTRO = tr(
    "This database is encrypted, and the system keyring does not hold its key{reason}. Type your passphrase, "
    "or the recovery key: the 55 characters in groups of five that Rebound showed when it encrypted the database."
)
RECOVERY_INTRO = tr(
    "Rebound encrypted your database. Its key is in the system keyring, so Rebound opens without asking. "
    "If that keyring is ever lost — a new computer, a reinstalled system — this recovery key is the only "
    "way to open the database and its backups."
)
RECOVERY_KEEP = tr(
    "Store it in a password manager or write it down, and keep it away from this computer. "
    "Rebound shows it only this once."
)
TEXT_WIDTH = 512  # of the wrapped explanations: the dialogs read as a column, not one long line


class PassphraseDialog(QDialog):
    """Ask for a passphrase ("new": twice, with what it means) or for the passphrase or recovery key ("open")."""

    def __init__(
        self,
        purpose: Purpose,
        path: Path,
        *,
        reason: str | None = None,
        error: str | None = None,
        ok_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.path = path
        why = f" ({reason})" if reason else ""
        if purpose == "new":
            self.setWindowTitle(tr("Choose a passphrase"))
            title, texts = tr("Protect your database with a passphrase"), [NEW_INTRO.format(reason=why), NEW_CHOICE]
        else:
            self.setWindowTitle(tr("Unlock the database"))
            title, texts = tr("Unlock your database"), [OPEN_INTRO.format(reason=why)]
        self.title = heading(title, self, factor=1.3)
        self.texts = [PlainLabel(text, self) for text in texts]
        for label in self.texts:
            label.setWordWrap(True)
        self.where = muted(PlainLabel(tr("Database: {path}").format(path=path), self, selectable=True))
        self.where.setWordWrap(True)

        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(360)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_box = QCheckBox(tr("Show what I type"), self)
        self.show_box.toggled.connect(self._show_text)
        form = QFormLayout()
        form.setHorizontalSpacing(SPACING * 2)
        form.setVerticalSpacing(SPACING)
        if purpose == "new":
            self.secret.setAccessibleName(tr("Passphrase"))
            self.repeat.setAccessibleName(tr("The passphrase again"))
            form.addRow(PlainLabel(tr("Passphrase:"), self), self.secret)
            form.addRow(PlainLabel(tr("Type it again:"), self), self.repeat)
            hint = muted(PlainLabel(NEW_HINT, self))
            hint.setWordWrap(True)
            form.addRow("", hint)
        else:
            self.secret.setAccessibleName(tr("Passphrase or recovery key"))
            self.repeat.hide()
            form.addRow(PlainLabel(tr("Passphrase or recovery key:"), self), self.secret)
        form.addRow("", self.show_box)
        self.error = InlineError(self)
        if error:
            self.error.show_message(error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or (tr("Encrypt and open") if purpose == "new" else tr("Open")))
        self.ok_button.setIcon(icon("lock"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("Cancel") if purpose == "new" else tr("Quit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 3, SPACING * 3, SPACING * 3, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.title)
        for label in self.texts:
            layout.addWidget(label)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for label in self.texts:
            label.setMinimumWidth(TEXT_WIDTH)  # wrapped text needs a width; the layout keeps the rest in view
        self.secret.setFocus()

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def text(self) -> str:
        """What was typed (a passphrase keeps its spaces; a recovery key's are forgiven by the core)."""
        return self.secret.text()

    def problem(self) -> str | None:
        """Why the input cannot be used (None when it can)."""
        text = self.text()
        if not text.strip():
            return tr("Type a passphrase.") if self.purpose == "new" else tr("Type the passphrase or the recovery key.")
        if self.purpose == "new":
            if len(text) < MIN_PASSPHRASE:
                return tr("The passphrase needs at least {MIN_PASSPHRASE} characters; it has {n_text}.").format(
                    MIN_PASSPHRASE=MIN_PASSPHRASE, n_text=len(text)
                )
            if self.repeat.text() != text:
                return tr("The two passphrases differ. Type the same one twice.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error.show_message(problem)
            (self.repeat if "twice" in problem else self.secret).setFocus()
            return
        self.error.clear()
        super().accept()


def keyring_reason() -> str | None:
    """Why the keyring cannot help (for the dialogs' explanation); None when it works."""
    return secrets.keyring_problem()


def ask_new_passphrase(path: Path, reason: str | None, parent: QWidget | None = None) -> str | None:
    """A new passphrase (asked twice) when no keyring can hold a new key; None when the person cancels."""
    dialog = PassphraseDialog("new", path, reason=reason, ok_text=tr("Use this passphrase"), parent=parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RecoveryKeyDialog(QDialog):
    """A new recovery key, shown once: plain text, copyable; it closes only with "I have stored it"."""

    def __init__(self, code: str, parent: QWidget | None = None, *, intro: str = RECOVERY_INTRO) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your recovery key"))
        self.title = heading(tr("Write down your recovery key"), self, factor=1.3)
        self.intro = PlainLabel(intro, self)
        self.intro.setWordWrap(True)
        self.key = PlainLabel(code, self, selectable=True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key.setFont(font)
        self.key.setFont(scaled_font(self.key, 1.25, bold=True))
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key.setAccessibleName(tr("Recovery key"))
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setMinimumHeight(self.key.fontMetrics().height() + SPACING * 3)
        self.copy_button = QPushButton(icon("copy"), tr("Copy"), self)
        self.copy_button.setToolTip(tr("Copy the recovery key to the clipboard"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        self.copied = muted(PlainLabel("", self))
        self.keep = PlainLabel(RECOVERY_KEEP, self)
        self.keep.setWordWrap(True)
        self.stored_button = QPushButton(icon("done"), tr("I have stored it"), self)
        self.stored_button.setDefault(True)
        self.stored_button.clicked.connect(self.accept)

        key_row = QHBoxLayout()
        key_row.setSpacing(SPACING)
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.copy_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copied, 1)
        buttons.addWidget(self.stored_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 3, SPACING * 3, SPACING * 3, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(key_row)
        layout.addWidget(self.keep)
        layout.addLayout(buttons)
        self.intro.setMinimumWidth(TEXT_WIDTH + SPACING * 8)

    def code(self) -> str:
        return self.key.text()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code())
        self.copied.setText(tr("Copied. Paste it into your password manager, then clear the clipboard."))

    def reject(self) -> None:
        """Escape or the window's close button do not dismiss it: the key is shown only this once."""
        self.copied.setText(tr("Store the key first, then choose “I have stored it”."))
