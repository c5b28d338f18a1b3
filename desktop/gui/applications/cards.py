"""How a card and a role's header are drawn in a board column.

A card is its lines (``board.card_text``): the first (the role's title, or the candidate under a role's
header) in bold on up to two lines, then the company, the candidate or contact and the day, one line each;
what does not fit ends in "…", and the whole text is the item's tooltip and accessible name. A header (a
recruiter's role, ``HEADER_ROLE``: its title and company) is drawn the same way without the card's panel,
over a line, and is never selected or dragged.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.gui.kit.widgets import SPACING

HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
PAD = SPACING // 2
TITLE_LINES = 2

Index = QModelIndex | QPersistentModelIndex


def fit_lines(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` broken at spaces into at most ``most`` lines of ``width``, the last one ending in "…" when
    the rest does not fit."""
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < most - 1 and metrics.horizontalAdvance(rest) > width:
        words, line = rest.split(" "), ""
        for word in words:
            trial = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(trial) > width:
                break
            line = trial
        if not line:  # one word wider than the card: it is cut where it ends
            break
        lines.append(line)
        rest = rest[len(line) :].strip()
    if rest:
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


class CardDelegate(QStyledItemDelegate):
    def _width(self, option: QStyleOptionViewItem) -> int:
        """The room for a line: the column's, less its scroll bar even when none shows (a card measured before
        the bar appeared would otherwise be drawn over by the next one)."""
        view = option.widget
        if isinstance(view, QAbstractItemView):
            bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
            width = view.width() - 2 * view.frameWidth() - bar
        else:
            width = option.rect.width()
        return max(width - 2 * PAD - 4, 40)

    def _lines(self, option: QStyleOptionViewItem, index: Index) -> list[tuple[str, QFont]]:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bold = QFont(option.font)
        bold.setBold(True)
        width = self._width(option)
        first, *others = text.split("\n")
        plain = QFontMetrics(option.font)
        lines = [(line, bold) for line in fit_lines(first, QFontMetrics(bold), width, TITLE_LINES)]
        lines += [(plain.elidedText(line, Qt.TextElideMode.ElideRight, width), option.font) for line in others]
        return lines

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = self._lines(option, index)
        height = sum(QFontMetrics(font).height() for _line, font in lines) + 2 * PAD
        if index.data(HEADER_ROLE):
            height += PAD
        return QSize(self._width(option), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        lines = self._lines(view, index)
        view.text = ""
        widget = view.widget
        style = widget.style() if widget is not None else QApplication.style()
        header = bool(index.data(HEADER_ROLE))
        palette: QPalette = view.palette
        rect: QRect = view.rect
        if not header:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, widget)
        selected = bool(view.state & QStyle.StateFlag.State_Selected) and not header
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(palette.color(QPalette.ColorGroup.Active, role))
        top = rect.top() + PAD + (PAD if header else 0)
        for line, font in lines:
            height = QFontMetrics(font).height()
            painter.setFont(font)
            painter.drawText(
                QRect(rect.left() + PAD, top, rect.width() - 2 * PAD, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
            top += height
        if header:
            painter.setPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Mid))
            painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right() - PAD, rect.bottom())
        painter.restore()
