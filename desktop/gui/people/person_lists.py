"""The small lists of a person page: their processes (cards) and their connections (a table)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.formatting import format_date, role_label, strength_text, word_label
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import SPACING, PlainLabel, muted, scaled_font, separator

if TYPE_CHECKING:  # read when a person is shown, after the window's first paint
    from desktop.core.network import Acquaintance
    from desktop.core.processes import ProcessView


def _table(headers: Sequence[str], parent: QWidget | None) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + SPACING)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)  # table items are always plain text


class _ListWithEmptyState(QWidget):
    """A table, or a sentence saying why it is empty."""

    def __init__(self, table: QTableWidget, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.empty = muted(PlainLabel(empty_text, self))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(SPACING, SPACING * 2, SPACING, SPACING)
        self._stack = QStackedLayout()
        self._stack.addWidget(table)
        self._stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack)

    def _show_table(self, has_rows: bool) -> None:
        self._stack.setCurrentWidget(self.table if has_rows else self.empty)
        if has_rows:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setStretchLastSection(True)


class ProcessCard(QWidget):
    """One process: "Opening at Company", then role · stage reached · outcome · dates, then the reason."""

    def __init__(self, process: ProcessView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.process = process
        self.title = PlainLabel(
            tr("{opening} at {company}").format(opening=process.opening, company=process.company), self, selectable=True
        )
        self.title.setFont(scaled_font(self.title, 1.0, bold=True))
        self.title.setWordWrap(True)
        self.facts = PlainLabel(process_facts(process), self)
        self.facts.setWordWrap(True)
        self.reason = muted(
            PlainLabel(
                tr("Reason: {reason}").format(reason=process.reason) if process.reason else "", self, selectable=True
            )
        )
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(process.reason))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.reason)


def process_facts(process: ProcessView) -> str:
    """``As recruiter · reached Final · Rejected · 2 Nov 2025 – 20 Jan 2026``."""
    parts = [tr("As {lower}").format(lower=role_label(process.role).lower())]
    if process.stage_reached:
        parts.append(tr("reached {word_label}").format(word_label=word_label(process.stage_reached)))
    parts.append(word_label(process.outcome))
    started, ended = format_date(process.started_on), format_date(process.ended_on)
    if started or ended:
        parts.append(f"{started or '?'} – {ended}" if ended else tr("since {started}").format(started=started))
    return " · ".join(parts)


class ProcessesView(QScrollArea):
    """The processes the person took part in, newest first, as a column of short cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards: list[ProcessCard] = []
        self._content: QWidget | None = None
        self.empty_text = tr("Not part of any application or interview process yet.")

    def set_processes(self, processes: list[ProcessView]) -> None:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.cards = [ProcessCard(process, content) for process in processes]
        for number, card in enumerate(self.cards):
            if number:
                column.addWidget(separator(content))
            column.addWidget(card)
        if not processes:
            empty = muted(PlainLabel(self.empty_text, content))
            empty.setWordWrap(True)
            empty.setContentsMargins(SPACING, SPACING * 2, SPACING, SPACING)
            column.addWidget(empty)
        column.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.setWidget(content)


class ConnectionsView(_ListWithEmptyState):
    """Who this person knows; double-clicking a row (or Enter on it) asks to open that person."""

    HEADERS = (tr("Name"), tr("Company"), tr("Kind"), tr("Strength"), tr("Since"))
    person_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_table(self.HEADERS, parent), tr("No known connections yet."), parent)
        self.table.setParent(self)
        self.table.setToolTip(tr("Double-click a person to open them."))
        # not `activated`: with some styles it fires with doubleClicked, and the second would hit the new table
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.installEventFilter(self)
        self.acquaintances: list[Acquaintance] = []
        self.paths = PlainLabel("", self, selectable=True)
        self.paths.setWordWrap(True)
        self.paths.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self.paths.hide()
        self.add_button = QPushButton(tr("Add connection…"), self)
        self.add_button.setToolTip(tr("Record whom this person knows (someone already in Rebound)"))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.paths)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_paths(self, lines: list[str]) -> None:
        """The warm introduction paths from me to this person (plain text, one per line)."""
        self.paths.setText("\n".join(lines))
        self.paths.setVisible(bool(lines))

    def set_connections(self, acquaintances: list[Acquaintance]) -> None:
        self.acquaintances = list(acquaintances)
        table = self.table
        table.setRowCount(len(acquaintances))
        for row, person in enumerate(acquaintances):
            table.setItem(row, 0, _item(person.name))
            table.setItem(row, 1, _item(person.company or ""))
            table.setItem(row, 2, _item(word_label(person.kind)))
            table.setItem(row, 3, _item(strength_text(person.strength)))
            table.setItem(row, 4, _item(format_date(person.since)))
        self._show_table(bool(acquaintances))

    def person_id(self, row: int) -> int | None:
        if not 0 <= row < len(self.acquaintances):
            return None
        return self.acquaintances[row].person_id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentRow() >= 0:
                self._activate(self.table.currentRow())
                return True
        return super().eventFilter(watched, event)

    def _activate(self, row: int) -> None:
        person_id = self.person_id(row)
        if person_id is not None:
            self.person_activated.emit(person_id)
