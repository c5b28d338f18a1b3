"""The Today page: the day's suggestions as a column of cards, overdue first.

Cards are grouped Overdue / Today / Coming up (the next 14 days). Only the first ``BATCH``
cards are built (each renders its draft when built); more are built as the column scrolls
to its end. The keyboard moves between cards (Up/Down, J/K, Home/End) and acts on the
current one (the page's actions: Ctrl+Return marks it done, and so on). Snooze and dismiss
can be undone (Ctrl+Z, or the Undo button above the cards).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import chain

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.reconnect import actions, snapshot
from desktop.core.reconnect.present import as_dict
from desktop.core.reconnect.suggestion import Suggestion
from desktop.errors import ReboundError
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.dialogs.snooze_until import SnoozeUntilDialog
from desktop.gui.kit.formatting import format_date
from desktop.gui.kit.icons import icon
from desktop.gui.kit.links import mail_url, open_url, web_url
from desktop.gui.kit.suggestion_text import action_label, days_phrase, next_item_text
from desktop.gui.kit.welcome import WelcomeView
from desktop.gui.kit.widgets import SPACING, PlainLabel, alert, alert_colour, heading, muted
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.gui.services.workers import Task, TaskRunner
from desktop.gui.today.card import SHORTCUTS, CardInfo, SuggestionCard
from desktop.gui.today.preview import PlanPreview
from desktop.store.models import DB

COLUMN_WIDTH = 880  # cards read best as a column, not stretched across a wide window
GROUP_TITLES = {"overdue": "Overdue", "today": "Today", "coming": "Coming up in the next 14 days"}
EMPTY_TEXT = (
    "Rebound suggests whom to get back in touch with, and drafts the message: a reply when a process "
    "ends in a rejection, a question when a relevant opening appears, congratulations on a new job, "
    "and a check-in every three to four months. Log a rejection when a process ends in “no”."
)


@dataclass(frozen=True)
class SendResult:
    """How sending a card's e-mail ended (from the worker): ``error`` is None when it went out."""

    key: str
    person_id: int
    name: str
    subject: str
    error: str | None


def _card_changes(person_id: int) -> Changes:
    """What a card's action changed: the person's timeline or their suggestion states."""
    return Changes(people=frozenset({person_id}), suggestion_states=True)


@dataclass(frozen=True)
class Undoable:
    key: str
    person_id: int
    before: tuple[str, date | None] | None
    verb: str  # what undo undoes: "snooze" or "dismiss"
    text: str  # "Snoozed until …: …" / "Dismissed: …"


class SectionHeader(QWidget):
    def __init__(self, group: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, SPACING * 2, 0, 0)
        layout.setSpacing(SPACING)
        self.icon = QLabel(self)
        overdue = group == "overdue"
        self.icon.setPixmap(icon("warning" if overdue else "today", alert_colour(self) if overdue else None).pixmap(20))
        self.title = heading(f"{GROUP_TITLES[group]} ({count})", self, factor=1.2)
        if overdue:
            alert(self.title)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addStretch(1)


