"""Acting on a suggestion (desktop/core/reconnect/actions.py): dismiss, snooze, done, and undo."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.core import timeline
from desktop.core.reconnect import actions
from desktop.errors import InputError
from desktop.store.models import Interaction, SuggestionState
from tests.core.reconnect.scenario import World


def _check_in_due(world: World, name: str = "Tom Weber", **fields: object) -> tuple[int, str]:
    """A check-in due today: the person last wrote to me 100 days ago."""
    tom = world.person(name, "Acme GmbH", **fields)
    world.heard(tom, 100)
    key = world.card(tom)["key"]
    assert key == f"check_in/{tom}/"
    return tom, key


def test_dismiss_hides_for_good(world: World) -> None:
    tom, key = _check_in_due(world)
    actions.dismiss(key)

    for when in (0, 1, 30, 365, 1000):
        assert world.card(tom, when) is None


def test_dismiss_hides_only_that_key(world: World) -> None:
    tom, key = _check_in_due(world)
    uta, _ = _check_in_due(world, "Uta Klein")
    actions.dismiss(key)

    assert world.seen() == [("check_in", "Uta Klein")]
    assert tom != uta


def test_snooze_hides_until_the_day_and_shows_it_again_that_day(world: World) -> None:
    tom, key = _check_in_due(world)
    actions.snooze(key, world.day(7), world.today)

    assert world.card(tom) is None
    assert world.card(tom, 6) is None
    assert world.card(tom, 7)["key"] == key
    assert world.card(tom, 8)["key"] == key


@pytest.mark.parametrize("days", [0, -1])
def test_snooze_must_be_to_a_later_day(world: World, days: int) -> None:
    _, key = _check_in_due(world)

    with pytest.raises(InputError, match="after today"):
        actions.snooze(key, world.day(days), world.today)
    assert SuggestionState.get_or_none(SuggestionState.key == key) is None


def test_restore_state_undoes_a_dismiss(world: World) -> None:
    tom, key = _check_in_due(world)
    before = actions.previous_state(key)
    actions.dismiss(key)
    assert world.card(tom) is None

    actions.restore_state(key, before)
    assert world.card(tom)["key"] == key


def test_restore_state_puts_back_an_earlier_snooze(world: World) -> None:
    tom, key = _check_in_due(world)
    actions.snooze(key, world.day(5), world.today)
    before = actions.previous_state(key)
    assert before == ("snoozed", world.day(5))
    actions.dismiss(key)
    assert world.card(tom, 5) is None

    actions.restore_state(key, before)
    assert world.card(tom) is None
    assert world.card(tom, 5)["key"] == key


def test_restore_state_undoes_a_snooze(world: World) -> None:
    tom, key = _check_in_due(world)
    before = actions.previous_state(key)
    actions.snooze(key, world.day(30), world.today)
    actions.restore_state(key, before)

    assert world.card(tom)["key"] == key


def test_a_dismissed_suggestion_lets_the_next_rule_through(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    world.wrote(tom, 100)
    card = world.card(tom)
    assert card["action"] == "connect_linkedin"

    actions.dismiss(card["key"])
    assert world.action(tom) == "check_in"


def test_done_records_the_outbound_message(world: World) -> None:
    tom, key = _check_in_due(world)
    card = world.cards(drafts=True)[0]
    text = card["draft"]["body"] + "\n\nPS: coffee?"

    actions.mark_done(key, tom, card["channel"], text, world.at(0, 15), subject=card["draft"]["subject"])

    latest = timeline.timeline(tom)[0]
    assert (latest.kind, latest.direction, latest.channel) == ("email", "out", "email")
    assert latest.body == text
    assert latest.subject == card["draft"]["subject"]
    assert latest.at == world.at(0, 15)


@pytest.mark.parametrize(
    ("channel", "kind"),
    [("email", "email"), ("linkedin_note", "connection_request"), ("linkedin_message", "linkedin_message")],
)
def test_done_records_the_kind_of_the_channel(world: World, channel: str, kind: str) -> None:
    tom, key = _check_in_due(world)

    actions.mark_done(key, tom, channel, "Hello Tom", world.at(0, 15))

    latest = timeline.timeline(tom)[0]
    assert (latest.kind, latest.channel, latest.direction) == (kind, channel, "out")


def test_done_moves_the_check_in_timer(world: World) -> None:
    tom, key = _check_in_due(world)  # they wrote last, so my reply is my only unanswered message
    actions.mark_done(key, tom, "email", "Hello Tom", world.at(0, 15))

    assert world.card(tom) is None
    assert world.card(tom, 89) is None
    card = world.card(tom, 90)
    assert card["key"] == key
    assert card["due"] == world.day(90).isoformat()
    assert card["overdue"] is False


def test_done_counts_as_an_unanswered_message(world: World) -> None:
    """Done records a real outbound message: after two unanswered ones the check-ins stop."""
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 100)
    key = world.card(tom)["key"]
    actions.mark_done(key, tom, "email", "Hello again", world.at(0, 15))

    assert world.card(tom, 90) is None
    assert world.card(tom, 400) is None


def test_done_on_a_linkedin_note_stops_connect_linkedin_for_90_days(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", linkedin=True)
    world.heard(tom, 5)
    card = world.card(tom)
    assert card["action"] == "connect_linkedin"

    actions.mark_done(card["key"], tom, "linkedin_note", "Hi Tom, let's connect.", world.at(0, 12))

    assert world.card(tom) is None
    assert world.card(tom, 89) is None
    assert world.action(tom, 90) == "connect_linkedin"


def test_done_on_a_reply_closes_it(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(tom, 1)
    card = world.card(tom)
    assert card["action"] == "reply_to_rejection"

    actions.mark_done(card["key"], tom, card["channel"], "Thank you!", world.at(0, 8), opening_id=card["opening"]["id"])

    for when in (0, 1, 5):
        assert world.card(tom, when) is None
    assert world.action(tom, 90) == "check_in"


def test_done_on_an_opening_links_it_and_pauses_the_company(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", connected=True)
    world.person("Uta Klein", "Acme GmbH", connected=True)
    opening = world.opening("Data Analyst", days_ago=1)
    card = world.card(tom)
    assert card["action"] == "ask_about_opening"

    actions.mark_done(card["key"], tom, "email", "Hi Tom", world.at(0, 11), opening_id=opening)

    recorded = Interaction.get(Interaction.person == tom)
    assert (recorded.opening_id, recorded.direction, recorded.body) == (opening, "out", "Hi Tom")
    later = world.opening("Senior Data Analyst", days_ago=-60)  # posted 60 days from now
    for when in (0, 30, 60, 89):
        assert world.of("ask_about_opening", when) == []
    [asked] = world.of("ask_about_opening", 90)
    assert asked["opening"]["id"] == later


def test_done_hides_its_key_for_suggestions_due_on_or_before_that_day(world: World) -> None:
    """A done state (e.g. imported) closes the key for occurrences due by the day it was done, not later ones."""
    old, old_key = _check_in_due(world, "Abe Old")
    new = world.person("Bea New", "Acme GmbH")
    world.heard(new, 92)
    new_key = world.card(new)["key"]
    for key in (old_key, new_key):
        SuggestionState.create(key=key, state="done", until=world.ago(5))

    assert world.card(old) is None
    assert world.card(new)["due"] == world.ago(2).isoformat()


def test_done_on_the_due_day_hides_it(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 90)
    SuggestionState.create(key=f"check_in/{tom}/", state="done", until=world.today)

    assert world.card(tom) is None
    assert world.card(tom, 30) is None


def test_an_unknown_channel_is_refused(world: World) -> None:
    tom, key = _check_in_due(world)

    with pytest.raises(InputError):
        actions.mark_done(key, tom, "pigeon", "Coo", world.at(0))
    assert world.card(tom)["key"] == key
    assert len(timeline.timeline(tom)) == 1


def test_snooze_date_arithmetic_is_by_day(world: World) -> None:
    tom, key = _check_in_due(world)
    actions.snooze(key, world.today + timedelta(days=1), world.today)

    assert world.card(tom) is None
    assert world.card(tom, 1) is not None
