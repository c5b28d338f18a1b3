"""Rule 4, ask_for_intro: when the person to ask cannot be reached, ask a mutual connection to introduce me."""

from __future__ import annotations

import pytest

from tests.core.reconnect.scenario import World


def _unreachable_recruiter(world: World, name: str = "Tom Weber") -> int:
    """The top candidate at Acme: the recruiter of my rejected process, without e-mail and not connected."""
    tom = world.person(name, "Acme GmbH", email=False, linkedin=True)
    opening = world.opening("Data Analyst", days_ago=300, status="closed")
    world.process(opening, contacts=[(tom, "recruiter")], ended_ago=200)
    return tom


def _mutual(world: World, name: str, target: int, strength: int = 1, **fields: object) -> int:
    person = world.person(name, "Globex AG", connected=True, **fields)
    world.edge(person, target, strength)
    return person


def test_an_unreachable_candidate_is_introduced_by_a_mutual(world: World) -> None:
    tom = _unreachable_recruiter(world)
    mia = _mutual(world, "Mia Mutual", tom, 2)
    opening = world.opening("Data Analyst")

    [card] = world.of("ask_for_intro")
    assert card["person"]["id"] == mia
    assert card["target"] == {"id": tom, "name": "Tom Weber"}
    assert card["opening"]["id"] == opening
    assert card["key"] == f"ask_for_intro/{mia}/{opening}"
    assert card["due"] == world.today.isoformat()
    assert card["overdue"] is False
    assert card["channel"] == "email"
    assert world.of("ask_about_opening") == []
    assert card["why"] == [
        "Acme GmbH posted 'Data Analyst' on 2026-02-20 (relevance 1.00)",
        "Tom Weber is not reachable directly (no e-mail, not connected)",
        "Mia Mutual knows Tom Weber and is connected to you",
    ]


def test_the_intros_draft_asks_the_mutual_about_the_person_to_meet(world: World) -> None:
    tom = _unreachable_recruiter(world)
    _mutual(world, "Mia Mutual", tom, 2)
    world.opening("Data Analyst")

    [card] = [c for c in world.cards(drafts=True) if c["action"] == "ask_for_intro"]

    assert card["draft"]["subject"] == "Could you introduce me to Tom?"
    assert card["draft"]["body"].startswith(
        "Hi Mia,\n\nI hope you're doing well! Acme GmbH is hiring for a Data Analyst, and I'd love to talk to "
        "Tom Weber about it. I know you two know each other.\n"
    )


