"""Boundaries of the reconnect rules, each stated in the words of spec/reconnect-rules.md."""

from __future__ import annotations

from tests.core.reconnect.scenario import World


def test_unanswered_counts_only_outbound_touches_after_the_latest_inbound_one_not_at_the_same_minute(
    world: World,
) -> None:
    """ "unanswered(p): outbound touches to p *after* the latest inbound touch from p": a message logged at the very
    minute of their reply is not after it, so two of them do not silence the check-in."""
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, 200, hour=10)
    world.wrote(tom, 200, hour=10)
    world.wrote(tom, 200, hour=10)

    card = world.card(tom)
    assert card is not None
    assert (card["action"], card["due"]) == ("check_in", world.ago(110).isoformat())


def test_two_outbound_touches_one_minute_after_the_reply_are_unanswered(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, 200, hour=10)
    world.wrote(tom, 200, hour=10, minute=1)
    world.wrote(tom, 200, hour=10, minute=2)

    assert world.plan() == []


def test_rule_3_turns_to_an_intro_when_the_target_left_two_messages_unanswered_after_the_same_minute(
    world: World,
) -> None:
    """The same boundary where rule 3 and rule 4 meet: equal timestamps keep the target askable."""
    tina = world.person("Tina Target", "Acme GmbH", connected=True)
    mia = world.person("Mia Mutual", "Other AG", connected=True)
    world.edge(mia, tina, 3)
    world.heard(tina, 100, hour=9)
    world.wrote(tina, 100, hour=9)
    world.wrote(tina, 100, hour=9)
    world.opening("Data Analyst")

    assert world.seen() == [("ask_about_opening", "Tina Target")]


def test_ask_for_intro_never_goes_through_a_do_not_contact_or_archived_mutual(world: World) -> None:
    """ "A person marked do_not_contact or archived … is never used as a mutual connection."""
    tina = world.person("Tina Target", "Acme GmbH", email=False, linkedin=True)
    world.heard(tina, 200)
    barred = world.person("Bea Barred", "Other AG", connected=True, do_not_contact=True)
    archived = world.person("Arno Archived", "Other AG", connected=True, archived=True)
    world.edge(barred, tina, 3)
    world.edge(archived, tina, 3)
    world.opening("Data Analyst")

    assert [c["action"] for c in world.cards()] == ["connect_linkedin"]  # Tina herself, no intro

    weak = world.person("Will Weak", "Other AG", connected=True)
    world.edge(weak, tina, 1)
    [intro] = world.of("ask_for_intro")
    assert intro["person"]["name"] == "Will Weak"
