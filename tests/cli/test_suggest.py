"""`rebound suggest` and `rebound export ics` (spec/cli.md): the day's plan as a table, JSON and a calendar."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from icalendar import Calendar

from tests.cli.conftest import Rebound


def _archive(rejected_on: date) -> dict[str, Any]:
    day = rejected_on.isoformat()
    return {
        "format": "rebound-archive",
        "version": 1,
        "me": {"name": "Jana Berg", "mode": "job_seeker", "language": "en", "target_roles": ["Data Analyst"]},
        "companies": [{"id": "c1", "name": "Acme GmbH"}],
        "people": [
            {"id": "p1", "name": "Tom Weber", "email": "tom@acme.example", "company": "c1", "role": "recruiter"},
            {"id": "p2", "name": "Ana Silva", "email": "ana@acme.example", "company": "c1"},
        ],
        "openings": [{"id": "o1", "company": "c1", "title": "Data Analyst", "status": "closed"}],
        "processes": [
            {
                "id": "r1",
                "opening": "o1",
                "stage_reached": "final",
                "outcome": "rejected",
                "ended_on": day,
                "contacts": [{"person": "p1", "role": "recruiter"}],
            }
        ],  # fmt: skip
        "interactions": [
            {
                "person": "p1",
                "kind": "rejection",
                "direction": "in",
                "at": f"{day}T09:30:00",
                "channel": "email",
                "body": "We went with another candidate.",
                "opening": "o1",
                "process": "r1",
            },
            {
                "person": "p2",
                "kind": "email",
                "direction": "out",
                "at": f"{(rejected_on - timedelta(100)).isoformat()}T10:00:00",
            },
        ],  # fmt: skip
    }


def test_suggest_json_lists_the_day_in_order_with_drafts(rebound: Rebound) -> None:
    rebound.load(_archive(date(2026, 3, 1)))
    result = rebound("suggest", "--today", "2026-03-02", "--json")
    assert result.code == 0, result.err
    plan = json.loads(result.out)
    assert [item["action"] for item in plan] == ["reply_to_rejection", "check_in"]
    reply = plan[0]
    assert reply["person"]["name"] == "Tom Weber"
    assert reply["opening"] == {"id": reply["opening"]["id"], "title": "Data Analyst", "company": "Acme GmbH"}
    assert (reply["channel"], reply["due"], reply["overdue"]) == ("email", "2026-03-01", False)
    assert any("2026-03-01" in line for line in reply["why"])
    assert "Tom" in reply["draft"]["body"] and reply["draft"]["subject"]
    assert set(reply) == {"key", "action", "person", "target", "opening", "channel", "due", "overdue", "why", "draft"}
    assert result.out == json.dumps(plan, ensure_ascii=False, indent=2) + "\n"  # the layout of every --json


def test_suggest_is_byte_identical_for_the_same_day_and_respects_limit(rebound: Rebound) -> None:
    rebound.load(_archive(date(2026, 3, 1)))
    first = rebound("suggest", "--today", "2026-03-04", "--json").out
    assert first == rebound("suggest", "--today", "2026-03-04", "--json").out
    assert json.loads(first)[0]["overdue"] is True  # reply window of 2 days has passed
    limited = json.loads(rebound("suggest", "--today", "2026-03-04", "--json", "--limit", "1").out)
    assert len(limited) == 1


def test_suggest_table_and_empty_day(rebound: Rebound) -> None:
    rebound.load(_archive(date(2026, 3, 1)))
    table = rebound("suggest", "--today", "2026-03-02").out
    assert table.splitlines()[0].split() == ["DUE", "WHAT", "WHO", "CHANNEL", "WHY"]
    assert "Reply to the rejection" in table and "Tom Weber" in table
    assert rebound("suggest", "--today", "2025-01-01").out.strip() == "Nothing to do on 2025-01-01."


def test_suggest_bad_arguments(rebound: Rebound) -> None:
    assert "--today" in rebound("suggest", "--today", "2026-02-30").assert_one_line_error(3)
    assert "outside" in rebound("suggest", "--today", "3026-01-01").assert_one_line_error(3)
    assert "--limit" in rebound("suggest", "--limit", "-1").assert_one_line_error(3)


def test_export_ics_is_a_calendar_of_the_coming_reconnects(rebound: Rebound) -> None:
    today = date.today()  # export ics plans from the real today, as a user would run it
    rebound.load(_archive(today))
    target = rebound.tmp_path / "plan.ics"
    result = rebound("export", "ics", target, "--days", "30")
    after = date.today()  # the command read the clock in between: a run across midnight plans from either day
    assert result.code == 0, result.err
    calendar = Calendar.from_ical(target.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    summaries = [str(e["SUMMARY"]) for e in events]
    assert "Reply to the rejection: Tom Weber" in summaries
    reply = events[summaries.index("Reply to the rejection: Tom Weber")]
    assert today <= reply.decoded("DTSTART") <= after
    assert "We went with" not in str(reply["DESCRIPTION"])  # the draft and why, not their message
    assert "Hi Tom" in str(reply["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_export_ics_refuses_a_silly_horizon(rebound: Rebound) -> None:
    rebound.load(_archive(date.today()))
    line = rebound("export", "ics", rebound.tmp_path / "x.ics", "--days", "100000").assert_one_line_error(3)
    assert "--days" in line
    assert not (rebound.tmp_path / "x.ics").exists()


def test_suggest_json_writes_terminal_controls_in_names_as_json_escapes(rebound: Rebound) -> None:
    """A name with a bidi override or a C1 control (pasted from a web page) neither acts on the terminal nor breaks
    the JSON: it is written as a JSON escape and reads back as it was stored."""
    archive = _archive(date(2026, 3, 1))
    archive["people"][0]["name"] = "Tom\u202e Weber\u0085\u007f"
    rebound.load(archive)
    out = rebound("suggest", "--today", "2026-03-02", "--json").out
    assert not {"\u202e", "\u0085", "\u007f"} & set(out)
    assert "Tom\\u202e Weber\\u0085\\u007f" in out
    assert json.loads(out)[0]["person"]["name"] == "Tom\u202e Weber\u0085\u007f"
