"""Out-of-range dates and ids end in exit 3 naming the field; a refused over-long value is quoted to 80 characters;
names cannot drive the terminal (control characters made visible), while --json stays exactly JSON; the log file
written during an import of the demo data holds no name or e-mail of anyone in it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.faults.conftest import DEMO, Rebound


@pytest.fixture
def demo(plain: Rebound, demo_template: Path) -> Rebound:
    plain.db.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, plain.db)
    return plain


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["log", "1", "--kind", "note", "--direction", "none", "--at", "0001-01-01T00:00+01:00"], "--at"),
        (["log", "1", "--kind", "note", "--direction", "none", "--at", "9999-12-31T23:59-01:00"], "--at"),
        (["log", "12345678901234567890", "--kind", "note", "--direction", "none"], "12345678901234567890"),
        (["log", "²", "--kind", "note", "--direction", "none"], "²"),
        (["log", "1", "--kind", "note", "--direction", "none", "--opening", "12345678901234567890"], "--opening"),
        (["erase", "12345678901234567890", "--yes"], "12345678901234567890"),
        (["suggest", "--today", "0001-01-01"], "--today"),
    ],
)
def test_out_of_range_values_exit_3_naming_the_field(demo: Rebound, args: list[str], field: str) -> None:
    demo(*args).fault(3, field)


@pytest.mark.parametrize("at", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:00-01:00"])
def test_an_archive_at_field_out_of_range(demo: Rebound, tmp_path: Path, at: str) -> None:
    archive = {"format": "rebound-archive", "version": 1, "people": [{"id": "p1", "name": "Ada Out"}],
               "interactions": [{"person": "p1", "kind": "note", "direction": "none", "at": at}]}  # fmt: skip
    path = tmp_path / "range.json"
    path.write_text(json.dumps(archive), encoding="utf-8")
    demo("import", "json", path).fault(3, "interactions[0]", "at")
    assert "Ada Out" not in demo("people").ok()


def test_a_refused_over_long_field_is_quoted_to_80_characters(demo: Rebound, tmp_path: Path) -> None:
    archive = {"format": "rebound-archive", "version": 1, "people": [{"id": "p1", "name": "A" * 1_000_000}]}
    path = tmp_path / "long.json"
    path.write_text(json.dumps(archive), encoding="utf-8")
    line = demo("import", "json", path).fault(3, "name")
    assert "A" * 80 in line and "A" * 81 not in line
    assert len(line) < 400


NASTY = "Eve \x1b[2J\x1b[31mRed\x07 \u202eevil\u202c \x9b31m"


def test_control_characters_in_names_are_made_visible_on_a_terminal(demo: Rebound, tmp_path: Path) -> None:
    archive = {"format": "rebound-archive", "version": 1, "people": [{"id": "p1", "name": NASTY, "email": "eve@x.org"}]}
    path = tmp_path / "nasty.json"
    path.write_text(json.dumps(archive), encoding="utf-8")
    demo("import", "json", path).ok()

    listed = demo("people", "--search", "Eve").ok()
    logged = demo("log", "eve@x.org", "--kind", "note", "--direction", "none").ok()
    erased = demo("erase", "eve@x.org", "--yes")

    for text in (listed, logged, erased.out, erased.err):
        assert not any(ch in text for ch in "\x1b\x07\u202e\u202c\x9b")
    assert "Eve \\x1b[2J\\x1b[31mRed\\x07 \\u202eevil\\u202c \\x9b31m" in listed
    assert "\\x1b[2J" in logged and "\\x1b[2J" in erased.out


def test_json_output_is_unchanged_by_the_terminal_guard(demo: Rebound, tmp_path: Path) -> None:
    archive = {"format": "rebound-archive", "version": 1, "people": [{"id": "p1", "name": NASTY}]}
    path = tmp_path / "nasty.json"
    path.write_text(json.dumps(archive), encoding="utf-8")
    demo("import", "json", path).ok()
    (person,) = [p for p in json.loads(demo("people", "--json").ok()) if p["name"].startswith("Eve")]
    assert person["name"] == NASTY


def test_the_log_file_of_an_import_holds_no_personal_data(plain: Rebound, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    environment = {"REBOUND_LOG_DIR": str(logs)}
    rebound = Rebound(plain.db)
    original = rebound.env
    rebound.env = lambda: {**original(), **environment}  # type: ignore[method-assign]
    rebound("--debug", "people").ok()
    rebound("import", "json", DEMO).ok()
    rebound("import", "json", DEMO).ok()  # a second time: everything matched, merged, unchanged
    rebound("erase", "1", "--yes").ok()
    rebound("log", "nobody@nowhere.example", "--kind", "note", "--direction", "none").fault(3)
    rebound("--debug", "check").ok()
    text = (logs / "rebound.log").read_text(encoding="utf-8")
    assert "desktop.cli" in text  # the log was written
    document = json.loads(DEMO.read_text(encoding="utf-8"))
    for person in document["people"]:
        assert person["name"] not in text
        if person.get("email"):
            assert person["email"] not in text and person["email"].lower() not in text.lower()
    for interaction in document.get("interactions", []):
        body = interaction.get("body")
        if body and len(body) > 12:
            assert body not in text
