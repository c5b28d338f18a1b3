"""The Today page: the day's suggestions as cards, acting on them, undo, the keyboard, the empty states."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.core.processes import processes_of
from desktop.core.reconnect.engine import Engine
from desktop.core.timeline import log_interaction, timeline
from desktop.gui.dialogs.log_rejection import LogRejectionDialog
from desktop.gui.dialogs.snooze_until import SnoozeUntilDialog
from desktop.gui.importing.wizard import ImportWizard
from desktop.gui.kit.widgets import to_qdate
from desktop.gui.main_window import MainWindow
from desktop.gui.today.card import SuggestionCard
from desktop.interop.demo import DEMO_ANCHOR, load_demo
from desktop.store.models import Person
from tests.core.reconnect.scenario import World
from tests.gui.conftest import NOW, shown_notice, wait_for_plan

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(db: object) -> World:
    """The reconnect scenario builder (today = 2026-03-02, the windows' today; target role Data Analyst)."""
    return World()


@pytest.fixture
def open_today(qtbot: Any, make_window: Callable[..., MainWindow]) -> Callable[..., MainWindow]:
    def make(**kwargs: Any) -> MainWindow:
        window = make_window(**kwargs)
        wait_for_plan(qtbot, window)
        return window

    return make


def names(window: MainWindow) -> list[str]:
    return [card.info.name for card in window.today.cards]


def card_of(window: MainWindow, name: str) -> SuggestionCard | None:
    found = [card for card in window.today.cards if card.info.name == name]
    return found[0] if found else None


def the_card(window: MainWindow, name: str) -> SuggestionCard:
    card = card_of(window, name)
    assert card is not None, f"no card for {name}: {names(window)}"
    return card


def today_item(window: MainWindow) -> str:
    return window.sidebar.item(0).text()


def keys_in_plan(day: Any) -> set[str]:
    plan, coming = Engine().today_and_coming(day)
    return {s.key for s in plan + coming}


# -- what the page shows ------------------------------------------------------------------


def test_the_demo_day_is_grouped_with_overdue_first(open_today: Callable[..., MainWindow]) -> None:
    load_demo(DEMO_ANCHOR)
    window = open_today(now=datetime.combine(DEMO_ANCHOR, time(9, 0)))
    page = window.today
    plan, coming = Engine().today_and_coming(DEMO_ANCHOR)
    late = [s for s in plan if s.overdue(DEMO_ANCHOR) or s.due < DEMO_ANCHOR]  # past its day is overdue
    on_time = [s for s in plan if s not in late]
    overdue = len(late)
    assert overdue > 0

    assert window.pages.currentWidget() is page  # the app opens on Today
    assert today_item(window) == f"Today ({len(plan)})"
    expected_groups = [f"Overdue ({overdue})", f"Today ({len(plan) - overdue})"]
    if coming:
        expected_groups.append(f"Coming up in the next 14 days ({len(coming)})")
    assert page.group_titles() == expected_groups
    assert [(c.suggestion.action, c.info.name) for c in page.cards] == [
        (s.action, Engine().facts.people[s.person_id].name) for s in (late + on_time + coming)[: len(page.cards)]
    ]
    assert page.summary.text() == f"{overdue} overdue · {len(plan) - overdue} today · {len(coming)} coming up"
    due_texts = [card.due.toolTip() for card in page.cards]
    assert all(text.startswith("Overdue: due ") for text in due_texts[:overdue])
    assert not any(text.startswith("Overdue") for text in due_texts[overdue:])
    first = page.cards[0]
    assert first.action.text() == "Reply to the rejection"
    assert first.who.text().startswith("James O'Connor · ")
    assert first.due.text() == "Overdue, 9 days"
    assert first.due.toolTip() == "Overdue: due 17 Nov 2026, 9 days ago"
    assert page.current is first  # the first card is the current one


def test_a_card_says_what_for_whom_over_which_channel_by_when_and_why(
    world: World, open_today: Callable[..., MainWindow]
) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", title="Senior Recruiter")
    world.rejected_by(tom, days_ago=1, title="Data Analyst", stage="onsite")

    card = the_card(open_today(), "Tom Weber")

    assert card.action.text() == "Reply to the rejection"
    assert card.who.text() == "Tom Weber · Senior Recruiter at Acme GmbH"
    assert card.what.text() == (
        "Reply to Tom Weber about the rejection for ‘Data Analyst’ at Acme GmbH: "
        "thank them and keep the door open, by e-mail."
    )
    assert card.due.text() == "Overdue, 1 day"
    assert card.due.toolTip() == "Overdue: due 1 Mar 2026, 1 day ago"
    assert card.why.lines() == [
        "Tom Weber turned you down for ‘Data Analyst’ at Acme GmbH on 1 Mar 2026, after reaching the onsite stage",
        "You have not replied since",
        "A prompt, friendly reply keeps the door open: best by 3 Mar 2026",
    ]
    assert card.subject.isVisible()  # an e-mail has a subject line
    assert card.subject.text() == "Thank you – Data Analyst"
    assert card.body.toPlainText().startswith("Hi Tom,")
    assert card.mail_button.isEnabled()
    assert not card.linkedin_button.isEnabled()  # no LinkedIn profile is known
    assert not card.count.isVisible()  # characters are counted for connection notes only


def test_a_person_without_any_channel_is_told_what_is_missing(
    world: World, open_today: Callable[..., MainWindow]
) -> None:
    nina = world.person("Nina Park", "Acme GmbH", email=False)
    world.rejected_by(nina, days_ago=0)

    card = the_card(open_today(), "Nina Park")

    assert "no e-mail address or LinkedIn profile is known" in card.what.text()
    assert "No e-mail address or LinkedIn profile is known for Nina Park: add one to reach them" in card.why.lines()
    assert not card.mail_button.isEnabled()
    assert not card.linkedin_button.isEnabled()
    assert card.done_button.isVisible()


def test_data_is_shown_literally_on_cards(world: World, open_today: Callable[..., MainWindow]) -> None:
    tom = world.person("<b>x</b>", "<i>Acme</i>", title="<a href='y'>Recruiter</a>")
    world.rejected_by(tom, days_ago=1, company="<i>Acme</i>", title="<u>Analyst</u>")
    window = open_today()

    card = the_card(window, "<b>x</b>")

    assert card.who.text() == "<b>x</b> · <a href='y'>Recruiter</a> at <i>Acme</i>"
    assert "‘<u>Analyst</u>’ at <i>Acme</i>" in card.what.text()
    labels = [label for label in window.today.findChildren(QLabel) if label.text()]
    assert [label.text() for label in labels if label.textFormat() != Qt.TextFormat.PlainText] == []


def test_a_connection_note_counts_its_characters_against_the_limit(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    lena = world.person("Lena Koch", "Acme GmbH", linkedin=True, email=False)
    world.rejected_by(lena, days_ago=0)
    card = the_card(open_today(), "Lena Koch")
    assert card.suggestion.channel == "linkedin_note"
    assert not card.subject.isVisible()  # a note has no subject
    length = len(card.body.toPlainText())
    assert card.count.text() == f"{length} of 300 characters (a LinkedIn connection note)"

    card.body.setPlainText("x" * 299)
    qtbot.keyClicks(card.body, "yz")

    assert not card.count.isVisible()
    assert card.too_long.isVisible()
    assert card.too_long.message() == "Too long for a LinkedIn connection note: 301 of 300 characters. Shorten it by 1."
    qtbot.keyClick(card.body, Qt.Key.Key_Backspace)
    assert card.count.text() == "300 of 300 characters (a LinkedIn connection note)"
    assert not card.too_long.isVisible()


def test_cards_are_built_thirty_at_a_time_and_more_on_scrolling(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    for number in range(45):
        person_id = world.person(f"Person {number:02d}", "Acme GmbH")
        world.wrote(person_id, days_ago=100)
    window = open_today()
    page = window.today
    assert today_item(window) == "Today (45)"
    assert len(page.cards) == 30
    assert page.more_button.isVisible()
    assert page.more_button.text() == "Show 15 more (15 not shown yet)"

    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())

    assert len(page.cards) == 45
    assert not page.more_button.isVisible()
    assert names(window)[-1] == "Person 44"


# -- acting on a card ---------------------------------------------------------------------


def test_mark_done_records_the_edited_message_and_the_card_leaves(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=100)
    world.heard(anna, days_ago=99)  # she answered: the next check-in is not held back by unanswered messages
    bert = world.person("Bert Braun", "Globex AG")
    world.wrote(bert, days_ago=100)
    window = open_today()
    assert today_item(window) == "Today (2)"
    card = the_card(window, "Anna Schmidt")
    assert card.suggestion.action == "check_in"
    card.subject.clear()
    qtbot.keyClicks(card.subject, "How are things?")
    card.body.clear()
    qtbot.keyClicks(card.body, "Hi Anna, how are things at Globex? <b>Jana</b>")

    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)

    assert names(window) == ["Bert Braun"]
    assert today_item(window) == "Today (1)"
    assert window.statusBar().currentMessage() == (
        "Done: Check in: Anna Schmidt. The message is on Anna Schmidt’s timeline."
    )
    entry = timeline(anna)[0]
    assert (entry.kind, entry.direction, entry.channel) == ("email", "out", "email")
    assert entry.subject == "How are things?"
    assert entry.body == "Hi Anna, how are things at Globex? <b>Jana</b>"
    assert entry.at == NOW
    # the check-in moved: the next one is due 90 days after this message
    engine = Engine()
    assert anna not in {s.person_id for s in engine.day_plan(world.day(89))}
    assert [(s.action, s.due) for s in engine.day_plan(world.day(90)) if s.person_id == anna] == [
        ("check_in", world.day(90))
    ]
    # and the person's timeline shows it
    window.open_person(anna)
    top = window.people.person_page.timeline.entry_widgets()[0]
    assert top.body.text() == "Hi Anna, how are things at Globex? <b>Jana</b>"
    assert top.direction.text() == "→ out"


def test_snooze_for_a_week_hides_the_card_and_ctrl_z_brings_it_back(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=100)
    bert = world.person("Bert Braun", "Globex AG")
    world.wrote(bert, days_ago=100)
    window = open_today()
    page = window.today
    card = the_card(window, "Anna Schmidt")
    key = card.suggestion.key
    week = card.snooze_menu.actions()[0]
    assert week.text() == "For 1 week, until 9 Mar 2026"

    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        week.trigger()

    assert names(window) == ["Bert Braun"]
    assert today_item(window) == "Today (1)"
    assert page.undo_bar.isVisible()
    assert page.undo_bar.label.text() == "Snoozed until 9 Mar 2026 (7 days): Check in: Anna Schmidt."
    assert window.today.undo_action.text() == "&Undo snooze"
    assert key not in keys_in_plan(world.day(6))
    assert key in keys_in_plan(world.day(7))  # back on the day it was snoozed until

    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        qtbot.keyClick(page.current, Qt.Key.Key_Z, CTRL)

    assert names(window) == ["Anna Schmidt", "Bert Braun"]
    assert today_item(window) == "Today (2)"
    assert not page.undo_bar.isVisible()
    assert page.current is the_card(window, "Anna Schmidt")  # the card that came back is the current one
    assert key in keys_in_plan(world.today)
    assert window.statusBar().currentMessage() == "Undone: snoozed until 9 Mar 2026 (7 days): Check in: Anna Schmidt."


def test_snooze_until_a_chosen_date(qtbot: Any, world: World, open_today: Callable[..., MainWindow]) -> None:
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=100)
    window = open_today()
    card = the_card(window, "Anna Schmidt")
    key = card.suggestion.key

    card.snooze_menu.actions()[-1].trigger()  # "Until a date…"
    dialog = window.today.dialog
    assert isinstance(dialog, SnoozeUntilDialog)
    qtbot.waitExposed(dialog)
    dialog.until.setDate(to_qdate(world.day(20)))
    assert dialog.hint.text() == "22 Mar 2026: in 20 days"
    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert names(window) == []
    assert window.today.nothing.isVisible()
    assert key not in keys_in_plan(world.day(19))
    assert key in keys_in_plan(world.day(20))


