"""`rebound import mail PATH [--me …] [--headers-only] [--json]`, `rebound detections`, `rebound import ics`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Rebound
from tests.cli.helpers import sql

MAIL = Path(__file__).parents[1] / "data" / "mail"
pytestmark = pytest.mark.usefixtures("utc")


def _people(rebound: Rebound) -> None:
    document = {
        "format": "rebound-archive", "version": 1,
        "companies": [{"id": "c1", "name": "Acme GmbH"}, {"id": "c2", "name": "Nordwind AG"}],
        "people": [
            {"id": "p1", "name": "Tom Weber", "email": "tom@acme.example", "company": "c1"},
            {"id": "p2", "name": "Eva Klein", "email": "eva.klein@nordwind.example", "company": "c2",
             "role": "recruiter"},
        ],
    }  # fmt: skip
    rebound.load(document)


def test_import_mail_json_prints_the_summary_and_the_detected_list(rebound: Rebound) -> None:
    _people(rebound)
    result = rebound("import", "mail", MAIL / "inbox.mbox", "--me", "jana.berg@example.org", "--json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert {k: summary[k] for k in ("created", "updated", "unchanged", "skipped", "errors")} == {
        "created": 6, "updated": 0, "unchanged": 0, "skipped": 1, "errors": [],
    }  # fmt: skip
    assert summary["detected"][0] == {
        "id": 1, "message_id": "<a1b2@mail.nordwind.example>", "kind": "rejection",
        "from": "eva.klein@nordwind.example", "company": "Nordwind AG", "role": "BI Analyst",
        "date": "2026-11-20", "confidence": 0.97,
        "why": ["'move forward with other candidates'", "'others more closely match'",
                "'after careful consideration'", "'best of luck in your search'"],
    }  # fmt: skip
    assert [d["kind"] for d in summary["detected"]] == ["rejection", "interview_invitation"]
    assert sql(rebound.db_path, "SELECT value FROM setting WHERE key = 'profile.emails'") == [
        ('["jana.berg@example.org"]',)
    ]


def test_importing_the_same_mail_again_changes_nothing(rebound: Rebound) -> None:
    _people(rebound)
    rebound("import", "mail", MAIL / "inbox.mbox", "--me", "jana.berg@example.org")
    before = sql(rebound.db_path, "SELECT count(*) FROM interaction")
    result = rebound("import", "mail", MAIL / "inbox.mbox", "--json")
    assert json.loads(result.out)["created"] == 0
    assert json.loads(result.out)["unchanged"] == 6
    assert sql(rebound.db_path, "SELECT count(*) FROM interaction") == before


def test_accepting_a_rejection_logs_it_on_the_process_and_the_reply_suggestion_follows(rebound: Rebound) -> None:
    _people(rebound)
    rebound("import", "mail", MAIL / "inbox.mbox", "--me", "jana.berg@example.org")
    listed = rebound("detections", "--json")
    assert [(d["id"], d["kind"], d["state"]) for d in json.loads(listed.out)] == [
        (1, "rejection", "pending"), (2, "interview_invitation", "pending"),
    ]  # fmt: skip
    accepted = rebound("detections", "accept", "1", "--today", "2026-11-21")
    assert accepted.code == 0, accepted.err
    assert sql(
        rebound.db_path,
        "SELECT o.title, c.name, p.outcome, p.ended_on FROM process p JOIN opening o ON o.id = p.opening_id "
        "JOIN company c ON c.id = o.company_id",
    ) == [("BI Analyst", "Nordwind AG", "rejected", "2026-11-20")]
    suggestions = json.loads(rebound("suggest", "--json", "--today", "2026-11-21").out)
    assert [(s["action"], s["person"]["name"]) for s in suggestions if s["action"] == "reply_to_rejection"] == [
        ("reply_to_rejection", "Eva Klein")
    ]
    assert [d["id"] for d in json.loads(rebound("detections", "--json").out)] == [2]


def test_accepting_an_invitation_moves_the_process_to_the_interview_stage(rebound: Rebound) -> None:
    _people(rebound)
    rebound("import", "mail", MAIL / "inbox.mbox", "--me", "jana.berg@example.org")
    assert rebound("detections", "accept", "2").code == 0
    assert sql(rebound.db_path, "SELECT stage_reached, outcome FROM process") == [("interview", "pending")]


def test_dismissing_puts_it_away_and_changes_nothing_else(rebound: Rebound) -> None:
    _people(rebound)
    rebound("import", "mail", MAIL / "inbox.mbox", "--me", "jana.berg@example.org")
    assert rebound("detections", "dismiss", "1").code == 0
    assert sql(rebound.db_path, "SELECT count(*) FROM process") == [(0,)]
    again = rebound("detections", "accept", "1")
    assert again.assert_one_line_error(3) == "rebound: detection 1 was already dismissed"


def test_a_path_without_mail_is_one_line_and_exit_3(rebound: Rebound, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello\n")
    result = rebound("import", "mail", text)
    assert "not an mbox file" in result.assert_one_line_error(3)
    assert "notes.txt" in result.err


def test_a_wrong_me_address_is_one_line_and_exit_3(rebound: Rebound) -> None:
    result = rebound("import", "mail", MAIL / "inbox.mbox", "--me", "jana at home")
    assert result.assert_one_line_error(3) == "rebound: e-mail address 'jana at home' is not an e-mail address"


def test_import_ics_logs_interviews_and_meetings_with_people_of_rebound(rebound: Rebound) -> None:
    _people(rebound)
    result = rebound("import", "ics", MAIL / "interviews.ics", "--json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert (summary["created"], summary["skipped"]) == (2, 2)
    assert summary["errors"] == ["interviews.ics event 4: no start (DTSTART); not imported"]
    rows = sql(
        rebound.db_path,
        "SELECT p.name, i.kind, i.channel, i.at, i.subject FROM interaction i JOIN person p ON p.id = i.person_id "
        "ORDER BY i.at, p.name",
    )
    assert rows == [
        ("Eva Klein", "interview", "other", "2026-11-25 09:00:00", "Interview BI Analyst – Nordwind AG"),
        ("Tom Weber", "interview", "other", "2026-11-25 09:00:00", "Interview BI Analyst – Nordwind AG"),
        ("Tom Weber", "meeting", "in_person", "2026-11-27 11:30:00", "Lunch with Tom"),
    ]
    again = json.loads(rebound("import", "ics", MAIL / "interviews.ics", "--json").out)
    assert (again["created"], again["unchanged"]) == (0, 2)


def test_my_reply_found_in_sent_takes_the_reply_suggestion_away(rebound: Rebound) -> None:
    _people(rebound)
    rebound("import", "mail", MAIL / "inbox.mbox", "--me", "jana.berg@example.org")
    rebound("detections", "accept", "1", "--today", "2026-11-21")

    def replies(day: str) -> list[str]:
        suggestions = json.loads(rebound("suggest", "--json", "--today", day).out)
        return [s["person"]["name"] for s in suggestions if s["action"] == "reply_to_rejection"]

    assert replies("2026-11-22") == ["Eva Klein"]
    result = rebound("import", "mail", MAIL / "sent.mbox", "--json")
    assert json.loads(result.out)["created"] == 1
    assert replies("2026-11-22") == []
    assert sql(rebound.db_path, "SELECT direction, thread FROM interaction WHERE subject LIKE 'Re: Your%'") == [
        ("out", "<a1b2@mail.nordwind.example>")
    ]
