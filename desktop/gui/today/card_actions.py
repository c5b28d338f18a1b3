"""Acting on a Today card: mark done, snooze, dismiss (on the database executor, each undoable) and the
launchers (LinkedIn, the mail app) that say so when nothing could be started."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.core.changes import Written
from desktop.core.reconnect import actions
from desktop.gui.kit.formatting import format_date
from desktop.gui.kit.i18n import shortcut_text, tr
from desktop.gui.kit.links import mail_url, open_url, web_url
from desktop.gui.kit.suggestion_text import action_label, days_phrase
from desktop.gui.services.workers import Task
from desktop.gui.today.card import SHORTCUTS, SuggestionCard
from desktop.gui.today.state import Before, TodayState, Undoable

if TYPE_CHECKING:  # the dialog loads when first opened (not with the Today page)
    from desktop.gui.dialogs.snooze_until import SnoozeUntilDialog

T = TypeVar("T")


class CardActions(TodayState):
    """A part of the Today page (``TodayPage`` mixes it in)."""

    def _describe(self, card: SuggestionCard) -> str:
        return f"{action_label(card.suggestion.action)}: {card.info.name}"

    def _write(
        self, card: SuggestionCard, write: Callable[[], Written[T]], done: Callable[[T], None], failure: str
    ) -> Task | None:
        """Run a write of this card on the database executor; the broadcast of what core says it changed
        re-plans and the card leaves."""
        key = card.suggestion.key
        if key in self.writing:
            return None  # once: the write is under way
        self.writing.add(key)
        self._leave(card)

        def finished(written: Written[T]) -> None:
            self.writing.discard(key)
            done(written.value)

        def failed(message: str) -> None:
            self.writing.discard(key)
            shown = self.card_for(key)
            if shown is not None:
                shown.show()  # it did not leave after all
                shown.error.show_message(f"{failure}: {message}.")

        return self.keeper.ops.run(write, finished, failed)

    def _leave(self, card: SuggestionCard) -> None:
        """The card leaves at once, before its write (an action and its re-layout fit in a frame): the column
        closes up, the next card takes its place (open when this one was, focused when it had the focus). The
        broadcast re-plans after the write; a failed write shows the card again."""
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is card or card.isAncestorOf(focus))
        was_open, was_current = card.expanded, card is self.current
        shown = [c for c in self.cards if c is card or not c.isHidden()]
        place = shown.index(card) if card in shown else 0
        after, before = shown[place + 1 :], shown[:place]
        following = after[0] if after else (before[-1] if before else None)
        card.hide()  # (Qt may move the focus on, and make another card current, meanwhile)
        if not was_current or following is None:
            return
        if was_open:
            following.set_expanded(True)
        self._set_current(following)
        if had_focus:
            self.focus_card(following)
        else:
            self.reveal(following)

    def mark_done(self, card: SuggestionCard) -> Task | None:
        """Record the message as sent (the edited text), close the suggestion; the card leaves."""
        suggestion = card.suggestion
        today = self.keeper.today()
        at = datetime.combine(today, self._now().time()).replace(microsecond=0)
        body, subject = card.message_body(), card.message_subject() or None
        text = tr("Done: {describe}. The message is on {name}’s timeline.").format(
            describe=self._describe(card), name=card.info.name
        )

        def write() -> Written[tuple[Before, int]]:
            before = actions.previous_state(suggestion.key)
            logged = actions.mark_done(suggestion.key, suggestion.person_id, suggestion.channel, body, at,
                                       subject=subject, opening_id=suggestion.opening_id)  # fmt: skip
            return Written((before, logged.value), logged.changes)

        def done(result: tuple[Before, int]) -> None:
            before, logged = result
            self.undo_stack.append(Undoable(suggestion.key, suggestion.person_id, before, "mark done", text, logged))
            self.message.emit(text)
            self._update_actions()

        return self._write(card, write, done, tr("Not done"))

    def snooze(self, card: SuggestionCard, until: date) -> Task | None:
        suggestion = card.suggestion
        today = self.keeper.today()
        days = (until - today).days
        text = tr("Snoozed until {format_date} ({days_phrase}): {describe}.").format(
            format_date=format_date(until), days_phrase=days_phrase(days), describe=self._describe(card)
        )

        def write() -> Written[Before]:
            before = actions.previous_state(suggestion.key)
            return Written(before, actions.snooze(suggestion.key, until, today))

        def done(before: Before) -> None:
            self.undo_stack.append(Undoable(suggestion.key, suggestion.person_id, before, "snooze", text))
            self.message.emit(text)
            self._update_actions()

        return self._write(card, write, done, tr("Not snoozed"))

    def snooze_until_a_date(self, card: SuggestionCard) -> SnoozeUntilDialog:
        today = self.keeper.today()
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        from desktop.gui.dialogs.snooze_until import SnoozeUntilDialog  # lazy: dialogs load when first opened

        dialog = SnoozeUntilDialog(today, today + timedelta(days=7), self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda until: self.snooze(card, until) if card in self.cards else None)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def show_snooze_menu(self, card: SuggestionCard) -> None:
        """The snooze choices under the card's button (non-blocking; the keyboard picks one)."""
        self.scroll_area.ensureWidgetVisible(card.snooze_button)
        button = card.snooze_button
        card.snooze_menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def dismiss(self, card: SuggestionCard) -> Task | None:
        suggestion = card.suggestion
        text = tr("Dismissed: {describe}.").format(describe=self._describe(card))

        def write() -> Written[Before]:
            before = actions.previous_state(suggestion.key)
            return Written(before, actions.dismiss(suggestion.key))

        def done(before: Before) -> None:
            self.undo_stack.append(Undoable(suggestion.key, suggestion.person_id, before, "dismiss", text))
            self.message.emit(text)
            self._update_actions()

        return self._write(card, write, done, tr("Not dismissed"))

    def copy_and_open_linkedin(self, card: SuggestionCard) -> bool:
        url = web_url(card.info.linkedin_url)
        if url is None:
            self.message.emit(
                tr("No LinkedIn profile (http or https) is known for {name}.").format(name=card.info.name)
            )
            return False
        QGuiApplication.clipboard().setText(card.message_body())
        opened = open_url(url)
        if not opened:  # say so: no browser could be started
            card.error.show_message(
                tr(
                    "No web browser could be started. The message is on the clipboard; open {url} yourself and "
                    "paste it there."
                ).format(url=url)
            )
            self.message.emit(
                tr("No web browser could be started: open {url} yourself. The message is on the clipboard.").format(
                    url=url
                )
            )
            return False
        self.message.emit(
            tr("The message is on the clipboard: paste it on LinkedIn, then mark the card done ({SHORTCUTS}).").format(
                SHORTCUTS=shortcut_text(SHORTCUTS["done"])
            )
        )
        return opened

    def open_in_mail_app(self, card: SuggestionCard) -> bool:
        url = mail_url(card.info.email, card.message_subject(), card.message_body())
        if url is None:
            self.message.emit(tr("No e-mail address is known for {name}.").format(name=card.info.name))
            return False
        opened = open_url(url)
        if not opened:  # say so, and offer the text: no mail app could be started
            subject = card.message_subject()
            QGuiApplication.clipboard().setText(
                (tr("Subject: {subject}\n\n").format(subject=subject) if subject else "") + card.message_body()
            )
            card.error.show_message(
                tr(
                    "No mail app could be started. The message is on the clipboard: paste it into an e-mail to {email}."
                ).format(email=card.info.email)
            )
            self.message.emit(tr("No mail app could be started: the message is on the clipboard."))
            return False
        self.message.emit(
            tr("A new e-mail is open in your mail app. Once it is sent, mark the card done ({SHORTCUTS}).").format(
                SHORTCUTS=shortcut_text(SHORTCUTS["done"])
            )
        )
        return opened
