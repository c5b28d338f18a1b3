"""The Applications page: the board, its filters (company, period), moving cards and undoing moves.

Every move is written through the ops executor (``core.applications.move_application``) and announced in
the undo bar; Ctrl+Z (or its Undo button) puts the last card back. A move to Rejected first asks when and
what they wrote, then offers the reply Today suggests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.applications import (
    ApplicationCard,
    Moved,
    Role,
    applications,
    candidates_by_role,
    column_of,
    move_application,
    undo_move,
)
from desktop.core.changes import Changes
from desktop.core.profile import get_profile
from desktop.gui.applications.board import Board, column_title, role_header
from desktop.gui.applications.dialogs import AddApplicationDialog, RejectionDialog
from desktop.gui.kit.empty_state import EmptyState, content_or_empty
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, PlainLabel
from desktop.gui.services.ops import Ops
from desktop.gui.services.workers import Task
from desktop.vocab import BoardColumn, Mode

PERIODS = (0, 30, 90, 365)  # days back; 0: any time


class UndoBar(QFrame):
    """ "Moved … [Show the reply] [Undo]": the last move, announced, while it can be undone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = PlainLabel("", self)
        self.label.setWordWrap(True)
        self.reply_button = QPushButton(icon("rejection"), tr("Show the reply"), self)
        self.reply_button.setToolTip(tr("Today suggests a reply to the rejection"))
        self.button = QPushButton(icon("undo"), tr("Undo"), self)
        self.button.setToolTip(tr("Put the card back (Ctrl+Z)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING // 2, SPACING, SPACING // 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reply_button)
        layout.addWidget(self.button)
        self.hide()


class ApplicationsPage(QWidget):
    message = Signal(str)
    show_reply_requested = Signal(int)  # the person whose rejection Today now answers

    def __init__(self, ops: Ops, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self._clock = ops, clock
        self._stale = True
        self.cards: list[ApplicationCard] = []
        self.roles: list[Role] | None = None  # a recruiter's roles (None: a job seeker's board, no roles)
        self.undo_stack: list[Moved] = []
        self.dialog: QDialog | None = None
        self._reply_person: int | None = None
        self._focus_after: int | None = None  # the card to make current once the board is read again
        ops.changed.connect(self.apply_changes)

        self.company = QComboBox(self)
        self.company.setAccessibleName(tr("Company"))
        self.company.setMinimumContentsLength(18)
        self.company.currentIndexChanged.connect(lambda _i: self.load())
        self.period = QComboBox(self)
        self.period.setAccessibleName(tr("Period"))
        for days, text in zip(
            PERIODS, (tr("Any time"), tr("Last 30 days"), tr("Last 90 days"), tr("Last 12 months")), strict=True
        ):
            self.period.addItem(text, days)
        self.period.currentIndexChanged.connect(lambda _i: self.load())
        self.role = QComboBox(self)  # a recruiter's: the candidates of one role
        self.role.setAccessibleName(tr("Role"))
        self.role.setMinimumContentsLength(18)
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role.setToolTip(tr("The candidates of one role you fill"))
        self.role.currentIndexChanged.connect(lambda _i: self.load())
        self.role_label = PlainLabel(tr("Role:"), self)
        self.add_button = QPushButton(icon("applications"), tr("Add application…"), self)
        self.add_button.clicked.connect(self.add_application)
        self.hint = PlainLabel(tr("Drag a card, or Ctrl+→ / Ctrl+← to move it"), self)
        filters = QHBoxLayout()
        filters.setSpacing(SPACING)
        filters.addWidget(PlainLabel(tr("Company:"), self))
        filters.addWidget(self.company)
        filters.addWidget(PlainLabel(tr("Period:"), self))
        filters.addWidget(self.period)
        filters.addWidget(self.role_label)
        filters.addWidget(self.role)
        filters.addStretch(1)
        filters.addWidget(self.hint)
        filters.addWidget(self.add_button)
        self.board = Board(self)
        self.board.move_requested.connect(self.move_card)
        for cards in self.board.lists.values():
            cards.setToolTip(self.hint.text())
        self.undo_bar = UndoBar(self)
        self.undo_bar.button.clicked.connect(self.undo)
        self.undo_bar.reply_button.clicked.connect(self._show_reply)
        self.undo_action = QAction(icon("undo"), tr("Undo move"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.undo_action.setEnabled(False)
        self.addAction(self.undo_action)
        self.board_page = board_page = QWidget(self)
        column = QVBoxLayout(board_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        column.addLayout(filters)
        column.addWidget(self.board, 1)
        column.addWidget(self.undo_bar)
        self.empty = EmptyState(
            tr("No applications yet"),
            tr("Every application you send becomes a card here, in the stage it has reached: move it as the "
               "process goes on, and a rejection becomes a reply Today suggests."),
            tr("Add application…"), "applications", self,
        )  # fmt: skip
        self.empty.button.clicked.connect(self.add_application)
        self.stack = content_or_empty(self, board_page, self.empty)

    # -- reading ----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def apply_changes(self, changes: Changes) -> None:
        if changes.everything or changes.processes or changes.openings or changes.companies:
            self._stale = True
            if self.isVisible():
                self.load()

    def _period_start(self) -> date | None:
        days = self.period.currentData()
        return self._clock().date() - timedelta(days=days) if days else None

    def load(self) -> None:
        self._stale = False
        company_id = self.company.currentData()
        self.cards = applications(company_id if isinstance(company_id, int) else None, self._period_start())
        everything = self.cards if company_id is None and not self.period.currentData() else applications()
        self._fill_companies(everything)
        recruiter = get_profile().mode == Mode.RECRUITER
        self.roles = candidates_by_role(everything) if recruiter else None
        self._fill_roles(self.roles or [])
        self.role.setVisible(recruiter)
        self.role_label.setVisible(recruiter)
        self.hint.setVisible(not recruiter)  # the role filter takes its place (the columns' tooltip keeps the hint)
        chosen = next((r for r in self.roles or [] if r.opening_id == self.role.currentData()), None)
        if chosen is not None:
            self.cards = [card for card in self.cards if card.id in chosen.process_ids]
        self.stack.setCurrentWidget(self.empty if not everything else self.board_page)
        self.board.show_cards(self.cards, self.roles)
        if self._focus_after is not None:
            self.board.focus_card(self._focus_after)
            self._focus_after = None

    def _fill_companies(self, cards: list[ApplicationCard]) -> None:
        chosen = self.company.currentData()
        companies = sorted({(c.company.casefold(), c.company, c.company_id) for c in cards})
        self.company.blockSignals(True)
        self.company.clear()
        self.company.addItem(tr("All companies"), None)
        for _key, name, company_id in companies:
            self.company.addItem(name, company_id)
        index = self.company.findData(chosen)
        self.company.setCurrentIndex(max(index, 0))
        self.company.blockSignals(False)

    def _fill_roles(self, roles: list[Role]) -> None:
        chosen = self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        self.role.addItem(tr("All roles"), None)
        for role in roles:
            self.role.addItem(role_header(role), role.opening_id)
        self.role.setCurrentIndex(max(self.role.findData(chosen), 0))
        self.role.blockSignals(False)

    def card(self, process_id: int) -> ApplicationCard | None:
        return next((c for c in self.cards if c.id == process_id), None)

    def focus_first_card(self) -> None:
        if self.cards:
            self.board.focus_card(self.cards[0].id)

    # -- moving ----------------------------------------------------------------------------------
    def move_card(self, process_id: int, column: str) -> Task | RejectionDialog | None:
        """Move a card (a drop or Ctrl+arrow); Rejected asks for the date and the words first."""
        card = self.card(process_id)
        if card is None or card.column == column:
            return None
        if column == BoardColumn.REJECTED:
            return self._ask_rejection(card)
        on = self._clock().date() if column == BoardColumn.WITHDRAWN else None
        return self.ops.run(lambda: move_application(process_id, column, on), self._moved, self.message.emit)

    def _ask_rejection(self, card: ApplicationCard) -> RejectionDialog:
        dialog = RejectionDialog(card.id, f"{card.title} · {card.company}", self._clock(), self, self.ops)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.moved.connect(self._moved)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _moved(self, moved: Moved) -> None:
        card = self.card(moved.process_id)
        name = f"{card.title} · {card.company}" if card else ""
        self.undo_stack.append(moved)
        self.undo_action.setEnabled(True)
        self._focus_after = moved.process_id
        text = tr("Moved {card} to {column}.").format(card=name, column=column_title(moved.column))
        self._reply_person = moved.person_id if moved.interaction_id is not None else None
        if self._reply_person is not None:
            text += " " + tr("Today suggests the reply.")
        self.undo_bar.label.setText(text)
        self.undo_bar.reply_button.setVisible(self._reply_person is not None)
        self.undo_bar.show()
        self.message.emit(text)

    def undo(self) -> Task | None:
        """Put the last moved card back (on the executor); it is the current card again."""
        if not self.undo_stack:
            return None
        last = self.undo_stack.pop()
        self.undo_action.setEnabled(bool(self.undo_stack))
        self._focus_after = last.process_id
        self._reply_person = None

        def done(_changes: object) -> None:
            text = tr("Undone: the card is back in {column}.").format(column=column_title(self._before_column(last)))
            self.undo_bar.label.setText(text)
            self.undo_bar.reply_button.hide()
            self.message.emit(text)

        return self.ops.run(lambda: undo_move(last), done, self.message.emit)

    @staticmethod
    def _before_column(moved: Moved) -> BoardColumn:
        stage, outcome, _ended = moved.before
        return column_of(stage, outcome)

    def _show_reply(self) -> None:
        if self._reply_person is not None:
            self.show_reply_requested.emit(self._reply_person)

    def add_application(self) -> AddApplicationDialog:
        dialog = AddApplicationDialog(self._clock().date(), self, self.ops)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._added)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _added(self, process_id: int) -> None:
        self._focus_after = process_id
        self.message.emit(tr("Application added."))
