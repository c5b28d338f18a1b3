"""The board's two dialogs: the rejection a card moved to "Rejected" records (the date and their words, as
Log rejection asks them), and a new application (the card that fills an empty board)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop import vocab
from desktop.core.applications import Moved, add_application, move_application
from desktop.core.changes import Written
from desktop.errors import InputError
from desktop.gui.applications.board import column_title
from desktop.gui.dialogs.form_dialog import FormDialog, Write
from desktop.gui.dialogs.record_dialog import check_not_future
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import PlainLabel, datetime_edit, from_qdatetime
from desktop.gui.services.ops import Ops
from desktop.vocab import BoardColumn


class RejectionDialog(FormDialog):
    """When they said no and what they wrote; OK moves the card to Rejected and logs the rejection."""

    moved = Signal(object)  # Moved

    def __init__(self, process_id: int, title: str, now: datetime, parent: QWidget | None = None,
                 ops: Ops | None = None) -> None:  # fmt: skip
        super().__init__(tr("Log rejection"), tr("Log rejection"), parent, ops)
        self.process_id, self.now = process_id, now
        self.form.addRow(PlainLabel(tr("Application:")), PlainLabel(title))
        self.when = datetime_edit(now, self)
        self.when.setAccessibleName(tr("When"))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(tr("What they wrote"))
        self.text.setPlaceholderText(tr("What they wrote (optional): the reason they gave, anything to remember"))
        self.text.setMinimumSize(400, 100)
        self.form.addRow(PlainLabel(tr("When:")), self.when)
        self.form.addRow(PlainLabel(tr("What they wrote:")), self.text)
        self.text.setFocus()

    def submit(self) -> Write:
        at = from_qdatetime(self.when.dateTime())
        check_not_future(at, self.now)
        words = self.text.toPlainText().strip() or None
        process_id = self.process_id

        def write() -> Moved:
            return move_application(process_id, BoardColumn.REJECTED, at.date(), words, at)

        return Write(write, self.moved.emit)


class AddApplicationDialog(FormDialog):
    added = Signal(int)  # the process id

    def __init__(self, today: date, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(tr("Add application"), tr("Add application"), parent, ops)
        self.today = today
        self.company = QLineEdit(self)
        self.company.setPlaceholderText(tr("e.g. Acme GmbH"))
        self.company.setAccessibleName(tr("Company"))
        self.role_title = QLineEdit(self)
        self.role_title.setPlaceholderText(tr("The role you applied for, e.g. Data Analyst"))
        self.role_title.setAccessibleName(tr("Role"))
        self.stage = QComboBox(self)
        self.stage.setAccessibleName(tr("Stage"))
        for stage in vocab.STAGES:
            self.stage.addItem(column_title(BoardColumn(stage)), stage)
        self.started = datetime_edit(datetime.combine(today, datetime.min.time()), self)
        self.started.setDisplayFormat("yyyy-MM-dd")
        self.started.setAccessibleName(tr("Applied on"))
        self.form.addRow(PlainLabel(tr("Company:")), self.company)
        self.form.addRow(PlainLabel(tr("Role:")), self.role_title)
        self.form.addRow(PlainLabel(tr("Stage:")), self.stage)
        self.form.addRow(PlainLabel(tr("Applied on:")), self.started)
        self.company.setFocus()

    def submit(self) -> Write:
        company, title = self.company.text().strip(), self.role_title.text().strip()
        if not company:
            raise InputError(tr("which company? Type the company's name"))
        if not title:
            raise InputError(tr("which role? Type the title of the role you applied for"))
        started = from_qdatetime(self.started.dateTime()).date()
        if started > self.today:
            raise InputError(tr("the day you applied cannot be in the future"))
        stage = str(self.stage.currentData())

        def write() -> Written[int]:
            return add_application(company, title, stage, started)

        return Write(write, lambda written: self.added.emit(written.value))
