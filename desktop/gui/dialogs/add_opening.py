"""Add an opening: a job posting at a company (or, for a recruiter, a role to fill)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QCompleter, QLineEdit, QWidget

from desktop.core.openings import add_opening
from desktop.gui.dialogs.form_dialog import FormDialog, Write
from desktop.gui.kit.formatting import split_words
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import PlainLabel, date_edit, from_qdate, muted
from desktop.gui.services.ops import Ops


class AddOpeningDialog(FormDialog):
    added = Signal(int)  # the new opening's id

    def __init__(
        self, companies: list[str], today: date, parent: QWidget | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(tr("Add opening"), tr("Add opening"), parent, ops)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(tr("e.g. Senior Data Analyst"))
        self.company = QLineEdit(self)
        self.company.setPlaceholderText(tr("e.g. Acme GmbH"))
        completer = QCompleter(companies, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company.setCompleter(completer)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://… (the posting)")
        self.keywords = QLineEdit(self)
        self.keywords.setPlaceholderText(tr("comma-separated, e.g. sql, python, tableau"))
        self.discovered = date_edit(today, self)
        self.mine = QCheckBox(tr("A role I am filling"), self)
        self.mine_hint = muted(
            PlainLabel(
                tr("For recruiters: Rebound then suggests past candidates who fit, instead of whom to ask."), self
            )
        )
        self.mine_hint.setWordWrap(True)
        self.title.setMinimumWidth(360)
        self.form.addRow(PlainLabel(tr("Title:")), self.title)
        self.form.addRow(PlainLabel(tr("Company:")), self.company)
        self.form.addRow(PlainLabel(tr("URL:")), self.url)
        self.form.addRow(PlainLabel(tr("Keywords:")), self.keywords)
        self.form.addRow(PlainLabel(tr("Discovered:")), self.discovered)
        self.form.addRow("", self.mine)
        self.form.addRow("", self.mine_hint)
        self.title.setFocus()

    def submit(self) -> Write:
        company, title, discovered = self.company.text(), self.title.text(), from_qdate(self.discovered.date())
        url, keywords, mine = self.url.text().strip() or None, split_words(self.keywords.text()), self.mine.isChecked()
        return Write(
            lambda: add_opening(company, title, discovered, url=url, keywords=keywords, mine=mine),
            lambda written: self.added.emit(written.value),
        )