class NothingToDo(QWidget):
    """The empty state of a day without suggestions: the next coming one, or what Today is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("Nothing to do today", self, factor=1.4)
        self.next = PlainLabel("", self)
        self.next.setWordWrap(True)
        self.text = muted(PlainLabel(EMPTY_TEXT, self))
        self.text.setWordWrap(True)
        self.log_rejection_button = QPushButton(icon("rejection"), "Log a rejection…", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING * 3, 0, SPACING)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.title)
        layout.addWidget(self.next)
        layout.addWidget(self.text)
        layout.addWidget(self.log_rejection_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_next(self, text: str | None) -> None:
        self.next.setText(text or "Nothing falls due in the next 14 days either.")


class UndoBar(QFrame):
    """ "Snoozed … until …  [Undo]" above the cards, while there is something to undo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("undo").pixmap(16, 16))
        self.label = PlainLabel("", self)
        self.label.setWordWrap(True)
        self.button = QPushButton(icon("undo"), "Undo", self)
        self.button.setToolTip("Undo the last snooze or dismiss (Ctrl+Z)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING // 2, SPACING, SPACING // 2)
        layout.setSpacing(SPACING)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()


class TodayPage(QWidget):
    open_person_requested = Signal(int)
    load_demo_requested = Signal()
    import_requested = Signal()
    log_rejection_requested = Signal()
    message = Signal(str)  # a line for the status bar
    counts_changed = Signal(int)  # suggestions due (overdue and today)
    mail_settings_requested = Signal()  # Send was pressed before an SMTP account was set up

    BATCH = 30

    def __init__(
        self,
        keeper: PlanKeeper,
        now: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self._now = now
        self.plan: list[Suggestion] = []  # due by today, overdue first (the order of the day)
        self.coming: list[Suggestion] = []  # due in the next 14 days
        self.overdue_count = 0
        self.cards: list[SuggestionCard] = []  # built cards, in order
        self._by_key: dict[str, tuple[tuple[object, ...], SuggestionCard]] = {}
        self._wanted = self.BATCH
        self.current: SuggestionCard | None = None
        self.undo_stack: list[Undoable] = []
        self.writing: set[str] = set()  # suggestion keys whose write runs on the database executor
        self._undone_key: str | None = None  # the card Undo brings back: current once it is shown again
        self.dialog: QDialog | None = None
        self._focus_person: int | None = None
        self._building = False
        self.runner = TaskRunner(self)  # sending e-mail
        self.sends: dict[str, Task] = {}  # suggestion key → the send under way

        self.loading = muted(PlainLabel("Working out today’s plan…", self))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome = WelcomeView(self)
        self.welcome.load_demo_button.clicked.connect(self.load_demo_requested)
        self.welcome.import_button.clicked.connect(self.import_requested)
        self.undo_bar = UndoBar(self)
        self.undo_bar.button.clicked.connect(self.undo)

        self.column = QWidget(self)
        self.column.setMaximumWidth(COLUMN_WIDTH)
        self.nothing = NothingToDo(self.column)  # children of the column from the start: re-parenting hides
        self.nothing.log_rejection_button.clicked.connect(self.log_rejection_requested)
        self.more_button = QPushButton(self.column)
        self.more_button.clicked.connect(self.show_more)
        self.cards_layout = QVBoxLayout(self.column)
        self.cards_layout.setContentsMargins(0, 0, 0, SPACING * 2)
        self.cards_layout.setSpacing(SPACING * 2)
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(SPACING, 0, SPACING * 2, 0)
        row.addStretch(1)
        row.addWidget(self.column, 100)
        row.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the first card
        self.scroll.setWidget(holder)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        plan_view = QWidget(self)
        plan_layout = QVBoxLayout(plan_view)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.setSpacing(SPACING)
        plan_layout.addWidget(self.undo_bar)
        plan_layout.addWidget(self.scroll, 1)
        self.plan_view = plan_view

        self.views = QStackedWidget(self)
        for view in (self.loading, self.welcome, self.plan_view):
            self.views.addWidget(view)
        self.preview: PlanPreview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

        self._make_actions()
        self.keeper.changed.connect(self.refresh)
        self.keeper.loading_changed.connect(self._loading_changed)
        self.keeper.failed.connect(self._load_failed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._update_actions()
        if self.keeper.engine is not None:  # made after the engine: its plan now
            self.refresh()
        elif self.keeper.loading:
            self._loading_changed(True)

    # -- the page's actions (the window adds them to its menu; shortcuts act on the current card)
    def _make_actions(self) -> None:
        def make(text: str, name: str | None, slot: Callable[[], object], icon_name: str) -> QAction:
            action = QAction(icon(icon_name), text, self)
            if name is not None:
                action.setShortcut(QKeySequence(SHORTCUTS[name]))
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.done_action = make("Mark &done", "done", lambda: self._act(self.mark_done), "done")
        self.linkedin_action = make(
            "Copy and open &LinkedIn profile", "linkedin", lambda: self._act(self.copy_and_open_linkedin), "copy"
        )
        self.mail_action = make("Open in &mail app", "mail", lambda: self._act(self.open_in_mail_app), "email")
        self.snooze_action = make("&Snooze…", "snooze", lambda: self._act(self.show_snooze_menu), "snooze")
        self.dismiss_action = make("D&ismiss", "dismiss", lambda: self._act(self.dismiss), "dismiss")
        self.undo_action = QAction(icon("undo"), "&Undo", self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())
        self.card_actions = (
            self.done_action,
            self.linkedin_action,
            self.mail_action,
            self.snooze_action,
            self.dismiss_action,
        )

    def _act(self, method: Callable[[SuggestionCard], object]) -> None:
        if self.current is not None and self.isVisible():
            method(self.current)

    def _update_actions(self) -> None:
        card = self.current if self.isVisible() else None
        for action in self.card_actions:
            action.setEnabled(card is not None)
        if card is not None:
            self.linkedin_action.setEnabled(not card.linkedin_button.isHidden())
            self.mail_action.setEnabled(not card.mail_button.isHidden())
        self.undo_action.setEnabled(bool(self.undo_stack))
        top = self.undo_stack[-1] if self.undo_stack else None
        self.undo_bar.setVisible(top is not None)
        if top is None:
            self.undo_action.setText("&Undo")
        else:
            self.undo_action.setText("&Undo " + top.verb)
            self.undo_bar.label.setText(top.text)

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self._update_actions()

    def hideEvent(self, event: object) -> None:  # type: ignore[override]
        super().hideEvent(event)  # type: ignore[arg-type]
        self._update_actions()

    # -- building the column ----------------------------------------------------------------
    def _loading_changed(self, loading: bool) -> None:
        if loading and self.keeper.engine is None:
            self.loading.setText("Working out today’s plan…")
            self.views.setCurrentWidget(self.preview if self.show_kept_plan() else self.loading)

    def set_busy(self, busy: bool) -> None:
        """Long work is under way: the empty page's buttons wait (they would start more)."""
        self.welcome.setEnabled(not busy)

    def wait_for_restore(self) -> None:
        """A damaged database: no plan is worked out (the engine would write) until a backup is restored."""
        self.loading.setText("Today’s plan is worked out once a backup is restored.")

    def show_head_start(self) -> None:
        """Before the engine is built: the first cards kept at the last exit (or "Working out…")."""
        self._loading_changed(True)

    def show_kept_plan(self) -> bool:
        """While the engine starts: the first cards of the plan kept at the last exit, if still true."""
        if self.preview is not None:
            return True
        today = self.keeper.today()
        kept = snapshot.load(DB.obj, today)
        if kept is None or not kept.cards:
            return False
        self.preview = PlanPreview(kept, today, SectionHeader, self)
        self.views.addWidget(self.preview)
        self.counts_changed.emit(kept.due)
        return True

    def _drop_preview(self) -> None:
        if self.preview is not None:
            self.views.removeWidget(self.preview)
            self.preview.deleteLater()
            self.preview = None

    def _load_failed(self, message: str) -> None:
        self.loading.setText(f"Today’s plan could not be worked out:\n\n{message}")
        self.views.setCurrentWidget(self.loading)

    def refresh(self) -> None:
        """Show the keeper's plan: reuse the cards that did not change (and what was typed in them)."""
        facts = self.keeper.facts
        if facts is None:
            return
        self._drop_preview()
        today = self.keeper.today()
        plan, coming = self.keeper.plan()
        self.counts_changed.emit(len(plan))
        if not facts.people:
            self._clear_cards()
            self.plan, self.coming, self.overdue_count = [], [], 0
            self.views.setCurrentWidget(self.welcome)
            self._update_actions()
            return
        self.views.setCurrentWidget(self.plan_view)
        self.plan, self.coming = plan, coming
        # the plan lists the overdue first: where they end is found without visiting every suggestion
        self.overdue_count = bisect_left(plan, True, key=lambda s: not s.overdue(today))
        self.nothing.setVisible(not plan)
        if not plan:
            first = as_dict(coming[0], facts, today, with_draft=False) if coming else None
            self.nothing.show_next(next_item_text(first, today) if first else None)
        self._lay_out()

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
        data = as_dict(suggestion, facts, today)  # renders the draft: only for the cards built
        info = CardInfo.of(
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
        return card

    def _take_layout_items(self) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget()
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
        had_focus = self.current is not None and (focus is self.current or self.current.isAncestorOf(focus))
        old_index = self.cards.index(self.current) if self.current in self.cards else 0
        old_key = self.current.suggestion.key if self.current is not None else None

        self._building = True
        self._take_layout_items()
        old = self._by_key
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
                if previous is not None:  # the same suggestion, changed: keep what was typed
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
        self.more_button.setVisible(remaining > 0)
        if remaining > 0:
            self.more_button.setText(f"Show {min(remaining, self.BATCH)} more ({remaining} not shown yet)")
            self.cards_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.cards_layout.addStretch(1)
        self._building = False

        wanted = self._card_of_person(self._focus_person) if self._focus_person is not None else None
        if wanted is not None:
            self._focus_person = None
            self.focus_card(wanted)
            return
        if self.current is None and self.cards:
            index = min(old_index, len(self.cards) - 1)
            self._set_current(self.cards[index])
            if had_focus or (old_key is not None and focus is None):
                self.focus_card(self.cards[index])
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
        bar = self.scroll.verticalScrollBar()
        if not self._building and value >= bar.maximum() - self.scroll.viewport().height() // 2:
            self.show_more()

    # -- the current card and the keyboard --------------------------------------------------
    def _set_current(self, card: SuggestionCard | None) -> None:
        if self.current is not None and self.current is not card and self.current in self.cards:
            self.current.set_current(False)
        self.current = card
        if card is not None:
            card.set_current(True)
        self._update_actions()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or self._building:
            return
        for card in self.cards:
            if card is new or card.isAncestorOf(new):
                if card is not self.current:
                    self._set_current(card)
                return

    def focus_card(self, card: SuggestionCard) -> None:
        self._set_current(card)
        card.take_focus()
        self.scroll.ensureWidgetVisible(card, 0, SPACING * 2)

    def focus_first_card(self) -> None:
        if self.cards:
            self.focus_card(self.current if self.current in self.cards else self.cards[0])  # type: ignore[arg-type]

    def _move_from(self, card: SuggestionCard, step: int) -> None:
        index = self.cards.index(card) if card in self.cards else 0
        if step == -2:
            target = 0
        elif step == 2:
            while len(self.cards) < self.entry_count():
                self.show_more()
            target = len(self.cards) - 1
        else:
            target = index + step
            if target >= len(self.cards) and len(self.cards) < self.entry_count():
                self.show_more()
        if 0 <= target < len(self.cards):
            self.focus_card(self.cards[target])

    def _card_of_person(self, person_id: int | None) -> SuggestionCard | None:
        for index, suggestion in enumerate(chain(self.plan, self.coming)):
            if suggestion.person_id == person_id:
                while index >= len(self.cards) and len(self.cards) < self.entry_count():
                    self.show_more()
                return self.cards[index] if index < len(self.cards) else None
        return None

    def card_for(self, key: str) -> SuggestionCard | None:
        found = self._by_key.get(key)
        return found[1] if found else None

    def focus_person(self, person_id: int) -> None:
        """Make this person's card current and focused (now, or when the plan shows it)."""
        card = self._card_of_person(person_id)
        if card is None:
            self._focus_person = person_id
        else:
            self.focus_card(card)

    # -- acting on a card ------------------------------------------------------------------
    def _describe(self, card: SuggestionCard) -> str:
        return f"{action_label(card.suggestion.action)}: {card.info.name}"

    def _write(
        self, card: SuggestionCard, write: Callable[[], object], done: Callable[[object], None], failure: str
    ) -> Task | None:
        """Run a write of this card on the database executor; the broadcast re-plans and the card leaves."""
        key, person_id = card.suggestion.key, card.suggestion.person_id
        if key in self.writing:
            return None  # once: the write is under way
        self.writing.add(key)

        def finished(result: object) -> None:
            self.writing.discard(key)
            done(result)

        def failed(message: str) -> None:
            self.writing.discard(key)
            shown = self.card_for(key)
            if shown is not None:
                shown.error.show_message(f"{failure}: {message}.")

        return self.keeper.ops.run(write, lambda _result: _card_changes(person_id), finished, failed)

    def mark_done(self, card: SuggestionCard) -> Task | None:
        """Record the message as sent (the edited text), close the suggestion; the card leaves."""
        suggestion = card.suggestion
        today = self.keeper.today()
        at = datetime.combine(today, self._now().time()).replace(microsecond=0)
        body, subject = card.message_body(), card.message_subject() or None
        text = f"Done: {self._describe(card)}. The message is on {card.info.name}’s timeline."

        def write() -> None:
            actions.mark_done(suggestion.key, suggestion.person_id, suggestion.channel, body, at,
                              subject=subject, opening_id=suggestion.opening_id)  # fmt: skip

        return self._write(card, write, lambda _result: self.message.emit(text), "Not done")

    def snooze(self, card: SuggestionCard, until: date) -> Task | None:
        suggestion = card.suggestion
        today = self.keeper.today()
        days = (until - today).days
        text = f"Snoozed until {format_date(until)} ({days_phrase(days)}): {self._describe(card)}."

        def write() -> object:
            before = actions.previous_state(suggestion.key)
            actions.snooze(suggestion.key, until, today)
            return before

        def done(before: object) -> None:
            self.undo_stack.append(Undoable(suggestion.key, suggestion.person_id, before, "snooze", text))  # type: ignore[arg-type]
            self.message.emit(text)
            self._update_actions()

        return self._write(card, write, done, "Not snoozed")

    def snooze_until_a_date(self, card: SuggestionCard) -> SnoozeUntilDialog:
        today = self.keeper.today()
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
        self.scroll.ensureWidgetVisible(card.snooze_button)
        button = card.snooze_button
        card.snooze_menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def dismiss(self, card: SuggestionCard) -> Task | None:
        suggestion = card.suggestion
        text = f"Dismissed: {self._describe(card)}."

        def write() -> object:
            before = actions.previous_state(suggestion.key)
            actions.dismiss(suggestion.key)
            return before

        def done(before: object) -> None:
            self.undo_stack.append(Undoable(suggestion.key, suggestion.person_id, before, "dismiss", text))  # type: ignore[arg-type]
            self.message.emit(text)
            self._update_actions()

        return self._write(card, write, done, "Not dismissed")

    def undo(self) -> Task | None:
        """Put back the last snoozed or dismissed suggestion (on the database executor; its card comes back)."""
        if not self.undo_stack:
            return None
        last = self.undo_stack.pop()
        self._update_actions()

        def done(_result: object) -> None:
            self.message.emit(f"Undone: {last.text[0].lower()}{last.text[1:]}")

        task = self.keeper.ops.run(lambda: actions.restore_state(last.key, last.before),
                                   lambda _result: _card_changes(last.person_id), done)  # fmt: skip
        task.signals.succeeded.connect(self._focus_after_undo)
        self._undone_key = last.key
        return task

    @Slot()
    def _focus_after_undo(self) -> None:
        """After the broadcast has put the undone card back: it is the current one."""
        card = self.card_for(self._undone_key) if self._undone_key is not None else None
        if card is not None and self.isVisible():
            self.focus_card(card)

    def copy_and_open_linkedin(self, card: SuggestionCard) -> bool:
        url = web_url(card.info.linkedin_url)
        if url is None:
            self.message.emit(f"No LinkedIn profile (http or https) is known for {card.info.name}.")
            return False
        QGuiApplication.clipboard().setText(card.message_body())
        opened = open_url(url)
        self.message.emit(
            f"The message is on the clipboard: paste it on LinkedIn, then mark the card done ({SHORTCUTS['done']})."
        )
        return opened

    def open_in_mail_app(self, card: SuggestionCard) -> bool:
        url = mail_url(card.info.email, card.message_subject(), card.message_body())
        if url is None:
            self.message.emit(f"No e-mail address is known for {card.info.name}.")
            return False
        opened = open_url(url)
        self.message.emit(
            f"A new e-mail is open in your mail app. Once it is sent, mark the card done ({SHORTCUTS['done']})."
        )
        return opened

    def send(self, card: SuggestionCard) -> Task | None:
        """Send the card's e-mail through the user's SMTP account (in a worker); on success the card is done.

        Without an SMTP account the Mail settings open instead. A failure shows its reason on the
        card and records nothing.
        """
        # lazy: SMTP loads with the first send
        from desktop import mail

        suggestion = card.suggestion
        if suggestion.key in self.sends:
            return None
        if mail.load_settings() is None:
            self.message.emit("Set up your mail account to send e-mail from Rebound.")
            self.mail_settings_requested.emit()
            return None
        today = self.keeper.today()
        at = datetime.combine(today, self._now().time()).replace(microsecond=0)
        key, person_id, name = suggestion.key, suggestion.person_id, card.info.name
        subject, body, opening_id = card.message_subject(), card.message_body(), suggestion.opening_id

        def job(_task: Task) -> SendResult:
            try:
                mail.send_to_person(person_id, subject, body, at, suggestion_key=key, opening_id=opening_id)
            except ReboundError as error:
                return SendResult(key, person_id, name, subject, str(error))
            return SendResult(key, person_id, name, subject, None)

        task = Task(job)
        task.signals.succeeded.connect(self._send_finished)
        task.signals.crashed.connect(self.keeper.crashed)
        task.signals.finished.connect(self._send_ended)
        self.sends[key] = task
        card.error.clear()
        card.set_sending(True)
        self.message.emit(f"Sending the e-mail to {name}…")
        return self.runner.start(task)

    @Slot(object)
    def _send_finished(self, result: SendResult) -> None:
        self.sends.pop(result.key, None)
        card = self.card_for(result.key)
        if result.error is not None:
            text = f"Not sent: {sentence(result.error)} Nothing was recorded."
            if card is not None:
                card.set_sending(False)
                card.error.show_message(text)
            self.message.emit(text)
            return
        self.message.emit(f"Sent to {result.name}: “{result.subject}”. The e-mail is on their timeline.")
        self.keeper.ops.broadcast(_card_changes(result.person_id))  # the send's worker wrote it, through core

    @Slot()
    def _send_ended(self) -> None:
        """A send that crashed left no result: its card can be used again (the report tells what happened)."""
        for key, task in list(self.sends.items()):
            if task.done:
                del self.sends[key]
                card = self.card_for(key)
                if card is not None:
                    card.set_sending(False)

    def group_titles(self) -> list[str]:
        """The section headings shown, top to bottom (for tests and screenshots)."""
        return [
            widget.title.text()
            for widget in (self.cards_layout.itemAt(i).widget() for i in range(self.cards_layout.count()))
            if isinstance(widget, SectionHeader)
        ]
