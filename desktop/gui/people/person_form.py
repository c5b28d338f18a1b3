"""The editable profile of one person, saved through ``core.people.update_person`` on the database executor.

Bad input shows the core's message beside a warning icon, focuses the field at fault and
saves nothing. Checked input is handed to the executor at once (the form shows it as saved);
should the write still fail, the changes come back as unsaved with the reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import vocab
from desktop.core.companies import company_names
from desktop.core.people import PersonDetail, clean_fields, get_person, update_person
from desktop.errors import ReboundError
from desktop.gui.kit.formatting import split_words
from desktop.gui.kit.i18n import VOCABULARY, tr
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel
from desktop.gui.services.ops import Ops

LINE_FIELDS = (
    ("name", tr("Name")),
    ("first_name", tr("First name")),
    ("last_name", tr("Last name")),
    ("email", tr("E-mail")),
    ("phone", tr("Phone")),
    ("linkedin_url", tr("LinkedIn URL")),
    ("company", tr("Company")),
    ("title", tr("Title")),
)
LINE_FIELDS_AFTER_ROLE = (("location", tr("Location")), ("language", tr("Language")))
FLAG_FIELDS = (
    ("connected", tr("Connected on LinkedIn")),
    ("do_not_contact", tr("Do not contact")),
    ("archived", tr("Archived")),
)
LIST_FIELDS = (("tags", tr("Tags")), ("skills", tr("Skills")))
PLACEHOLDERS = {
    "email": "name@example.com",
    "linkedin_url": "https://www.linkedin.com/in/…",
    "language": tr("two-letter code, e.g. en or de"),
    "tags": tr("comma-separated, e.g. berlin, fintech"),
    "skills": tr("comma-separated, e.g. sql, python"),
}


class PersonForm(QWidget):
    """Profile fields with Save and Revert; ``saved(person_id)`` after a successful save."""

    saved = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.ops = ops if ops is not None else Ops(self)  # the one write path (the window's)
        self.person_id: int | None = None
        self._loaded: dict[str, Any] = {}
        self._dirty = False
        self.lines: dict[str, QLineEdit] = {}
        self.flags: dict[str, QCheckBox] = {}

        form = QFormLayout()
        form.setHorizontalSpacing(SPACING * 2)
        form.setVerticalSpacing(SPACING)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in LINE_FIELDS:
            form.addRow(PlainLabel(f"{label}:"), self._line(name))
        self.role = QComboBox()
        self.role.addItem("—", None)
        for role in vocab.PERSON_ROLES:
            self.role.addItem(tr(vocab.ROLE_LABELS[role], VOCABULARY), role)
        self.role.currentIndexChanged.connect(self._update_dirty)
        form.addRow(PlainLabel(tr("Role:")), self.role)
        for name, label in LINE_FIELDS_AFTER_ROLE:
            form.addRow(PlainLabel(f"{label}:"), self._line(name))
        self.lines["language"].setMaxLength(2)
        for name, label in LIST_FIELDS:
            form.addRow(PlainLabel(f"{label}:"), self._line(name))
        for name, label in FLAG_FIELDS:
            box = QCheckBox(label)
            box.toggled.connect(self._update_dirty)
            self.flags[name] = box
            form.addRow(PlainLabel(""), box)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(tr("Anything worth remembering about this person"))
        self.notes.setMinimumHeight(96)
        self.notes.textChanged.connect(self._update_dirty)
        form.addRow(PlainLabel(tr("Notes:")), self.notes)
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.lines["company"].setCompleter(self._completer)

        fields = QWidget()
        fields.setLayout(form)
        form.setContentsMargins(SPACING, SPACING * 2, SPACING * 2, SPACING)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)

        self.error = InlineError(self)
        buttons = QDialogButtonBox()
        self.revert_button = QPushButton(tr("Revert"))
        self.revert_button.setToolTip(tr("Throw away the changes and show the saved values"))
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setToolTip(tr("Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(scroll, 1)
        self.error.setContentsMargins(SPACING, 0, SPACING, 0)
        layout.addWidget(self.error)
        buttons.setContentsMargins(SPACING, 0, SPACING, 0)
        layout.addWidget(buttons)
        self._set_dirty(False)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(PLACEHOLDERS.get(name, ""))
        edit.textChanged.connect(self._update_dirty)
        edit.returnPressed.connect(self.save)
        self.lines[name] = edit
        return edit

    # -- loading ----------------------------------------------------------------------
    def load(self, person: PersonDetail) -> None:
        self.person_id = person.id
        self._completer.model().setStringList(company_names())  # type: ignore[attr-defined]
        values: dict[str, Any] = {name: getattr(person, name) for name, _ in LINE_FIELDS + LINE_FIELDS_AFTER_ROLE}
        values.update({name: getattr(person, name) for name, _ in FLAG_FIELDS + LIST_FIELDS})
        values["role"] = person.role
        values["notes"] = person.notes
        self._show(values)
        self._loaded = self.values()
        self.error.clear()
        self._set_dirty(False)

    def _show(self, values: dict[str, Any]) -> None:
        for name, edit in self.lines.items():
            value = values.get(name)
            edit.setText(", ".join(value) if isinstance(value, list) else (value or ""))
            edit.setCursorPosition(0)
        for name, box in self.flags.items():
            box.setChecked(bool(values.get(name)))
        role_index = self.role.findData(values.get("role"))
        self.role.setCurrentIndex(max(role_index, 0))
        self.notes.setPlainText(values.get("notes") or "")

    # -- editing ----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the form says now, in the shapes ``update_person`` takes."""
        result: dict[str, Any] = {}
        for name, edit in self.lines.items():
            text = edit.text().strip()
            result[name] = split_words(text) if name in ("tags", "skills") else text
        for name, box in self.flags.items():
            result[name] = box.isChecked()
        result["role"] = self.role.currentData()
        result["notes"] = self.notes.toPlainText().strip()
        return result

    def changes(self) -> dict[str, Any]:
        current = self.values()
        return {name: value for name, value in current.items() if value != self._loaded.get(name)}

    def is_dirty(self) -> bool:
        return self._dirty

    def _update_dirty(self) -> None:
        if self.person_id is not None:
            self._set_dirty(bool(self.changes()))

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def revert(self) -> None:
        if self.person_id is not None:
            self.load(get_person(self.person_id))

    def save(self) -> bool:
        """Save the changed fields; on bad input show why, focus the field and save nothing."""
        if self.person_id is None:
            return False
        changes = self.changes()
        if not changes:
            return True
        for name, value in changes.items():
            try:
                clean_fields({name: value})
            except ReboundError as error:
                self._refuse(str(error), name)
                return False
        person_id, before = self.person_id, self._loaded
        self._loaded = self.values()  # handed to the executor: shown as saved (leaving asks nothing)
        self.error.clear()
        self._set_dirty(False)

        def done(_changed: object) -> None:
            if self.person_id == person_id and not self.is_dirty():
                self.load(get_person(person_id))  # as core stored it
            self.saved.emit(person_id)

        def failed(message: str) -> None:
            if self.person_id == person_id:  # still shown: the changes are unsaved again, with the reason
                self._loaded = before
                self._update_dirty()
                self._refuse(message, None)

        self.ops.run(lambda: update_person(person_id, changes), done, failed)
        return True

    def _refuse(self, message: str, field: str | None) -> None:
        self.error.show_message(tr("Not saved: {message}.").format(message=message))
        widget = self.lines.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            widget.selectAll()
