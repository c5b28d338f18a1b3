"""Every action on a card can be undone: the undo stack of the Today page and its Undo.

Mark done and Send logged an interaction: undo takes it off the timeline (a sent e-mail has
left; only Rebound's record of it goes) and puts the suggestion back as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Slot

from desktop.core.changes import Changes
from desktop.core.reconnect import actions
from desktop.gui.kit.i18n import tr, tr_noop
from desktop.gui.services.workers import Task
from desktop.gui.today.state import TodayState

VERBS = (tr_noop("mark done"), tr_noop("send"), tr_noop("snooze"), tr_noop("dismiss"))  # shown as tr(verb)


class UndoStack(TodayState):
    """A part of the Today page (``TodayPage`` mixes it in)."""

    def undo(self) -> Task | None:
        """Put back the last suggestion acted on (on the database executor; its card comes back, in view)."""
        if not self.undo_stack:
            return None
        if self.undo_stack[-1].waiting:
            self.keep_waiting_send(self.undo_stack[-1].key)
            return None
        last = self.undo_stack.pop()
        self._update_actions()

        def done(_result: object) -> None:
            self.message.emit(tr("Undone: {lower}{value}").format(lower=last.text[0].lower(), value=last.text[1:]))
            self.keeper.ops.changed.connect(self._focus_after_undo)  # once: after this write's broadcast

        def write() -> Changes:
            if last.interaction_id is not None:
                return actions.undo_done(last.key, last.before, last.interaction_id)
            return actions.restore_state(last.key, last.before)

        task = self.keeper.ops.run(write, done)  # what core says it changed
        self._undone_key = last.key
        return task

    @Slot(object)
    def _focus_after_undo(self, _changes: object = None) -> None:
        """After the broadcast has put the undone card back (the page has laid it out): it is the current one."""
        self.keeper.ops.changed.disconnect(self._focus_after_undo)
        card = self.card_for(self._undone_key) if self._undone_key is not None else None
        if card is not None and self.isVisible():
            card.set_expanded(True)
            self.focus_card(card)
