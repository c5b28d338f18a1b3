"""A read-only table of rows already read (a company's people, a chart's numbers): text per cell, an
optional colour and tooltip per cell, one id per row. Thousands of rows cost one list, no item objects."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[T], Sequence[str]],
        parent: Any = None,
        row_id: Callable[[T], int] | None = None,
        colour: Callable[[T, int], QColor | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._cells, self._row_id, self._colour = cells, row_id, colour
        self.rows: list[T] = []
        self._texts: list[Sequence[str]] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts = [self._cells(row) for row in self.rows]
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def as_text(self) -> str:
        """The table as tab-separated lines, headers first (to copy into a spreadsheet)."""
        lines = ["\t".join(self.headers)] + ["\t".join(cells) for cells in self._texts]
        return "\n".join(lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[row][column]
        if role == ROW_ID_ROLE and self._row_id is not None:
            return self._row_id(self.rows[row])
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            return self._colour(self.rows[row], column)
        return None