def test_dismiss_and_undo_with_the_button(qtbot: Any, world: World, open_today: Callable[..., MainWindow]) -> None:
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=100)
    window = open_today()
    page = window.today
    card = the_card(window, "Anna Schmidt")
    key = card.suggestion.key

    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        qtbot.mouseClick(card.dismiss_button, Qt.MouseButton.LeftButton)

    assert names(window) == []
    assert today_item(window) == "Today"
    assert page.undo_bar.label.text() == "Dismissed: Check in: Anna Schmidt."
    assert key not in keys_in_plan(world.day(0)) and key not in keys_in_plan(world.day(200))  # for good

    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        qtbot.mouseClick(page.undo_bar.button, Qt.MouseButton.LeftButton)

    assert names(window) == ["Anna Schmidt"]
    assert not page.undo_bar.isVisible()
    assert key in keys_in_plan(world.today)


def test_open_in_mail_app_writes_an_encoded_mailto(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow], opened_urls: list[QUrl]
) -> None:
    anna = world.person("Anna Schmidt", "Globex AG", email="anna@globex.example")
    world.wrote(anna, days_ago=100)
    card = the_card(open_today(), "Anna Schmidt")
    card.subject.setText("Hello & welcome? 100%")
    card.body.setPlainText("Hi Anna,\n\nGrüße — see you at #5 + co.")

    qtbot.mouseClick(card.mail_button, Qt.MouseButton.LeftButton)

    assert len(opened_urls) == 1
    text = bytes(opened_urls[0].toEncoded()).decode("ascii")
    assert text.startswith("mailto:anna@globex.example?subject=")
    assert not any(character in text for character in " \n#")
    assert parse_qs(urlsplit(text).query) == {
        "subject": ["Hello & welcome? 100%"],
        "body": ["Hi Anna,\r\n\r\nGrüße — see you at #5 + co."],
    }
    assert timeline(anna)[0].direction == "out"  # opening the mail app records nothing by itself
    assert len(timeline(anna)) == 1


