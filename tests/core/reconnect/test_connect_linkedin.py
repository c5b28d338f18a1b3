"""Rule 6, connect_linkedin: known, with a LinkedIn URL, not connected, no recent request."""

from __future__ import annotations

import pytest

from tests.core.reconnect.scenario import World


def test_a_known_person_with_a_profile_who_is_not_connected(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    world.heard(tom, 10)

    card = world.card(tom)
    assert card["action"] == "connect_linkedin"
    assert card["channel"] == "linkedin_note"
    assert card["due"] == world.today.isoformat()
    assert card["overdue"] is False


@pytest.mark.parametrize(
    ("linkedin", "connected", "known", "shown"),
    [(True, False, True, True), (False, False, True, False), (True, True, True, False), (True, False, False, False)],
)
def test_conditions(world: World, linkedin: bool, connected: bool, known: bool, shown: bool) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=linkedin, connected=connected)
    if known:
        world.heard(tom, 10)

    assert world.action(tom) == ("connect_linkedin" if shown else None)


@pytest.mark.parametrize(("requested", "shown"), [(0, False), (89, False), (90, True)])
def test_a_recent_connection_request_suppresses_it(world: World, requested: int, shown: bool) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    world.heard(tom, 200)
    world.wrote(tom, requested, kind="connection_request")

    assert world.action(tom) == ("connect_linkedin" if shown else None)
    if shown:
        assert world.card(tom)["why"] == [
            "You know Tom Weber but are not connected on LinkedIn",
            f"Your last request, on {world.ago(requested).isoformat()}, was not accepted",
        ]


def test_other_outbound_touches_do_not_suppress_it(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    world.wrote(tom, 5)

    assert world.action(tom) == "connect_linkedin"


def test_an_inbound_connection_request_does_not_suppress_it(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    world.heard(tom, 5, kind="connection_request")

    assert world.action(tom) == "connect_linkedin"


def test_a_process_contact_is_known(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    opening = world.opening("Data Analyst", status="closed", days_ago=100)
    world.process(opening, contacts=[(tom, "hiring_manager")], outcome="pending")

    assert world.action(tom) == "connect_linkedin"


def test_the_people_passed_over_first_do_not_hide_one_to_connect_with(world: World) -> None:
    world.person("Sam Stranger", "Acme GmbH", linkedin=True)  # never in touch
    rita = world.person("Rita Requested", "Acme GmbH", linkedin=True)
    world.heard(rita, 100)
    world.wrote(rita, 10, kind="connection_request")  # asked 10 days ago
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    world.heard(tom, 10)

    assert [c["person"]["id"] for c in world.of("connect_linkedin")] == [tom]
