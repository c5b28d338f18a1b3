"""Importing mail from files: the people of Rebound get their e-mail on the timeline, nothing else is kept."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from desktop.core.timeline import thread_groups, timeline
from desktop.interop.mail import import_messages, read_mail
from desktop.store.models import DB, Detection, Interaction
from tests.interop.mail.conftest import MAIL

TODAY = date(2026, 12, 1)


def _import(path: Path, headers_only: bool = False):  # type: ignore[no-untyped-def]
    return import_messages(None, read_mail(path), today=TODAY, headers_only=headers_only)


def test_mbox_puts_each_message_on_the_timeline_of_its_person_with_its_direction(mail_db: dict[str, int]) -> None:
    summary = _import(MAIL / "inbox.mbox")
    assert (summary.read, summary.created, summary.unchanged, summary.skipped, summary.errors) == (7, 6, 0, 1, [])
    tom = [(e.direction, e.subject, e.at) for e in timeline(mail_db["tom"])]
    assert tom == [
        ("in", "Kurze Frage", datetime(2026, 11, 25, 8, 0)),
        ("in", "Einladung zum Vorstellungsgespräch", datetime(2026, 11, 24, 13, 0)),
        ("out", "Fwd: Your application for BI Analyst", datetime(2026, 11, 20, 18, 0)),
        ("out", "Re: Grüße aus München", datetime(2026, 11, 2, 11, 40)),
        ("in", "Grüße aus München", datetime(2026, 11, 2, 9, 15)),
    ]
    eva = timeline(mail_db["eva"])
    assert [(e.kind, e.direction, e.subject) for e in eva] == [("email", "in", "Your application for BI Analyst")]
    assert eva[0].body is not None and "move forward with other candidates" in eva[0].body
    assert eva[0].body.endswith("[Attachments: Feedback.pdf (2 KB)]")


def test_text_is_decoded_from_quoted_printable_latin1_and_html_in_windows_1252(mail_db: dict[str, int]) -> None:
    _import(MAIL / "inbox.mbox")
    bodies = {e.subject: e.body for e in timeline(mail_db["tom"])}
    assert bodies["Re: Grüße aus München"] == (
        "Hallo Tom,\n\ngerne, Donnerstag passt mir. Grüße\nJana\n\n> schöne Grüße aus München!"
    )
    assert bodies["Einladung zum Vorstellungsgespräch"] == (
        "Liebe Frau Berg,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch einladen – bitte nennen Sie uns "
        "Terminvorschläge.\n\nBeste Grüße & bis bald"
    )


def test_the_same_mail_imported_again_from_another_folder_changes_nothing(mail_db: dict[str, int]) -> None:
    _import(MAIL / "inbox.mbox")
    count = Interaction.select().count()
    again = _import(MAIL / "Maildir")
    eml = _import(MAIL / "eml")
    assert (again.created, again.unchanged, again.skipped) == (0, 3, 0)
    assert (eml.created, eml.unchanged, eml.skipped) == (0, 2, 1)  # the message without a Message-ID too
    assert Interaction.select().count() == count


def test_a_message_with_nobody_of_rebound_is_stored_nowhere(mail_db: dict[str, int], db_path: Path) -> None:
    _import(MAIL / "eml")
    DB.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for file in db_path.parent.glob(f"{db_path.name}*"):
        assert b"20% off" not in file.read_bytes(), file
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute(
            "SELECT count(*) FROM interaction WHERE subject LIKE '%off this week%'"
        ).fetchone() == (0,)
    finally:
        connection.close()


def test_headers_only_keeps_who_when_and_subject_but_no_text(mail_db: dict[str, int]) -> None:
    summary = _import(MAIL / "Maildir", headers_only=True)
    assert summary.created == 3
    entries = timeline(mail_db["tom"])
    assert [(e.subject, e.body) for e in entries] == [("Re: Grüße aus München", None), ("Grüße aus München", None)]
    assert Detection.select().count() == 0  # no text, nothing to recognise


def test_a_reply_and_its_original_share_a_thread(mail_db: dict[str, int]) -> None:
    _import(MAIL / "inbox.mbox")
    threads = {row.subject: row.thread for row in Interaction.select().where(Interaction.person == mail_db["tom"])}
    assert threads["Re: Grüße aus München"] == threads["Grüße aus München"] == "<m1.tom@acme.example>"
    assert threads["Kurze Frage"] != threads["Grüße aus München"]


def test_a_rejection_is_detected_with_its_company_role_and_phrases(mail_db: dict[str, int]) -> None:
    summary = _import(MAIL / "inbox.mbox")
    assert [d.as_json() for d in summary.detected] == [
        {
            "id": 1, "message_id": "<a1b2@mail.nordwind.example>", "kind": "rejection",
            "from": "eva.klein@nordwind.example", "company": "Nordwind AG", "role": "BI Analyst",
            "date": "2026-11-20", "confidence": 0.97,
            "why": ["'move forward with other candidates'", "'others more closely match'",
                    "'after careful consideration'", "'best of luck in your search'"],
        },
        {
            "id": 2, "message_id": "<m4@acme.example>", "kind": "interview_invitation",
            "from": "tom@acme.example", "company": "Acme GmbH", "role": None,
            "date": "2026-11-24", "confidence": 0.96,  # 1 − 0.25 × 0.25 × 0.7 × 0.8 = 0.965
            "why": ["'zu einem Vorstellungsgespräch einladen'", "'Einladung zum Vorstellungsgespräch'",
                    "'Terminvorschläge'", "'Vorstellungsgespräch'"],
        },
    ]  # fmt: skip
    again = _import(MAIL / "inbox.mbox")
    assert [d.id for d in again.detected] == [1, 2]
    assert Detection.select().count() == 2


def test_the_timeline_groups_a_thread_under_its_newest_message(mail_db: dict[str, int]) -> None:
    _import(MAIL / "inbox.mbox")
    groups = thread_groups(timeline(mail_db["tom"]))
    assert [[entry.subject for entry in group] for group in groups] == [
        ["Kurze Frage"],
        ["Einladung zum Vorstellungsgespräch"],
        ["Fwd: Your application for BI Analyst"],
        ["Re: Grüße aus München", "Grüße aus München"],
    ]
