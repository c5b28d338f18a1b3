"""The Insights page: six charts of the search, each with its numbers as a table (copyable) and an export
to PNG or SVG. The numbers come from ``core.insights`` (SQL over the store); this page only draws them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.insights import BUCKET_DAYS, BUCKETS, ContactAges, Insights, ReplyKind, insights
from desktop.core.settings import get_settings
from desktop.gui.insights.chart import BarChart, Bars, Marker
from desktop.gui.kit.empty_state import EmptyState, content_or_empty
from desktop.gui.kit.formatting import format_date
from desktop.gui.kit.i18n import decimal, tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.rows_model import RowsModel
from desktop.gui.kit.staleness import staleness_colour
from desktop.gui.kit.widgets import SPACING, PlainLabel, heading, list_table, muted
from desktop.gui.services.ops import Ops
from desktop.gui.services.workers import Task, TaskRunner
from desktop.vocab import Stage, Staleness

Row = tuple[str, ...]


class ChartCard(QFrame):
    """A chart with its title, a sentence, and its numbers as a table (one click away, copyable)."""

    def __init__(self, title: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading(title, self, factor=1.1)
        self.title.setWordWrap(True)  # a long title (German) wraps beside the buttons instead of widening the card
        self.sentence = muted(PlainLabel("", self))
        self.sentence.setWordWrap(True)
        self.chart = BarChart(self)
        self.chart.setAccessibleName(title)
        self.model: RowsModel[Row] = RowsModel(headers, lambda row: list(row), self)
        self.table = list_table(self.model, self, sortable=False)
        self.table.setAccessibleName(tr("{chart}: the numbers").format(chart=title))
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = muted(PlainLabel("", self))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.views = QStackedWidget(self)
        for view in (self.chart, self.table, self.empty):
            self.views.addWidget(view)
        self.numbers_button = QPushButton(tr("Numbers"), self)
        self.numbers_button.setCheckable(True)
        self.numbers_button.setToolTip(tr("Show the chart's numbers as a table"))
        self.numbers_button.toggled.connect(self._show_numbers)
        self.copy_button = QPushButton(icon("copy"), tr("Copy"), self)
        self.copy_button.setToolTip(tr("Copy the numbers (to paste into a spreadsheet)"))
        self.copy_button.clicked.connect(self.copy)
        self.export_button = QPushButton(icon("export"), tr("Export…"), self)
        self.export_button.setToolTip(tr("Save the chart as PNG or SVG"))
        self.export_button.clicked.connect(self._ask_export)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.numbers_button, self.copy_button, self.export_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(top)
        layout.addWidget(self.sentence)
        layout.addWidget(self.views, 1)
        self.setMinimumHeight(300)

    def display(self, bars: Bars, rows: Sequence[Row], sentence: str, empty: str | None = None) -> None:
        """The chart and its table; ``empty`` (a sentence) instead of the chart when there is nothing to draw."""
        self.chart.set_bars(bars)
        self.model.set_rows(rows)
        self.sentence.setText(sentence)
        self.empty.setText(empty or "")
        for button in (self.numbers_button, self.copy_button, self.export_button):
            button.setEnabled(empty is None)
        if empty is not None:
            self.numbers_button.setChecked(False)
        self._show_numbers(self.numbers_button.isChecked())

    def _show_numbers(self, on: bool) -> None:
        if self.empty.text():
            self.views.setCurrentWidget(self.empty)
        else:
            self.views.setCurrentWidget(self.table if on else self.chart)

    def copy(self) -> str:
        text = self.model.as_text()
        QGuiApplication.clipboard().setText(text)
        return text

    def _ask_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Export chart"), "", tr("PNG image (*.png);;SVG image (*.svg)")
        )
        if name:
            self.chart.export(Path(name))


def _percent(share: float) -> str:
    return f"{decimal(share * 100, 0)} %"


class InsightsPage(QWidget):
    """The numbers are counted in a worker (``runner``: the window's, so closing waits for it); ``loaded``
    says the charts show them."""

    loaded = Signal()

    def __init__(self, ops: Ops, day: Callable[[], date], runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = day
        self._runner = runner
        self._generation = 0  # the latest count asked for: an older one finishing late is not shown
        self._stale = True
        self.numbers: Insights | None = None
        ops.changed.connect(self.apply_changes)
        self.funnel = ChartCard(tr("Where applications ended"), [tr("Stage"), tr("Ended there")], self)
        self.turned = ChartCard(tr("Rejections turned into a conversation"), [tr("Rejections"), tr("Count")], self)
        self.outreach = ChartCard(tr("Outreach per week (12 months)"), [tr("Week of"), tr("Messages sent")], self)
        self.replies = ChartCard(tr("Reply rate"), [tr("Message"), tr("Sent"), tr("Answered"), tr("Rate")], self)
        self.response = ChartCard(tr("Response time per company"), [tr("Company"), tr("Answers"), tr("Days")], self)
        self.ages = ChartCard(tr("Days since last contact"), [tr("Days"), tr("People")], self)
        self.cards = [self.funnel, self.turned, self.outreach, self.replies, self.response, self.ages]
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACING)
        for index, card in enumerate(self.cards):
            grid.addWidget(card, index // 2, index % 2)
        self.charts_area = QScrollArea(self)
        self.charts_area.setWidgetResizable(True)
        self.charts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.charts_area.setWidget(grid_widget)
        self.empty = EmptyState(
            tr("No insights yet"),
            tr("Insights count your search: where applications ended, how often people answer, how long since "
               "you last spoke to each contact. Log a rejection to start."),
            tr("Log a rejection…"), "rejection", self,
        )  # fmt: skip
        self.stack = content_or_empty(self, self.charts_area, self.empty)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def apply_changes(self, _changes: Changes) -> None:
        self._stale = True  # any write may move a number
        if self.isVisible():
            self.load()

    def load(self) -> Task:
        """Count again, in a worker (the page keeps the last numbers until the new ones are ready)."""
        self._stale = False
        self._generation += 1
        generation, today, settings = self._generation, self._day(), get_settings()
        task = Task(lambda _task: insights(today, settings))
        task.signals.succeeded.connect(lambda numbers: self._counted(generation, numbers))
        return self._runner.start(task)

    def _counted(self, generation: int, numbers: Insights) -> None:
        if generation != self._generation:
            return
        self.numbers = numbers
        has_data = bool(sum(numbers.ages.buckets) or numbers.ages.never or numbers.funnel.still_open
                        or sum(numbers.funnel.ended_at.values()))  # fmt: skip
        self.stack.setCurrentWidget(self.charts_area if has_data else self.empty)
        self._show_funnel(numbers)
        self._show_turned(numbers)
        self._show_outreach(numbers)
        self._show_replies(numbers)
        self._show_response(numbers)
        self._show_ages(numbers)
        self.loaded.emit()

    def _show_funnel(self, numbers: Insights) -> None:
        names = {Stage.APPLIED: tr("Applied"), Stage.SCREEN: tr("Screen"), Stage.INTERVIEW: tr("Interview"),
                 Stage.ONSITE: tr("On-site"), Stage.FINAL: tr("Final"), Stage.OFFER: tr("Offer")}  # fmt: skip
        ended = numbers.funnel.ended_at
        labels = [names[Stage(stage)] for stage in ended]
        bars = Bars(labels, [float(n) for n in ended.values()], [str(n) for n in ended.values()], horizontal=True)
        rows = [(label, str(n)) for label, n in zip(labels, ended.values(), strict=True)]
        total = sum(ended.values())
        sentence = tr("{ended} ended, {open} still open.").format(ended=total, open=numbers.funnel.still_open)
        self.funnel.display(bars, rows, sentence, None if total else tr("No application has ended yet."))

    def _show_turned(self, numbers: Insights) -> None:
        turned = numbers.turned
        labels = [tr("Led to a conversation"), tr("No conversation since")]
        values = [turned.turned, turned.rejections - turned.turned]
        bars = Bars(labels, [float(v) for v in values], [str(v) for v in values], horizontal=True)
        sentence = tr("{turned} of {total} rejections ({share}) led to a later conversation.").format(
            turned=turned.turned, total=turned.rejections, share=_percent(turned.share)
        )
        self.turned.display(bars, [(label, str(v)) for label, v in zip(labels, values, strict=True)], sentence,
                         None if turned.rejections else tr("No rejection logged yet."))  # fmt: skip

    def _show_outreach(self, numbers: Insights) -> None:
        weeks = numbers.outreach
        labels = [format_date(monday) for monday, _ in weeks]
        counts = [n for _, n in weeks]
        bars = Bars(labels, [float(n) for n in counts], ["" for _ in counts], label_every=13)
        total = sum(counts)
        sentence = tr("{n} messages sent in 12 months, {avg} a week on average.").format(
            n=total, avg=decimal(total / 52)
        )
        self.outreach.display(bars, [(label, str(n)) for label, n in zip(labels, counts, strict=True)], sentence,
                           None if total else tr("You have not sent a message in 12 months."))  # fmt: skip

    def _show_replies(self, numbers: Insights) -> None:
        names = {ReplyKind.CHECK_IN: tr("Check-ins"), ReplyKind.OPENING_ASK: tr("Opening asks"),
                 ReplyKind.INTRO_REQUEST: tr("Intro requests")}  # fmt: skip
        rates = numbers.replies
        labels = [names[r.kind] for r in rates]
        bars = Bars(labels, [r.rate for r in rates], [f"{_percent(r.rate)} ({r.answered}/{r.sent})" for r in rates],
                    horizontal=True)  # fmt: skip
        rows = [(names[r.kind], str(r.sent), str(r.answered), _percent(r.rate)) for r in rates]
        sent = sum(r.sent for r in rates)
        self.replies.display(bars, rows, tr("Answered within the reply window."),
                          None if sent else tr("No message sent yet."))  # fmt: skip

    def _show_response(self, numbers: Insights) -> None:
        times = numbers.response_times
        bars = Bars([t.company for t in times], [t.average_days for t in times],
                    [tr("{days} days").format(days=decimal(t.average_days)) for t in times],
                    horizontal=True)  # fmt: skip
        rows = [(t.company, str(t.answered), decimal(t.average_days)) for t in times]
        self.response.display(bars, rows, tr("Average days until an answer, fastest first."),
                           None if times else tr("No answers to your messages yet."))  # fmt: skip

    def _show_ages(self, numbers: Insights) -> None:
        ages = numbers.ages
        labels = []
        for bucket in range(BUCKETS):
            first, last = ContactAges.label_days(bucket)
            labels.append(f"{first}–{last}" if last is not None else f"{first}+")
        due_days, overdue_days = numbers.cadence
        palette = self.palette()
        markers = [
            Marker(due_days / BUCKET_DAYS, tr("{n} days: due").format(n=due_days),
                   staleness_colour(Staleness.DUE, palette)),
            Marker(overdue_days / BUCKET_DAYS, tr("{n} days: overdue").format(n=overdue_days),
                   staleness_colour(Staleness.OVERDUE, palette)),
        ]  # fmt: skip
        bars = Bars(labels, [float(n) for n in ages.buckets], [str(n) if n else "" for n in ages.buckets],
                    markers=markers, label_every=3)  # fmt: skip
        rows = [(label, str(n)) for label, n in zip(labels, ages.buckets, strict=True)] + [
            (tr("never contacted"), str(ages.never))
        ]
        contacted = sum(ages.buckets)
        overdue = sum(n for bucket, n in enumerate(ages.buckets) if bucket * BUCKET_DAYS >= overdue_days)
        sentence = tr("{n} people contacted, {overdue} of them {days} days ago or more; {never} never.").format(
            n=contacted, overdue=overdue, days=overdue_days, never=ages.never
        )
        self.ages.display(
            bars, rows, sentence, None if contacted else tr("You have not been in touch with anyone yet.")
        )
