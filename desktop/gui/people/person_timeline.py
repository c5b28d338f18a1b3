"""One person's timeline: every note, message, call and rejection, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop import vocab
from desktop.core.timeline import TimelineEntry, thread_groups
from desktop.gui.kit.formatting import channel_label, direction_text, format_datetime, kind_label
from desktop.gui.kit.i18n import VOCABULARY, tr, tr_n
from desktop.gui.kit.icons import kind_icon
from desktop.gui.kit.widgets import SPACING, PlainLabel, muted, scaled_font, separator

ICON_SIZE = 20


def context_text(entry: TimelineEntry) -> str:
    """``via LinkedIn connection note · about Data Analyst at Acme`` (the channel when it adds something)."""
    parts = []
    via = channel_label(entry.channel)
    if via and via != kind_label(entry.kind):  # "E-mail via E-mail" says nothing new
        parts.append(tr("via {via}").format(via=via))
    if entry.opening:
        parts.append(tr("about {opening}").format(opening=entry.opening))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


class TimelineEntryWidget(QWidget):
    """Kind icon; "Kind  → out  date"; the subject, the body; the channel and the opening."""

    def __init__(self, entry: TimelineEntry, parent: QWidget | None = None, in_thread: int = 0) -> None:
        """``in_thread``: 0 for an entry on its own or the newest of an e-mail thread, else its place in the thread
        (indented under the newest)."""
        super().__init__(parent)
        self.entry = entry
        self.in_thread = in_thread
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING * (4 if in_thread else 1), SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING)
        self.icon = QLabel(self)
        self.icon.setPixmap(kind_icon(entry.kind).pixmap(ICON_SIZE, ICON_SIZE))
        self.icon.setToolTip(kind_label(entry.kind))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon.setFixedWidth(ICON_SIZE + 4)
        layout.addWidget(self.icon)

        text = QVBoxLayout()
        text.setSpacing(SPACING // 2)
        head = QHBoxLayout()
        head.setSpacing(SPACING)
        self.kind = PlainLabel(kind_label(entry.kind), self)
        self.kind.setFont(scaled_font(self.kind, 1.0, bold=True))
        head.addWidget(self.kind)
        self.direction = PlainLabel(direction_text(entry.direction), self)
        self.direction.setToolTip(tr(vocab.DIRECTION_LABELS.get(entry.direction, ""), VOCABULARY))
        self.direction.setVisible(bool(self.direction.text()))
        head.addWidget(self.direction)
        head.addStretch(1)
        self.date = muted(PlainLabel(format_datetime(entry.at), self))
        head.addWidget(self.date)
        text.addLayout(head)

        self.subject = PlainLabel(entry.subject or "", self, selectable=True)
        self.subject.setWordWrap(True)
        self.subject.setFont(scaled_font(self.subject, 1.0, bold=True))
        self.subject.setVisible(bool(entry.subject))
        text.addWidget(self.subject)
        self.body = PlainLabel(entry.body or "", self, selectable=True)
        self.body.setWordWrap(True)
        self.body.setVisible(bool(entry.body))
        text.addWidget(self.body)
        self.context = muted(PlainLabel(context_text(entry), self))
        self.context.setWordWrap(True)
        self.context.setVisible(bool(self.context.text()))
        text.addWidget(self.context)
        self.thread_label = muted(PlainLabel("", self))  # "Thread of 3 messages", on a thread's newest message
        self.thread_label.hide()
        text.addWidget(self.thread_label)
        layout.addLayout(text, 1)


class TimelineView(QScrollArea):
    """The entries as a scrolling column; the first ``PAGE`` are shown, the rest on request.

    Each entry is a widget of nine (icon, labels, separator): a page of 25 fills a window twice over and opens a
    person with a thousand interactions within the budget of 150 ms (100 took ~250 ms of CPU)."""

    PAGE = 25

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # entries wrap instead
        self._entries: list[TimelineEntry] = []
        self._places: dict[int, int] = {}  # entry id → its place in its e-mail thread (0: on its own or newest)
        self._sizes: dict[int, int] = {}  # the newest entry of a thread → how many messages the thread has
        self._shown = 0
        self._content = QWidget(self)
        self._column = QVBoxLayout(self._content)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self.setWidget(self._content)
        self.empty = muted(
            PlainLabel(
                tr("No notes or messages yet. Add a note or log an interaction to start this person's history."),
                self._content,
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(SPACING, SPACING * 2, SPACING, SPACING)
        self.more = QPushButton(self._content)
        self.more.clicked.connect(self._show_more)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        """Show the entries (newest first), the messages of one e-mail thread together under its newest."""
        groups = thread_groups(entries)
        self._entries = [entry for group in groups for entry in group]
        self._places = {entry.id: place for group in groups for place, entry in enumerate(group)}
        self._sizes = {group[0].id: len(group) for group in groups}
        self._clear()
        self._shown = 0
        self._show_more()
        self.verticalScrollBar().setValue(0)

    def entry_widgets(self) -> list[TimelineEntryWidget]:
        """The shown entries, top (newest) first."""
        items = (self._column.itemAt(i) for i in range(self._column.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w for w in widgets if isinstance(w, TimelineEntryWidget)]

    def _clear(self) -> None:
        while self._column.count():
            item = self._column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.empty, self.more):
                widget.hide()
                widget.deleteLater()
        self.empty.hide()
        self.more.hide()

    def _show_more(self) -> None:
        # take out the trailing button and stretch, add the next page, put them back
        self._column.removeWidget(self.more)
        stretch = self._column.itemAt(self._column.count() - 1) if self._column.count() else None
        if stretch is not None and stretch.spacerItem() is not None:
            self._column.takeAt(self._column.count() - 1)
        batch = self._entries[self._shown : self._shown + self.PAGE]
        for entry in batch:
            place = self._places.get(entry.id, 0)
            if self._column.count() and not place:
                self._column.addWidget(separator(self._content))
            widget = TimelineEntryWidget(entry, self._content, place)
            size = self._sizes.get(entry.id, 1)
            if size > 1:
                widget.thread_label.setText(tr_n("Thread of %n messages", size))
                widget.thread_label.show()
            self._column.addWidget(widget)
        self._shown += len(batch)
        if not self._entries:
            self._column.addWidget(self.empty)
            self.empty.show()
        remaining = len(self._entries) - self._shown
        if remaining > 0:
            self.more.setText(
                tr("Show {min} older entries ({remaining} in all)").format(
                    min=min(remaining, self.PAGE), remaining=remaining
                )
            )
            self._column.addWidget(self.more, 0, Qt.AlignmentFlag.AlignHCenter)
            self.more.show()
        else:
            self.more.hide()
        self._column.addStretch(1)
