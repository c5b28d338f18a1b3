"""The engine's facts and day are kept out of the garbage collector's sight (``collector.paused(keep=True)``),
and an engine that replaces another leaves nothing of the old one behind."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop.core import collector
from desktop.core.reconnect.engine import Engine
from tests.core.reconnect.scenario import World


@pytest.fixture(autouse=True)
def thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the objects of this test go back to the collector's oldest generation


def _watched() -> set[int]:
    """The objects the collector walks (every generation; frozen ones are in none)."""
    return {id(thing) for generation in range(3) for thing in gc.get_objects(generation=generation)}


def test_what_a_kept_block_made_is_frozen_and_a_plain_block_leaves_the_collector_as_it_was() -> None:
    with collector.paused():
        plain = [[n] for n in range(5_000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    watched = _watched()
    assert all(id(item) in watched for item in plain)
    with collector.paused(keep=True):
        kept = [[n] for n in range(5_000)]
    assert gc.isenabled() and gc.get_freeze_count() >= len(kept) + len(plain)
    watched = _watched()
    assert not any(id(item) in watched for item in kept)


def test_engines_built_one_after_the_other_do_not_pile_up(world: World) -> None:
    for number in range(300):
        person = world.person(f"Person {number:03}", f"Company {number % 20}", email=f"p{number}@example.org")
        world.wrote(person, 100 + number % 90)
        world.heard(person, 95 + number % 90)
    Engine().today_and_coming(world.today)  # the modules and caches of a first build
    gc.unfreeze()
    engine = Engine()
    assert not any(id(person) in _watched() for person in list(engine.facts.people.values())[:5])  # facts: frozen
    plan, _coming = engine.today_and_coming(world.today)
    watched = _watched()
    assert plan and not any(id(suggestion) in watched for suggestion in plan[:5])  # the day: frozen
    one_engine = gc.get_freeze_count()
    assert one_engine > 3 * 300  # each person's facts, touches and suggestion at least
    for _ in range(3):
        engine = Engine()  # the one before is freed by reference counting, frozen or not
        engine.today_and_coming(world.today)
    assert gc.get_freeze_count() - one_engine < one_engine / 10
