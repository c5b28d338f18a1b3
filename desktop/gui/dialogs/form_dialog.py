"""The frame of every dialog that saves something: fields in a form, an inline error, OK/Cancel.

``accept`` calls ``submit``, which checks the input and writes through a core function; the
dialog closes only when that worked. An expected error (ReboundError) stays in the dialog,
beside a warning icon, and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ReboundError
from desktop.gui.kit.widgets import SPACING, InlineError


def sentence(message: str) -> str:
    """A core message (``an opening needs a title``) as a sentence: capital first letter, full stop."""
    message = message.strip()
    if not message:
        return message
    return message[:1].upper() + message[1:] + ("" if message.endswith((".", "?", "!")) else ".")


class FormDialog(QDialog):
    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(SPACING * 2)
        self.form.setVerticalSpacing(SPACING)
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._shown_texts: list[str] | None = None  # the fields as first shown: typed content is what differs
        self.discard_box: QMessageBox | None = None  # "Discard what you typed?" while it is asked

    def submit(self) -> None:
        """Check the fields and write through core; raise ReboundError to keep the dialog open."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.show_message(sentence(message))

    def accept(self) -> None:
        try:
            self.submit()
        except ReboundError as error:
            self.show_error(str(error))
            return
        self.error.clear()
        super().accept()

    # -- typed content is not thrown away without asking ----------------------------------------------
    def _texts(self) -> list[str]:
        edits = self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit)
        return [edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText() for edit in edits]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_texts is None:
            self._shown_texts = self._texts()

    def has_typed_content(self) -> bool:
        return self._shown_texts is not None and self._texts() != self._shown_texts

    def reject(self) -> None:
        """Escape or Cancel: with something typed, ask first (the question does not block)."""
        if not self.has_typed_content() or self.discard_box is not None:
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            "Discard what you typed?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Cancel).setText("Keep editing")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._discard_answered)
        self.discard_box = box
        box.open()

    def _discard_answered(self, button: QAbstractButton) -> None:
        box, self.discard_box = self.discard_box, None
        if box is not None and box.standardButton(button) == QMessageBox.StandardButton.Discard:
            self._shown_texts = self._texts()
            super().reject()
