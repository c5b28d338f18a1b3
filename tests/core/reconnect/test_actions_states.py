"""What a card's buttons leave behind: the state kept for the key, as the archive exports it, and undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.changes import Changes
from desktop.core.reconnect import actions
from desktop.errors import InputError
from desktop.interop.archive import export_document
from tests.core.reconnect.scenario import World


def _states() -> list[dict[str, object]]:
    return export_document()["suggestion_states"]


def test_done_records_the_message_and_closes_the_key_until_its_day(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, 100)
    key = f"check_in/{tom}/"

    actions.mark_done(key, tom, "email", "Hi Tom, how are things?", datetime(2026, 3, 2, 9, 30), subject="Hello")

    assert _states() == [{"key": "check_in/p1/", "state": "done", "until": "2026-03-02"}]
    assert world.action(tom) is None
    assert world.card(tom, 90) is not None  # the next check-in, 90 days after this message


def test_an_unknown_channel_is_refused_by_name_and_nothing_is_kept(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    with pytest.raises(InputError) as refused:
        actions.mark_done(f"check_in/{tom}/", tom, "pigeon", "Hi", datetime(2026, 3, 2, 9, 30))
    assert str(refused.value) == "channel 'pigeon' is unknown"
    assert _states() == []


def test_dismiss_is_kept_as_dismissed_and_undo_puts_back_what_was_there(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 100)
    key = f"check_in/{tom}/"

    before = actions.previous_state(key)
    changed = actions.dismiss(key)

    assert changed == Changes(people=frozenset({tom}), suggestion_states=True)  # what the GUI broadcasts
    assert before is None
    assert actions.previous_state(key) == ("dismissed", None)
    assert _states() == [{"key": "check_in/p1/", "state": "dismissed", "until": None}]
    assert world.action(tom) is None

    undone = actions.restore_state(key, before)

    assert undone == Changes(people=frozenset({tom}), suggestion_states=True)
    assert _states() == []
    assert world.action(tom) == "check_in"

    actions.restore_state(key, ("snoozed", date(2026, 3, 10)))

    assert actions.previous_state(key) == ("snoozed", date(2026, 3, 10))
    assert world.action(tom) is None
    assert world.action(tom, 8) == "check_in"


def test_undoing_done_takes_the_message_off_the_timeline_and_brings_the_card_back(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 100)
    key = f"check_in/{tom}/"
    before = actions.previous_state(key)
    sent = actions.mark_done(key, tom, "email", "Hi Tom", datetime(2026, 3, 2, 9, 30)).value
    assert world.action(tom) is None

    undone = actions.undo_done(key, before, sent)

    assert undone == Changes(people=frozenset({tom}), suggestion_states=True, interactions=frozenset({sent}))
    assert _states() == []
    assert [i["body"] for i in export_document()["interactions"]] == ["Hello"]  # the first message alone is left
    card = world.card(tom)
    assert card is not None
    assert (card["action"], card["due"]) == ("check_in", "2026-02-20")  # 90 days after the message 100 days ago


def test_undoing_a_sent_email_keeps_the_state_it_had_and_nothing_else_to_take_back(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 100)
    key = f"check_in/{tom}/"

    undone = actions.undo_done(key, ("snoozed", date(2026, 3, 10)), None)

    assert undone == Changes(people=frozenset({tom}), suggestion_states=True)
    assert actions.previous_state(key) == ("snoozed", date(2026, 3, 10))
    assert len(export_document()["interactions"]) == 1


def test_done_tells_the_pages_which_person_message_and_states_changed(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.wrote(tom, 100)

    done = actions.mark_done(f"check_in/{tom}/", tom, "email", "Hi Tom", datetime(2026, 3, 2, 9, 30))

    assert done.changes == Changes(
        people=frozenset({tom}), suggestion_states=True, interactions=frozenset({done.value})
    )


def test_the_state_kept_before_is_the_one_of_that_key_alone(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    ana = world.person("Ana Silva", "Acme GmbH")
    actions.dismiss(f"check_in/{tom}/")

    assert actions.previous_state(f"check_in/{ana}/") is None
    assert actions.previous_state(f"check_in/{tom}/") == ("dismissed", None)


def test_acting_on_a_key_without_a_person_still_says_the_states_changed(world: World) -> None:
    assert actions.dismiss("not a key") == Changes(suggestion_states=True)
