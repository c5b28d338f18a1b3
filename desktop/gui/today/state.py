"""What the parts of the Today page share (the column, the undo stack, sending): the page's state, typed.

``TodayPage`` sets all of it in its constructor; the parts only read and write it. Besides the
annotations, the small records the parts hand each other: an undo step (``Undoable``), how a send
ended (``SendResult``) and an e-mail waiting to leave (``WaitingSend``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QDialog, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core.changes import Changes
from desktop.core.reconnect.suggestion import Suggestion
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.gui.services.workers import Task, TaskRunner
from desktop.gui.today.card import SuggestionCard
from desktop.gui.today.widgets import NothingToDo

if TYPE_CHECKING:
    from desktop.gui.dialogs.snooze_until import SnoozeUntilDialog


Before = tuple[str, date | None] | None  # a suggestion's state before an action (what Undo puts back)


class Undoable(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    key: str
    person_id: int
    before: Before
    verb: str  # what undo undoes: "mark done", "send", "snooze" or "dismiss"
    text: str  # "Done: …" / "Sent to …" / "Snoozed until …: …" / "Dismissed: …"
    interaction_id: int | None = None  # what Mark done or Send logged: undo takes it off the timeline
    waiting: bool = False  # an e-mail that has not left yet: undo keeps it (nothing was written)


class SendResult(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """How sending a card's e-mail ended (from the worker): ``error`` is None when it went out."""

    key: str
    person_id: int
    name: str
    subject: str
    error: str | None
    interaction_id: int | None = None  # the e-mail as logged on the timeline (what Undo takes back)
    before: tuple[str, date | None] | None = None  # the suggestion's state before it was sent
    changes: Changes = Changes()  # what recording it changed (core says; none on failure)


class WaitingSend(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """A sent e-mail that has not left yet: Undo can still keep it (its timer sends it)."""

    timer: QTimer
    write: Callable[[], SendResult]
    name: str


class TodayState:
    BATCH: int
    keeper: PlanKeeper
    plan: list[Suggestion]  # due by today, overdue first (the order of the day)
    coming: list[Suggestion]  # due in the next 14 days
    overdue_count: int
    cards: list[SuggestionCard]  # built cards, in order
    current: SuggestionCard | None
    undo_stack: list[Undoable]
    runner: TaskRunner
    sends: dict[str, Task]  # suggestion key → the send under way
    waiting_sends: dict[str, WaitingSend]  # suggestion key → an e-mail that has not left yet (Undo keeps it)
    column: QWidget
    nothing: NothingToDo
    more_button: QPushButton
    more_row: QWidget
    cards_layout: QVBoxLayout
    scroll_area: QScrollArea
    _by_key: dict[str, tuple[tuple[object, ...], SuggestionCard]]
    _wanted: int
    _focus_person: int | None
    _building: bool
    _undone_key: str | None
    _now: Callable[[], datetime]
    writing: set[str]  # keys of the cards whose write is under way
    dialog: QDialog | None  # the dialog a card opened (snooze until a date), while it is open

    if TYPE_CHECKING:  # the page's signals and verbs the parts call

        @property
        def message(self) -> SignalInstance: ...
        @property
        def open_person_requested(self) -> SignalInstance: ...
        @property
        def mail_settings_requested(self) -> SignalInstance: ...
        def isVisible(self) -> bool: ...
        def window(self) -> QWidget: ...
        def _update_actions(self) -> None: ...
        def _set_current(self, card: SuggestionCard | None) -> None: ...
        def focus_card(self, card: SuggestionCard) -> None: ...
        def reveal(self, card: SuggestionCard) -> None: ...
        def _expanded_changed(self, card: SuggestionCard) -> None: ...
        def _move_from(self, card: SuggestionCard, step: int) -> None: ...
        def _card_of_person(self, person_id: int | None) -> SuggestionCard | None: ...
        def card_for(self, key: str) -> SuggestionCard | None: ...
        def mark_done(self, card: SuggestionCard) -> Task | None: ...
        def snooze(self, card: SuggestionCard, until: date) -> Task | None: ...
        def snooze_until_a_date(self, card: SuggestionCard) -> SnoozeUntilDialog: ...
        def dismiss(self, card: SuggestionCard) -> Task | None: ...
        def send(self, card: SuggestionCard) -> bool: ...
        def keep_waiting_send(self, key: str) -> bool: ...
        def copy_and_open_linkedin(self, card: SuggestionCard) -> bool: ...
        def open_in_mail_app(self, card: SuggestionCard) -> bool: ...
        def entry_count(self) -> int: ...
        def entry(self, index: int) -> tuple[str, Suggestion]: ...
