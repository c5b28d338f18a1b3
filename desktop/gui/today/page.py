"""The Today page: the day's suggestions as a column of cards, overdue first.

Cards are grouped Overdue / Today / Coming up (the next 14 days). Only the first ``BATCH``
cards are built (each renders its draft when built); more are built as the column scrolls
to its end. The keyboard moves between cards (Up/Down, J/K, Home/End) and acts on the
current one (the page's actions: Ctrl+Return marks it done, and so on). A card is a one-line
row (who, what, due) that opens (Return, or a click) to the draft and the actions. Every action
keeps the next card in view and announces itself in the undo bar: Ctrl+Z (or its Undo button)
takes back Mark done, Send, Snooze and Dismiss.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import chain
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reconnect import snapshot
from desktop.core.reconnect.suggestion import Suggestion
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.qt_values import ALIGN_CENTER, NO_FOCUS, SCROLL_BAR_ALWAYS_OFF, set_qt_property, set_shortcuts
from desktop.gui.kit.suggestion_text import next_item_text
from desktop.gui.kit.welcome import WelcomeView
from desktop.gui.kit.widgets import SPACING, PlainLabel, muted
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.gui.services.workers import Task, TaskRunner
from desktop.gui.today.card import SHORTCUTS, SuggestionCard
from desktop.gui.today.card_actions import CardActions
from desktop.gui.today.column import CardColumn
from desktop.gui.today.sending import Sending
from desktop.gui.today.snapshot_view import SnapshotView
from desktop.gui.today.state import Undoable, WaitingSend
from desktop.gui.today.team import TeamBar
from desktop.gui.today.undo import UndoStack
from desktop.gui.today.widgets import NothingToDo, SectionHeader, SummaryLine, UndoBar
from desktop.store.models import DB, is_team

if TYPE_CHECKING:  # the detections (and the mail phrases they compile) load with the first plan, not the kept cards
    from desktop.gui.today.detections import DetectionsPanel

COLUMN_WIDTH = 880  # cards read best as a column, not stretched across a wide window


class TodayPage(CardColumn, CardActions, UndoStack, Sending, QWidget):
    open_person_requested = Signal(int)
    load_demo_requested = Signal()
    import_requested = Signal()
    about_you_requested = Signal()  # the first step on an empty database: Settings → About you
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
        self.waiting_sends: dict[str, WaitingSend] = {}  # e-mails that have not left yet (Undo keeps them)

        self.loading = muted(PlainLabel(tr("Working out today’s plan…"), self))
        set_qt_property(self.loading, "alignment", ALIGN_CENTER)
        self._welcome: WelcomeView | None = None  # an empty database's first steps: made when first shown
        self._busy = False
        self.summary = SummaryLine(self)
        self._undo_bar: UndoBar | None = None  # "Done: … [Undo]": made with the first action to undo

        self.column = QWidget(self)
        self.column.setMaximumWidth(COLUMN_WIDTH)
        self.nothing = NothingToDo(self.column)  # children of the column from the start: re-parenting hides
        self.nothing.log_rejection_button.clicked.connect(self.log_rejection_requested)
        # "Show … more", centred in a row of its own (a layout alignment would name the Qt namespace)
        self.more_row = QWidget(self.column)
        more_layout = QHBoxLayout(self.more_row)
        more_layout.setContentsMargins(0, 0, 0, 0)
        self.more_button = QPushButton(self.more_row)
        self.more_button.clicked.connect(self.show_more)
        more_layout.addStretch(1)
        more_layout.addWidget(self.more_button)
        more_layout.addStretch(1)
        self.cards_layout = QVBoxLayout(self.column)
        self.cards_layout.setContentsMargins(0, 0, 0, SPACING * 2)
        self.cards_layout.setSpacing(SPACING * 2)
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(SPACING, 0, SPACING * 2, 0)
        row.addStretch(1)
        row.addWidget(self.column, 100)
        row.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        set_qt_property(self.scroll_area, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        set_qt_property(self.scroll_area, "focusPolicy", NO_FOCUS)  # Tab goes straight to the first card
        self.scroll_area.setWidget(holder)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._scrolled)
        plan_view = QWidget(self)
        plan_layout = QVBoxLayout(plan_view)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.setSpacing(SPACING)
        plan_layout.addWidget(self.summary)
        self.team = TeamBar(self)  # a team server's My people / Everyone and team view (hidden on a file)
        self.team.scope_changed.connect(self.refresh)
        plan_layout.addWidget(self.team)
        self._detections: DetectionsPanel | None = None  # what the mail import found: made with the first plan
        self._plan_layout = plan_layout
        plan_layout.addWidget(self.scroll_area, 1)
        self.plan_view = plan_view

        self.views = QStackedWidget(self)
        for view in (self.loading, self.plan_view):
            self.views.addWidget(view)
        self.snapshot_view: SnapshotView | None = None
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

    @property
    def welcome(self) -> WelcomeView:
        """The first steps on an empty database (load the demo, import, about you), made when first needed."""
        if self._welcome is None:
            welcome = WelcomeView(self)
            welcome.load_demo_button.clicked.connect(self.load_demo_requested)
            welcome.import_button.clicked.connect(self.import_requested)
            welcome.about_you_button.show()
            welcome.about_you_button.clicked.connect(self.about_you_requested)
            welcome.setEnabled(not self._busy)
            self.views.addWidget(welcome)
            self._welcome = welcome
        return self._welcome

    @property
    def undo_bar(self) -> UndoBar:
        """ "Done: … [Undo]" under the cards, made with the first action there is to undo."""
        if self._undo_bar is None:
            bar = UndoBar(self.plan_view)
            bar.button.clicked.connect(self.undo)
            self._plan_layout.addWidget(bar)
            self._undo_bar = bar
        return self._undo_bar

    @property
    def detections(self) -> DetectionsPanel:
        """The pending detections above the day's cards, made when first needed (the first plan shown)."""
        if self._detections is None:
            from desktop.gui.today.detections import DetectionsPanel  # lazy: the kept cards paint without it

            panel = DetectionsPanel(self.keeper.ops, self.keeper.today, self)
            panel.message.connect(self.message)
            self._plan_layout.insertWidget(self._plan_layout.indexOf(self.scroll_area), panel)
            self._detections = panel
        return self._detections

    # -- the page's actions (the window adds them to its menu; shortcuts act on the current card)
    def _make_actions(self) -> None:
        def make(text: str, name: str | None, slot: Callable[[], object], icon_name: str) -> QAction:
            action = QAction(icon(icon_name), text, self)
            if name is not None:
                set_shortcuts(action, SHORTCUTS[name])
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.done_action = make(tr("Mark &done"), "done", lambda: self._act(self.mark_done), "done")
        self.linkedin_action = make(
            tr("Copy and open &LinkedIn profile"), "linkedin", lambda: self._act(self.copy_and_open_linkedin), "copy"
        )
        self.mail_action = make(tr("Open in &mail app"), "mail", lambda: self._act(self.open_in_mail_app), "email")
        self.snooze_action = make(tr("&Snooze…"), "snooze", lambda: self._act(self.show_snooze_menu), "snooze")
        self.dismiss_action = make(tr("D&ismiss"), "dismiss", lambda: self._act(self.dismiss), "dismiss")
        self.undo_action = QAction(icon("undo"), tr("&Undo"), self)
        # the platform's first Undo binding, as ``QKeySequence(StandardKey.Undo)`` gives it, without the Qt namespace
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[:1])
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
            self.linkedin_action.setEnabled(card.can_linkedin)
            self.mail_action.setEnabled(card.can_mail)
        self.undo_action.setEnabled(bool(self.undo_stack))
        top = self.undo_stack[-1] if self.undo_stack else None
        if top is not None or self._undo_bar is not None:
            self.undo_bar.setVisible(top is not None)
        if top is None:
            self.undo_action.setText(tr("&Undo"))
        else:
            self.undo_action.setText(tr("&Undo ") + tr(top.verb))
            self.undo_bar.label.setText(top.text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_actions()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_actions()

    # -- building the column ----------------------------------------------------------------
    def _loading_changed(self, loading: bool) -> None:
        if loading and self.keeper.engine is None:
            self.loading.setText(tr("Working out today’s plan…"))
            shown = self.snapshot_view if self.show_snapshot() else None
            self.views.setCurrentWidget(shown if shown is not None else self.loading)

    def set_busy(self, busy: bool) -> None:
        """Long work is under way: the empty page's buttons wait (they would start more)."""
        self._busy = busy
        if self._welcome is not None:
            self._welcome.setEnabled(not busy)

    def wait_for_restore(self) -> None:
        """A damaged database: no plan is worked out (the engine would write) until a backup is restored."""
        self.loading.setText(tr("Today’s plan is worked out once a backup is restored."))

    def show_snapshot_or_wait(self) -> None:
        """Before the engine is built: the first cards kept at the last exit (or "Working out…")."""
        self._loading_changed(True)

    def show_snapshot(self) -> bool:
        """While the engine starts: the first cards of the plan kept at the last exit, if still true."""
        if self.snapshot_view is not None:
            return True
        if is_team(DB.obj):  # the one kept in a shared database is another member's day (their people, their words)
            return False
        today = self.keeper.today()
        kept = snapshot.load(DB.obj, today)
        if kept is None or not kept.cards:
            return False
        self.snapshot_view = SnapshotView(kept, today, SectionHeader, self)
        self.views.addWidget(self.snapshot_view)
        self.counts_changed.emit(kept.due)
        return True

    def _drop_snapshot(self) -> None:
        if self.snapshot_view is not None:
            self.views.removeWidget(self.snapshot_view)
            self.snapshot_view.deleteLater()
            self.snapshot_view = None

    def _load_failed(self, message: str) -> None:
        self.loading.setText(tr("Today’s plan could not be worked out:\n\n{message}").format(message=message))
        self.views.setCurrentWidget(self.loading)

    def refresh(self) -> None:
        """Show the keeper's plan: reuse the cards that did not change (and what was typed in them)."""
        facts = self.keeper.facts
        if facts is None:
            return
        self._drop_snapshot()
        self.detections.refresh()
        today = self.keeper.today()
        plan, coming = self.keeper.plan()
        self.team.show_team(facts, plan)
        if self.team.mine_only:
            from desktop.core.reconnect.team import mine  # lazy: a team server's scope, once there is a plan

            plan, coming = mine(plan, facts), mine(coming, facts)
        self.counts_changed.emit(len(plan))
        if not facts.people:
            self._clear_cards()
            self.plan, self.coming, self.overdue_count = [], [], 0
            self.views.setCurrentWidget(self.welcome)
            self._update_actions()
            return
        self.views.setCurrentWidget(self.plan_view)
        # one word for one state: whatever is past its day is overdue, and listed first (in the plan's order)
        late = [s for s in plan if s.due < today or s.overdue(today)]
        if len(late) not in (0, len(plan)):
            plan = late + [s for s in plan if not (s.due < today or s.overdue(today))]
        self.plan, self.coming = plan, coming
        self.overdue_count = len(late)
        self.summary.show_counts(self.overdue_count, len(plan) - self.overdue_count, len(coming))
        self.nothing.setVisible(not plan)
        if not plan:
            from desktop.core.reconnect.present import as_dict  # lazy: not needed for the kept cards

            first = as_dict(coming[0], facts, today, with_draft=False) if coming else None
            self.nothing.show_next(next_item_text(first, today) if first else None)
        self._lay_out()

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
        self.reveal(card)

    def expand(self, card: SuggestionCard, expanded: bool = True) -> None:
        """Open a card (its why, draft and actions) or fold it to its row; it stays in view."""
        card.set_expanded(expanded)

    def _expanded_changed(self, card: SuggestionCard) -> None:
        """One card open at a time: opening one folds the others; the opened one is in view."""
        if card.expanded:
            for other in self.cards:
                if other is not card and other.expanded:
                    other.set_expanded(False)
        if not self._building:
            self.reveal(card)

    def reveal(self, card: SuggestionCard) -> None:
        """Scroll so that the card is in view: all of it if it fits, else its row at the top."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the column's new geometry, now
        holder = self.scroll_area.widget()
        if holder is None or card.parent() is None:
            return
        top = card.mapTo(holder, QPoint(0, 0)).y()
        bar = self.scroll_area.verticalScrollBar()
        view = self.scroll_area.viewport().height()
        margin = SPACING * 2
        if top - margin < bar.value() or card.height() + 2 * margin > view:
            bar.setValue(top - margin)
        elif top + card.height() + margin > bar.value() + view:
            bar.setValue(top + card.height() + margin - view)

    def focus_first_card(self) -> None:
        if self.cards:
            current = self.current
            self.focus_card(current if current is not None and current in self.cards else self.cards[0])

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
