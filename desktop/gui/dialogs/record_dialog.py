"""The frame both "Add note" and "Log interaction" share: a person, fields, an inline error, OK/Cancel.

``accept`` checks the input, writes through a core function and closes only when that
worked; an expected error stays in the dialog, beside a warning icon, and nothing is saved.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from desktop.errors import InputError, ReboundError
from desktop.gui.widgets import SPACING, InlineError, PlainLabel, scaled_font

FUTURE_TOLERANCE = timedelta(minutes=5)


class RecordDialog(QDialog):
    recorded = Signal(int)  # the id of the new interaction

    def __init__(self, person_id: int, person_name: str, now: datetime, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.now = now
        self.person = PlainLabel(person_name, self)
        self.person.setFont(scaled_font(self.person, 1.0, bold=True))
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(SPACING * 2)
        self.form.setVerticalSpacing(SPACING)
        self.form.addRow(PlainLabel("Person:"), self.person)
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

    def check_when(self, at: datetime) -> None:
        if at > self.now + FUTURE_TOLERANCE:
            raise InputError("the date lies in the future; log what has happened, not what is planned")

    def record(self) -> int:
        """Check the fields and write through core; returns the new interaction's id."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            new_id = self.record()
        except ReboundError as error:
            message = str(error)
            self.error.show_message(message[:1].upper() + message[1:] + ".")
            return
        self.error.clear()
        self.recorded.emit(new_id)
        super().accept()
