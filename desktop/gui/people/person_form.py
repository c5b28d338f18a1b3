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
from desktop.errors import EditConflict, ReboundError
from desktop.gui.dialogs.edit_conflict import (
    Conflicted,
    EditConflictDialog,
    FieldVersions,
    Resolution,
    saved_or_conflicted,
    who_and_when,
)
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


FIELD_LABELS = {name: label for name, label in LINE_FIELDS + LINE_FIELDS_AFTER_ROLE + FLAG_FIELDS + LIST_FIELDS}
FIELD_LABELS.update(role=tr("Role"), notes=tr("Notes"))


def _stored_values(person: PersonDetail) -> dict[str, Any]:
    """A person's fields as the form shows them (before the form's own clean-up)."""
    names = [name for name, _ in LINE_FIELDS + LINE_FIELDS_AFTER_ROLE + FLAG_FIELDS + LIST_FIELDS]
    return {name: getattr(person, name) for name in [*names, "role", "notes"]}


def _form_values(stored: dict[str, Any]) -> dict[str, Any]:
    """Stored values in the shapes ``PersonForm.values`` reads from its fields (to compare them)."""
    shaped: dict[str, Any] = {}
    for name, value in stored.items():
        if name in FLAG_FIELDS_NAMES:
            shaped[name] = bool(value)
        elif name == "role":
            shaped[name] = value
        else:
            text = (", ".join(value) if isinstance(value, list) else (value or "")).strip()
            shaped[name] = split_words(text) if name in ("tags", "skills") else text
    return shaped


FLAG_FIELDS_NAMES = {name for name, _ in FLAG_FIELDS}


def _shown(name: str, value: Any) -> str:
    """A value as the conflict dialog shows it."""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if name == "role" and value:
        return tr(vocab.ROLE_LABELS[value], VOCABULARY)
    if isinstance(value, list):
        value = ", ".join(value)
    return str(value) if value else "—"


class PersonForm(QWidget):
    """Profile fields with Save and Revert; ``saved(person_id)`` after a successful save."""

    saved = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.ops = ops if ops is not None else Ops(self)  # the one write path (the window's)
        self.person_id: int | None = None
        self.version = 1  # the version shown: a save against it finds a save made since (EditConflict)
        self.conflict: EditConflictDialog | None = None  # both versions side by side, while it is open
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
        self.version = person.version
        self._completer.model().setStringList(company_names())  # type: ignore[attr-defined]
        self._show(_stored_values(person))
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
        person_id, before, version = self.person_id, self._loaded, self.version
        self._loaded = self.values()  # handed to the executor: shown as saved (leaving asks nothing)
        self.error.clear()
        self._set_dirty(False)

        write = saved_or_conflicted(lambda: update_person(person_id, changes, expected_version=version))

        def done(result: object) -> None:
            if isinstance(result, Conflicted):
                if self.person_id == person_id:  # still shown: the changes are unsaved again, both versions shown
                    self._loaded = before
                    self._update_dirty()
                    self.show_conflict(result.error)
                return
            if self.person_id == person_id and not self.is_dirty():
                self.load(get_person(person_id))  # as core stored it
            self.saved.emit(person_id)

        def failed(message: str) -> None:
            if self.person_id == person_id:  # still shown: the changes are unsaved again, with the reason
                self._loaded = before
                self._update_dirty()
                self._refuse(message, None)

        self.ops.run(write, done, failed)
        return True

    # -- someone else saved first ---------------------------------------------------------
    def show_conflict(self, conflict: EditConflict) -> EditConflictDialog | None:
        """Both versions of the fields I changed, side by side; the choice is saved against their version."""
        theirs = conflict.theirs
        if not isinstance(theirs, PersonDetail):
            self._refuse(str(conflict), None)
            return None
        mine, stored = self.values(), _form_values(_stored_values(theirs))
        differing = [name for name in self.changes() if mine[name] != stored.get(name)]
        if not differing:  # they saved just what I typed: nothing to choose
            self.load(theirs)
            return None
        fields = [FieldVersions(name, FIELD_LABELS[name], _shown(name, mine[name]), _shown(name, stored.get(name)))
                  for name in differing]  # fmt: skip
        who = who_and_when(theirs.changed_by, theirs.changed_at)
        self._refuse(tr("{who} Compare both versions.").format(who=who), None)
        dialog = EditConflictDialog(theirs.name, who, fields, self)
        dialog.finished.connect(lambda _result: self._resolved(dialog, theirs, mine, stored))
        self.conflict = dialog
        dialog.open()
        return dialog

    def _resolved(self, dialog: EditConflictDialog, theirs: PersonDetail, mine: dict[str, Any],
                  stored: dict[str, Any]) -> None:  # fmt: skip
        self.conflict = None
        if dialog.resolution is Resolution.LATER or self.person_id != theirs.id:
            return  # what was typed stays in the form, unsaved
        keep = dialog.chosen()
        self.load(theirs)  # their version, as the base of the next save
        if keep:
            self._show({**stored, **{name: mine[name] for name in keep}})
            self._update_dirty()
            self.save()

    def _refuse(self, message: str, field: str | None) -> None:
        self.error.show_message(tr("Not saved: {message}.").format(message=message))
        widget = self.lines.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            widget.selectAll()
