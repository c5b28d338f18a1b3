"""The vocabularies: the archive schema lists exactly vocab.py's values, the maps between them, the suggestion key."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from desktop import vocab
from desktop.vocab import SuggestionKey

SCHEMA = Path(vocab.__file__).parent / "interop" / "archive.schema.json"

# Every enum of the archive schema, by its path in the schema, and the vocabulary it must equal.
SCHEMA_ENUMS: dict[str, tuple[type[Enum], bool]] = {  # path → (vocabulary, whether null is allowed too)
    "$defs/me/properties/mode": (vocab.Mode, False),
    "$defs/person/properties/role": (vocab.PersonRole, False),
    "$defs/connection/properties/kind": (vocab.EdgeKind, False),
    "$defs/opening/properties/status": (vocab.OpeningStatus, False),
    "$defs/process/properties/stage_reached": (vocab.Stage, False),
    "$defs/process/properties/outcome": (vocab.Outcome, False),
    "$defs/process/properties/contacts/items/properties/role": (vocab.ContactRole, False),
    "$defs/interaction/properties/kind": (vocab.InteractionKind, False),
    "$defs/interaction/properties/direction": (vocab.Direction, False),
    "$defs/interaction/properties/channel": (vocab.Channel, True),
    "$defs/suggestion_state/properties/state": (vocab.SuggestionState, False),
}


def _enums(node: Any, path: tuple[str, ...] = ()) -> dict[str, list[Any]]:
    """Every ``enum`` of a JSON schema by its path."""
    found: dict[str, list[Any]] = {}
    if isinstance(node, dict):
        if "enum" in node:
            found["/".join(path)] = node["enum"]
        for name, child in node.items():
            found.update(_enums(child, (*path, name)))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found.update(_enums(child, (*path, str(index))))
    return found


def test_every_enum_of_the_archive_schema_is_a_vocabulary_with_the_same_values_in_the_same_order() -> None:
    enums = _enums(json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert sorted(enums) == sorted(SCHEMA_ENUMS)
    for path, (vocabulary, nullable) in SCHEMA_ENUMS.items():
        assert enums[path] == [member.value for member in vocabulary] + ([None] if nullable else []), path


def test_the_connection_strengths_of_the_schema_are_the_vocabulary() -> None:
    strength = json.loads(SCHEMA.read_text(encoding="utf-8"))["$defs"]["connection"]["properties"]["strength"]
    assert (strength["minimum"], strength["maximum"]) == (1, 3)
    assert vocab.EDGE_STRENGTHS == (1, 2, 3)


def test_a_vocabulary_value_is_its_string() -> None:
    assert vocab.Channel.LINKEDIN_NOTE == "linkedin_note"
    assert json.dumps([vocab.SuggestionState.SNOOZED]) == '["snoozed"]'
    assert vocab.KIND_LABELS["job_change"] == "Job change"
    assert "in_person" in vocab.CHANNELS


@pytest.mark.parametrize(
    ("kind", "channel"),
    [("email", "email"), ("connection_request", "linkedin_note"), ("call", "phone"), ("interview", "in_person"),
     ("rejection", "email"), ("note", None), ("job_change", None), ("intro_request", None)],
)  # fmt: skip
def test_the_usual_channel_of_a_kind(kind: str, channel: str | None) -> None:
    assert vocab.default_channel(kind) == channel


@pytest.mark.parametrize(
    ("channel", "kind"),
    [("email", "email"), ("linkedin_note", "connection_request"), ("linkedin_message", "linkedin_message"),
     ("phone", "call"), ("in_person", "meeting"), ("other", "email")],
)  # fmt: skip
def test_done_over_a_channel_records_a_touch_of_its_kind(channel: str, kind: str) -> None:
    assert vocab.KIND_OF_CHANNEL[channel] == kind
    assert kind not in vocab.UNDIRECTED_KINDS  # a touch: it moves the timers


def test_every_channel_records_a_kind_when_done() -> None:
    assert sorted(vocab.KIND_OF_CHANNEL) == sorted(vocab.CHANNELS)


def test_a_suggestion_key_reads_and_writes_action_person_opening() -> None:
    key = SuggestionKey.parse("ask_about_opening/12/7")
    assert key == SuggestionKey("ask_about_opening", "12", "7")
    assert (key.person_id, key.opening_id) == (12, 7)
    assert key.format() == "ask_about_opening/12/7"
    assert SuggestionKey.of("check_in", 3).format() == "check_in/3/"
    assert SuggestionKey.parse("check_in/3/").opening_id is None
    assert vocab.suggestion_key("check_in", 3, None) == "check_in/3/"
    assert vocab.suggestion_key("ask_for_intro", 3, 9) == "ask_for_intro/3/9"


def test_an_archive_key_keeps_its_own_ids_until_renumbered() -> None:
    key = SuggestionKey.parse("check_in/p2/")
    assert key.person_id is None
    assert key.with_ids("41", "").format() == "check_in/41/"


@pytest.mark.parametrize("text", ["check_in/3", "check_in/3/7/1", "/3/", "check_in//", ""])
def test_a_malformed_suggestion_key_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is not a suggestion key"):
        SuggestionKey.parse(text)
