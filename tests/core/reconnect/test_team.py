"""Owners in use on a team server (issue 19): my people's suggestions, the team at a glance, a check-in that names
the colleague who spoke to the person last, and a cadence that counts every member's touches.

Alice and Bob are two members (a role each) of one team database; a person belongs to whoever added them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.team import MemberLoad, mine, overview
from tests import pg_server
from tests.backends import sqlite_only
from tests.core.reconnect.scenario import TODAY, World
from tests.team_members import alice_and_bob, role_of, signed_in

on_a_team_server = pytest.mark.parametrize("backend", ["postgresql"])


@pytest.fixture
def members(pg: pg_server.Server, pg_url: str) -> Iterator[dict[str, str]]:
    with alice_and_bob(pg, pg_url) as urls:
        yield urls


_as = signed_in


@on_a_team_server
def test_a_check_in_names_the_colleague_who_spoke_to_the_person_last(
    members: dict[str, str], db: object, backend: str
) -> None:
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.wrote(ada, 100)
    card = alice.card(ada)
    assert card is not None and card["why"][0] == "You last wrote to Ada Client on 2025-11-22"

    bob = _as(members["bob"])
    card = bob.card(ada)
    assert card is not None and card["action"] == "check_in"
    assert card["why"][0] == f"{role_of(members['alice'])} spoke with Ada Client on 2025-11-22"


@on_a_team_server
def test_a_person_who_only_wrote_in_names_the_colleague_they_wrote_to(
    members: dict[str, str], db: object, backend: str
) -> None:
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.heard(ada, 95)
    card = _as(members["bob"]).card(ada)
    assert card is not None and card["why"][0] == f"Ada Client last wrote to {role_of(members['alice'])} on 2025-11-27"


@on_a_team_server
def test_the_cadence_counts_every_members_touches(members: dict[str, str], db: object, backend: str) -> None:
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.wrote(ada, 100)
    bob = _as(members["bob"])
    bob.wrote(ada, 10)  # Bob wrote last week: Ada does not hear from Alice again now
    assert _as(members["alice"]).card(ada) is None


@on_a_team_server
def test_my_people_and_the_team_view(members: dict[str, str], db: object, backend: str) -> None:
    alice = _as(members["alice"])
    ada = alice.person("Ada Client", "Acme GmbH")
    alice.person("Anna Quiet", "Acme GmbH")  # nothing due for her
    alice.wrote(ada, 100)
    bob = _as(members["bob"])
    ben = bob.person("Ben Candidate", "Globex AG")
    bob.wrote(ben, 130)

    engine = Engine()
    plan = engine.day_plan(TODAY)
    assert sorted(s.person_id for s in plan) == sorted([ada, ben])
    assert [s.person_id for s in mine(plan, engine.facts)] == [ben]
    alice_role, bob_role = role_of(members["alice"]), role_of(members["bob"])
    assert overview(engine.facts, plan) == [MemberLoad(bob_role, 1, 1), MemberLoad(alice_role, 2, 1)]


@sqlite_only
def test_on_a_personal_file_everything_is_mine_and_nobody_else_wrote(db: object, backend: str) -> None:
    world = World()
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 100)
    engine = Engine()
    plan = engine.day_plan(TODAY)
    assert engine.facts.member is None
    assert mine(plan, engine.facts) == plan and len(plan) == 1
    assert plan[0].why[0] == "You last wrote to Tom Weber on 2025-11-22"
