"""Person → Connections → Add connection…: whom this person knows (a name from Rebound), how, how well."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from desktop import vocab
from desktop.core.changes import Changes
from desktop.core.network import connect
from desktop.core.people import find_person
from desktop.errors import InputError
from desktop.gui.dialogs.form_dialog import Write
from desktop.gui.dialogs.record_dialog import RecordDialog
from desktop.gui.kit.formatting import STRENGTH_WORDS, word_label
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import PlainLabel
from desktop.gui.services.ops import Ops


class AddConnectionDialog(RecordDialog):
    def __init__(
        self, person_id: int, person_name: str, names: list[str], now: datetime, parent: QWidget | None, ops: Ops
    ) -> None:
        super().__init__(person_id, person_name, now, tr("Add connection"), parent, ops)
        self.setWindowTitle(tr("Add connection"))
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(tr("Someone in Rebound: start typing a name"))
        completer = QCompleter(sorted(names, key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.other.setCompleter(completer)
        self.kind = QComboBox(self)
        for kind in vocab.EDGE_KINDS:
            self.kind.addItem(word_label(kind), str(kind))
        self.strength = QComboBox(self)
        for strength in vocab.EDGE_STRENGTHS:
            self.strength.addItem(STRENGTH_WORDS[int(strength)], int(strength))
        self.form.addRow(PlainLabel(tr("Knows:")), self.other)
        self.form.addRow(PlainLabel(tr("How:")), self.kind)
        self.form.addRow(PlainLabel(tr("How well:")), self.strength)
        self.other.setFocus()

    def connection(self) -> Callable[[], Changes]:
        """Check the fields; the core write that connects the two (it says both people changed)."""
        name = self.other.text().strip()
        if not name:
            raise InputError(tr("whom do they know? Type a name from Rebound"))
        other = find_person(name)
        person_id, kind, strength = self.person_id, str(self.kind.currentData()), int(self.strength.currentData())

        return lambda: connect(person_id, other, kind, strength, self.now.date())

    def submit(self) -> Write:
        """Check here; FormDialog connects on the database executor and closes when that has worked."""
        return Write(self.connection())