def test_copy_and_open_linkedin_puts_the_draft_on_the_clipboard(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow], opened_urls: list[QUrl]
) -> None:
    lena = world.person("Lena Koch", "Acme GmbH", linkedin=True, email=False)
    world.rejected_by(lena, days_ago=0)
    window = open_today()
    card = the_card(window, "Lena Koch")
    card.body.setPlainText("Hi Lena, thank you for letting me know. Let's stay in touch!")

    qtbot.keyClick(card, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)

    assert QGuiApplication.clipboard().text() == "Hi Lena, thank you for letting me know. Let's stay in touch!"
    assert [url.toString() for url in opened_urls] == ["https://www.linkedin.com/in/lena-koch"]
    assert window.statusBar().currentMessage().startswith("The message is on the clipboard: paste it on LinkedIn")


def test_a_profile_that_is_not_a_web_link_is_never_opened(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow], opened_urls: list[QUrl]
) -> None:
    lena = world.person("Lena Koch", "Acme GmbH", email=False)
    Person.update(linkedin_url="javascript:alert(1)").where(Person.id == lena).execute()
    world.rejected_by(lena, days_ago=0)
    window = open_today()
    card = the_card(window, "Lena Koch")
    assert not card.linkedin_button.isEnabled()

    window.today.copy_and_open_linkedin(card)

    assert opened_urls == []
    assert window.statusBar().currentMessage() == "No LinkedIn profile (http or https) is known for Lena Koch."


