"""Person → New person… (Ctrl+Shift+N): a name, and what you know (company, title, e-mail, LinkedIn)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.core.changes import Written
from desktop.core.people import create_person
from desktop.errors import InputError
from desktop.gui.dialogs.form_dialog import FormDialog, Write
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import PlainLabel
from desktop.gui.services.ops import Ops
from desktop.store.models import DB


class NewPersonDialog(FormDialog):
    created = Signal(int, str)  # the new person's id and name

    def __init__(self, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(tr("New person"), tr("Add person"), parent, ops)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("Full name, e.g. Anna Schmidt"))
        self.company = QLineEdit(self)
        self.company.setPlaceholderText(tr("e.g. Acme GmbH"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(tr("e.g. Senior Recruiter"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("anna@acme.example")
        self.linkedin = QLineEdit(self)
        self.linkedin.setPlaceholderText("https://www.linkedin.com/in/…")
        for label, field in ((tr("Name:"), self.name), (tr("Company:"), self.company), (tr("Title:"), self.title),
                             (tr("E-mail:"), self.email), (tr("LinkedIn:"), self.linkedin)):  # fmt: skip
            self.form.addRow(PlainLabel(label), field)
        self.name.setFocus()

    def submit(self) -> Write:
        name = self.name.text().strip()
        if not name:
            raise InputError(tr("a person needs a name"))
        fields = {"name": name, "company": self.company.text().strip(), "title": self.title.text().strip(),
                  "email": self.email.text().strip(), "linkedin_url": self.linkedin.text().strip()}  # fmt: skip
        known = {key: value for key, value in fields.items() if value}

        def write() -> Written[int]:
            with DB.atomic():
                return create_person(known)

        return Write(write, lambda created: self.created.emit(created.value, name))
