"""Owners on a team server, on the facts alone: Today's "my people" and the team view (``core/reconnect/team.py``).

``tests/core/reconnect/test_team.py`` runs the same on a real PostgreSQL with two members; here the facts are a
SQLite file's with what a team server adds to them set by hand — the signed-in member (``Facts.member``) and each
person's owner (``PersonFacts.owner``, which ``load_team_facts`` reads) — so the mutation runs, on SQLite, reach it.
"""

from __future__ import annotations

from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.suggestion import Suggestion
from desktop.core.reconnect.team import MemberLoad, is_mine, mine, overview
from tests.core.reconnect.scenario import World


def _team(world: World) -> tuple[Engine, dict[str, int]]:
    """Alice signed in; Ada and Anna are hers, Ben is bob's, Zoe is Zed's, Nils is nobody's."""
    ids = {}
    for name, days in (("Ada Client", 100), ("Anna Quiet", 10), ("Ben Candidate", 130), ("Zoe Lead", 110),
                       ("Nils Nobody", 120)):  # fmt: skip
        ids[name.split()[0]] = person = world.person(name)
        world.wrote(person, days)
    engine = Engine()
    engine.facts.member = "alice"
    for name, owner in (("Ada", "alice"), ("Anna", "alice"), ("Ben", "bob"), ("Zoe", "Zed"), ("Nils", None)):
        engine.facts.people[ids[name]].owner = owner
    return engine, ids


def test_my_people_are_the_ones_i_hold(world: World) -> None:
    engine, ids = _team(world)
    plan = engine.day_plan(world.today)
    assert [engine.facts.people[s.person_id].name for s in plan] == [
        "Ben Candidate", "Nils Nobody", "Zoe Lead", "Ada Client",
    ]  # fmt: skip

    assert [engine.facts.people[s.person_id].name for s in mine(plan, engine.facts)] == ["Ada Client"]
    assert [is_mine(ids[name], engine.facts) for name in ("Ada", "Anna", "Ben", "Nils")] == [True, True, False, False]
    assert is_mine(10_000, engine.facts) is False  # someone erased meanwhile is nobody's


def test_the_team_view_puts_me_first_then_colleagues_by_name_then_the_people_nobody_holds(world: World) -> None:
    engine, ids = _team(world)
    plan = engine.day_plan(world.today)
    gone = Suggestion(action="check_in", person_id=10_000, channel="email", due=world.today, why=("erased",))

    assert overview(engine.facts, [*plan, gone]) == [
        MemberLoad("alice", 2, 1), MemberLoad("bob", 1, 1), MemberLoad("Zed", 1, 1), MemberLoad(None, 1, 1),
    ]  # fmt: skip
    assert overview(engine.facts, []) == [
        MemberLoad("alice", 2, 0), MemberLoad("bob", 1, 0), MemberLoad("Zed", 1, 0), MemberLoad(None, 1, 0),
    ]  # fmt: skip


def test_a_member_who_holds_no_one_yet_still_sees_their_line(world: World) -> None:
    engine, ids = _team(world)
    engine.facts.member = "carla"  # a colleague who just joined

    assert overview(engine.facts, engine.day_plan(world.today))[0] == MemberLoad("carla", 0, 0)
    assert mine(engine.day_plan(world.today), engine.facts) == []


def test_on_a_personal_file_everything_is_mine(world: World) -> None:
    engine, ids = _team(world)
    engine.facts.member = None  # a SQLite file has no members
    plan = engine.day_plan(world.today)

    assert mine(plan, engine.facts) == plan and len(plan) == 4
    assert is_mine(ids["Ben"], engine.facts) is True
