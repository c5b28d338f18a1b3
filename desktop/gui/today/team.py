"""Today on a team server: whose suggestions the column shows (My people / Everyone), and the team view.

Shown only when the database is a team server (``Facts.member`` is set); on a SQLite file the bar stays hidden
and Today is as it always was. The team view is a small table under the choice: who holds how many people and how
many of their suggestions are due today (``core.reconnect.team.overview``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QRadioButton, QVBoxLayout, QWidget

from desktop.core.reconnect.suggestion import Suggestion
from desktop.gui.kit.i18n import tr, tr_n
from desktop.gui.kit.qt_values import ALIGN_RIGHT, ALIGN_V_CENTER, set_qt_property
from desktop.gui.kit.widgets import SPACING, PlainLabel, muted

if TYPE_CHECKING:  # the engine's modules load with the first plan
    from desktop.core.reconnect.facts import Facts


class TeamBar(QWidget):
    scope_changed = Signal()  # My people ↔ Everyone: the column is laid out again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine_button = QRadioButton(tr("My people"), self)
        self.mine_button.setToolTip(tr("Suggestions for the people you hold"))
        self.everyone_button = QRadioButton(tr("Everyone"), self)
        self.everyone_button.setToolTip(tr("Suggestions for every person of the team"))
        self.mine_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.mine_button)
        group.addButton(self.everyone_button)
        self.mine_button.toggled.connect(lambda _checked: self.scope_changed.emit())
        self.team_button = QPushButton(tr("Team view"), self)
        self.team_button.setCheckable(True)
        self.team_button.setToolTip(tr("Who holds how many people, and how many of their suggestions are due"))
        self.team_button.toggled.connect(self._show_team)
        self.table = QWidget(self)
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(SPACING * 2, 0, 0, 0)
        self.grid.setHorizontalSpacing(SPACING * 3)
        self.grid.setVerticalSpacing(SPACING // 2)
        self.table.hide()
        row = QHBoxLayout()
        row.setSpacing(SPACING * 2)
        row.addWidget(self.mine_button)
        row.addWidget(self.everyone_button)
        row.addStretch(1)
        row.addWidget(self.team_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, 0, SPACING * 2, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.member: str | None = None
        self._facts: Facts | None = None
        self._due: list[Suggestion] = []
        self.hide()

    @property
    def mine_only(self) -> bool:
        """Whether the column shows my people's suggestions only (on a team server)."""
        return self.member is not None and self.mine_button.isChecked()

    def show_team(self, facts: Facts, due: list[Suggestion]) -> None:
        """The facts of the plan (no signed-in member: a SQLite file, the bar hides) and today's whole plan; the
        team view is worked out when it is open."""
        self.member, self._facts, self._due = facts.member, facts, due
        self.setVisible(facts.member is not None)
        if self.team_button.isChecked():
            self._fill()

    def lines(self) -> list[list[str]]:
        """The team view's rows as shown (member, people, due today)."""
        found: list[list[str]] = []
        for row in range(1, self.grid.rowCount()):
            cells = [self.grid.itemAtPosition(row, column) for column in range(3)]
            widgets = [cell.widget() if cell is not None else None for cell in cells]
            if all(isinstance(w, PlainLabel) for w in widgets):
                found.append([w.text() for w in widgets if isinstance(w, PlainLabel)])
        return found

    def _show_team(self, shown: bool) -> None:
        if shown:
            self._fill()
        self.table.setVisible(shown)

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for column, title in enumerate((tr("Member"), tr("People"), tr("Due today"))):
            self.grid.addWidget(muted(PlainLabel(title, self.table)), 0, column)
        from desktop.core.members import named  # lazy: a team server's bar, once there is a plan
        from desktop.core.reconnect.team import overview

        loads = overview(self._facts, self._due) if self._facts is not None else []
        names = self._facts.member_names if self._facts is not None else {}
        for row, load in enumerate(loads, start=1):
            if load.member is None:
                who = tr("Nobody (no owner)")
            elif load.member == self.member:
                who = tr("You ({member})").format(member=named(load.member, names))
            else:
                who = named(load.member, names) or load.member
            cells = (who, tr_n("%n person", load.people, "%n people"), tr_n("%n due", load.due, "%n due"))
            for column, text in enumerate(cells):
                label = PlainLabel(text, self.table)
                if column:
                    set_qt_property(label, "alignment", ALIGN_RIGHT | ALIGN_V_CENTER)
                self.grid.addWidget(label, row, column)
