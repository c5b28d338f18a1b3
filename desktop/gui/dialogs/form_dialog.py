"""The frame of every dialog that saves something: fields in a form, an inline error, OK/Cancel.

``accept`` calls ``submit``, which checks the input and writes through a core function; the
dialog closes only when that worked. An expected error (ReboundError) stays in the dialog,
beside a warning icon, and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

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
