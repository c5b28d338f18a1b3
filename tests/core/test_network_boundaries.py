"""The person page's connections and warm intro paths at their boundaries (spec/reconnect-rules.md, "Always")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core import network, people, timeline
from desktop.core.reconnect.facts import load_facts
from desktop.errors import InputError

TODAY = date(2026, 3, 2)


def _person(name: str, **fields: object) -> int:
    return people.create_person({"name": name, **fields}).value


def test_the_connections_of_a_person_are_listed_strongest_first_then_by_name(db: object) -> None:
    tina = _person("Tina Target")
    for name, strength in (("Anna Weak", 1), ("Zoe Strong", 3), ("Bob Middle", 2), ("Carl Strong", 3)):
        network.connect(_person(name), tina, "worked_with", strength, date(2024, 1, 1))

    listed = network.connections_of(tina)

    assert [(a.name, a.strength) for a in listed] == [
        ("Carl Strong", 3), ("Zoe Strong", 3), ("Bob Middle", 2), ("Anna Weak", 1),
    ]  # fmt: skip
    assert {a.kind for a in listed} == {"worked_with"}


def test_an_edge_is_listed_from_either_end_with_the_other_persons_company(db: object) -> None:
    ann = _person("Ann Able", company="Acme GmbH")
    bob = _person("Bob Baker")
    network.connect(bob, ann, strength=2)  # stored low id first, whichever way round it is given

    assert [(a.name, a.company, a.strength) for a in network.connections_of(bob)] == [("Ann Able", "Acme GmbH", 2)]
    assert [(a.name, a.company) for a in network.connections_of(ann)] == [("Bob Baker", None)]


def test_intro_paths_never_offer_a_do_not_contact_or_archived_connection_as_the_introducer(db: object) -> None:
    tina = _person("Tina Target")
    barred = _person("Bea Barred", connected=True, do_not_contact=True)
    archived = _person("Arno Archived", connected=True, archived=True)
    network.connect(barred, tina, strength=3)
    network.connect(archived, tina, strength=3)

    assert network.intro_paths(tina, load_facts()) == []

    friend = _person("Fred Friend", connected=True)
    middle = _person("Mia Middle", do_not_contact=True)
    network.connect(friend, middle, strength=3)
    network.connect(middle, tina, strength=3)  # me → Fred → Mia (do not contact) → Tina

    assert network.intro_paths(tina, load_facts()) == []


def test_intro_paths_prefer_strong_edges_among_paths_of_one_length(db: object) -> None:
    tina = _person("Tina Target")
    weak = _person("Anna Weak", connected=True)
    strong = _person("Zoe Strong", connected=True)
    network.connect(weak, tina, strength=1)
    network.connect(strong, tina, strength=3)

    assert network.intro_paths(tina, load_facts()) == [[strong, tina], [weak, tina]]
    assert network.intro_paths(tina, load_facts(), limit=1) == [[strong, tina]]


def test_connecting_two_people_again_updates_their_one_edge_and_a_person_cannot_know_themselves(db: object) -> None:
    ann, bob = _person("Ann Able"), _person("Bob Baker")
    network.connect(ann, bob)

    assert [(a.name, a.kind, a.strength, a.since) for a in network.connections_of(ann)] == [
        ("Bob Baker", "knows", 1, None)
    ]

    network.connect(bob, ann, "worked_with", 3, date(2021, 5, 1))

    assert [(a.name, a.kind, a.strength, a.since) for a in network.connections_of(ann)] == [
        ("Bob Baker", "worked_with", 3, date(2021, 5, 1))
    ]
    with pytest.raises(InputError) as refused:
        network.connect(ann, ann)
    assert str(refused.value) == "a person cannot be connected to themselves"


def test_three_hop_paths_are_ordered_by_the_strength_of_all_their_edges(db: object) -> None:
    tina = _person("Tina Target")
    fred, gina = _person("Fred Friend", connected=True), _person("Gina Friend", connected=True)
    mia, max_ = _person("Mia Middle"), _person("Max Middle")
    network.connect(fred, mia, strength=1)  # me → Fred → Mia → Tina: 1 + 3
    network.connect(mia, tina, strength=3)
    network.connect(gina, max_, strength=3)  # me → Gina → Max → Tina: 3 + 2 (stronger)
    network.connect(max_, tina, strength=2)

    assert network.intro_paths(tina, load_facts()) == [[gina, max_, tina], [fred, mia, tina]]


def test_at_most_five_paths_are_offered(db: object) -> None:
    tina = _person("Tina Target")
    friends = [_person(f"Friend {n}", connected=True) for n in range(1, 8)]
    for friend in friends:
        network.connect(friend, tina)

    assert network.intro_paths(tina, load_facts()) == [[friend, tina] for friend in friends[:5]]


def test_mutuals_of_leave_out_those_written_to_lately_and_a_target_without_edges_has_none(db: object) -> None:
    tina, lonely = _person("Tina Target"), _person("Lonely Lou")
    recent = _person("Rita Recent", connected=True)
    old = _person("Otto Old", connected=True)
    network.connect(recent, tina, strength=3)
    network.connect(old, tina, strength=2)
    timeline.log_interaction(recent, "email", "out", datetime(2026, 2, 20, 9, 0))  # 10 days before TODAY
    timeline.log_interaction(old, "email", "out", datetime(2025, 12, 1, 9, 0))  # 91 days before

    facts = load_facts()

    assert network.mutuals_of(tina, facts, TODAY) == [network.Mutual(old, "Otto Old", 2)]
    assert network.mutuals_of(lonely, facts, TODAY) == []
