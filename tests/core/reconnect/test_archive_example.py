"""The example archive of spec/archive-format.md, imported, planned over a few days."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.reconnect import actions
from desktop.interop import archive
from tests.core.reconnect.scenario import World


def _example() -> dict[str, Any]:
    return {
        "format": "rebound-archive",
        "version": 1,
        "me": {"name": "Jana Berg", "mode": "job_seeker", "language": "en",
               "target_roles": ["Data Analyst"], "keywords": ["sql", "python"]},
        "settings": {"checkin_min_days": 90},
        "companies": [{"id": "c1", "name": "Acme GmbH", "domain": "acme.example",
                       "careers_url": "https://acme.example/jobs"}],
        "people": [{"id": "p1", "name": "Tom Weber", "first_name": "Tom", "last_name": "Weber",
                    "email": "tom@acme.example", "phone": None,
                    "linkedin_url": "https://www.linkedin.com/in/tomweber",
                    "company": "c1", "title": "Senior Recruiter", "role": "recruiter",
                    "connected": False, "connected_on": None, "language": None,
                    "do_not_contact": False, "archived": False,
                    "tags": ["acme"], "skills": [], "location": "Berlin"}],
        "connections": [],
        "openings": [{"id": "o1", "company": "c1", "title": "Data Analyst",
                      "url": "https://acme.example/jobs/17", "keywords": ["sql"],
                      "status": "open", "discovered_on": "2026-01-10", "mine": False}],
        "processes": [{"id": "r1", "opening": "o1", "candidate": None,
                       "stage_reached": "final", "outcome": "rejected",
                       "started_on": "2025-11-02", "ended_on": "2026-01-20",
                       "reason": "Went with an internal candidate",
                       "contacts": [{"person": "p1", "role": "recruiter"}]}],
        "interactions": [{"person": "p1", "kind": "rejection", "direction": "in",
                          "at": "2026-01-20T09:30:00", "channel": "email",
                          "subject": "Your application", "body": "…",
                          "opening": "o1", "process": "r1"}],
        "suggestion_states": [{"key": "check_in/p1/", "state": "snoozed", "until": "2026-05-01"}],
    }  # fmt: skip


def _imported(world: World) -> int:
    archive.import_document(_example())
    [card] = world.cards(date(2026, 1, 20))
    return int(card["person"]["id"])


def test_on_the_rejection_day_the_reply_is_a_connection_note(world: World) -> None:
    tom = _imported(world)

    card = world.card(tom, date(2026, 1, 20))
    assert card["action"] == "reply_to_rejection"
    assert card["channel"] == "linkedin_note"
    assert card["due"] == "2026-01-20"
    assert card["opening"]["title"] == "Data Analyst"
    assert world.card(tom, date(2026, 1, 23))["overdue"] is True


def test_the_relevant_opening_is_not_asked_about_while_the_reply_is_pending(world: World) -> None:
    tom = _imported(world)

    assert [c["action"] for c in world.cards(date(2026, 1, 25))] == ["reply_to_rejection"]
    assert world.card(tom, date(2026, 2, 3))["action"] == "reply_to_rejection"


def test_after_the_reply_lapsed_the_opening_is_asked_about_while_fresh(world: World) -> None:
    tom = _imported(world)

    assert world.action(tom, date(2026, 2, 4)) == "ask_about_opening"
    assert world.action(tom, date(2026, 2, 24)) == "ask_about_opening"
    assert world.action(tom, date(2026, 2, 25)) == "connect_linkedin"  # 46 days after discovery


def test_the_imported_snooze_holds_the_check_in(world: World) -> None:
    tom = _imported(world)
    actions.dismiss(f"connect_linkedin/{tom}/")

    assert world.card(tom, date(2026, 4, 20)) is None  # due, but snoozed
    assert world.card(tom, date(2026, 4, 30)) is None
    card = world.card(tom, date(2026, 5, 1))
    assert (card["action"], card["due"], card["overdue"]) == ("check_in", "2026-04-20", False)
