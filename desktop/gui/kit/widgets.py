"""Small widgets shared by pages and dialogs: plain-text labels, headings, inline errors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.gui.kit.icons import icon
from desktop.gui.kit.qt_values import ALIGN_TOP, PLAIN_TEXT, SELECTABLE_BY_MOUSE, set_qt_property

if TYPE_CHECKING:  # PySide builds a class's Python type (and its enums) when it is first named: these wait for use
    from PySide6.QtCore import QAbstractItemModel, QDate, QDateTime
    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTableView

SPACING = 8  # the grid every layout snaps to


class PlainLabel(QLabel):
    """A QLabel that never guesses rich text: data is shown literally, as typed."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, selectable: bool = False) -> None:
        super().__init__(parent)
        set_qt_property(self, "textFormat", PLAIN_TEXT)
        self.setText(text)
        if selectable:
            set_qt_property(self, "textInteractionFlags", SELECTABLE_BY_MOUSE)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def heading(text: str = "", parent: QWidget | None = None, factor: float = 1.5) -> PlainLabel:
    label = PlainLabel(text, parent, selectable=True)
    label.setFont(scaled_font(label, factor, bold=True))
    return label


def alert_colour(widget: QWidget) -> QColor:
    """Red that reads on the window background, light or dark; only ever used beside a word."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b71c1c")


def alert(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, alert_colour(label))
    label.setPalette(palette)
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text in the palette's placeholder colour (readable in light and dark themes)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def list_table(
    model: QAbstractItemModel, parent: QWidget, sortable: bool, titles: Sequence[str] | None = None
) -> QTableView:
    """A read-only list of rows: whole-row single selection, fixed row height (rows are never measured one by
    one), no grid, no row numbers. Columns are the caller's to size.

    ``titles``: the header's titles, from a small model of the header's own. A header painted from a Python model
    calls its ``headerData`` with a ``Qt.Orientation``, which builds the Qt namespace (kit/qt_values.py): the People
    list's first frame does without. The model keeps its ``headerData`` for the rest (accessibility reads it).
    """
    from PySide6.QtGui import QStandardItemModel  # lazy: a Today start shows no table
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView  # lazy: a Today start shows no table

    table = QTableView(parent)
    rows, columns = table.verticalHeader(), table.horizontalHeader()
    rows.hide()
    if titles is not None:
        columns.hide()  # a hidden header is not measured against ``model`` as it is set
    table.setModel(model)
    if titles is not None:
        own = QStandardItemModel(0, len(titles), columns)
        own.setHorizontalHeaderLabels(list(titles))
        columns.setModel(own)
        columns.show()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setSortingEnabled(sortable)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + SPACING)
    columns.setHighlightSections(False)
    return table


def separator(parent: QWidget) -> QFrame:
    """A thin sunken line between entries of a list of cards."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class InlineError(QWidget):
    """A warning icon beside the message of an expected error; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self._icon = QLabel(self)
        self._icon.setPixmap(icon("warning", alert_colour(self)).pixmap(16, 16))
        set_qt_property(self._icon, "alignment", ALIGN_TOP)
        self.label = alert(PlainLabel("", self))
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self._icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, message: str) -> None:
        self.label.setText(message)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def message(self) -> str:
        return self.label.text() if not self.isHidden() else ""


class BulletList(QWidget):
    """Lines of plain text with bullets; a wrapped line hangs under its text, not under the bullet."""

    def __init__(self, lines: Iterable[str] = (), parent: QWidget | None = None, *, dim: bool = False) -> None:
        super().__init__(parent)
        self._dim = dim
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(SPACING)
        self._grid.setVerticalSpacing(SPACING // 4)
        self._grid.setColumnStretch(1, 1)
        self.labels: list[PlainLabel] = []
        self.set_lines(lines)

    def set_lines(self, lines: Iterable[str]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.labels = []
        for row, line in enumerate(lines):
            bullet = PlainLabel("•", self)
            set_qt_property(bullet, "alignment", ALIGN_TOP)
            text = PlainLabel(line, self, selectable=True)
            text.setWordWrap(True)
            if self._dim:
                muted(bullet)
                muted(text)
            self._grid.addWidget(bullet, row, 0)  # as tall as its line's text, the bullet at its top
            self._grid.addWidget(text, row, 1)
            self.labels.append(text)
        self.setVisible(bool(self.labels))

    def lines(self) -> list[str]:
        return [label.text() for label in self.labels]


def to_qdatetime(value: datetime) -> QDateTime:
    from PySide6.QtCore import QDate, QDateTime, QTime  # lazy: no date field is shown at the start

    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))


def from_qdatetime(value: QDateTime) -> datetime:
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def datetime_edit(value: datetime, parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-and-time field with a calendar pop-up, to the minute."""
    from PySide6.QtWidgets import QDateTimeEdit  # lazy: no date field is shown at the start

    edit = QDateTimeEdit(to_qdatetime(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def to_qdate(value: date) -> QDate:
    from PySide6.QtCore import QDate  # lazy: no date field is shown at the start

    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar pop-up."""
    from PySide6.QtWidgets import QDateEdit  # lazy: no date field is shown at the start

    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
