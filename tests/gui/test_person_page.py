"""The person pane: header, profile form (save, revert, bad input), plain text, connections, links."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.core.network import connect
from desktop.core.people import get_person
from desktop.core.timeline import log_interaction
from desktop.gui.main_window import MainWindow
from desktop.gui.people.person_page import CONNECTIONS_TAB, PROFILE_TAB, PersonPage
from desktop.store.models import Company, Opening, Process, ProcessContact


@pytest.fixture
def make_window(make_window: Callable[..., MainWindow]) -> Callable[..., MainWindow]:
    """Main windows showing the People page (the app opens on Today), where these tests begin."""

    def make(**kwargs: Any) -> MainWindow:
        window = make_window(**kwargs)
        window.show_page(window.people)
        return window

    return make


def open_person(window: MainWindow, person_id: int) -> PersonPage:
    window.people.show_person(person_id)
    page = window.people.person_page
    assert page.person_id == person_id
    return page


def test_editing_a_field_and_saving_persists_it(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber", title="Recruiter", company="Acme")
    window = make_window()
    page = open_person(window, tom)
    page.tabs.setCurrentIndex(PROFILE_TAB)
    form = page.form
    assert not form.save_button.isEnabled()

    form.lines["title"].clear()
    qtbot.keyClicks(form.lines["title"], "Head of Talent")
    form.lines["tags"].setText("berlin, fintech")
    form.role.setCurrentIndex(form.role.findData("hiring_manager"))
    assert form.save_button.isEnabled()
    assert page.tabs.tabText(PROFILE_TAB) == "Profile (not saved)"
    with qtbot.waitSignal(window.ops.changed):  # saved on the database executor, then announced
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    saved = get_person(tom)
    assert saved.title == "Head of Talent"
    assert saved.tags == ["berlin", "fintech"]
    assert saved.role == "hiring_manager"
    assert page.header.subtitle.text() == "Head of Talent at Acme"
    qtbot.waitUntil(lambda: window.people.model.index(0, 2).data() == "Head of Talent")  # the list shows it too
    assert not form.save_button.isEnabled()
    assert page.tabs.tabText(PROFILE_TAB) == "Profile"


def test_ctrl_s_saves(qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]) -> None:
    tom = person("Tom Weber")
    window = make_window()
    page = open_person(window, tom)
    page.tabs.setCurrentIndex(PROFILE_TAB)
    page.form.lines["location"].setFocus()
    qtbot.waitUntil(page.form.lines["location"].hasFocus)
    qtbot.keyClicks(page.form.lines["location"], "Berlin")

    with qtbot.waitSignal(window.ops.changed):
        qtbot.keyClick(page.form.lines["location"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert get_person(tom).location == "Berlin"


def test_a_bad_email_shows_why_and_saves_nothing(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber", email="tom@acme.example")
    page = open_person(make_window(), tom)
    page.tabs.setCurrentIndex(PROFILE_TAB)
    form = page.form

    form.lines["title"].setText("Recruiter")
    form.lines["email"].setText("tom at acme")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.error.isVisible()
    assert form.error.message() == "Not saved: e-mail address 'tom at acme' is not valid."
    assert form.lines["email"].hasFocus()
    after = get_person(tom)
    assert after.email == "tom@acme.example"
    assert after.title is None  # the good field was not saved either
    assert form.save_button.isEnabled()

    form.revert()
    assert form.lines["email"].text() == "tom@acme.example"
    assert not form.error.isVisible()


def test_data_is_shown_literally_never_as_rich_text(
    make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("<b>bold</b> Tom", title="<i>Recruiter</i>", company="<a href='x'>Acme</a>")
    log_interaction(tom, "email", "in", datetime(2026, 1, 5, 9, 0), subject="<h1>Hi</h1>", body="<b>bold</b>")
    page = open_person(make_window(), tom)

    assert page.header.name.text() == "<b>bold</b> Tom"
    assert page.header.subtitle.text() == "<i>Recruiter</i> at <a href='x'>Acme</a>"
    entry = page.timeline.entry_widgets()[0]
    assert entry.subject.text() == "<h1>Hi</h1>"
    assert entry.body.text() == "<b>bold</b>"
    labels = [label for label in page.findChildren(QLabel) if label.text()]  # icon-only labels hold no text
    assert len(labels) > 10
    assert [label.text() for label in labels if label.textFormat() != Qt.TextFormat.PlainText] == []


def test_double_clicking_a_connection_opens_that_person(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber", company="Acme")
    mei = person("Mei Tanaka", company="Globex")
    connect(tom, mei, kind="worked_with", strength=3, since=date(2023, 1, 1))
    page = open_person(make_window(), tom)
    page.tabs.setCurrentIndex(CONNECTIONS_TAB)
    table = page.connections.table
    qtbot.waitExposed(table)
    assert page.tabs.tabText(CONNECTIONS_TAB) == "Connections (1)"
    row = [table.item(0, column).text() for column in range(table.columnCount())]
    assert row == ["Mei Tanaka", "Globex", "Worked with", "strong", "1 Jan 2023"]

    rect = table.visualItemRect(table.item(0, 0))
    # a real double-click is a click and then a double-click event (QTest sends only the latter)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert page.person_id == mei
    assert page.header.name.text() == "Mei Tanaka"


def test_the_connections_tab_shows_the_warm_introduction_paths(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    from tests.gui.conftest import wait_for_plan

    target = person("Agnieszka Wójcik", company="Globex")
    friend = person("Søren Madsen", connected=True)
    middle = person("Mia Middle")
    connect(friend, middle, strength=2)
    connect(middle, target, strength=3)
    mine = person("Connie Connected", connected=True)
    window = make_window()
    wait_for_plan(qtbot, window)  # the paths come from the engine's facts

    page = open_person(window, target)
    page.tabs.setCurrentIndex(CONNECTIONS_TAB)
    assert page.connections.paths.isVisibleTo(page)
    assert page.connections.paths.text().splitlines() == [
        "Warm introductions:",
        "You → Søren Madsen → Mia Middle → Agnieszka Wójcik",
    ]
    assert page.connections.paths.textFormat() == Qt.TextFormat.PlainText
    page = open_person(window, mine)
    assert page.connections.paths.text() == "You are connected on LinkedIn: no introduction needed."


def test_processes_show_opening_role_stage_outcome_and_dates(
    make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber")
    acme = Company.create(name="Acme GmbH", name_key="acme gmbh")
    opening = Opening.create(company=acme, title="Data Analyst")
    process = Process.create(
        opening=opening, stage_reached="final", outcome="rejected", started_on=date(2025, 11, 2),
        ended_on=date(2026, 1, 20), reason="Went with an internal candidate",
    )  # fmt: skip
    ProcessContact.create(process=process, person=tom, role="recruiter")

    page = open_person(make_window(), tom)
    card = page.processes.cards[0]

    assert card.title.text() == "Data Analyst at Acme GmbH"
    assert card.facts.text() == "As recruiter · reached Final · Rejected · 2 Nov 2025 – 20 Jan 2026"
    assert card.reason.text() == "Reason: Went with an internal candidate"


@pytest.mark.parametrize(
    ("stored", "opened"),
    [
        ("https://www.linkedin.com/in/tomweber", "https://www.linkedin.com/in/tomweber"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("https://www.linkedin.com@evil.example/in/tomweber", None),  # user info hides where it goes
        ("https://www.linkedin.com/in/tom\u202eweber", None),  # a direction override disguises the address
        ("vscode://file/etc/passwd", None),
    ],
)
def test_only_web_links_are_opened(
    make_window: Callable[[], MainWindow],
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
    stored: str,
    opened: str | None,
) -> None:
    from desktop.store.models import Person

    tom = person("Tom Weber")
    Person.update(linkedin_url=stored).where(Person.id == tom).execute()  # as an old import might have left it
    calls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(QUrl(url).toString()) or True)
    page = open_person(make_window(), tom)

    page.header.linkedin_button.click()

    assert page.header.linkedin_button.isEnabled() == (opened is not None)
    assert calls == ([opened] if opened else [])


def test_the_email_button_writes_to_the_address_only(
    make_window: Callable[[], MainWindow], person: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    tom = person("Tom Weber", email="tom@acme.example")
    calls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(QUrl(url)) or True)
    page = open_person(make_window(), tom)

    page.header.email_button.click()

    assert [(url.scheme(), url.path()) for url in calls] == [("mailto", "tom@acme.example")]


def test_do_not_contact_is_shown_as_a_word(make_window: Callable[[], MainWindow], person: Callable[..., int]) -> None:
    tom = person("Tom Weber", do_not_contact=True)
    anna = person("Anna Schmidt")
    window = make_window()

    page = open_person(window, tom)
    assert page.header.do_not_contact.isVisible()
    assert page.header.do_not_contact.text() == "Do not contact"
    page = open_person(window, anna)
    assert not page.header.do_not_contact.isVisible()


@pytest.mark.parametrize(
    ("answer", "open_after", "title_saved"),
    [
        (QMessageBox.StandardButton.Cancel, "Tom Weber", None),
        (QMessageBox.StandardButton.Discard, "Anna Schmidt", None),
        (QMessageBox.StandardButton.Save, "Anna Schmidt", "Head of Talent"),
    ],
)
def test_leaving_unsaved_changes_asks_first(
    qtbot: Any,
    make_window: Callable[[], MainWindow],
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    open_after: str,
    title_saved: str | None,
) -> None:
    person("Anna Schmidt")
    tom = person("Tom Weber")
    window = make_window()
    page = open_person(window, tom)
    page.form.lines["title"].setText("Head of Talent")
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: questions.append(box.text()) or answer)

    rect = window.people.table.visualRect(window.people.model.index(0, 0))  # Anna
    saving = qtbot.waitSignal(window.ops.changed) if title_saved else nullcontext()  # saved on the executor
    with saving:
        qtbot.mouseClick(window.people.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert questions == ["Save the changes to Tom Weber?"]
    assert page.header.name.text() == open_after
    assert get_person(tom).title == title_saved
    selected = window.people.table.currentIndex().row()
    assert window.people.model.index(selected, 0).data() == open_after  # the list agrees with the pane


def test_add_connection_records_whom_a_person_knows(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    from desktop.core.network import connections_of
    from desktop.gui.dialogs.add_connection import AddConnectionDialog

    tom = person("Tom Weber", company="Acme")
    mei = person("Mei Tanaka", company="Globex")
    window = make_window()
    page = open_person(window, tom)
    page.tabs.setCurrentIndex(CONNECTIONS_TAB)
    qtbot.mouseClick(page.connections.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AddConnectionDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.other, "Mei Tanaka")
    dialog.kind.setCurrentIndex(dialog.kind.findData("worked_with"))

    with qtbot.waitSignal(window.ops.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert [(c.person_id, c.kind) for c in connections_of(tom)] == [(mei, "worked_with")]
    qtbot.waitUntil(lambda: page.tabs.tabText(CONNECTIONS_TAB) == "Connections (1)")


def test_a_long_timeline_shows_its_newest_25_entries_and_the_older_ones_on_request(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    anna = person("Anna Long")
    for day in range(1, 31):  # 30 notes, one a day in January
        log_interaction(anna, "note", "none", datetime(2026, 1, day, 9, 0), body=f"Note of 2026-01-{day:02}")
    window = make_window()
    page = open_person(window, anna)
    shown = page.timeline.entry_widgets()
    assert len(shown) == 25
    assert (shown[0].body.text(), shown[-1].body.text()) == ("Note of 2026-01-30", "Note of 2026-01-06")
    assert page.timeline.more.text() == "Show 5 older entries (5 in all)"
    qtbot.mouseClick(page.timeline.more, Qt.MouseButton.LeftButton)
    shown = page.timeline.entry_widgets()
    assert len(shown) == 30 and shown[-1].body.text() == "Note of 2026-01-01"
    assert page.timeline.more.isHidden()
