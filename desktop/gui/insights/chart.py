"""A bar chart with Qt Charts (PySide6-Addons' QtCharts: about 3.3 MB in the shipped folder), in the palette's
colours so it reads in light and dark. Bars are vertical (many short labels: weeks, buckets) or horizontal
(few long labels: stages, companies); marker lines (the 90/120-day cadence) cross the bars, named in the
legend. Each bar carries its own text (a count, "45 % (9/20)", "3,5 days"), also shown on hover.
The same scene goes to the screen, a PNG or an SVG.

QtCharts is imported when the first chart is filled (the Insights page, once its numbers are counted), never
at start-up: loading it and its OpenGL libraries costs about 14 ms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from desktop.gui.kit.formatting import tooltip_text

if TYPE_CHECKING:
    from PySide6.QtCharts import QAbstractBarSeries, QChart, QChartView


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


def _distinct(labels: list[str]) -> list[str]:
    """The labels, each made unique (an axis keys its categories by text) by invisible spaces: two companies
    of the same name stay two bars."""
    seen: dict[str, int] = {}
    distinct = []
    for label in labels:
        seen[label] = seen.get(label, -1) + 1
        distinct.append(label + "\u200b" * seen[label])
    return distinct


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = Bars([], [], [])
        self.view: QChartView | None = None
        self.series: QAbstractBarSeries | None = None
        self.texts: list[tuple[int, QGraphicsSimpleTextItem]] = []  # (position in the series, its text)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def set_bars(self, bars: Bars) -> None:
        self.bars = bars
        if self.view is None:
            self.view = self._make_view()
        self._fill(self.view.chart())

    def export(self, path: Path, size: QSize | None = None) -> None:
        """Save the chart as PNG or SVG (by the file's suffix)."""
        view = self.view or self._make_view()
        if path.suffix.lower() == ".svg":
            size = size or view.size()
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(self.accessibleName())
            painter = QPainter(generator)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.scene().render(painter, QRectF(0, 0, size.width(), size.height()), QRectF(view.rect()))
            painter.end()
        else:
            view.grab().save(str(path), "PNG")

    # -- building -----------------------------------------------------------------------------------
    def _make_view(self) -> QChartView:
        from PySide6.QtCharts import QChart, QChartView  # lazy: see the module's docstring

        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.plotAreaChanged.connect(lambda _area: self._place_texts())
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setAccessibleName(self.accessibleName())
        self._layout.addWidget(view)
        return view

    def _fill(self, chart: QChart) -> None:
        from PySide6.QtCharts import (  # lazy: see the module's docstring
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QCategoryAxis,
            QHorizontalBarSeries,
            QValueAxis,
        )

        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        for _bar, item in self.texts:
            chart.scene().removeItem(item)
        self.texts = []
        self.series = None
        palette = self.palette()
        text, accent = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Highlight)
        grid = palette.color(QPalette.ColorRole.Mid)
        chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        chart.legend().setLabelColor(text)
        chart.legend().setFont(self.font())
        bars = self.bars
        if not bars.values:
            chart.legend().setVisible(False)
            return
        top = max(bars.values) or 1.0
        bar_set = QBarSet("")
        bar_set.append([float(bars.values[self._bar(at)]) for at in range(len(bars.values))])
        bar_set.setColor(accent)
        bar_set.setBorderColor(accent)
        series: QAbstractBarSeries = QHorizontalBarSeries() if bars.horizontal else QBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.7)
        series.hovered.connect(self._hovered)
        chart.addSeries(series)
        self.series = series
        values = QValueAxis()
        values.setVisible(not bars.horizontal)  # a horizontal bar says its own number; columns have a scale
        values.setLabelsColor(text)
        values.setLabelsFont(self.font())
        values.setGridLineColor(grid)
        values.setLinePenColor(grid)
        if all(float(v).is_integer() for v in bars.values):
            values.setLabelFormat("%d")
        labels: QBarCategoryAxis | QCategoryAxis
        if bars.horizontal:
            labels = QBarCategoryAxis()
            labels.append(_distinct(bars.labels)[::-1])  # Qt draws the first category lowest: the first on top
            labels.setTruncateLabels(False)
            values.setRange(0.0, top * 1.3)  # room after the longest bar for its text
            chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        else:
            labels = QCategoryAxis()
            labels.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            labels.setRange(-0.5, len(bars.values) - 0.5)
            for index, label in enumerate(_distinct(bars.labels)):
                if index % bars.label_every == 0:
                    labels.append(label, float(index))
            values.setRange(0.0, top * 1.15)  # room above the highest bar for its text
            values.applyNiceNumbers()
            chart.addAxis(labels, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        labels.setGridLineVisible(False)
        labels.setLabelsColor(text)
        labels.setLabelsFont(self.font())
        labels.setLinePenColor(grid)
        series.attachAxis(labels)
        series.attachAxis(values)
        self._add_markers(chart, labels, values, top * 1.15)
        chart.legend().setVisible(bool(bars.markers))
        for marker in chart.legend().markers(series):
            marker.setVisible(False)  # the legend names the markers, not the bars
        for at in range(len(bars.values)):
            if value_text := bars.value_texts[self._bar(at)]:
                item = QGraphicsSimpleTextItem(value_text)
                item.setBrush(text)
                item.setFont(self.font())
                chart.scene().addItem(item)
                self.texts.append((at, item))
        self._place_texts()

    def _add_markers(self, chart: QChart, labels: Any, values: Any, height: float) -> None:
        from PySide6.QtCharts import QLineSeries  # lazy: see the module's docstring

        for marker in self.bars.markers:
            line = QLineSeries()
            line.setName(marker.label)
            x = marker.position - 0.5  # bar i is centred on i: its right edge is i + 0.5
            line.append(x, 0.0)
            line.append(x, height)
            line.setPen(QPen(marker.colour, 2, Qt.PenStyle.DashLine))
            chart.addSeries(line)
            line.attachAxis(labels)
            line.attachAxis(values)

    def _place_texts(self) -> None:
        """Write each bar's text at its end (after a horizontal bar, above a vertical one) where it fits."""
        if self.view is None or self.series is None:
            return
        chart = self.view.chart()
        metrics = QFontMetricsF(self.font())
        slot = chart.plotArea().width() / max(len(self.bars.values), 1)
        for at, item in self.texts:
            value = self.bars.values[self._bar(at)]
            width = metrics.horizontalAdvance(item.text())
            if self.bars.horizontal:
                end = chart.mapToPosition(QPointF(value, at), self.series)
                item.setPos(end.x() + 4, end.y() - metrics.height() / 2)
                item.setVisible(True)
            else:
                end = chart.mapToPosition(QPointF(at, value), self.series)
                item.setPos(end.x() - width / 2, end.y() - metrics.height() - 2)
                item.setVisible(width <= slot)

    def _bar(self, at: int) -> int:
        """The bar (its index in ``bars``) drawn at position ``at`` of the series (horizontal: from the bottom)."""
        return len(self.bars.values) - 1 - at if self.bars.horizontal else at

    def _hovered(self, status: bool, at: int, _bar_set: Any) -> None:
        index = self._bar(at)
        if status and 0 <= index < len(self.bars.labels):
            shown = self.bars.value_texts[index] or f"{self.bars.values[index]:g}"
            QToolTip.showText(QCursor.pos(), tooltip_text(f"{self.bars.labels[index]}: {shown}") or "", self)
        else:
            QToolTip.hideText()
