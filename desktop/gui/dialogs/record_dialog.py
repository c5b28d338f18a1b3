"""The frame both "Add note" and "Log interaction" share: a person, fields, an inline error, OK/Cancel.

``submit`` checks the input and hands over the core write; FormDialog runs it on the database
executor (``Ops``: never on the GUI thread) and closes only when that worked; an expected error stays in the dialog,
beside a warning icon, and nothing is saved. The write's broadcast tells the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core.changes import Written
from desktop.errors import InputError
from desktop.gui.dialogs.form_dialog import FormDialog, Write
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import PlainLabel, scaled_font
from desktop.gui.services.ops import Ops

FUTURE_TOLERANCE = timedelta(minutes=5)


def check_not_future(at: datetime, now: datetime) -> None:
    if at > now + FUTURE_TOLERANCE:
        raise InputError(tr("the date lies in the future; log what has happened, not what is planned"))


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
        self.form.addRow(PlainLabel(tr("Person:")), self.person)

    def check_when(self, at: datetime) -> None:
        check_not_future(at, self.now)

    def write(self) -> Callable[[], Written[int]]:
        """Check the fields; the core write that records them (it returns the new interaction's id)."""
        raise NotImplementedError

    def submit(self) -> Write:
        """The core write of ``write`` on the database executor; the new interaction's id goes out as ``recorded``."""
        return Write(self.write(), lambda made: self.recorded.emit(made.value))
