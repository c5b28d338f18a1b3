"""Add a note to a person's timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.core.changes import Written
from desktop.core.timeline import add_note
from desktop.gui.dialogs.record_dialog import RecordDialog
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import PlainLabel, datetime_edit, from_qdatetime
from desktop.gui.services.ops import Ops


class AddNoteDialog(RecordDialog):
    def __init__(self, person_id: int, person_name: str, now: datetime, parent: QWidget | None, ops: Ops) -> None:
        super().__init__(person_id, person_name, now, tr("Add note"), parent, ops)
        self.setWindowTitle(tr("Add note"))
        self.when = datetime_edit(now, self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(tr("What happened, what you learned, what to remember next time"))
        self.text.setMinimumSize(420, 160)
        self.form.addRow(PlainLabel(tr("When:")), self.when)
        self.form.addRow(PlainLabel(tr("Note:")), self.text)
        self.text.setFocus()

    def write(self) -> Callable[[], Written[int]]:
        at = from_qdatetime(self.when.dateTime())
        self.check_when(at)
        person_id, text = self.person_id, self.text.toPlainText()
        return lambda: add_note(person_id, text, at)
