"""The board: one list per column (vocab.BOARD_COLUMNS), a card per process.

A card is dragged to another column (its process id travels as ``MIME_TYPE``) or moved with the keyboard:
Ctrl+Right / Ctrl+Left move the current card one column on, Left / Right move the focus between columns.
The board only asks for a move (``move_requested``); the page writes it and reads the board again.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.applications import ApplicationCard, Role
from desktop.gui.applications.cards import HEADER_ROLE, CardDelegate
from desktop.gui.kit.formatting import format_date
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import SPACING, PlainLabel, scaled_font
from desktop.vocab import BOARD_COLUMNS, BoardColumn

MIME_TYPE = "application/x-rebound-process"
PROCESS_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_WIDTH = 200


def column_title(column: BoardColumn) -> str:
    titles = {
        BoardColumn.APPLIED: tr("Applied"),
        BoardColumn.SCREEN: tr("Screen"),
        BoardColumn.INTERVIEW: tr("Interview"),
        BoardColumn.ONSITE: tr("On-site"),
        BoardColumn.FINAL: tr("Final"),
        BoardColumn.OFFER: tr("Offer"),
        BoardColumn.REJECTED: tr("Rejected"),
        BoardColumn.WITHDRAWN: tr("Withdrawn"),
    }
    return titles[column]


def card_text(card: ApplicationCard, in_role: bool = False) -> str:
    """Role, company, the candidate or contact and since when, a line each; ``in_role`` (under the header of
    the role, which names it): the candidate first, then the contact and the day."""
    day = card.ended_on or card.started_on
    lines = [card.candidate or "", card.contact or ""] if in_role else [card.title, card.company]
    if not in_role:
        lines.append(card.candidate or card.contact or "")
    lines.append(format_date(day) if day is not None else "")
    return "\n".join(line for line in lines if line)


def role_header(role: Role) -> str:
    return f"{role.title} · {role.company}"


def header_text(header: str) -> str:
    """A role's header on the board: the title, then the company, a line each."""
    return header.replace(" · ", "\n", 1) if header.count(" · ") else header


def no_role_header() -> str:
    return tr("No candidate")


def grouped(cards: list[ApplicationCard], roles: list[Role]) -> list[tuple[str | None, list[ApplicationCard]]]:
    """The cards under their roles' headers, in the roles' order; those in no role last, as "No candidate"."""
    role_of = {process_id: index for index, role in enumerate(roles) for process_id in role.process_ids}
    groups: list[list[ApplicationCard]] = [[] for _ in range(len(roles) + 1)]
    for card in cards:
        groups[role_of.get(card.id, len(roles))].append(card)
    headers = [role_header(role) for role in roles] + [no_role_header()]
    return [(header, group) for header, group in zip(headers, groups, strict=True) if group]


