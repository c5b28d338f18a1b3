"""The kept first cards of a plan: shown only for the same day and when nothing changed since."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.core import people, timeline
from desktop.core.reconnect import snapshot
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.present import as_dict
from desktop.store.models import DB
from tests.core.reconnect.scenario import World
from tests.core.reconnect.test_determinism import BUSY_DAY, _busy_world

TODAY = date(2026, 3, 2)


def _world() -> int:
    tom = people.create_person({"name": "Tom Weber", "email": "tom@acme.example", "company": "Acme GmbH"}).value
    timeline.log_interaction(tom, "email", "out", datetime(2025, 11, 1, 9, 0), body="Hello")
    ana = people.create_person({"name": "Ana Silva", "email": "ana@acme.example"}).value
    timeline.log_interaction(ana, "email", "in", datetime(2025, 10, 1, 9, 0), body="Hi")
    return tom


def _keep() -> list[str]:
    generation = snapshot.arm(DB.obj)
    engine = Engine()
    plan = engine.day_plan(TODAY)
    assert snapshot.save(DB.obj, engine.facts, TODAY, plan, generation)
    return [s.key for s in plan]


def test_kept_cards_come_back_as_the_engine_made_them(db: object) -> None:
    _world()
    keys = _keep()
    kept = snapshot.load(DB.obj, TODAY)
    assert kept is not None
    assert [card.suggestion.key for card in kept.cards] == keys
    first = kept.cards[0]
    assert first.name == "Ana Silva"  # both overdue check-ins; hers was due first (2025-12-30)
    assert first.data["draft"]["body"].startswith("Hi ")
    assert kept.due == len(keys)
    assert kept.overdue == sum(1 for c in kept.cards if c.suggestion.overdue(TODAY))


def test_any_write_after_keeping_makes_the_copy_stale(db: object) -> None:
    tom = _world()
    _keep()
    timeline.add_note(tom, "Met at a meetup", datetime(2026, 3, 1, 18, 0))
    assert snapshot.load(DB.obj, TODAY) is None


def test_a_copy_is_only_for_its_own_day(db: object) -> None:
    _world()
    _keep()
    assert snapshot.load(DB.obj, TODAY + timedelta(days=1)) is None


def test_a_write_while_the_plan_was_worked_out_refuses_the_copy(db: object) -> None:
    tom = _world()
    generation = snapshot.arm(DB.obj)
    engine = Engine()
    plan = engine.day_plan(TODAY)
    people.update_person(tom, {"title": "Head of Talent"})  # after the facts were read
    assert not snapshot.save(DB.obj, engine.facts, TODAY, plan, generation)
    assert snapshot.load(DB.obj, TODAY) is None


def test_a_bulk_write_moves_the_generation_once(db: object) -> None:
    tom = _world()
    _keep()
    (before,) = DB.obj.execute_sql("SELECT generation FROM plan_cache").fetchone()
    for day in range(1, 20):
        timeline.add_note(tom, f"note {day}", datetime(2026, 2, day, 9, 0))
    (after,) = DB.obj.execute_sql("SELECT generation FROM plan_cache").fetchone()
    assert after == before + 1


def test_every_field_of_a_kept_card_comes_back(world: World) -> None:
    """The busy day of test_determinism, kept and read back: each card is what the engine shows, field by field."""
    _busy_world(world)
    world.heard(world.person("Tina Title", "Contoso", title="Data Lead", linkedin=True), 10)  # asked to connect
    generation = snapshot.arm(DB.obj)
    engine = Engine()
    plan = engine.day_plan(world.today)
    assert snapshot.save(DB.obj, engine.facts, world.today, plan, generation)

    kept = snapshot.load(DB.obj, world.today)

    assert kept is not None
    assert (kept.day, kept.due, kept.overdue) == (world.today, len(BUSY_DAY) + 1, 1)
    assert [card.suggestion for card in kept.cards] == plan
    for card, suggestion in zip(kept.cards, plan, strict=True):
        person = engine.facts.people[suggestion.person_id]
        assert card.data == as_dict(suggestion, engine.facts, world.today)
        assert (card.name, card.title, card.company, card.email, card.linkedin_url, card.limit) == (
            person.name, person.title, person.company, person.email, person.linkedin_url, 300,
        )  # fmt: skip
    tina = next(card for card in kept.cards if card.name == "Tina Title")
    assert (tina.title, tina.company, tina.email) == ("Data Lead", "Contoso", "tina.title@example.com")
    assert tina.linkedin_url == "https://www.linkedin.com/in/tina-title"
    olga = kept.cards[0]
    assert (olga.name, olga.suggestion.due, olga.suggestion.overdue_after) == (
        "Olga Old", date(2025, 8, 4), date(2025, 9, 3),
    )  # fmt: skip
