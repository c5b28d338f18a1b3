"""Mail in the GUI: File → Import… reads mail (preview, headers only, import); Today shows what it recognised
("Looks like a rejection from … — Log it / Not a rejection") and the reply suggestion follows a Log it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.detections import list_detections
from desktop.core.people import create_person
from desktop.core.profile import add_my_emails
from desktop.core.timeline import timeline
from desktop.gui.importing.wizard import PREVIEW
from desktop.gui.main_window import MainWindow
from desktop.interop.mail import import_messages, read_mail
from desktop.store.models import Process
from tests.gui.conftest import NOW, wait_for_plan
from tests.gui.test_import_wizard import answer_open_dialogs, import_and_wait, open_wizard, wait_for_preview

MAIL = Path(__file__).parents[1] / "data" / "mail"
pytestmark = pytest.mark.usefixtures("utc")


def _people() -> dict[str, int]:
    add_my_emails(["jana.berg@example.org"])
    return {
        "tom": create_person({"name": "Tom Weber", "email": "tom@acme.example", "company": "Acme GmbH"}).value,
        "eva": create_person(
            {"name": "Eva Klein", "email": "eva.klein@nordwind.example", "company": "Nordwind AG"}
        ).value,
    }


def test_the_wizard_previews_and_imports_an_mbox_headers_only(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    people = _people()
    answer_open_dialogs(monkeypatch, MAIL / "inbox.mbox")
    window = make_window()
    wizard = open_wizard(qtbot, window)
    qtbot.mouseClick(wizard.choose_page.file_button, Qt.MouseButton.LeftButton)
    wait_for_preview(qtbot, wizard)
    page = wizard.preview_page
    assert wizard.step == PREVIEW
    assert page.format_label.text() == "E-mail: mbox file"
    assert page.counts.text() == "0 new people, 0 people to update, 6 messages, 1 rows to skip"
    assert page.counted.text().startswith("Counted are the messages with a person of Rebound in them")
    assert page.headers_only.isVisible()
    assert timeline(people["tom"]) == []  # the preview writes nothing

    page.headers_only.setChecked(True)
    import_and_wait(qtbot, wizard)
    assert wizard.done_page.text.text() == (
        "Imported inbox.mbox: 7 messages read, 6 new on timelines, 0 already there, 1 without anybody of Rebound "
        "(not stored)."
    )
    entries = timeline(people["tom"])
    assert len(entries) == 5 and {e.body for e in entries} == {None}


def test_today_shows_a_rejection_and_log_it_brings_the_reply_suggestion(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    _people()
    import_messages(None, read_mail(MAIL / "inbox.mbox"), today=NOW.date(), headers_only=False)
    window = make_window(now=NOW.replace(year=2026, month=11, day=21))
    wait_for_plan(qtbot, window)
    page = window.today
    qtbot.waitUntil(lambda: len(page.detections.cards) == 2)
    card = page.detections.cards[0]
    assert card.title.text() == "Looks like a rejection from Nordwind AG for BI Analyst"
    assert card.why.text().startswith("Because it says 'move forward with other candidates', ")
    assert (card.accept_button.text(), card.dismiss_button.text()) == ("Log it", "Not a rejection")
    assert page.detections.cards[1].title.text() == "Looks like an interview invitation from Acme GmbH"

    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.detections.cards) == 1)
    qtbot.waitUntil(lambda: any(c.suggestion.action == "reply_to_rejection" for c in page.cards))
    assert [(p.outcome, p.opening.title) for p in Process.select()] == [("rejected", "BI Analyst")]

    qtbot.mouseClick(page.detections.cards[0].dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.detections.cards)
    assert not page.detections.isVisible()
    assert list_detections() == []


def test_a_thread_is_shown_together_indented_under_its_newest_message(qtbot: Any, db: object) -> None:
    from desktop.gui.people.person_timeline import TimelineView

    people = _people()
    import_messages(None, read_mail(MAIL / "inbox.mbox"), today=NOW.date(), headers_only=True)
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_entries(timeline(people["tom"]))
    shown = [(w.entry.subject, w.in_thread, w.thread_label.text()) for w in view.entry_widgets()]
    assert shown == [
        ("Kurze Frage", 0, ""),
        ("Einladung zum Vorstellungsgespräch", 0, ""),
        ("Fwd: Your application for BI Analyst", 0, ""),
        ("Re: Grüße aus München", 0, "Thread of 2 messages"),
        ("Grüße aus München", 1, ""),
    ]


def test_cancelling_a_mail_import_keeps_the_whole_batches_written_and_says_so(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.gui.importing.wizard import DONE, IMPORTING
    from desktop.interop.mail import importer

    people = _people()
    monkeypatch.setattr(importer, "BATCH", 2)
    started = threading.Event()
    go_on = threading.Event()
    real_read = importer.read_message

    def slow_read(raw: bytes, position: str, **kwargs: Any) -> Any:
        if position.endswith("message 3"):
            started.set()
            go_on.wait(30)  # the test presses Cancel while the third message is being read
        return real_read(raw, position, **kwargs)

    monkeypatch.setattr(importer, "read_message", slow_read)
    answer_open_dialogs(monkeypatch, MAIL / "inbox.mbox")
    window = make_window()
    wizard = open_wizard(qtbot, window)
    qtbot.mouseClick(wizard.choose_page.file_button, Qt.MouseButton.LeftButton)
    wait_for_preview(qtbot, wizard)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set)
    assert wizard.step == IMPORTING
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: wizard.step == DONE)
    assert wizard.done_page.title.text() == "Import cancelled"
    assert wizard.done_page.text.text().startswith("Imported inbox.mbox: Cancelled: 4 messages read")
    # two whole batches of two (messages 1–4) were written; the cancel was seen after the second
    assert sorted(e.subject or "" for e in timeline(people["tom"])) == [
        "Einladung zum Vorstellungsgespräch", "Grüße aus München", "Re: Grüße aus München",
    ]  # fmt: skip