class ColumnHeading(PlainLabel):
    """A column's title and count, "Interview (3)": every column as wide as the next, a title too long for it
    ends in "…" before the count (the whole in the tooltip and the accessible name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setFont(scaled_font(self, 1.05, bold=True))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._title, self._count = "", ""

    def set_title(self, title: str, count: int) -> None:
        self._title, self._count = title, f" ({count})"
        whole = title + self._count
        self.setText(whole)
        self.setToolTip(whole)
        self.setAccessibleName(whole)

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect()
        metrics = self.fontMetrics()
        title = metrics.elidedText(
            self._title, Qt.TextElideMode.ElideRight, room.width() - metrics.horizontalAdvance(self._count)
        )
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title + self._count)


class ColumnList(QListWidget):
    """The cards of one column; a drop here asks to move the card in."""

    dropped = Signal(int, str)  # process id, column
    step = Signal(int, int)  # process id, +1 / -1: Ctrl+Right / Ctrl+Left
    focus_step = Signal(int)  # +1 / -1: Right / Left

    def __init__(self, column: BoardColumn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.setAccessibleName(column_title(column))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setItemDelegate(CardDelegate(self))  # a card's lines, each cut with "…" (cards.py)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # a narrower column lays its cards out again
        self.setSpacing(SPACING // 2)
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def process_id(self, item: QListWidgetItem | None) -> int | None:
        value = item.data(PROCESS_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def first_card_row(self) -> int:
        """The row of the first card (a role's header stands above it); -1 when the column has none."""
        return next((row for row in range(self.count()) if self.process_id(self.item(row)) is not None), -1)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        process_id = self.process_id(self.currentItem())
        if process_id is None:
            return
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(str(process_id).encode()))
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        raw = bytes(event.mimeData().data(MIME_TYPE).data()).decode() if event.mimeData().hasFormat(MIME_TYPE) else ""
        if not raw.isdigit():
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # the board is read again: Qt must not move the item itself
        event.accept()
        self.dropped.emit(int(raw), str(self.column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            direction = 1 if key == Qt.Key.Key_Right else -1
            process_id = self.process_id(self.currentItem())
            if ctrl and process_id is not None:
                self.step.emit(process_id, direction)
            elif not ctrl:
                self.focus_step.emit(direction)
            event.accept()
            return
        super().keyPressEvent(event)


class Board(QScrollArea):
    move_requested = Signal(int, str)  # process id, column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        self.lists: dict[BoardColumn, ColumnList] = {}
        self.titles: dict[BoardColumn, ColumnHeading] = {}
        for column in BOARD_COLUMNS:
            box = QVBoxLayout()
            box.setSpacing(SPACING // 2)
            title = ColumnHeading(inner)
            title.set_title(column_title(column), 0)
            cards = ColumnList(column, inner)
            cards.setMinimumWidth(112)
            cards.setAlternatingRowColors(True)
            cards.dropped.connect(self.move_requested)
            cards.step.connect(self._step)
            cards.focus_step.connect(lambda direction, c=column: self._focus_step(c, direction))
            box.addWidget(title)
            box.addWidget(cards, 1)
            row.addLayout(box, 1)
            self.lists[column], self.titles[column] = cards, title
        self.setWidget(inner)

    def sizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH * len(BOARD_COLUMNS), 480)

    def show_cards(self, cards: Iterable[ApplicationCard], roles: list[Role] | None = None) -> None:
        """The cards in their columns; with ``roles`` (a recruiter's), under the header of the role each fills
        (the roles' order), then the cards in no role under "No candidate"."""
        by_column: dict[BoardColumn, list[ApplicationCard]] = {column: [] for column in BOARD_COLUMNS}
        for card in cards:
            by_column[card.column].append(card)
        for column, listed in by_column.items():
            widget = self.lists[column]
            widget.clear()
            for header, group in [(None, listed)] if roles is None else grouped(listed, roles):
                if header is not None:
                    item = QListWidgetItem(header_text(header))
                    item.setData(HEADER_ROLE, True)
                    item.setFlags(Qt.ItemFlag.NoItemFlags)  # never selected, dragged or dropped on
                    item.setToolTip(header)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, header)
                    widget.addItem(item)
                in_role = header is not None and header != no_role_header()
                for card in group:
                    whole = card_text(card)
                    item = QListWidgetItem(card_text(card, in_role))  # drawn: cards.py cuts each line to fit
                    item.setData(PROCESS_ROLE, card.id)
                    item.setToolTip(whole)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, whole.replace("\n", ", "))
                    widget.addItem(item)
            self.titles[column].set_title(column_title(column), len(listed))

    def column_of(self, process_id: int) -> BoardColumn | None:
        for column, widget in self.lists.items():
            for row in range(widget.count()):
                if widget.process_id(widget.item(row)) == process_id:
                    return column
        return None

    def focus_card(self, process_id: int) -> bool:
        """Make a card current (and give its column the keyboard); False when it is not on the board."""
        for widget in self.lists.values():
            for row in range(widget.count()):
                if widget.process_id(widget.item(row)) == process_id:
                    widget.setCurrentRow(row)
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.ensureWidgetVisible(widget)
                    return True
        return False

    def current_card(self) -> int | None:
        for widget in self.lists.values():
            if widget.hasFocus():
                return widget.process_id(widget.currentItem())
        return None

    def _step(self, process_id: int, direction: int) -> None:
        current = self.column_of(process_id)
        if current is None:
            return
        index = BOARD_COLUMNS.index(current) + direction
        if 0 <= index < len(BOARD_COLUMNS):
            self.move_requested.emit(process_id, str(BOARD_COLUMNS[index]))

    def _focus_step(self, column: BoardColumn, direction: int) -> None:
        index = BOARD_COLUMNS.index(column) + direction
        while 0 <= index < len(BOARD_COLUMNS):
            target = self.lists[BOARD_COLUMNS[index]]
            if target.first_card_row() >= 0:
                if target.process_id(target.currentItem()) is None:
                    target.setCurrentRow(target.first_card_row())
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ensureWidgetVisible(target)
                return
            index += direction
