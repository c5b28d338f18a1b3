"""`rebound suggest --limit N` on a cold start: the first N of the day, planned over a few people (``cold.py``).

The few are the people with the oldest check-in references and everyone the other rules can
speak of; the first N are kept only when no one left out could come before them.
"""

from __future__ import annotations

import pytest

from desktop.core.reconnect.engine import cold_day_plan
from tests.core.reconnect.scenario import World


def _first(world: World, limit: int) -> list[tuple[str, str]]:
    cold = cold_day_plan(world.today, limit)
    return [(s.action, cold.facts.people[s.person_id].name) for s in cold.plan]


def test_a_check_in_older_than_the_few_is_not_passed_over(world: World) -> None:
    # the 104 oldest references (4 × 1 + 100 candidates for one card) belong to people who may not be contacted
    for number in range(104):
        world.wrote(world.person(f"Quiet {number:03}", do_not_contact=True), 400)
    outside = world.person("Olga Outside")
    world.wrote(outside, 350)  # next in line, not among the first candidates
    pia = world.person("Pia Process")
    world.wrote(pia, 300)
    opening = world.opening("Data Analyst", days_ago=500, status="closed")
    world.process(opening, contacts=[(pia, "interviewer")], ended_ago=480)  # among the few as a process contact

    assert _first(world, 1) == [("check_in", "Olga Outside")]
    assert _first(world, 2) == [("check_in", "Olga Outside"), ("check_in", "Pia Process")]


def test_an_introduction_through_a_connection_who_was_never_written_to(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", email=False, linkedin=True)
    closed = world.opening("Data Analyst", days_ago=300, status="closed")
    world.process(closed, contacts=[(tom, "recruiter")], ended_ago=200)
    mia = world.person("Mia Mutual", "Globex AG", connected=True)
    world.edge(mia, tom, 2)
    world.opening("Data Analyst")

    assert _first(world, 2) == [("ask_for_intro", "Mia Mutual"), ("connect_linkedin", "Tom Weber")]
    assert [(s.action, s.person_id) for s in world.plan()] == [("ask_for_intro", mia), ("connect_linkedin", tom)]


def test_a_connection_at_a_company_with_a_new_opening_is_asked(world: World) -> None:
    world.person("Carl Connected", "Acme GmbH", connected=True)
    world.wrote(world.person("Rita Recent", "Globex AG"), 10)
    world.opening("Data Analyst")

    assert _first(world, 5) == [("ask_about_opening", "Carl Connected")]


def test_when_the_few_open_no_card_the_oldest_reference_beyond_them_still_does(world: World) -> None:
    # the 104 candidates for one card may not be contacted, and no rule speaks of anyone else: the few give nothing
    for number in range(104):
        world.wrote(world.person(f"Quiet {number:03}", do_not_contact=True), 400)
    world.wrote(world.person("Olga Outside"), 350)

    assert _first(world, 1) == [("check_in", "Olga Outside")]


@pytest.mark.parametrize("days_ago", [100, 130], ids=["due", "overdue"])
def test_a_check_in_waits_for_one_beyond_the_few_due_the_same_day(world: World, days_ago: int) -> None:
    # order of the day: "overdue first, … then due date, … then person name" — Zed is the last of the 104 candidates,
    # Ann was written to later the same day and is left out, but her check-in falls due that same day and comes first
    for number in range(103):
        world.wrote(world.person(f"Quiet {number:03}", do_not_contact=True), 400)
    world.wrote(world.person("Zed Few"), days_ago, hour=9)
    world.wrote(world.person("Ann Left"), days_ago, hour=10)

    assert _first(world, 1) == [("check_in", "Ann Left")]


def test_a_limit_beyond_the_few_plans_the_whole_day(world: World) -> None:
    # --limit 2500: more candidates than the few may hold (4 × 2,500 + 100 > 10,000), so the whole day decides
    world.wrote(world.person("Ben Okafor"), 130)
    world.wrote(world.person("Ana Silva"), 100)

    assert _first(world, 2500) == [("check_in", "Ben Okafor"), ("check_in", "Ana Silva")]
    assert _first(world, 1) == [("check_in", "Ben Okafor")]
