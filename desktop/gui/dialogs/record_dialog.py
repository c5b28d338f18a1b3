"""The frame both "Add note" and "Log interaction" share: a person, fields, an inline error, OK/Cancel.

``accept`` checks the input, writes through a core function and closes only when that
worked; an expected error stays in the dialog, beside a warning icon, and nothing is saved.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.errors import InputError
from desktop.gui.dialogs.form_dialog import FormDialog
from desktop.gui.kit.widgets import PlainLabel, scaled_font

FUTURE_TOLERANCE = timedelta(minutes=5)


def check_not_future(at: datetime, now: datetime) -> None:
    if at > now + FUTURE_TOLERANCE:
        raise InputError("the date lies in the future; log what has happened, not what is planned")


class RecordDialog(FormDialog):
    recorded = Signal(int)  # the id of the new interaction

    def __init__(self, person_id: int, person_name: str, now: datetime, ok_text: str, parent: QWidget | None) -> None:
        super().__init__("", ok_text, parent)
        self.person_id = person_id
        self.now = now
        self.person = PlainLabel(person_name, self)
        self.person.setFont(scaled_font(self.person, 1.0, bold=True))
        self.form.addRow(PlainLabel("Person:"), self.person)

    def check_when(self, at: datetime) -> None:
        check_not_future(at, self.now)

    def record(self) -> int:
        """Check the fields and write through core; returns the new interaction's id."""
        raise NotImplementedError

    def submit(self) -> None:
        self.recorded.emit(self.record())