# -- the keyboard -------------------------------------------------------------------------


def test_log_a_rejection_and_reply_to_it_with_the_keyboard_only(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=130)  # an overdue check-in tops the day
    window = open_today()
    assert today_item(window) == "Today (1)"

    qtbot.keyClick(window.sidebar, Qt.Key.Key_R, CTRL)
    dialog = window.dialog
    assert isinstance(dialog, LogRejectionDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.person.hasFocus)
    qtbot.keyClicks(dialog.person, "Nina Park")
    assert dialog.person_hint.text() == "Not in Rebound yet: a new person will be added."
    qtbot.keyClick(dialog.person, Qt.Key.Key_Tab)
    assert dialog.company.hasFocus()
    qtbot.keyClicks(dialog.company, "Acme GmbH")
    qtbot.keyClick(dialog.company, Qt.Key.Key_Tab)
    assert dialog.role_title.hasFocus()
    qtbot.keyClicks(dialog.role_title, "Data Analyst")
    qtbot.keyClick(dialog.role_title, Qt.Key.Key_Tab)
    assert dialog.stage.hasFocus()
    qtbot.keyClick(dialog.stage, Qt.Key.Key_F)  # "Final"
    qtbot.keyClick(dialog.stage, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dialog is None)

    # the reply is on Today at once, after the overdue check-in, and it is the current card
    page = window.today
    assert window.pages.currentWidget() is page
    assert names(window) == ["Anna Schmidt", "Nina Park"]
    assert today_item(window) == "Today (2)"
    nina_card = the_card(window, "Nina Park")
    assert nina_card.action.text() == "Reply to the rejection"
    assert page.current is nina_card
    window.activateWindow()  # what the window manager does when a dialog closes (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(nina_card.hasFocus)
    nina = nina_card.suggestion.person_id
    process = processes_of(nina)[0]
    assert (process.company, process.opening, process.stage_reached, process.outcome) == (
        "Acme GmbH",
        "Data Analyst",
        "final",
        "rejected",
    )

    qtbot.keyClick(nina_card, Qt.Key.Key_K)  # up
    assert page.current is the_card(window, "Anna Schmidt")
    assert page.current.hasFocus()
    qtbot.keyClick(page.current, Qt.Key.Key_Down)
    assert page.current is nina_card
    draft = nina_card.message_body()
    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        qtbot.keyClick(nina_card, Qt.Key.Key_Return, CTRL)

    assert names(window) == ["Anna Schmidt"]
    assert today_item(window) == "Today (1)"
    reply = timeline(nina)[0]
    assert (reply.direction, reply.body) == ("out", draft)
    assert page.current is the_card(window, "Anna Schmidt")
    assert page.current.hasFocus()  # the keyboard carries on with the next card


