"""The sidebar's due counts: today's plan counted by the page each suggestion concerns."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.due import PageDue, due_by_page
from desktop.vocab import Action


@dataclass(frozen=True)
class Planned:
    action: str


def test_each_page_counts_the_suggestions_it_concerns_and_they_add_up_to_todays() -> None:
    plan = [Planned(a) for a in ("check_in", "reply_to_rejection", "check_in", "ask_for_intro", "ask_about_opening",
                                 "connect_linkedin", "reengage_candidate", "check_in")]  # fmt: skip
    pages = due_by_page(plan)
    assert pages == {
        "applications": PageDue(2, ((Action.REPLY_TO_REJECTION, 1), (Action.REENGAGE_CANDIDATE, 1))),
        "openings": PageDue(2, ((Action.ASK_ABOUT_OPENING, 1), (Action.ASK_FOR_INTRO, 1))),
        "people": PageDue(4, ((Action.CHECK_IN, 3), (Action.CONNECT_LINKEDIN, 1))),
    }
    assert sum(page.total for page in pages.values()) == len(plan)


def test_a_page_with_nothing_due_counts_nothing() -> None:
    assert due_by_page([Planned("check_in")])["applications"] == PageDue(0, ())
    assert due_by_page([]) == {"applications": PageDue(), "openings": PageDue(), "people": PageDue()}
