"""The person page's connections and warm intro paths at their boundaries (spec/reconnect-rules.md, "Always")."""

from __future__ import annotations

from datetime import date

from desktop.core import network, people
from desktop.core.reconnect.facts import load_facts


def _person(name: str, **fields: object) -> int:
    return people.create_person({"name": name, **fields})


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