def test_picking_a_known_person_fills_in_their_company(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", title="Recruiter")
    window = open_today()
    dialog = window.log_rejection()
    qtbot.waitExposed(dialog)

    qtbot.keyClicks(dialog.person, "Tom Weber")

    assert dialog.person_hint.text() == "Already in Rebound: Recruiter at Acme GmbH."
    assert dialog.company.text() == "Acme GmbH"
    dialog.role_title.setText("Data Analyst")
    with qtbot.waitSignal(window.ops.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert the_card(window, "Tom Weber").suggestion.person_id == tom
    assert Person.select().count() == 1  # no one was added


def test_a_rejection_without_a_company_is_refused_and_no_one_is_added(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    window = open_today()
    dialog = window.log_rejection()
    dialog.person.setText("Nina Park")
    dialog.role_title.setText("Data Analyst")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error.message() == "Which company? Type the company's name."
    assert Person.select().count() == 0
    dialog.reject()


# -- empty states -------------------------------------------------------------------------


def test_an_empty_database_offers_the_demo_data_and_import(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    wait_for_plan(qtbot, window)
    page = window.today
    assert page.views.currentWidget() is page.welcome
    assert page.welcome.load_demo_button.isVisible()

    qtbot.mouseClick(page.welcome.import_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.dialog, ImportWizard)  # the import wizard opened
    window.dialog.reject()
    qtbot.waitUntil(lambda: window.dialog is None)

    qtbot.mouseClick(page.welcome.load_demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.cards) > 0, timeout=20000)  # the engine is built again over the demo data
    assert page.views.currentWidget() is page.plan_view
    assert today_item(window).startswith("Today (")
    assert shown_notice(window) is None  # the demo says what it brought in the status bar, no box


def test_nothing_to_do_today_names_the_next_thing_coming_up(
    world: World, open_today: Callable[..., MainWindow]
) -> None:
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=85)  # the check-in falls due in 5 days

    window = open_today()

    page = window.today
    assert today_item(window) == "Today"
    assert page.nothing.isVisible()
    assert page.nothing.title.text() == "Nothing to do today"
    assert page.nothing.next.text() == "Next: Check in, Anna Schmidt — due 7 Mar 2026, in 5 days."
    assert page.group_titles() == ["Coming up in the next 14 days (1)"]
    assert the_card(window, "Anna Schmidt").due.toolTip() == "Due 7 Mar 2026, in 5 days"


def test_a_day_with_nothing_at_all_offers_to_log_a_rejection(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    world.person("Anna Schmidt", "Globex AG")  # known to no rule yet
    window = open_today()
    page = window.today
    assert page.nothing.next.text() == "Nothing falls due in the next 14 days either."
    assert page.group_titles() == []

    qtbot.mouseClick(page.nothing.log_rejection_button, Qt.MouseButton.LeftButton)

    assert isinstance(window.dialog, LogRejectionDialog)
    window.dialog.reject()


def test_snooze_and_dismiss_from_the_keyboard(qtbot: Any, world: World, open_today: Callable[..., MainWindow]) -> None:
    for name in ("Anna Schmidt", "Bert Braun", "Cem Yilmaz"):
        world.wrote(world.person(name, "Globex AG"), days_ago=100)
    window = open_today()
    page = window.today
    page.focus_first_card()
    qtbot.waitUntil(page.cards[0].hasFocus)

    qtbot.keyClick(page.current, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)  # the snooze menu
    menu = page.cards[0].snooze_menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        qtbot.keyClick(menu, Qt.Key.Key_Return)  # "For 1 week"

    assert names(window) == ["Bert Braun", "Cem Yilmaz"]
    assert page.current is the_card(window, "Bert Braun")
    window.activateWindow()  # what the window manager does when a popup closes (offscreen has none)
    qtbot.waitUntil(page.current.hasFocus)  # the keyboard carries on with the next card
    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        qtbot.keyClick(page.current, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert names(window) == ["Cem Yilmaz"]
    assert page.undo_bar.label.text() == "Dismissed: Check in: Bert Braun."
    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        qtbot.keyClick(page.current, Qt.Key.Key_Z, CTRL)  # undoes the dismiss, then the snooze
    with qtbot.waitSignal(window.ops.changed):  # the write ran on the database executor
        qtbot.keyClick(page.current, Qt.Key.Key_Z, CTRL)
    assert names(window) == ["Anna Schmidt", "Bert Braun", "Cem Yilmaz"]
    assert not window.today.undo_action.isEnabled()


def test_card_shortcuts_do_nothing_away_from_today(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    anna = world.person("Anna Schmidt", "Globex AG")
    world.wrote(anna, days_ago=100)
    window = open_today()
    assert window.today.done_action.isEnabled()

    window.show_page(window.people)
    qtbot.keyClick(window.people.table, Qt.Key.Key_Return, CTRL)

    assert not window.today.done_action.isEnabled()
    assert len(timeline(anna)) == 1  # nothing was marked done
    window.show_page(window.today)
    assert window.today.done_action.isEnabled()


def test_the_plan_moves_on_after_midnight(world: World, make_window: Callable[..., MainWindow], qtbot: Any) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, days_ago=0)
    clock = {"now": NOW}
    window = make_window(clock=lambda: clock["now"])
    wait_for_plan(qtbot, window)
    assert the_card(window, "Tom Weber").due.text() == "Due today"

    clock["now"] = datetime.combine(world.day(3), time(0, 5))
    window.keeper.check_day()  # what the keeper's minute timer does

    assert the_card(window, "Tom Weber").due.toolTip() == "Overdue: due 2 Mar 2026, 3 days ago"
    assert window.sidebar.item(0).text() == "Today (1)"


def test_a_rejection_from_someone_with_a_card_turns_it_into_the_reply(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, days_ago=100)  # a check-in is due
    window = open_today()
    assert the_card(window, "Tom Weber").suggestion.action == "check_in"
    dialog = window.log_rejection()
    dialog.person.setText("Tom Weber")
    dialog.role_title.setText("Data Analyst")

    with qtbot.waitSignal(window.ops.changed):  # written on the database executor, then announced
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    card = the_card(window, "Tom Weber")
    assert card.suggestion.action == "reply_to_rejection"  # the reply wins over the check-in
    assert window.today.current is card
    assert names(window) == ["Tom Weber"]


def test_tab_from_the_sidebar_lands_on_the_first_card(
    qtbot: Any, world: World, open_today: Callable[..., MainWindow]
) -> None:
    for name in ("Anna Schmidt", "Bert Braun"):
        world.wrote(world.person(name, "Globex AG"), days_ago=100)
    window = open_today()
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)

    qtbot.keyClick(window.sidebar, Qt.Key.Key_Tab)

    first = window.today.cards[0]
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_J)
    assert window.today.cards[1].hasFocus()
    qtbot.keyClick(window.today.cards[1], Qt.Key.Key_Return)  # Enter opens the card's row…
    assert window.today.cards[1].expanded and window.today.cards[1].hasFocus()
    qtbot.keyClick(window.today.cards[1], Qt.Key.Key_Return)  # …and again: write in the card's draft
    assert window.today.cards[1].subject.hasFocus()
    qtbot.keyClick(window.today.cards[1].subject, Qt.Key.Key_Tab)
    qtbot.keyClick(window.today.cards[1].body, Qt.Key.Key_Escape)  # Escape: back to the card
    assert window.today.cards[1].hasFocus()


def test_the_plan_kept_at_exit_shows_at_once_at_the_next_start(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int]
) -> None:
    for name in ("Tom Weber", "Ana Silva"):
        someone = person(name, email=f"{name.split()[0].lower()}@acme.example")
        log_interaction(someone, "email", "out", datetime(2025, 10, 1, 9, 0), body="Hello")
    first = make_window()
    wait_for_plan(qtbot, first)
    shown = [card.info.name for card in first.today.cards]
    assert shown == ["Ana Silva", "Tom Weber"]
    first.close()  # keeps the first cards for the next start

    second = make_window()
    second.today._drop_snapshot()  # whatever the start reached already: look at the kept copy itself
    assert second.today.show_snapshot()
    preview = second.today.snapshot_view
    assert preview is not None
    assert [card.info.name for card in preview.cards] == shown
    assert preview.cards[0].message_body().startswith("Hi Ana")
    assert not any(button.isEnabled() for button in preview.cards[0].findChildren(QPushButton))
    wait_for_plan(qtbot, second)
    second.today.refresh()
    assert second.today.snapshot_view is None
    assert second.today.views.currentWidget() is second.today.plan_view


def test_a_change_after_exit_means_no_kept_plan_is_shown(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber", email="tom@acme.example")
    log_interaction(tom, "email", "out", datetime(2025, 10, 1, 9, 0), body="Hello")
    first = make_window()
    wait_for_plan(qtbot, first)
    first.close()
    log_interaction(tom, "email", "out", datetime(2026, 3, 1, 9, 0), body="Checked in by phone")  # e.g. the CLI

    second = make_window()
    second.today._drop_snapshot()
    assert not second.today.show_snapshot()
