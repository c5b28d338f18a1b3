"""Same database + same today ⇒ the same suggestions, byte for byte (`rebound suggest --json --today D`)."""

from __future__ import annotations

import json
from pathlib import Path

import peewee as pw
import pytest

from desktop.cli import main
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.present import as_dict
from tests.core.reconnect.scenario import World


def _busy_world(world: World) -> None:
    """Every rule at least once, with ties in names, dates and rankings."""
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    world.rejected_by(tom, 1)
    for n, name in enumerate(["Ann Berg", "Ann Berg", "Ben Ohm", "Émile Zola", "Zoë Martin"]):
        p = world.person(name, "Globex AG", email=f"p{n}@example.com", language="de" if n % 2 else None)
        world.wrote(p, 95)
    uta = world.person("Uta Klein", "Initech", email=False)
    world.heard(uta, 50)
    mia = world.person("Mia Mutual", "Globex AG", connected=True)
    world.edge(mia, uta, 2)
    world.opening("Data Analyst", "Initech", days_ago=3)
    world.opening("BI Analyst", "Initech", days_ago=3)
    world.person("Eve Asked", "Umbrella", connected=True)
    world.opening("Senior Data Analyst", "Umbrella", days_ago=20)
    dan = world.person("Dan Moved", "Hooli")
    world.heard(dan, 10)
    world.job_change(dan, 2, "Globex AG", "Hooli")
    abe = world.person("Abe Connect", "Hooli", linkedin=True)
    world.heard(abe, 10)
    old = world.person("Olga Old", "Hooli")
    world.wrote(old, 300)


def _suggest(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> str:
    code = main(["--db", str(db_path), "suggest", "--json", *args])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


def test_suggest_json_is_byte_identical_and_matches_the_engine(
    world: World, db: pw.Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _busy_world(world)
    engine = Engine()
    expected = [as_dict(s, engine.facts, world.today) for s in engine.day_plan(world.today)]
    assert {card["action"] for card in expected} == {
        "reply_to_rejection", "ask_about_opening", "ask_for_intro", "congratulate_new_role", "connect_linkedin",
        "check_in",
    }  # fmt: skip
    db.close()

    first = _suggest(capsys, db_path, "--today", world.today.isoformat())
    second = _suggest(capsys, db_path, "--today", world.today.isoformat())

    assert first == second
    assert json.loads(first) == expected


def test_the_json_shape(world: World, db: pw.Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _busy_world(world)
    db.close()

    cards = json.loads(_suggest(capsys, db_path, "--today", world.today.isoformat()))
    for card in cards:
        assert list(card) == ["key", "action", "person", "target", "opening", "channel", "due", "overdue", "why",
                              "draft"]  # fmt: skip
        assert set(card["person"]) == {"id", "name"}
        assert card["target"] is None or set(card["target"]) == {"id", "name"}
        assert card["opening"] is None or set(card["opening"]) == {"id", "title", "company"}
        assert set(card["draft"]) == {"subject", "body"}
        assert card["draft"]["body"]
        assert all(isinstance(line, str) and line for line in card["why"])
        opening = card["opening"]["id"] if card["opening"] else ""
        assert card["key"] == f"{card['action']}/{card['person']['id']}/{opening}"
    [intro] = [c for c in cards if c["action"] == "ask_for_intro"]
    assert intro["target"]["name"] == "Uta Klein"


def test_limit_keeps_the_first_of_the_day(
    world: World, db: pw.Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _busy_world(world)
    db.close()
    today = world.today.isoformat()

    everything = json.loads(_suggest(capsys, db_path, "--today", today))
    first_three = json.loads(_suggest(capsys, db_path, "--today", today, "--limit", "3"))

    assert first_three == everything[:3]


def test_another_day_gives_another_plan(
    world: World, db: pw.Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _busy_world(world)
    db.close()

    today = json.loads(_suggest(capsys, db_path, "--today", world.today.isoformat()))
    later = json.loads(_suggest(capsys, db_path, "--today", world.day(20).isoformat()))

    assert [c["key"] for c in today] != [c["key"] for c in later]
    assert all(c["action"] != "reply_to_rejection" for c in later)
