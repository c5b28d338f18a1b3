"""A check-in on someone a colleague spoke to last (a team server): the card's reason and the draft name the
colleague and the day, written as a letter writes it, in the person's language.

``tests/core/reconnect/test_team.py`` runs this on a real PostgreSQL with two members; here the facts are a SQLite
file's with what a team server adds set by hand — the signed-in member (``Facts.member``), the names members go by
(``Facts.member_names``) and who logged each person's reference touch (``touches.last_by``, which
``load_team_facts`` reads) — so the mutation runs, on SQLite, reach it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.reconnect import drafts
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.present import as_dict
from tests.backends import sqlite_only
from tests.core.reconnect.scenario import World


def _bobs_cards(
    world: World, spoken_by_alice: list[int], spoken_by_bob: Sequence[int] = ()
) -> dict[str, dict[str, Any]]:
    """Bob's check-in cards when Alice (who goes by "Alice Weber") logged the touches of ``spoken_by_alice``, and Bob
    those of ``spoken_by_bob``."""
    engine = Engine()
    engine.facts.member = "bob"
    engine.facts.member_names = {"alice": "Alice Weber"}
    for person_id in spoken_by_alice:
        engine.facts.people[person_id].touches.last_by = "alice"
    for person_id in spoken_by_bob:
        engine.facts.people[person_id].touches.last_by = "bob"
    cards = [as_dict(s, engine.facts, world.today) for s in engine.day_plan(world.today)]
    assert {card["action"] for card in cards} == {"check_in"}
    return {card["person"]["name"]: card for card in cards}


def test_the_draft_names_the_colleague_and_the_day_they_spoke_in_english_and_german(world: World) -> None:
    ada = world.person("Ada Client", "Acme GmbH")
    world.wrote(ada, 130)  # 23 October 2025: Alice wrote to her
    ute = world.person("Ute Kunde", "Globex AG", language="de")
    world.heard(ute, 125)  # 28 October 2025: Ute wrote to Alice; nobody wrote to her since
    tom = world.person("Tom Weber", "Initech")
    world.wrote(tom, 130)  # Bob wrote to him himself

    cards = _bobs_cards(world, [ada, ute], spoken_by_bob=[tom])

    assert cards["Ada Client"]["why"][0] == "Alice Weber spoke with Ada Client on 2025-10-23"
    assert cards["Ada Client"]["draft"]["body"].startswith(
        "Hi Ada,\n\nmy colleague Alice Weber spoke with you on 23 October 2025, and I wanted to say hello too "
        "and hear how things are at Acme GmbH.\n"
    )
    assert cards["Tom Weber"]["why"][0] == "You last wrote to Tom Weber on 2025-10-23"
    assert cards["Tom Weber"]["draft"]["body"].startswith("Hi Tom,\n\nit's been a while since we last spoke,")
    assert cards["Ute Kunde"]["why"][0] == "Ute Kunde last wrote to Alice Weber on 2025-10-28"
    assert cards["Ute Kunde"]["draft"]["body"].startswith(
        "Hallo Ute,\n\nam 28. Oktober 2025 hatten Sie Kontakt mit Alice Weber aus unserem Team, und ich wollte "
        "mich ebenfalls kurz melden und hören, wie es bei Globex AG läuft.\n"
    )


def test_the_day_counts_from_the_last_message_to_them_not_their_later_reply(world: World) -> None:
    ada = world.person("Ada Client", "Acme GmbH", language="de")
    world.wrote(ada, 130)  # 23 October 2025
    world.heard(ada, 128)  # her reply, 25 October 2025: the check-in still counts from Alice's message

    card = _bobs_cards(world, [ada])["Ada Client"]

    assert card["why"][0] == "Alice Weber spoke with Ada Client on 2025-10-23"
    assert card["draft"]["body"].startswith("Hallo Ada,\n\nam 23. Oktober 2025 hatten Sie Kontakt mit Alice Weber")


def test_without_a_language_of_their_own_the_apps_language_writes_the_day(world: World) -> None:
    world.me(language="de")
    ada = world.person("Ada Client", "Acme GmbH")
    world.wrote(ada, 130)

    card = _bobs_cards(world, [ada])["Ada Client"]

    assert card["draft"]["body"].startswith("Hallo Ada,\n\nam 23. Oktober 2025 hatten Sie Kontakt mit Alice Weber")


def test_with_an_app_language_without_templates_the_day_is_written_in_english(world: World) -> None:
    """An archive may set the app's language to any two letters ("me": {"language": "fr"}): English drafts."""
    world.me(language="fr")
    ada = world.person("Ada Client", "Acme GmbH")
    world.wrote(ada, 130)

    card = _bobs_cards(world, [ada])["Ada Client"]

    assert card["draft"]["body"].startswith("Hi Ada,\n\nmy colleague Alice Weber spoke with you on 23 October 2025,")


@sqlite_only
def test_on_a_personal_file_my_template_sees_no_colleague_and_no_day(world: World, backend: str) -> None:
    sample = {name: f"<{name}>" for name in drafts.VARIABLES}
    drafts.save_template("check_in", "en", "Hi {{ first_name }}|{{ colleague }}|{{ colleague_day }}|", sample)
    ada = world.person("Ada Client", "Acme GmbH")
    world.wrote(ada, 130)
    ben = world.person("Ben Lead", "Globex AG")
    world.heard(ben, 125)

    assert [(card["person"]["name"], card["draft"]["body"]) for card in world.cards(drafts=True)] == [
        ("Ada Client", "Hi Ada|||"),
        ("Ben Lead", "Hi Ben|||"),
    ]
