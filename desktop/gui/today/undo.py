"""Snooze and dismiss can be undone: the undo stack of the Today page and its Undo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Slot

from desktop.core.changes import suggestion_acted_on
from desktop.core.reconnect import actions
from desktop.gui.services.workers import Task
from desktop.gui.today.state import TodayState


@dataclass(frozen=True)
class Undoable:
    key: str
    person_id: int
    before: tuple[str, date | None] | None
    verb: str  # what undo undoes: "snooze" or "dismiss"
    text: str  # "Snoozed until …: …" / "Dismissed: …"


class UndoStack(TodayState):
    """A part of the Today page (``TodayPage`` mixes it in)."""

    def undo(self) -> Task | None:
        """Put back the last snoozed or dismissed suggestion (on the database executor; its card comes back)."""
        if not self.undo_stack:
            return None
        last = self.undo_stack.pop()
        self._update_actions()

        def done(_result: object) -> None:
            self.message.emit(f"Undone: {last.text[0].lower()}{last.text[1:]}")

        task = self.keeper.ops.run(lambda: actions.restore_state(last.key, last.before),
                                   lambda _result: suggestion_acted_on(last.person_id), done)  # fmt: skip
        task.signals.succeeded.connect(self._focus_after_undo)
        self._undone_key = last.key
        return task

    @Slot()
    def _focus_after_undo(self) -> None:
        """After the broadcast has put the undone card back: it is the current one."""
        card = self.card_for(self._undone_key) if self._undone_key is not None else None
        if card is not None and self.isVisible():
            self.focus_card(card)
