"""The first Today cards as the app left them, shown while the engine works out today's plan.

The copy comes from ``core.reconnect.snapshot``: it is used only when it is for today and
nothing changed since it was kept, so it shows what the plan will show. Its buttons wait
for the engine (a line says so); the real cards replace it as soon as the plan is ready.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.core.reconnect.snapshot import PlanSnapshot
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.qt_values import SCROLL_BAR_ALWAYS_OFF, set_qt_property
from desktop.gui.kit.widgets import SPACING, PlainLabel, muted
from desktop.gui.today.card import SuggestionCard

SNAPSHOT_CARDS = 4  # what fills the first screen; the rest waits for the engine
COLUMN_WIDTH = 880


class SnapshotView(QScrollArea):
    def __init__(
        self,
        snapshot: PlanSnapshot,
        today: date,
        header: Callable[[str, int, QWidget], QWidget],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_qt_property(self, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        self.note = muted(
            PlainLabel(tr("Bringing today’s plan up to date… the buttons are ready in a moment."), column)
        )
        layout.addWidget(self.note)
        self.cards: list[SuggestionCard] = []
        group = None
        counts = {"overdue": snapshot.overdue, "today": snapshot.due - snapshot.overdue}
        for kept in snapshot.cards[:SNAPSHOT_CARDS]:
            card_group = "overdue" if kept.suggestion.overdue(today) else "today"
            if card_group != group:
                group = card_group
                layout.addWidget(header(group, counts[group], column))
            card = SuggestionCard(kept, today, column)  # a kept card is what a card shows
            card.freeze()
            card.set_expanded(not self.cards)  # the first card open, as on Today
            layout.addWidget(card)
            self.cards.append(card)
        layout.addStretch(1)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(SPACING, 0, SPACING * 2, 0)
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        self.setWidget(holder)
