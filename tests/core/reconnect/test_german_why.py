"""A card's reasons in German, the interface's other language: what core says goes through ``desktop.texts.say``,
translated by the shipped German file (``resources/i18n/rebound_de.ts``, context ``Rebound``) as the app installs it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest

from desktop import texts
from desktop.paths import RESOURCES
from tests.core.reconnect.scenario import World


@pytest.fixture
def german() -> Iterator[None]:
    """core's sentences in German for one test (the .ts read as the app's translator reads its .qm)."""
    table: dict[str, str] = {}
    for context in ET.parse(RESOURCES / "i18n" / "rebound_de.ts").getroot().iter("context"):
        if context.findtext("name") != "Rebound":
            continue
        for message in context.iter("message"):
            if message.find("comment") is None and message.get("numerus") != "yes":
                table[message.findtext("source") or ""] = message.findtext("translation") or ""
    texts.use(lambda text: table.get(text) or text)
    try:
        yield
    finally:
        texts.use(None)


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize(
    ("stage", "in_german"),
    [
        ("applied", "Bewerbung"),
        ("screen", "Vorauswahl"),
        ("interview", "Vorstellungsgespräch"),
        ("onsite", "Vor-Ort-Termin"),
        ("final", "finale Runde"),
        ("offer", "Angebot"),
    ],
)
def test_a_rejection_names_the_stage_reached_in_german(world: World, stage: str, in_german: str) -> None:
    # reply_to_rejection: "why" names the role and the stage the process reached, in the interface's language
    rita = world.person("Rita Recruiter", "Acme GmbH")
    world.rejected_by(rita, 1, stage=stage)

    [card] = world.cards()

    assert card["why"][0] == (
        f"Rita Recruiter hat Ihnen am 2026-03-01 für 'Data Analyst' bei Acme GmbH abgesagt, nach Erreichen der Phase "
        f"{in_german}"
    )


@pytest.mark.usefixtures("german")
def test_a_silver_medalist_is_named_with_the_stage_in_german(world: World) -> None:
    world.me(mode="recruiter", target_roles=[], keywords=[])
    carla = world.person("Carla Candidate")
    old = world.opening("Data Analyst", "Old Client AG", days_ago=160, status="closed")
    world.process(old, candidate=carla, stage="onsite", ended_ago=100)
    world.opening("Data Analyst", "Client AG", days_ago=5, mine=True)

    [card] = world.cards()

    assert card["why"][1] == (
        "Carla Candidate hat in einem früheren Prozess die Phase Vor-Ort-Termin erreicht und eine Absage bekommen "
        "am 2025-11-22"
    )
