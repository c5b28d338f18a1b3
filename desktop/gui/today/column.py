"""The column of cards: which cards to build, reusing those that did not change (card diffing), in groups."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QApplication,
)

from desktop.core.reconnect.suggestion import Suggestion
from desktop.gui.kit.i18n import tr
from desktop.gui.today.card import CardSnapshot, SuggestionCard
from desktop.gui.today.state import TodayState
from desktop.gui.today.widgets import SectionHeader


class CardColumn(TodayState):
    """A part of the Today page (``TodayPage`` mixes it in)."""

    def _signature(self, suggestion: Suggestion, today: date) -> tuple[object, ...]:
        facts = self.keeper.facts
        assert facts is not None
        person = facts.people[suggestion.person_id]
        return (
            suggestion,
            today,
            person.name,
            person.title,
            person.company,
            person.email,
            person.linkedin_url,
            facts.settings["connect_note_limit"],
            self.keeper.template_generation,
        )

    def _make_card(self, suggestion: Suggestion, today: date) -> SuggestionCard:
        facts = self.keeper.facts
        assert facts is not None
        from desktop.core.reconnect.present import as_dict  # lazy: the kept cards paint before the drafts load

        data = as_dict(suggestion, facts, today)  # renders the draft: only for the cards built
        info = CardSnapshot.of(
            suggestion, data, facts.people[suggestion.person_id], int(facts.settings["connect_note_limit"])
        )
        card = SuggestionCard(info, today, self.column)
        card.done_requested.connect(self.mark_done)
        card.snooze_requested.connect(self.snooze)
        card.snooze_date_requested.connect(self.snooze_until_a_date)
        card.dismiss_requested.connect(self.dismiss)
        card.linkedin_requested.connect(self.copy_and_open_linkedin)
        card.mail_requested.connect(self.open_in_mail_app)
        card.send_requested.connect(self.send)
        card.open_person_requested.connect(self.open_person_requested)
        card.move_requested.connect(self._move_from)
        card.expanded_changed.connect(self._expanded_changed)
        return card

    def _take_layout_items(self) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if isinstance(widget, SectionHeader):
                widget.hide()
                widget.deleteLater()

    def _clear_cards(self) -> None:
        self._take_layout_items()
        for _, card in self._by_key.values():
            card.hide()
            card.deleteLater()
        self._by_key.clear()
        self.cards = []
        self.current = None

    def _lay_out(self) -> None:
        today = self.keeper.today()
        focus = QApplication.focusWidget()
        current = self.current
        had_focus = current is not None and focus is not None and (focus is current or current.isAncestorOf(focus))
        old_index = self.cards.index(self.current) if self.current in self.cards else 0
        old_key = self.current.suggestion.key if self.current is not None else None
        was_open = self.current is not None and self.current.expanded

        self._building = True
        self._take_layout_items()
        old = self._by_key
        first_time = not old
        self._by_key = {}
        self.cards = []
        count = min(max(self._wanted, self.BATCH), self.entry_count())
        for index in range(count):
            _, suggestion = self.entry(index)
            signature = self._signature(suggestion, today)
            previous = old.pop(suggestion.key, None)
            if previous is not None and previous[0] == signature:
                card = previous[1]
            else:
                card = self._make_card(suggestion, today)
                if suggestion.key in self.sends:
                    card.set_sending(True)
                if previous is not None:  # the same suggestion, changed: keep what was typed, and open
                    card.set_expanded(previous[1].expanded)
                    if previous[1].edited:
                        card.set_draft(previous[1].message_subject(), previous[1].message_body())
                    if previous[1] is self.current:
                        self.current = card
                    previous[1].hide()
                    previous[1].deleteLater()
            self._by_key[suggestion.key] = (signature, card)
            self.cards.append(card)
        for _, card in old.values():
            if card is self.current:
                self.current = None
            card.hide()
            card.deleteLater()

        self.cards_layout.addWidget(self.nothing)
        group = None
        totals = {
            "overdue": self.overdue_count,
            "today": len(self.plan) - self.overdue_count,
            "coming": len(self.coming),
        }
        for index, card in enumerate(self.cards):
            entry_group, _ = self.entry(index)
            if entry_group != group:
                group = entry_group
                self.cards_layout.addWidget(SectionHeader(group, totals[group], self.column))
            self.cards_layout.addWidget(card)
            card.show()
        remaining = self.entry_count() - len(self.cards)
        self.more_row.setVisible(remaining > 0)
        if remaining > 0:
            self.more_button.setText(
                tr("Show {min} more ({remaining} not shown yet)").format(
                    min=min(remaining, self.BATCH), remaining=remaining
                )
            )
            self.cards_layout.addWidget(self.more_row)
        self.cards_layout.addStretch(1)
        self._building = False

        wanted = self._card_of_person(self._focus_person) if self._focus_person is not None else None
        if wanted is not None:
            self._focus_person = None
            self.focus_card(wanted)
            return
        if self.current is None and self.cards:
            # the current card left (done, snoozed, dismissed): the next one takes its place, in view
            index = min(old_index, len(self.cards) - 1)
            card = self.cards[index]
            if first_time or was_open:
                card.set_expanded(True)  # the first card of the day opens; working down the list, the next
            self._set_current(card)
            if had_focus or (old_key is not None and focus is None):
                self.focus_card(card)
            elif old_key is not None:
                self.reveal(card)
        elif self.current is not None:
            self._set_current(self.current)
        else:
            self._update_actions()

    def entry_count(self) -> int:
        return len(self.plan) + len(self.coming)

    def entry(self, index: int) -> tuple[str, Suggestion]:
        """The group ("overdue", "today", "coming") and the suggestion at a place in the column."""
        if index < len(self.plan):
            return ("overdue" if index < self.overdue_count else "today"), self.plan[index]
        return "coming", self.coming[index - len(self.plan)]

    def show_more(self) -> None:
        if len(self.cards) < self.entry_count():
            self._wanted = len(self.cards) + self.BATCH
            self._lay_out()

    def _scrolled(self, value: int) -> None:
        bar = self.scroll_area.verticalScrollBar()
        if not self._building and value >= bar.maximum() - self.scroll_area.viewport().height() // 2:
            self.show_more()

    def group_titles(self) -> list[str]:
        """The section headings shown, top to bottom (for tests and screenshots)."""
        items = (self.cards_layout.itemAt(i) for i in range(self.cards_layout.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [widget.title.text() for widget in widgets if isinstance(widget, SectionHeader)]
