"""Two versions of one record side by side, after a save found that someone else saved it first (``EditConflict``).

Each field where my version and theirs differ is a row: its name, my value and theirs, each a radio button. The
person keeps theirs (``THEIRS``), overwrites with mine (``MINE``) or picks per field and saves the choice
(``CHOSEN``); "Decide later" closes the dialog and keeps what they typed, unsaved. ``chosen()`` says, per field,
whose value wins. The editor that opened it saves again against the version it now shows, so a third save in
between is caught again. Values from data are plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes, Written
from desktop.errors import EditConflict
from desktop.gui.kit.formatting import format_datetime
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import SPACING, PlainLabel, heading, muted


class Resolution(Enum):
    LATER = 0  # keep my edits in the editor, unsaved
    THEIRS = 1
    MINE = 2
    CHOSEN = 3


@dataclass(frozen=True)
class Conflicted:
    """A save that found the record saved by someone else (the result handed back by an editor's write; nothing
    changed, so nothing is broadcast)."""

    error: EditConflict
    changes: Changes = field(default_factory=Changes)


def saved_or_conflicted(save: Callable[[], Written[bool]]) -> Callable[[], Written[bool] | Conflicted]:
    """An editor's write for the executor: the save, or ``Conflicted`` when someone saved first (nothing written)."""

    def write() -> Written[bool] | Conflicted:
        try:
            return save()
        except EditConflict as conflict:
            return Conflicted(conflict)

    return write


@dataclass(frozen=True)
class FieldVersions:
    name: str
    label: str
    mine: str  # as shown
    theirs: str


def who_and_when(changed_by: str | None, changed_at: datetime | None) -> str:
    """``Ana saved it on 20 Jan 2026, 09:30 after you opened it.`` with what is known."""
    when = format_datetime(changed_at)
    if changed_by and when:
        return tr("{who} saved it on {when}, after you opened it.").format(who=changed_by, when=when)
    if changed_by:
        return tr("{who} saved it after you opened it.").format(who=changed_by)
    if when:
        return tr("Someone saved it on {when}, after you opened it.").format(when=when)
    return tr("Someone saved it after you opened it.")


class EditConflictDialog(QDialog):
    def __init__(self, what: str, who: str, fields: list[FieldVersions], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Saved by someone else"))
        self.fields = fields
        self.resolution = Resolution.LATER
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        title = heading(tr("{what} was changed while you edited it").format(what=what), self, factor=1.2)
        title.setWordWrap(True)
        intro = PlainLabel(f"{who} " + tr("Nothing was overwritten. Choose, field by field, which version to keep."),
                           self)  # fmt: skip
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING * 2)
        grid.setVerticalSpacing(SPACING)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(muted(PlainLabel(tr("Field"), self)), 0, 0)
        grid.addWidget(muted(PlainLabel(tr("Mine (not saved)"), self)), 0, 1)
        grid.addWidget(muted(PlainLabel(tr("Theirs (saved)"), self)), 0, 2)
        content = QWidget(self)
        for row, versions in enumerate(fields, start=1):
            group = QButtonGroup(self)
            mine, theirs = QRadioButton(versions.mine, content), QRadioButton(versions.theirs, content)
            group.addButton(mine)
            group.addButton(theirs)
            mine.setAccessibleName(tr("{field}: mine").format(field=versions.label))
            theirs.setAccessibleName(tr("{field}: theirs").format(field=versions.label))
            mine.setChecked(True)  # what was typed wins unless the person says otherwise
            self.mine_buttons[versions.name], self.theirs_buttons[versions.name] = mine, theirs
            grid.addWidget(PlainLabel(f"{versions.label}:", content), row, 0)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
        content.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(self)
        self.later_button = buttons.addButton(tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setToolTip(tr("Close this; what you typed stays in the editor, not saved"))
        self.theirs_button = QPushButton(tr("Keep theirs"), self)
        self.mine_button = QPushButton(tr("Overwrite with mine"), self)
        self.choice_button = QPushButton(tr("Save my choice"), self)
        self.choice_button.setDefault(True)
        for action in (self.theirs_button, self.mine_button, self.choice_button):
            buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        self.theirs_button.clicked.connect(lambda: self._resolve(Resolution.THEIRS))
        self.mine_button.clicked.connect(lambda: self._resolve(Resolution.MINE))
        self.choice_button.clicked.connect(lambda: self._resolve(Resolution.CHOSEN))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, min(200 + 40 * len(fields), 600))

    def _resolve(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.accept()

    def chosen(self) -> set[str]:
        """The fields whose value is mine (the rest keep theirs)."""
        if self.resolution is Resolution.MINE:
            return {versions.name for versions in self.fields}
        if self.resolution is Resolution.CHOSEN:
            return {name for name, button in self.mine_buttons.items() if button.isChecked()}
        return set()
