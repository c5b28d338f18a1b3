"""Today keeps your place: every action leaves the next card in view, and everything can be undone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.core.timeline import timeline
from desktop.gui.main_window import MainWindow
from desktop.gui.today.card import SuggestionCard
from desktop.gui.today.page import TodayPage
from tests.core.reconnect.scenario import World
from tests.gui.conftest import wait_for_plan

CTRL = Qt.KeyboardModifier.ControlModifier
PEOPLE = [f"Person {n:02d}" for n in range(12)]


@pytest.fixture
def window(qtbot: Any, db: object, make_window: Callable[..., MainWindow]) -> MainWindow:
    """Twelve check-ins due today, on a 1024×700 window: the list is longer than the screen."""
    world = World()
    for name in PEOPLE:
        world.wrote(world.person(name, "Globex AG", email=True), days_ago=100)
    made = make_window()
    made.resize(1024, 700)
    wait_for_plan(qtbot, made)
    return made


def header_in_view(page: TodayPage, card: SuggestionCard) -> bool:
    """The card's one-line row lies wholly inside the visible part of the column."""
    viewport = page.scroll_area.viewport()
    top = card.row.mapTo(viewport, QPoint(0, 0)).y()
    return card.isVisible() and 0 <= top and top + card.row.height() <= viewport.height()


def names(page: TodayPage) -> list[str]:
    return [card.info.name for card in page.cards]


def test_the_day_opens_with_a_summary_and_compact_rows(window: MainWindow) -> None:
    page = window.today
    assert page.summary.text() == "12 overdue · 0 today · 0 coming up"
    assert [card.expanded for card in page.cards] == [True] + [False] * 11  # the first card is open
    folded = page.cards[1]
    assert not folded.body.isVisible() and not folded.done_button.isVisible()
    assert folded.name.text() == "Person 01" and folded.action.text() == "Check in"
    assert folded.due.text() == "Overdue, 10 days"


def test_keyboard_only_expand_edit_mark_done_and_undo_brings_it_back_in_view(qtbot: Any, window: MainWindow) -> None:
    page = window.today
    page.focus_first_card()
    first = page.cards[0]
    qtbot.waitUntil(first.hasFocus)
    for _ in range(6):  # down the list, past the first screen
        qtbot.keyClick(page.current, Qt.Key.Key_Down)
    card = page.current
    assert card is not None and card.info.name == "Person 06" and not card.expanded

    qtbot.keyClick(card, Qt.Key.Key_Return)  # open the row
    assert card.expanded and card.body.isVisible() and header_in_view(page, card)
    qtbot.keyClick(card, Qt.Key.Key_Return)  # into the draft
    assert card.subject.hasFocus()
    qtbot.keyClick(card.subject, Qt.Key.Key_Tab)
    assert card.body.hasFocus()
    card.body.selectAll()
    qtbot.keyClicks(card.body, "Hi, how are things?")
    qtbot.keyClick(card.body, Qt.Key.Key_Escape)  # back to the card
    assert card.hasFocus()
    person_id = card.suggestion.person_id

    with qtbot.waitSignal(window.ops.changed):
        qtbot.keyClick(card, Qt.Key.Key_Return, CTRL)  # Mark done

    assert "Person 06" not in names(page)
    following = page.current
    assert following is not None and following.info.name == "Person 07"
    assert following.expanded and following.hasFocus() and header_in_view(page, following)
    assert page.undo_bar.isVisible()
    assert page.undo_bar.label.text() == "Done: Check in: Person 06. The message is on Person 06’s timeline."
    assert timeline(person_id)[0].body == "Hi, how are things?"

    with qtbot.waitSignal(window.ops.changed):
        qtbot.keyClick(following, Qt.Key.Key_Z, CTRL)  # Undo

    back = page.current
    assert back is not None and back.info.name == "Person 06"
    assert back.expanded and back.hasFocus() and header_in_view(page, back)
    assert [card.expanded for card in page.cards].count(True) == 1  # one card open at a time
    assert [entry.body for entry in timeline(person_id)][0] != "Hi, how are things?"  # off the timeline again
    assert len(timeline(person_id)) == 1  # only the message written 100 days ago
    assert not page.undo_bar.isVisible()
    assert window.statusBar().currentMessage().startswith("Undone: done: Check in: Person 06.")


