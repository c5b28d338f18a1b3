"""The Openings list as a table model, with a proxy that sorts by value and filters by text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.core.openings import OpeningView
from desktop.gui.kit.formatting import format_date, tooltip_text, word_label
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.suggestion_text import match_words

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OPENING_ID_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE, COMPANY, DISCOVERED, STATUS, MINE, RELEVANCE = range(6)


class OpeningsModel(QAbstractTableModel):
    COLUMNS = (tr("Title"), tr("Company"), tr("Discovered"), tr("Status"), tr("Mine"), tr("Relevance"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._openings: list[OpeningView] = []
        self._relevance: Callable[[OpeningView], float | None] = lambda _opening: None
        self._scores: dict[int, float | None] = {}

    def set_openings(self, openings: list[OpeningView], relevance: Callable[[OpeningView], float | None]) -> None:
        self.beginResetModel()
        self._openings = openings
        self._relevance = relevance
        self._scores = {}
        self.endResetModel()

    def opening(self, row: int) -> OpeningView | None:
        return self._openings[row] if 0 <= row < len(self._openings) else None

    def row_of(self, opening_id: int) -> int | None:
        for row, opening in enumerate(self._openings):
            if opening.id == opening_id:
                return row
        return None

    def score(self, opening: OpeningView) -> float | None:
        if opening.id not in self._scores:
            self._scores[opening.id] = None if opening.mine else self._relevance(opening)
        return self._scores[opening.id]

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._openings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == RELEVANCE:
            return tr("How well the opening fits your target roles and keywords (the score, 0 to 1, in the tooltips)")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        opening = self.opening(index.row())
        if opening is None:
            return None
        column = index.column()
        if role == OPENING_ID_ROLE:
            return opening.id
        if role == SORT_ROLE:
            return self._sort_value(opening, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == RELEVANCE:
            score = self.score(opening)
            return None if score is None else tr("Relevance {score:.2f} of 1").format(score=score)
        if role == Qt.ItemDataRole.ToolTipRole and column == MINE and opening.mine:
            return tr("A role you are filling: Rebound suggests past candidates for it")
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, COMPANY):  # the whole text of a narrow cell
            return tooltip_text(opening.title if column == TITLE else opening.company)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == TITLE:
            return opening.title
        if column == COMPANY:
            return opening.company
        if column == DISCOVERED:
            return format_date(opening.discovered_on)
        if column == STATUS:
            return word_label(opening.status)
        if column == MINE:
            return tr("Yes") if opening.mine else ""
        score = self.score(opening)
        return "" if score is None else match_words(score)

    def _sort_value(self, opening: OpeningView, column: int) -> Any:
        if column == TITLE:
            return opening.title.casefold()
        if column == COMPANY:
            return opening.company.casefold()
        if column == DISCOVERED:
            return (opening.discovered_on or date.min).toordinal()
        if column == STATUS:
            return opening.status
        if column == MINE:
            return int(opening.mine)
        score = self.score(opening)
        return -1.0 if score is None else score


class OpeningsProxy(QSortFilterProxyModel):
    """Sorts by the values behind the text (dates, scores) and filters on title and company."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._text = ""

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        text = self._text
        if not text:
            return True
        model = self.sourceModel()
        assert isinstance(model, OpeningsModel)
        opening = model.opening(source_row)
        if opening is None:
            return False
        wanted = text.casefold()
        return wanted in opening.title.casefold() or wanted in opening.company.casefold()

    def set_text(self, text: str) -> None:
        self._text = text.strip()
        self.setFilterFixedString(self._text)  # filters again (the test is filterAcceptsRow)
