"""The unanswered limit: proactive rules stay silent while my last messages got no answer."""

from __future__ import annotations

import pytest

from tests.core.reconnect.scenario import World


def _check_in_candidate(world: World, unanswered: int) -> int:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, 400)
    for n in range(unanswered):
        world.wrote(tom, 300 - n * 50)
    return tom


@pytest.mark.parametrize(("unanswered", "shown"), [(0, True), (1, True), (2, False), (3, False)])
def test_check_in(world: World, unanswered: int, shown: bool) -> None:
    tom = _check_in_candidate(world, unanswered)

    assert (world.action(tom) == "check_in") is shown
    if not shown:
        assert world.plan() == []
        assert world.plan(400) == []


@pytest.mark.parametrize(("unanswered", "shown"), [(1, True), (2, False)])
def test_connect_linkedin(world: World, unanswered: int, shown: bool) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    for n in range(unanswered):
        world.wrote(tom, 10 + n)

    assert world.action(tom) == ("connect_linkedin" if shown else None)


@pytest.mark.parametrize(("unanswered", "shown"), [(1, True), (2, False)])
def test_congratulate(world: World, unanswered: int, shown: bool) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    for n in range(unanswered):
        world.wrote(tom, 40 + n)
    world.job_change(tom, 5)

    assert world.action(tom) == ("congratulate_new_role" if shown else None)


@pytest.mark.parametrize(("unanswered", "shown"), [(1, True), (2, False)])
def test_ask_about_opening(world: World, unanswered: int, shown: bool) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", connected=True)
    for n in range(unanswered):
        world.wrote(tom, 40 + n)
    world.opening("Data Analyst")

    assert world.action(tom) == ("ask_about_opening" if shown else None)


def test_an_inbound_touch_resets_the_count(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 200)
    world.wrote(tom, 190)
    world.heard(tom, 180)

    card = world.card(tom)
    assert card["action"] == "check_in"
    assert card["due"] == world.ago(100).isoformat()


def test_only_touches_after_the_latest_inbound_one_count(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 300)
    world.wrote(tom, 290)
    world.heard(tom, 280)
    world.wrote(tom, 200)
    world.wrote(tom, 100)

    assert world.plan() == []


def test_notes_do_not_count_as_unanswered(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 200)
    world.note(tom, 150)
    world.note(tom, 140)

    assert world.action(tom) == "check_in"


def test_an_inbound_note_does_not_reset_the_count(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 200)
    world.wrote(tom, 150)
    world.note(tom, 100)

    assert world.plan() == []


@pytest.mark.parametrize(("limit", "unanswered", "shown"), [(3, 2, True), (3, 3, False), (1, 1, False), (1, 0, True)])
def test_max_unanswered_setting(world: World, limit: int, unanswered: int, shown: bool) -> None:
    world.set("max_unanswered", limit)
    tom = _check_in_candidate(world, unanswered)

    assert (world.action(tom) == "check_in") is shown