@pytest.mark.parametrize("action", ["mark done", "snooze", "dismiss", "undo"])
def test_every_action_keeps_the_next_cards_header_in_view(qtbot: Any, window: MainWindow, action: str) -> None:
    page = window.today
    target = page.cards[8]  # far down: below the first screen
    page.expand(target)
    page.focus_card(target)
    assert header_in_view(page, target)
    if action == "undo":
        with qtbot.waitSignal(window.ops.changed):
            page.dismiss(target)
        page.focus_card(page.cards[0])  # moved away to the top before undoing
    with qtbot.waitSignal(window.ops.changed):
        if action == "mark done":
            page.mark_done(target)
        elif action == "snooze":
            target.snooze_menu.actions()[0].trigger()
        elif action == "dismiss":
            page.dismiss(target)
        else:
            page.undo()

    shown = page.current
    assert shown is not None
    assert shown.info.name == ("Person 08" if action == "undo" else "Person 09")
    assert header_in_view(page, shown)


def test_a_card_that_cannot_be_reached_keeps_its_action_row_disabled_with_the_reason(
    qtbot: Any, db: object, make_window: Callable[..., MainWindow]
) -> None:
    world = World()
    world.wrote(world.person("Nina Park", "Globex AG", email=False), days_ago=100)
    made = make_window()
    wait_for_plan(qtbot, made)
    (card,) = made.today.cards
    buttons = [card.linkedin_button, card.send_button, card.mail_button, card.done_button]
    assert all(button.isVisible() for button in buttons)  # never missing: the row does not move
    assert [button.isEnabled() for button in buttons] == [False, False, False, True]
    assert card.mail_button.toolTip() == "No e-mail address is known for Nina Park: add one on their page"
    made.today.expand(card)
    assert card.reach_button.isVisible() and card.reach_button.text() == "Add e-mail / LinkedIn profile…"
    qtbot.mouseClick(card.reach_button, Qt.MouseButton.LeftButton)
    assert made.pages.currentWidget() is made.people  # her profile, to add one


def test_a_mail_app_that_cannot_be_started_is_reported_and_the_text_is_offered(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # no mail app on this system
    page = window.today
    card = page.cards[0]
    card.subject.setText("Coffee?")
    card.body.setPlainText("Hi, coffee next week?")

    assert page.open_in_mail_app(card) is False

    assert window.statusBar().currentMessage() == "No mail app could be started: the message is on the clipboard."
    assert card.error.isVisible()
    assert card.error.message() == (
        "No mail app could be started. The message is on the clipboard: paste it into an e-mail to "
        "person.00@example.com."
    )
    assert QGuiApplication.clipboard().text() == "Subject: Coffee?\n\nHi, coffee next week?"


def test_log_rejection_takes_an_email_and_escape_asks_before_discarding_what_was_typed(
    qtbot: Any, window: MainWindow
) -> None:
    from desktop.gui.dialogs.log_rejection import LogRejectionDialog

    qtbot.keyClick(window.sidebar, Qt.Key.Key_R, CTRL)
    dialog = window.dialog
    assert isinstance(dialog, LogRejectionDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.person, "Nina Park")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Escape)  # something typed: ask first
    box = dialog.discard_box
    assert box is not None and box.text() == "Discard what you typed?"
    qtbot.waitExposed(box)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # keep editing
    qtbot.waitUntil(lambda: dialog.discard_box is None)
    assert dialog.isVisible() and dialog.person.text() == "Nina Park"

    dialog.company.setText("Acme GmbH")
    dialog.role_title.setText("Data Analyst")
    dialog.email.setText("nina@acme.example")
    with qtbot.waitSignal(window.ops.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: any(card.info.name == "Nina Park" for card in window.today.cards))
    (card,) = [card for card in window.today.cards if card.info.name == "Nina Park"]
    assert card.can_send and card.mail_button.isEnabled()  # she can be reached: the reply goes by e-mail


def test_a_dismissed_card_leaves_at_once_and_the_next_takes_its_place_before_the_write_returns(
    qtbot: Any, window: MainWindow
) -> None:
    page = window.today
    page.focus_first_card()
    first, second = page.cards[0], page.cards[1]
    qtbot.waitUntil(first.hasFocus)

    with qtbot.waitSignal(window.ops.changed):
        page.dismiss(first)
        # still before the write has been made on the database executor: what the frame shows
        assert first.isHidden()
        assert page.current is second and second.expanded and second.hasFocus() and header_in_view(page, second)

    assert names(page) == PEOPLE[1:]  # re-planned after the write; the cards after it reused
    assert page.cards[0] is second and page.current is second
