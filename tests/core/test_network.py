"""Mutual connections and warm introduction paths (spec/reconnect-rules.md, rule 4)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core import network, people, timeline
from desktop.core.reconnect.facts import load_facts

TODAY = date(2026, 3, 2)


def _person(name: str, **fields: object) -> int:
    return people.create_person({"name": name, **fields}).value


def test_mutuals_are_ranked_by_strength_then_latest_inbound_touch_then_name(db: object) -> None:
    target = _person("Tina Target")
    weak = _person("Anna Weak", connected=True)
    strong_old = _person("Bob Strong", connected=True)
    strong_recent = _person("Carl Strong", connected=True)
    not_mine = _person("Dora Stranger")  # knows the target but is not connected to me
    barred = _person("Eve Barred", connected=True, do_not_contact=True)
    for other, strength in ((weak, 1), (strong_old, 3), (strong_recent, 3), (not_mine, 3), (barred, 3)):
        network.connect(other, target, "worked_with", strength)
    timeline.log_interaction(strong_old, "email", "in", datetime(2025, 6, 1, 9, 0))
    timeline.log_interaction(strong_recent, "email", "in", datetime(2026, 1, 5, 9, 0))

    ranked = network.mutuals_of(target, load_facts(), TODAY)

    assert [m.name for m in ranked] == ["Carl Strong", "Bob Strong", "Anna Weak"]
    assert [m.strength for m in ranked] == [3, 3, 1]


def test_intro_paths_are_the_shortest_warm_ones_up_to_three_hops(db: object) -> None:
    target = _person("Tina Target")
    friend = _person("Fred Friend", connected=True)
    middle = _person("Mia Middle")
    far = _person("Finn Far")
    barred = _person("Bea Barred", archived=True)
    network.connect(friend, middle, strength=3)
    network.connect(middle, target, strength=2)  # me → Fred → Mia → Tina (three hops)
    network.connect(friend, barred, strength=3)
    network.connect(barred, target, strength=3)  # through an archived person: never
    network.connect(far, target)

    facts = load_facts()
    paths = network.intro_paths(target, facts)

    assert paths == [[friend, middle, target]]
    assert network.intro_paths(far, facts) == []  # four hops away (me → Fred → Mia → Tina → Finn)


def test_a_direct_mutual_beats_a_longer_path_and_a_connected_target_needs_none(db: object) -> None:
    target = _person("Tina Target")
    direct = _person("Dan Direct", connected=True)
    friend = _person("Fred Friend", connected=True)
    middle = _person("Mia Middle")
    network.connect(direct, target)
    network.connect(friend, middle)
    network.connect(middle, target)
    mine = _person("Connie Connected", connected=True)

    facts = load_facts()

    assert network.intro_paths(target, facts) == [[direct, target]]
    assert network.intro_paths(mine, facts) == [[mine]]
