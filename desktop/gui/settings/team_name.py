"""Settings → Database, on a team server: the name I go by in the team ("Ana Weber" rather than the role
"ana_agency"), which colleagues' cards and drafts use when they name me (``core.members``), saved on the database
executor. Hidden on a file: a file has no team."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.core.members import MAX_NAME, my_display_name, set_my_display_name
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import InlineError, PlainLabel
from desktop.gui.services.ops import Ops
from desktop.gui.services.workers import Task
from desktop.store.models import DB, is_team


class TeamNameRow(QWidget):
    message = Signal(str)

    def __init__(self, ops: Ops | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.task: Task | None = None
        self._stored = ""
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(tr("e.g. Ana Weber: how colleagues' cards and drafts name you"))
        self.name.textChanged.connect(self._update)
        self.save_button = QPushButton(tr("Save name"), self)
        self.save_button.clicked.connect(self.save)
        self.error = InlineError(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(PlainLabel(tr("Your name in the team:"), self))
        row.addWidget(self.name, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.error)
        self.load()

    def load(self) -> None:
        """The name from the server in use (hidden on a file)."""
        on_server = is_team(DB.obj)
        self.setVisible(on_server)
        self._stored = my_display_name() if on_server else ""
        self.name.setText(self._stored)
        self.error.clear()
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(self.task is None and " ".join(self.name.text().split()) != self._stored)

    def save(self) -> Task | None:
        if self.ops is None or self.task is not None:
            return None
        typed = self.name.text()
        self.error.clear()

        def done(_changes: object) -> None:
            self.task = None
            self.load()
            self.message.emit(tr("Your colleagues now see you as {name}.").format(name=self._stored)
                              if self._stored else tr("Your colleagues now see your user name."))  # fmt: skip

        def failed(reason: str) -> None:
            self.task = None
            self.error.show_message(sentence(reason))
            self._update()

        self.task = self.ops.run(lambda: set_my_display_name(typed), done, failed)
        self._update()
        return self.task
