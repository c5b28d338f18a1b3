"""A bar chart drawn with QPainter (no chart library: nothing added to the shipped size), in the palette's
colours so it reads in light and dark. Bars are vertical (many short labels: weeks, buckets) or horizontal
(few long labels: stages, companies); marker lines (the 90/120-day cadence) are drawn across the bars.
The same drawing goes to the screen, a PNG or an SVG."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.gui.kit.widgets import SPACING


@dataclass(frozen=True)
class Marker:
    """A line at ``position`` (in bars from the start: 3.0 is the boundary after the third bar) and its label."""

    position: float
    label: str
    colour: QColor


@dataclass(frozen=True)
class Bars:
    labels: list[str]
    values: list[float]
    value_texts: list[str]  # written at the end of each bar ("" for none)
    horizontal: bool = False
    markers: list[Marker] = field(default_factory=list)
    label_every: int = 1  # vertical bars: write every n-th label (52 weeks do not fit side by side)


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = Bars([], [], [])
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def set_bars(self, bars: Bars) -> None:
        self.bars = bars
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.draw(painter, QRectF(self.rect()))
        painter.end()

    def export(self, path: Path, size: QSize | None = None) -> None:
        """Save the chart as PNG or SVG (by the file's suffix)."""
        size = size or self.size()
        if path.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            painter = QPainter(generator)
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), self.palette().color(QPalette.ColorRole.Base))
            self.draw(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
        else:
            self.grab().save(str(path), "PNG")

    # -- drawing -------------------------------------------------------------------------------------
    def draw(self, painter: QPainter, area: QRectF) -> None:
        bars = self.bars
        if not bars.values:
            return
        palette = self.palette()
        text, accent = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Highlight)
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        top = max(bars.values) or 1.0
        painter.setPen(text)
        if bars.horizontal:
            self._draw_horizontal(painter, area, metrics, top, text, accent)
        else:
            self._draw_vertical(painter, area, metrics, top, text, accent)

    def _draw_horizontal(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF, top: float,
                         text: QColor, accent: QColor) -> None:  # fmt: skip
        bars = self.bars
        label_width = min(max(metrics.horizontalAdvance(label) for label in bars.labels) + SPACING, area.width() * 0.4)
        value_width = max(metrics.horizontalAdvance(v) for v in bars.value_texts) + SPACING
        row = (area.height() - SPACING) / len(bars.values)
        thickness = min(row * 0.7, metrics.height() * 1.6)
        width = max(area.width() - label_width - value_width - SPACING, 1.0)
        for index, (label, value, value_text) in enumerate(
            zip(bars.labels, bars.values, bars.value_texts, strict=True)
        ):
            y = area.top() + SPACING / 2 + index * row
            middle = y + row / 2
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), y, label_width - SPACING, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - SPACING))  # fmt: skip
            length = width * value / top
            painter.fillRect(QRectF(area.left() + label_width, middle - thickness / 2, length, thickness), accent)
            painter.drawText(QRectF(area.left() + label_width + length + SPACING / 2, y, value_width, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value_text)  # fmt: skip

    def _draw_vertical(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF, top: float,
                       text: QColor, accent: QColor) -> None:  # fmt: skip
        bars = self.bars
        line = metrics.height()
        head = line * (2 if bars.markers else 1) + SPACING  # room for the value texts (and the markers' labels)
        plot = QRectF(area.left() + SPACING, area.top() + head, area.width() - SPACING * 2,
                      area.height() - head - line - SPACING)  # fmt: skip
        slot = plot.width() / len(bars.values)
        for index, (label, value, value_text) in enumerate(
            zip(bars.labels, bars.values, bars.value_texts, strict=True)
        ):
            x = plot.left() + index * slot
            height = plot.height() * value / top
            painter.fillRect(QRectF(x + slot * 0.12, plot.bottom() - height, slot * 0.76, height), accent)
            painter.setPen(text)
            if value_text and slot >= metrics.horizontalAdvance(value_text):
                painter.drawText(QRectF(x, plot.bottom() - height - line, slot, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, value_text)  # fmt: skip
            if index % bars.label_every == 0:
                width = slot * bars.label_every
                painter.drawText(QRectF(x, plot.bottom() + SPACING / 2, width, line), Qt.AlignmentFlag.AlignLeft,
                                 metrics.elidedText(label, Qt.TextElideMode.ElideRight, width))  # fmt: skip
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for number, marker in enumerate(bars.markers):
            x = plot.left() + marker.position * slot
            painter.setPen(QPen(marker.colour, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top() - line), QPointF(x, plot.bottom()))
            painter.setPen(marker.colour)
            painter.drawText(QPointF(x + 3, area.top() + line * (number + 1) - 2), marker.label)
