"""The "Always" clauses: excluded people, one suggestion per person by precedence, and the order of the day."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.reconnect import actions
from tests.core.reconnect.scenario import World

# ------------------------------------------------------------------ do_not_contact and archived


def _reply(w: World) -> int:
    p = w.person("Pia Person", "Acme GmbH")
    w.rejected_by(p, 1)
    return p


def _reengage(w: World) -> int:
    w.me(mode="recruiter", target_roles=[])
    p = w.person("Pia Person")
    old = w.opening("Data Analyst", "Old Client AG", days_ago=300, status="closed")
    w.process(old, candidate=p, stage="final", ended_ago=100)
    w.opening("Data Analyst", "Client AG", mine=True)
    return p


def _ask(w: World) -> int:
    p = w.person("Pia Person", "Acme GmbH", connected=True)
    w.opening("Data Analyst")
    return p


def _intro(w: World) -> int:
    target = w.person("Tom Target", "Acme GmbH", email=False)
    w.heard(target, 50)
    p = w.person("Pia Person", "Globex AG", connected=True)
    w.edge(p, target, 2)
    w.opening("Data Analyst")
    return p


def _congratulate(w: World) -> int:
    p = w.person("Pia Person", "Globex AG")
    w.heard(p, 10)
    w.job_change(p, 3)
    return p


def _connect(w: World) -> int:
    p = w.person("Pia Person", "Globex AG", linkedin=True)
    w.heard(p, 10)
    return p


def _check_in(w: World) -> int:
    p = w.person("Pia Person", "Globex AG")
    w.wrote(p, 100)
    return p


SCENARIOS: dict[str, Callable[[World], int]] = {
    "reply_to_rejection": _reply,
    "reengage_candidate": _reengage,
    "ask_about_opening": _ask,
    "ask_for_intro": _intro,
    "congratulate_new_role": _congratulate,
    "connect_linkedin": _connect,
    "check_in": _check_in,
}


@pytest.mark.parametrize("action", SCENARIOS)
def test_each_scenario_makes_its_suggestion(world: World, action: str) -> None:
    pia = SCENARIOS[action](world)

    assert world.action(pia) == action


@pytest.mark.parametrize("flag", ["do_not_contact", "archived"])
@pytest.mark.parametrize("action", SCENARIOS)
def test_excluded_people_get_nothing(world: World, action: str, flag: str) -> None:
    pia = SCENARIOS[action](world)
    world.update(pia, **{flag: True})

    for when in (0, 3, 30, 120):
        assert world.card(pia, when) is None
    plan, coming = world.engine().today_and_coming(world.today)
    assert pia not in {s.person_id for s in plan + coming}


# ------------------------------------------------------------------ one suggestion per person, by precedence


def _walk_down(world: World, person: int) -> list[str]:
    """Dismiss the person's suggestion again and again: the actions seen, in order."""
    seen = []
    while (card := world.card(person)) is not None:
        assert len(seen) < 10
        seen.append(card["action"])
        actions.dismiss(card["key"])
    return seen


def test_precedence_for_a_person_i_am_not_connected_to(world: World) -> None:
    pia = world.person("Pia Person", "Acme GmbH", linkedin=True)
    world.wrote(pia, 100)
    world.rejected_by(pia, 3)
    world.opening("Senior Data Analyst")
    world.job_change(pia, 10, "Initech → Acme GmbH")

    assert _walk_down(world, pia) == [
        "reply_to_rejection", "ask_about_opening", "congratulate_new_role", "connect_linkedin", "check_in",
    ]  # fmt: skip


def test_precedence_for_a_mutual_connection(world: World) -> None:
    target = world.person("Tom Target", "Acme GmbH", email=False)
    world.heard(target, 50)
    pia = world.person("Pia Person", "Globex AG", connected=True)
    world.edge(pia, target, 2)
    world.opening("Data Analyst")
    world.wrote(pia, 100)
    world.rejected_by(pia, 1, company="Globex AG", title="BI Analyst")
    world.job_change(pia, 10)

    assert _walk_down(world, pia) == ["reply_to_rejection", "ask_for_intro", "congratulate_new_role", "check_in"]


def test_precedence_for_a_candidate(world: World) -> None:
    world.me(mode="recruiter", target_roles=[])
    carla = world.person("Carla Candidate", linkedin=True)
    old = world.opening("Data Analyst", "Old Client AG", days_ago=300, status="closed")
    world.process(old, candidate=carla, stage="onsite", ended_ago=150)
    world.wrote(carla, 100)
    world.job_change(carla, 5)
    world.opening("Data Analyst", "Client AG", mine=True)

    assert _walk_down(world, carla) == ["reengage_candidate", "congratulate_new_role", "connect_linkedin", "check_in"]


def test_an_overdue_check_in_does_not_beat_a_higher_precedence_suggestion(world: World) -> None:
    pia = world.person("Pia Person", "Globex AG")
    world.wrote(pia, 200)
    world.job_change(pia, 1)

    card = world.card(pia)
    assert card["action"] == "congratulate_new_role"
    assert [c["person"]["id"] for c in world.cards()] == [pia]


# ------------------------------------------------------------------ the order of the day


def test_order_of_the_day(world: World) -> None:
    zed = world.person("Zed Overdue", "Globex AG")
    world.wrote(zed, 130)
    xia = world.person("Xia Late Reply", "Initech")
    world.rejected_by(xia, 5, company="Initech")
    yan = world.person("Yan Reply", "Umbrella")
    world.rejected_by(yan, 0, company="Umbrella")
    world.person("Eve Asked", "Acme GmbH", connected=True)
    world.opening("Data Analyst")
    dan = world.person("Dan Congrats", "Globex AG")
    world.heard(dan, 10)
    world.job_change(dan, 3)
    abe = world.person("Abe Connect", "Globex AG", linkedin=True)
    world.heard(abe, 10)
    bob = world.person("Bob Earlier", "Globex AG")
    world.wrote(bob, 95)
    cid = world.person("Cid Today", "Globex AG")
    world.wrote(cid, 90)
    ann = world.person("ann Today", "Globex AG")
    world.wrote(ann, 90)

    assert world.seen() == [
        ("reply_to_rejection", "Xia Late Reply"),
        ("check_in", "Zed Overdue"),
        ("reply_to_rejection", "Yan Reply"),
        ("ask_about_opening", "Eve Asked"),
        ("congratulate_new_role", "Dan Congrats"),
        ("connect_linkedin", "Abe Connect"),
        ("check_in", "Bob Earlier"),
        ("check_in", "ann Today"),
        ("check_in", "Cid Today"),
    ]
    assert [c["overdue"] for c in world.cards()] == [True, True] + [False] * 7


def test_overdue_replies_earliest_first(world: World) -> None:
    late = world.person("Zed Later", "Initech")
    world.rejected_by(late, 4, company="Initech")
    early = world.person("Abe Earlier", "Umbrella")
    world.rejected_by(early, 7, company="Umbrella")

    assert [c["person"]["id"] for c in world.cards()] == [early, late]