def test_a_candidate_who_does_not_answer_is_introduced_by_a_mutual(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", connected=True)
    world.wrote(tom, 60)
    world.wrote(tom, 40)
    mia = _mutual(world, "Mia Mutual", tom)
    world.opening("Data Analyst")

    assert world.seen() == [("ask_for_intro", "Mia Mutual")]
    assert world.card(mia)["target"]["id"] == tom
    assert world.card(mia)["why"][1] == "Tom Weber has not answered your last 2 messages"


def test_a_reachable_candidate_is_asked_directly(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", connected=True, email=False)
    _mutual(world, "Mia Mutual", tom, 3)
    world.opening("Data Analyst")

    assert world.seen() == [("ask_about_opening", "Tom Weber")]


def test_mutuals_are_ranked_by_edge_strength(world: World) -> None:
    tom = _unreachable_recruiter(world)
    _mutual(world, "Abe Weak", tom, 1)
    strong = _mutual(world, "Zed Strong", tom, 3)
    _mutual(world, "Bea Medium", tom, 2)
    world.opening("Data Analyst")

    [card] = world.of("ask_for_intro")
    assert card["person"]["id"] == strong


def test_then_by_the_latest_inbound_touch(world: World) -> None:
    tom = _unreachable_recruiter(world)
    _mutual(world, "Abe Never", tom, 2)
    older = _mutual(world, "Bea Older", tom, 2)
    world.heard(older, 80)
    recent = _mutual(world, "Zed Recent", tom, 2)
    world.heard(recent, 8)
    world.opening("Data Analyst")

    [card] = world.of("ask_for_intro")
    assert card["person"]["id"] == recent


def test_an_inbound_touch_beats_none(world: World) -> None:
    tom = _unreachable_recruiter(world)
    _mutual(world, "Abe Never", tom, 2)
    heard = _mutual(world, "Zed Heard", tom, 2)
    world.heard(heard, 300)
    world.opening("Data Analyst")

    [card] = world.of("ask_for_intro")
    assert card["person"]["id"] == heard


def test_then_by_name(world: World) -> None:
    tom = _unreachable_recruiter(world)
    _mutual(world, "Zed Mutual", tom, 2)
    abe = _mutual(world, "Abe Mutual", tom, 2)
    world.opening("Data Analyst")

    [card] = world.of("ask_for_intro")
    assert card["person"]["id"] == abe


@pytest.mark.parametrize("flag", ["do_not_contact", "archived"])
def test_excluded_people_are_never_mutuals(world: World, flag: str) -> None:
    tom = _unreachable_recruiter(world)
    _mutual(world, "Abe Excluded", tom, 3, **{flag: True})
    weak = _mutual(world, "Zed Weak", tom, 1)
    world.opening("Data Analyst")

    [card] = world.of("ask_for_intro")
    assert card["person"]["id"] == weak


@pytest.mark.parametrize("flag", ["do_not_contact", "archived"])
def test_an_excluded_only_mutual_means_no_intro(world: World, flag: str) -> None:
    tom = _unreachable_recruiter(world)
    _mutual(world, "Abe Excluded", tom, 3, **{flag: True})
    world.opening("Data Analyst")

    assert world.of("ask_for_intro") == []
    assert world.of("ask_about_opening") == []


def test_a_mutual_must_be_connected_to_me(world: World) -> None:
    tom = _unreachable_recruiter(world)
    stranger = world.person("Abe Friend", "Globex AG")
    world.edge(stranger, tom, 3)
    world.opening("Data Analyst")

    assert world.of("ask_for_intro") == []


def test_a_mutual_needs_an_edge_to_the_target(world: World) -> None:
    _unreachable_recruiter(world)
    world.person("Abe Connected", "Globex AG", connected=True)
    world.opening("Data Analyst")

    assert world.of("ask_for_intro") == []


@pytest.mark.parametrize(("last_out", "used"), [(29, False), (30, True)])
def test_a_mutual_written_to_recently_is_not_used(world: World, last_out: int, used: bool) -> None:
    tom = _unreachable_recruiter(world)
    mia = _mutual(world, "Mia Mutual", tom, 2)
    world.wrote(mia, last_out)
    world.opening("Data Analyst")

    assert world.action(mia) == ("ask_for_intro" if used else None)


def test_a_mutual_written_to_recently_is_passed_over_for_the_next_one(world: World) -> None:
    """Rule 4's mutuals need "last_out(m) none or ≥ event_min_days ago": the strongest one, written to 10 days ago,
    is passed over, and the intro goes through the next."""
    tom = _unreachable_recruiter(world)
    mia = _mutual(world, "Mia Mutual", tom, 3)
    world.wrote(mia, 10)
    ben = _mutual(world, "Ben Backup", tom, 1)
    world.opening("Data Analyst")

    [card] = world.of("ask_for_intro")
    assert card["person"]["id"] == ben


def test_a_mutual_who_does_not_answer_is_not_used(world: World) -> None:
    tom = _unreachable_recruiter(world)
    mia = _mutual(world, "Mia Mutual", tom, 3)
    world.wrote(mia, 60)
    world.wrote(mia, 50)
    ben = _mutual(world, "Ben Backup", tom, 1)
    world.opening("Data Analyst")

    [card] = world.of("ask_for_intro")
    assert card["person"]["id"] == ben
    assert world.action(mia) is None


def test_without_a_mutual_the_walk_goes_on_to_the_next_candidate(world: World) -> None:
    _unreachable_recruiter(world)
    uta = world.person("Uta Klein", "Acme GmbH", connected=True)
    world.opening("Data Analyst")

    [card] = world.of("ask_about_opening")
    assert card["person"]["id"] == uta
    assert world.of("ask_for_intro") == []


def test_the_walk_goes_on_to_an_intro_for_the_next_candidate(world: World) -> None:
    _unreachable_recruiter(world, "Abe Recruiter")
    uta = world.person("Uta Klein", "Acme GmbH", email=False)
    world.heard(uta, 40)
    mia = _mutual(world, "Mia Mutual", uta, 1)
    world.opening("Data Analyst")

    assert world.of("ask_about_opening") == []
    [card] = world.of("ask_for_intro")
    assert (card["person"]["id"], card["target"]["id"]) == (mia, uta)


def test_an_intro_ends_the_walk_for_that_company(world: World) -> None:
    tom = _unreachable_recruiter(world)
    _mutual(world, "Mia Mutual", tom, 1)
    world.person("Uta Klein", "Acme GmbH", connected=True)
    world.opening("Data Analyst")

    assert [c["action"] for c in world.cards() if c["opening"]] == ["ask_for_intro"]


def test_asks_and_intros_at_several_companies_do_not_hide_each_other(world: World) -> None:
    """The walks by company: Acme's ends with someone to ask, Globex's with an intro, Initech's with someone to ask."""
    ann = world.person("Ann Acme", "Acme GmbH", connected=True)
    tom = world.person("Tom Globex", "Globex AG", email=False, linkedin=True)
    closed = world.opening("Data Analyst", "Globex AG", days_ago=300, status="closed")
    world.process(closed, contacts=[(tom, "recruiter")], ended_ago=200)
    mia = world.person("Mia Mutual", "Hooli", connected=True)
    world.edge(mia, tom, 2)
    carl = world.person("Carl Initech", "Initech", connected=True)
    for company in ("Acme GmbH", "Globex AG", "Initech"):
        world.opening("Data Analyst", company)

    walks = [c for c in world.cards() if c["action"] in ("ask_about_opening", "ask_for_intro")]
    assert sorted((c["action"], c["person"]["id"]) for c in walks) == sorted([
        ("ask_about_opening", ann), ("ask_for_intro", mia), ("ask_about_opening", carl),
    ])  # fmt: skip
