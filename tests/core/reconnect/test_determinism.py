"""Same database + same today ⇒ the same suggestions, byte for byte (`rebound suggest --json --today D`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import peewee as pw
import pytest

from desktop.cli import main
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


def _summary(cards: list[dict[str, Any]]) -> list[tuple[str, str, str | None, str | None, str, str, bool]]:
    """What a card tells the user: action, person, target, opening, channel, due date, overdue."""
    return [
        (
            c["action"],
            c["person"]["name"],
            c["target"]["name"] if c["target"] else None,
            f"{c['opening']['title']} at {c['opening']['company']}" if c["opening"] else None,
            c["channel"],
            c["due"],
            c["overdue"],
        )  # fmt: skip
        for c in cards
    ]


# The busy world's day, worked out from spec/reconnect-rules.md by hand (today 2026-03-02): Olga's check-in is due 90
# days after her last message (300 days ago) and overdue; Tom's rejection came yesterday (reply due then, overdue two
# days later; a LinkedIn note as he is not connected); Eve is the connected person at Umbrella; Uta at Initech is
# unreachable, so Mia (connected, knows her) is asked for an intro about the more relevant of Initech's two openings;
# the five people written to 95 days ago are due five days ago, by name (casefolded, so "É" after "Z").
BUSY_DAY = [
    ("check_in", "Olga Old", None, None, "email", "2025-08-04", True),
    ("reply_to_rejection", "Tom Weber", None, "Data Analyst at Acme GmbH", "linkedin_note", "2026-03-01", False),
    ("ask_about_opening", "Eve Asked", None, "Senior Data Analyst at Umbrella", "email", "2026-03-02", False),
    ("ask_for_intro", "Mia Mutual", "Uta Klein", "Data Analyst at Initech", "email", "2026-03-02", False),
    ("congratulate_new_role", "Dan Moved", None, None, "email", "2026-03-02", False),
    ("connect_linkedin", "Abe Connect", None, None, "linkedin_note", "2026-03-02", False),
    ("check_in", "Ann Berg", None, None, "email", "2026-02-25", False),
    ("check_in", "Ann Berg", None, None, "email", "2026-02-25", False),
    ("check_in", "Ben Ohm", None, None, "email", "2026-02-25", False),
    ("check_in", "Zoë Martin", None, None, "email", "2026-02-25", False),
    ("check_in", "Émile Zola", None, None, "email", "2026-02-25", False),
]


def test_suggest_json_is_byte_identical_and_is_the_plan_the_rules_give(
    world: World, db: pw.Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _busy_world(world)
    db.close()

    first = _suggest(capsys, db_path, "--today", world.today.isoformat())
    second = _suggest(capsys, db_path, "--today", world.today.isoformat())

    assert first == second
    assert _summary(json.loads(first)) == BUSY_DAY


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
    """Twenty days on: Tom's rejection is past the 14-day lapse, so he is asked to connect instead; the event-driven
    suggestions are due on the new day; the check-ins keep their dates."""
    _busy_world(world)
    db.close()

    later = json.loads(_suggest(capsys, db_path, "--today", world.day(20).isoformat()))

    assert _summary(later) == [
        ("check_in", "Olga Old", None, None, "email", "2025-08-04", True),
        ("ask_about_opening", "Eve Asked", None, "Senior Data Analyst at Umbrella", "email", "2026-03-22", False),
        ("ask_for_intro", "Mia Mutual", "Uta Klein", "Data Analyst at Initech", "email", "2026-03-22", False),
        ("congratulate_new_role", "Dan Moved", None, None, "email", "2026-03-22", False),
        ("connect_linkedin", "Abe Connect", None, None, "linkedin_note", "2026-03-22", False),
        ("connect_linkedin", "Tom Weber", None, None, "linkedin_note", "2026-03-22", False),
        *BUSY_DAY[6:],
    ]
