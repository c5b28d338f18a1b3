"""Sending a card's e-mail through the user's SMTP account, on the database executor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Slot

from desktop.core.changes import Changes, suggestion_acted_on
from desktop.core.reconnect import actions
from desktop.errors import ReboundError
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.i18n import tr
from desktop.gui.services.workers import Task
from desktop.gui.today.card import SuggestionCard
from desktop.gui.today.state import TodayState
from desktop.gui.today.undo import Undoable


@dataclass(frozen=True)
class SendResult:
    """How sending a card's e-mail ended (from the worker): ``error`` is None when it went out."""

    key: str
    person_id: int
    name: str
    subject: str
    error: str | None
    interaction_id: int | None = None  # the e-mail as logged on the timeline (what Undo takes back)
    before: tuple[str, date | None] | None = None  # the suggestion's state before it was sent


class Sending(TodayState):
    """A part of the Today page (``TodayPage`` mixes it in)."""

    def send(self, card: SuggestionCard) -> Task | None:
        """Send the card's e-mail through the user's SMTP account (on the database executor: sending records
        the message); on success the card is done.

        Without an SMTP account the Mail settings open instead. A failure shows its reason on the
        card and records nothing.
        """
        # lazy: SMTP loads with the first send
        from desktop import mail

        suggestion = card.suggestion
        if suggestion.key in self.sends:
            return None
        if mail.load_settings() is None:
            self.message.emit(tr("Set up your mail account to send e-mail from Rebound."))
            self.mail_settings_requested.emit()
            return None
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
            return SendResult(key, person_id, name, subject, None, sent.interaction_id, before)

        def changes(result: SendResult) -> Changes:
            return suggestion_acted_on(person_id) if result.error is None else Changes()

        card.error.clear()
        card.set_sending(True)
        self.message.emit(tr("Sending the e-mail to {name}…").format(name=name))
        task = self.keeper.ops.run(write, changes, self._send_finished)  # a crash: the ops' report
        task.signals.finished.connect(self._send_ended)
        self.sends[key] = task
        return task

    @Slot(object)
    def _send_finished(self, result: SendResult) -> None:
        self.sends.pop(result.key, None)
        card = self.card_for(result.key)
        if result.error is not None:
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
