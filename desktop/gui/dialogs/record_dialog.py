"""The frame both "Add note" and "Log interaction" share: a person, fields, an inline error, OK/Cancel.

``accept`` checks the input, hands the core write to the database executor (``Ops``: never
on the GUI thread) and closes only when that worked; an expected error stays in the dialog,
beside a warning icon, and nothing is saved. The write's broadcast tells the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.changes import person_changed
from desktop.errors import InputError, ReboundError
from desktop.gui.dialogs.form_dialog import FormDialog
from desktop.gui.kit.widgets import PlainLabel, scaled_font
from desktop.gui.services.ops import Ops

FUTURE_TOLERANCE = timedelta(minutes=5)


def check_not_future(at: datetime, now: datetime) -> None:
    if at > now + FUTURE_TOLERANCE:
        raise InputError("the date lies in the future; log what has happened, not what is planned")


class RecordDialog(FormDialog):
    recorded = Signal(int)  # the id of the new interaction

    def __init__(
        self, person_id: int, person_name: str, now: datetime, ok_text: str, parent: QWidget | None, ops: Ops
    ) -> None:
        super().__init__("", ok_text, parent, ops)
        self.person_id = person_id
        self.now = now
        self.person = PlainLabel(person_name, self)
        self.person.setFont(scaled_font(self.person, 1.0, bold=True))
        self.form.addRow(PlainLabel("Person:"), self.person)

    def check_when(self, at: datetime) -> None:
        check_not_future(at, self.now)

    def write(self) -> Callable[[], int]:
        """Check the fields; the core write that records them (it returns the new interaction's id)."""
        raise NotImplementedError

    def accept(self) -> None:
        """Check here, write on the database executor; the dialog closes when the write has worked."""
        if self.writing:
            return
        try:
            write = self.write()
        except ReboundError as error:
            self.show_error(str(error))
            return
        self.writing = True
        self.ok_button.setEnabled(False)
        self.ops.run(write, lambda made: person_changed(self.person_id, made), self._written, self._not_written)

    def reject(self) -> None:
        if not self.writing:  # not while the write runs: it finishes either way
            super().reject()

    def _written(self, interaction_id: int) -> None:
        self.writing = False
        self.error.clear()
        self.recorded.emit(interaction_id)
        QDialog.accept(self)

    def _not_written(self, message: str) -> None:
        self.writing = False
        self.ok_button.setEnabled(True)
        self.show_error(message)
