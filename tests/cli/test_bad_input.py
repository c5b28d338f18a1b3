"""Bad archives: exit 3, one line naming the file and the record/field, no traceback, nothing written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.errors import InputError
from tests.cli.conftest import Rebound
from tests.cli.helpers import run, small_archive

Mutation = Callable[[dict[str, Any]], None]


def _set(section: str, index: int, name: str, value: Any) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        document[section][index][name] = value

    return mutate


def _drop(section: str, index: int, name: str) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        del document[section][index][name]

    return mutate


def _append(section: str, record: dict[str, Any]) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        document[section].append(record)

    return mutate


def _top(name: str, value: Any) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        document[name] = value

    return mutate


# (mutation of the small archive, fragments the one error line must hold besides the file name)
BAD_ARCHIVES: dict[str, tuple[Mutation, list[str]]] = {
    "wrong format": (_top("format", "rebound-backup"), ["format"]),
    "wrong version": (_top("version", 2), ["version"]),
    "unknown top-level section": (_top("contacts", []), ["unknown field 'contacts'"]),
    "unknown person field": (_set("people", 0, "nickname", "Tommy"), ["people[0] (id p1): unknown field 'nickname'"]),
    "unknown interaction field": (_set("interactions", 1, "mood", "happy"), ["interactions[1]", "'mood'"]),
    "dangling interaction person": (_set("interactions", 0, "person", "p99"), ["interactions[0]", "person", "'p99'"]),
    "dangling interaction opening": (_set("interactions", 1, "opening", "o7"), ["interactions[1]", "opening", "'o7'"]),
    "dangling person company": (_set("people", 2, "company", "c9"), ["people[2] (id p3)", "company", "'c9'"]),
    "dangling process contact": (
        lambda d: d["processes"][0]["contacts"].append({"person": "p42", "role": "referrer"}),
        ["processes[0] (id r1)", "'p42'"],
    ),
    "dangling connection": (_append("connections", {"a": "p1", "b": "p77"}), ["connections[1]", "'p77'"]),
    "dangling suggestion key": (
        _append("suggestion_states", {"key": "check_in/p8/", "state": "dismissed"}),
        ["suggestion_states[1]", "'p8'"],
    ),
    "invalid role": (_set("people", 1, "role", "boss"), ["people[1] (id p2)", "role", "'boss'"]),
    "invalid interaction kind": (_set("interactions", 2, "kind", "tweet"), ["interactions[2]", "kind", "'tweet'"]),
    "invalid direction": (_set("interactions", 0, "direction", "sideways"), ["interactions[0]", "'sideways'"]),
    "invalid opening status": (_set("openings", 0, "status", "paused"), ["openings[0] (id o1)", "'paused'"]),
    "invalid me mode": (lambda d: d["me"].update(mode="hermit"), ["me", "'hermit'"]),
    "wrong type": (_set("people", 0, "connected", "yes"), ["people[0] (id p1)", "connected"]),
    "strength out of range": (_set("connections", 0, "strength", 5), ["connections[0]", "strength"]),
    "missing required field": (_drop("interactions", 1, "at"), ["interactions[1]", "'at'"]),
    "missing person name": (_drop("people", 3, "name"), ["people[3] (id p4)", "'name'"]),
    "impossible date": (_set("openings", 0, "discovered_on", "2026-02-30"), ["openings[0] (id o1)", "2026-02-30"]),
    "impossible date-time": (_set("interactions", 0, "at", "2026-02-30T10:00:00"), ["interactions[0]", "2026-02-30"]),
    "badly formed date": (_set("processes", 0, "started_on", "02/11/2025"), ["processes[0] (id r1)", "started_on"]),
    "date in year 3000": (_set("people", 0, "connected_on", "3000-05-01"), ["people[0] (id p1)", "3000-05-01"]),
    "date-time in year 3000": (_set("interactions", 2, "at", "3000-01-01T10:00:00"), ["interactions[2]", "3000"]),
    "duplicate person id": (_append("people", {"id": "p1", "name": "Someone Else"}), ["people[5]", "'p1'"]),
    "duplicate company id": (_append("companies", {"id": "c1", "name": "Initech"}), ["companies[2]", "'c1'"]),
    "snoozed without until": (
        _append("suggestion_states", {"key": "check_in/p1/", "state": "snoozed"}),
        ["suggestion_states[1]", "until"],
    ),
    "unknown setting": (_top("settings", {"checkin_min_days": 60, "colour": "blue"}), ["settings", "'colour'"]),
}


@pytest.mark.parametrize("mutation, fragments", BAD_ARCHIVES.values(), ids=BAD_ARCHIVES.keys())
def test_bad_archive_exits_3_names_file_and_field_and_writes_nothing(
    loaded: Rebound, mutation: Mutation, fragments: list[str]
) -> None:
    before = loaded.state()
    document = small_archive()
    # changes that an import writes first, so that a partial write would show in the export
    document["me"]["name"] = "Changed Name"
    document["settings"]["checkin_min_days"] = 45
    mutation(document)
    archive = loaded.file(document, "bad-archive.json")

    line = loaded("import", "json", archive).assert_one_line_error(3)

    assert str(archive) in line
    for fragment in fragments:
        assert fragment in line, f"{fragment!r} not in {line!r}"
    assert loaded.state() == before


def test_not_json_names_line_and_column(loaded: Rebound, tmp_path: Path) -> None:
    before = loaded.state()
    archive = tmp_path / "broken.json"
    archive.write_text('{"format": "rebound-archive",\n  "version": 1,\n  people: []\n}\n', encoding="utf-8")
    line = loaded("import", "json", archive).assert_one_line_error(3)
    assert str(archive) in line
    assert "line 3" in line and "column 3" in line
    assert loaded.state() == before


@pytest.mark.parametrize(
    "content",
    [b"", b"[1, 2, 3]", b'"rebound-archive"', b"\xff\xfe\x00garbage", b"PK\x03\x04 a zip file, not JSON"],
    ids=["empty file", "a list", "a string", "not UTF-8", "a zip"],
)
def test_not_an_archive_exits_3(loaded: Rebound, tmp_path: Path, content: bytes) -> None:
    before = loaded.state()
    archive = tmp_path / "odd.json"
    archive.write_bytes(content)
    line = loaded("import", "json", archive).assert_one_line_error(3)
    assert str(archive) in line
    assert loaded.state() == before


def test_missing_file_exits_3(loaded: Rebound, tmp_path: Path) -> None:
    before = loaded.state()
    missing = tmp_path / "nowhere.json"
    line = loaded("import", "json", missing).assert_one_line_error(3)
    assert str(missing) in line
    assert loaded.state() == before


def test_directory_instead_of_file_exits_3(loaded: Rebound, tmp_path: Path) -> None:
    before = loaded.state()
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    line = loaded("import", "json", folder).assert_one_line_error(3)
    assert str(folder) in line
    assert loaded.state() == before


def test_valid_first_half_and_bad_last_record_writes_nothing(loaded: Rebound) -> None:
    before = loaded.state()
    document = small_archive()
    document["people"] += [{"id": f"n{i}", "name": f"New Person {i}", "email": f"n{i}@new.example"} for i in range(60)]
    document["interactions"] += [
        {"person": f"n{i}", "kind": "note", "direction": "none", "at": "2026-02-10T10:00:00", "body": f"hi {i}"}
        for i in range(60)
    ]
    document["interactions"].append({"person": "n59", "kind": "note", "direction": "none", "at": "2026-02-30"})
    archive = loaded.file(document)

    line = loaded("import", "json", archive).assert_one_line_error(3)

    assert str(archive) in line and "interactions[63]" in line
    assert loaded.state() == before


def test_bad_archive_into_an_empty_database_leaves_it_empty(rebound: Rebound) -> None:
    document = small_archive()
    document["interactions"][2]["direction"] = "sideways"
    rebound("import", "json", rebound.file(document)).assert_one_line_error(3)
    assert rebound.people() == []
    assert rebound.exported()["people"] == []


def test_problem_found_while_writing_rolls_everything_back_and_names_the_file(loaded: Rebound) -> None:
    # a company name without letters or digits passes the schema; the importer finds it only while writing,
    # after it has already written the profile, the settings and the first companies of this archive
    before = loaded.state()
    document = small_archive()
    document["me"]["name"] = "Someone Else"
    document["settings"] = {"checkin_min_days": 30}
    document["companies"] = [{"id": "c1", "name": "Brand New Ltd"}, {"id": "c2", "name": "Globex AG"},
                             {"id": "c3", "name": "!!!"}]  # fmt: skip
    archive = loaded.file(document)

    result = loaded("import", "json", archive)

    assert loaded.state() == before
    line = result.assert_one_line_error(3)
    assert "'!!!'" in line
    assert str(archive) in line, f"the message does not name the file: {line!r}"


def test_debug_lets_the_error_propagate(loaded: Rebound, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nowhere.json"):
        main(["--debug", "--db", str(loaded.db_path), "import", "json", str(tmp_path / "nowhere.json")])


def test_debug_does_not_change_a_successful_run(capsys: pytest.CaptureFixture[str], loaded: Rebound) -> None:
    result = run(capsys, "--debug", "--db", loaded.db_path, "people", "--json")
    assert result.code == 0
    assert len(json.loads(result.out)) == 5
