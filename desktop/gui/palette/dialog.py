"""The command palette: one field, and what it finds as the user types, grouped; arrow keys and Enter.

Commands are the window's actions (the one registry of the menus and their shortcuts, ``actions/menus.py``):
every enabled action with a text, found by the words of its text. People, companies, openings and the
notes and messages are found by ``core.quick_find`` (companies and openings read once, when the palette
opens). The last five entries chosen come first (``RECENT_KEY`` in the interface settings), under
"Recent"; with nothing typed, the palette shows them and the commands.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core import quick_find
from desktop.gui.kit.i18n import tr, tr_noop
from desktop.gui.kit.widgets import SPACING

RECENT_KEY = "palette/recent"
RECENT = 5
ENTRY = Qt.ItemDataRole.UserRole + 1  # the item's Entry (group headers have none)
GROUP_TITLES = {
    "recent": tr_noop("Recent"),
    "command": tr_noop("Commands"),
    "person": tr_noop("People"),
    "company": tr_noop("Companies"),
    "opening": tr_noop("Openings"),
    "interaction": tr_noop("Notes and messages"),
}
_WORD = re.compile(r"[^\W_]+")
MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}


@dataclass(frozen=True)
class Entry:
    kind: str  # "command", "person", "company", "opening", "interaction"
    id: int  # the record's id (0 for a command)
    title: str
    detail: str
    person_id: int | None = None
    command: str = ""  # a command's text as in its menu (with its & mark): the action's key

    @property
    def key(self) -> str:
        return f"command:{self.command}" if self.kind == "command" else f"{self.kind}:{self.id}"


def plain(text: str) -> str:
    """A menu text as a sentence: ``&Log interaction…`` → ``Log interaction``."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def command_entries(actions: Iterable[QAction]) -> list[Entry]:
    entries, seen = [], set()
    for action in actions:
        if not action.text() or not action.isEnabled() or action.isSeparator() or action.menu() is not None:
            continue
        title = plain(action.text())
        if title in seen:
            continue
        seen.add(title)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        entries.append(Entry("command", 0, title, keys, command=action.text()))
    return entries


def matches(entry: Entry, words: list[str]) -> bool:
    haystack = " " + " ".join(_WORD.findall(f"{entry.title} {entry.detail}".casefold()))
    return all(f" {word}" in haystack for word in words)


class CommandPalette(QDialog):
    """``chosen(entry)`` when an entry is picked (Enter or a click); the window does what it says."""

    chosen = Signal(object)

    def __init__(self, actions: list[QAction], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Go to or do"))
        self.setModal(True)
        self.settings = settings
        self.actions_by_text = {action.text(): action for action in actions}
        self.commands = command_entries(actions)
        self.known = quick_find.names()
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(tr("A name, a company, an opening, words of a message, or a command"))
        self.query.setAccessibleName(tr("Find"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(tr("Results"))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field (see eventFilter)
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(lambda _item: self.choose_current())
        self.results.itemClicked.connect(lambda _item: self.choose_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        self.resize(640, 440)
        self.query.installEventFilter(self)
        self.query.textChanged.connect(self.refresh)
        self.refresh()

    # -- what it shows ---------------------------------------------------------------------
    def recent(self) -> list[Entry]:
        raw = self.settings.value(RECENT_KEY, "[]")
        try:
            stored = json.loads(raw if isinstance(raw, str) else "[]")
            entries = [Entry(**fields) for fields in stored if isinstance(fields, dict)]
        except (ValueError, TypeError):
            return []
        commands = {entry.command for entry in self.commands}
        return [entry for entry in entries if entry.kind != "command" or entry.command in commands][:RECENT]

    def remember(self, entry: Entry) -> None:
        kept = [asdict(entry), *(asdict(old) for old in self.recent() if old.key != entry.key)][:RECENT]
        self.settings.setValue(RECENT_KEY, json.dumps(kept))
        self.settings.sync()

    def groups(self, text: str) -> list[tuple[str, list[Entry]]]:
        words = [word.casefold() for word in _WORD.findall(text)]
        recent = [entry for entry in self.recent() if matches(entry, words)]
        shown = {entry.key for entry in recent}
        found: list[tuple[str, list[Entry]]] = [("recent", recent)]
        commands = [entry for entry in self.commands if matches(entry, words) and entry.key not in shown]
        found.append(("command", commands))
        if words:  # enough of each group that the recent ones taken out still leave its first few
            for kind, hits in quick_find.find(text, limit=quick_find.LIMIT + len(recent), known=self.known).items():
                entries = [Entry(kind, hit.id, hit.title, hit.detail, hit.person_id) for hit in hits]
                found.append((kind, entries))
        return [(kind, entries if kind in ("recent", "command")
                 else [entry for entry in entries if entry.key not in shown][: quick_find.LIMIT])
                for kind, entries in found]  # fmt: skip

    def refresh(self) -> None:
        self.results.clear()
        for kind, entries in self.groups(self.query.text()):
            if not entries:
                continue
            header = QListWidgetItem(tr(GROUP_TITLES[kind]), self.results)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            for entry in entries:
                text = f"{entry.title}    {entry.detail}" if entry.detail else entry.title
                item = QListWidgetItem(text, self.results)
                item.setData(ENTRY, entry)
        if self.results.count() == 0:
            QListWidgetItem(tr("Nothing found"), self.results).setFlags(Qt.ItemFlag.NoItemFlags)
        self.move_selection(1, from_row=-1)

    def entries(self) -> list[Entry]:
        return [self.results.item(row).data(ENTRY) for row in range(self.results.count())
                if self.results.item(row).data(ENTRY) is not None]  # fmt: skip

    # -- the keyboard ------------------------------------------------------------------------
    def move_selection(self, step: int, from_row: int | None = None) -> None:
        """Select the entry ``step`` rows on (headers skipped; stops at the ends)."""
        rows = [row for row in range(self.results.count()) if self.results.item(row).data(ENTRY) is not None]
        if not rows:
            return
        current = self.results.currentRow() if from_row is None else from_row
        if step > 0:
            after = [row for row in rows if row > current]
            target = after[min(step, len(after)) - 1] if after else rows[-1]
        else:
            before = [row for row in rows if row < current]
            target = before[max(step, -len(before))] if before else rows[0]
        self.results.setCurrentRow(target)
        self.results.scrollToItem(self.results.item(target))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.query and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in MOVES:
                self.move_selection(MOVES[Qt.Key(event.key())])
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
        return super().eventFilter(watched, event)

    def current_entry(self) -> Entry | None:
        item = self.results.currentItem()
        return item.data(ENTRY) if item is not None else None

    def choose_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self.remember(entry)
        self.accept()
        self.chosen.emit(entry)

    def action_of(self, entry: Entry) -> QAction | None:
        return self.actions_by_text.get(entry.command)
