"""Sending a card's e-mail through the user's SMTP account, on the database executor.

Send waits ``SEND_DELAY_MS`` first: until the message leaves, Undo keeps it (nothing is sent or
recorded); after it has left, Undo takes back only the interaction Rebound recorded.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Slot

from desktop.core.reconnect import actions
from desktop.errors import ReboundError
from desktop.gui.kit.i18n import tr
from desktop.gui.services.workers import Task
from desktop.gui.today.card import SuggestionCard
from desktop.gui.today.state import SendResult, TodayState, Undoable, WaitingSend

SEND_DELAY_MS = 5000  # a sent e-mail waits this long: Undo can still keep it from leaving


class Sending(TodayState):
    """A part of the Today page (``TodayPage`` mixes it in)."""

    def send(self, card: SuggestionCard) -> bool:
        """Send the card's e-mail through the user's SMTP account, after ``SEND_DELAY_MS`` in which Undo keeps
        it from leaving; then on the database executor (sending records the message); on success the card is
        done. Once it has left, Undo takes back only what was recorded of it.

        Without an SMTP account the Mail settings open instead. A failure shows its reason on the
        card and records nothing.
        """
        # lazy: SMTP loads with the first send
        from desktop import mail

        suggestion = card.suggestion
        if suggestion.key in self.sends or suggestion.key in self.waiting_sends:
            return False
        if mail.load_account() is None:
            self.message.emit(tr("Set up your mail account to send e-mail from Rebound."))
            self.mail_settings_requested.emit()
            return False
        today = self.keeper.today()
        at = datetime.combine(today, self._now().time()).replace(microsecond=0)
        key, person_id, name = suggestion.key, suggestion.person_id, card.info.name
        subject, body, opening_id = card.message_subject(), card.message_body(), suggestion.opening_id

        def write() -> SendResult:
            before = actions.previous_state(key)
            try:
                sent = mail.send_to_person(person_id, subject, body, at, suggestion_key=key, opening_id=opening_id)
            except ReboundError as error:
                return SendResult(key, person_id, name, subject, str(error))
            return SendResult(key, person_id, name, subject, None, sent.interaction_id, before, sent.changes)

        card.error.clear()
        card.set_sending(True)
        timer = QTimer(self)  # type: ignore[arg-type]  # the page is the QObject
        timer.setSingleShot(True)
        timer.setInterval(SEND_DELAY_MS)
        timer.timeout.connect(lambda: self._send_now(key))
        self.waiting_sends[key] = WaitingSend(timer, write, name)
        text = tr("Sending the e-mail to {name} in {seconds} seconds.").format(name=name, seconds=SEND_DELAY_MS // 1000)
        self.undo_stack.append(Undoable(key, person_id, None, "send", text, waiting=True))
        self.message.emit(text)
        self._update_actions()
        timer.start()
        return True

    def send_waiting_now(self) -> list[Task]:
        """Every e-mail still waiting leaves now (the window closes; a test need not wait)."""
        return [task for key in list(self.waiting_sends) if (task := self._send_now(key)) is not None]

    def keep_waiting_send(self, key: str) -> bool:
        """Undo before the e-mail has left: it stays a draft on its card, nothing is sent or recorded."""
        waiting = self._stop_waiting(key)
        if waiting is None:
            return False
        card = self.card_for(key)
        if card is not None:
            card.set_sending(False)
        self.message.emit(tr("Not sent: the e-mail to {name} stays a draft on its card.").format(name=waiting.name))
        self._update_actions()
        return True

    def _stop_waiting(self, key: str) -> WaitingSend | None:
        """The e-mail of this key no longer waits (it leaves now, or Undo kept it): its timer and undo step go."""
        waiting = self.waiting_sends.pop(key, None)
        if waiting is not None:
            waiting.timer.stop()
            waiting.timer.deleteLater()
            self.undo_stack[:] = [u for u in self.undo_stack if not (u.waiting and u.key == key)]
        return waiting

    def _send_now(self, key: str) -> Task | None:
        waiting = self._stop_waiting(key)
        if waiting is None:
            return None
        self.message.emit(tr("Sending the e-mail to {name}…").format(name=waiting.name))
        self._update_actions()
        task = self.keeper.ops.run(waiting.write, self._send_finished)  # a crash: the ops' report
        task.signals.finished.connect(self._send_ended)
        self.sends[key] = task
        return task

    @Slot(object)
    def _send_finished(self, result: SendResult) -> None:
        self.sends.pop(result.key, None)
        card = self.card_for(result.key)
        if result.error is not None:
            from desktop.gui.dialogs.form_dialog import sentence  # lazy: the dialogs' module loads when needed

            text = tr("Not sent: {sentence} Nothing was recorded.").format(sentence=sentence(result.error))
            if card is not None:
                card.set_sending(False)
                card.error.show_message(text)
            self.message.emit(text)
            return
        text = tr("Sent to {name}: “{subject}”. The e-mail is on their timeline.").format(
            name=result.name, subject=result.subject
        )
        self.undo_stack.append(
            Undoable(result.key, result.person_id, result.before, "send", text, result.interaction_id)
        )
        self.message.emit(text)
        self._update_actions()

    @Slot()
    def _send_ended(self) -> None:
        """A send that crashed left no result: its card can be used again (the report tells what happened)."""
        for key, task in list(self.sends.items()):
            if task.done:
                del self.sends[key]
                card = self.card_for(key)
                if card is not None:
                    card.set_sending(False)
