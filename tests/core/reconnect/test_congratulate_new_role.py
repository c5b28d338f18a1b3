"""Rule 5, congratulate_new_role, and the event gap (event_min_days since my last outbound touch)."""

from __future__ import annotations

import pytest

from desktop.core import timeline
from tests.core.reconnect.scenario import World


@pytest.mark.parametrize(("last_out", "shown"), [(0, False), (29, False), (30, True), (60, True)])
def test_needs_the_event_gap_since_the_last_outbound_touch(world: World, last_out: int, shown: bool) -> None:
    tom = world.person("Tom Weber", "Globex AG")
    world.wrote(tom, last_out)
    world.job_change(tom, 3)

    assert world.action(tom) == ("congratulate_new_role" if shown else None)


def test_without_any_outbound_touch_it_fires(world: World) -> None:
    tom = world.person("Tom Weber", "Globex AG")
    world.heard(tom, 10)
    world.job_change(tom, 3)

    card = world.card(tom)
    assert card["action"] == "congratulate_new_role"
    assert card["due"] == world.today.isoformat()
    assert card["overdue"] is False
    assert card["opening"] is None
    assert card["why"] == [
        "Tom Weber changed jobs on 2026-02-27 (Acme GmbH → Globex AG)",
        "You have not written to Tom Weber yet",
    ]


def test_a_job_change_that_names_no_company_says_only_when(world: World) -> None:
    tom = world.person("Tom Weber", "Globex AG")
    world.wrote(tom, 40)
    timeline.log_interaction(tom, "job_change", "none", world.at(3, 8))

    assert world.card(tom)["why"] == [
        "Tom Weber changed jobs on 2026-02-27",
        "You last wrote to Tom Weber on 2026-01-21 (40 days ago)",
    ]


@pytest.mark.parametrize(("changed", "shown"), [(0, True), (29, True), (30, True), (31, False)])
def test_a_job_change_is_news_for_30_days(world: World, changed: int, shown: bool) -> None:
    tom = world.person("Tom Weber", "Globex AG")
    world.heard(tom, 10)
    world.job_change(tom, changed)

    assert world.action(tom) == ("congratulate_new_role" if shown else None)


def test_settings_are_respected(world: World) -> None:
    world.set("job_change_fresh_days", 10)
    world.set("event_min_days", 5)
    tom = world.person("Tom Weber", "Globex AG")
    world.wrote(tom, 5)
    world.job_change(tom, 10)

    assert world.action(tom) == "congratulate_new_role"
    assert world.action(tom, 1) is None


def test_only_for_known_people(world: World) -> None:
    tom = world.person("Tom Weber", "Globex AG", connected=True)
    world.job_change(tom, 3)
    world.note(tom, 2)

    assert world.plan() == []


def test_a_process_contact_is_known(world: World) -> None:
    tom = world.person("Tom Weber", "Globex AG")
    opening = world.opening("Data Analyst", status="closed", days_ago=100)
    world.process(opening, contacts=[(tom, "interviewer")], outcome="pending")
    world.job_change(tom, 3)

    assert world.action(tom) == "congratulate_new_role"


def test_the_people_passed_over_first_do_not_hide_a_job_change_to_congratulate(world: World) -> None:
    old = world.person("Ann Old", "Acme GmbH")
    world.heard(old, 100)
    world.job_change(old, 60)  # no longer news
    busy = world.person("Ben Busy", "Acme GmbH")
    world.job_change(busy, 3)
    world.wrote(busy, 5)  # written to 5 days ago
    cem = world.person("Cem New", "Acme GmbH")
    world.heard(cem, 100)
    world.job_change(cem, 3)

    assert [c["person"]["id"] for c in world.of("congratulate_new_role")] == [cem]
