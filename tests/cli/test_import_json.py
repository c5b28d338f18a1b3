"""`rebound import json` and `rebound export json` on good archives (spec/archive-format.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from desktop.store import migrations
from tests.cli.conftest import Rebound
from tests.cli.helpers import REPO, SMALL_ARCHIVE_RECORDS, row_counts, small_archive, sql

SUMMARY_KEYS = {"created", "updated", "unchanged", "skipped", "errors"}


def test_import_prints_created_updated_unchanged_skipped(rebound: Rebound) -> None:
    archive = rebound.file(small_archive())
    result = rebound("import", "json", archive)
    assert result.code == 0, result.err
    assert str(archive) in result.out
    assert result.out == f"{archive}: 5 new people, 2 messages\n"  # what the user counts, not records
    assert result.err == ""


def test_import_json_summary_has_exactly_the_spec_keys(rebound: Rebound) -> None:
    result = rebound("import", "json", rebound.file(small_archive()), "--json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)  # one JSON document, nothing else on stdout
    assert set(summary) == SUMMARY_KEYS
    assert summary == {"created": SMALL_ARCHIVE_RECORDS, "updated": 0, "unchanged": 0, "skipped": 0, "errors": []}


def test_import_creates_and_migrates_a_missing_database(rebound: Rebound, tmp_path: Path) -> None:
    database = tmp_path / "deep" / "new.db"
    result = Rebound(rebound.capsys, database, tmp_path)("import", "json", rebound.file(small_archive()))
    assert result.code == 0, result.err
    assert sql(database, "SELECT version FROM schema_version") == [(migrations.latest_version(),)]
    assert row_counts(database)["person"] == 5


def test_imported_data_is_what_the_archive_says(loaded: Rebound) -> None:
    assert sorted(loaded.names()) == ["Ali Khan", "Sam Lee", "Sam Lee", "Tom Weber", "Zoë Martin"]
    people = {p["name"]: p for p in loaded.people()}
    tom = people["Tom Weber"]
    assert (tom["company"], tom["title"], tom["role"], tom["connected"]) == (
        "Acme GmbH", "Senior Recruiter", "recruiter", True,
    )  # fmt: skip
    exported = loaded.exported()
    assert exported["me"]["name"] == "Jana Berg"
    assert exported["settings"] == {"checkin_min_days": 60}
    assert [p["tags"] for p in exported["people"] if p["name"] == "Tom Weber"] == [["acme", "berlin"]]
    assert exported["processes"][0]["reason"] == "Went with an internal candidate"
    assert {c["role"] for c in exported["processes"][0]["contacts"]} == {"recruiter", "interviewer"}
    assert exported["suggestion_states"][0]["state"] == "snoozed"
    assert exported["suggestion_states"][0]["until"] == "2026-05-01"


def test_importing_the_same_file_twice_changes_nothing(loaded: Rebound) -> None:
    before_text, before_counts = loaded.state()
    result = loaded("import", "json", loaded.file(small_archive()), "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "created": 0, "updated": 0, "unchanged": SMALL_ARCHIVE_RECORDS, "skipped": 0, "errors": [],
    }  # fmt: skip
    after_text, after_counts = loaded.state()
    assert after_text == before_text  # byte-identical export
    assert after_counts == before_counts


def test_importing_the_export_back_changes_nothing(loaded: Rebound) -> None:
    exported = loaded.export()
    summary = loaded.load(json.loads(exported))
    assert summary["created"] == 0 and summary["updated"] == 0
    assert loaded.export() == exported


def test_export_then_import_into_an_empty_database_gives_the_same_document(loaded: Rebound, tmp_path: Path) -> None:
    loaded("log", "Tom Weber", "--kind", "call", "--direction", "out", "--at", "2026-03-02T10:15", "--text", "Coffee?")
    first = loaded.export()
    other = Rebound(loaded.capsys, tmp_path / "other.db", tmp_path)
    summary = other.load(json.loads(first))
    assert summary["created"] > 0 and summary["errors"] == []
    assert other.export() == first


def test_export_is_a_valid_archive(loaded: Rebound) -> None:
    schema = json.loads((REPO / "desktop" / "interop" / "archive.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(loaded.exported())


def test_export_writes_the_file_and_reports_on_stderr(loaded: Rebound, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = loaded("export", "json", target)
    assert result.code == 0
    assert result.out == ""  # stdout stays clean for scripts
    assert "5 people" in result.err
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "rebound-archive"


def test_export_into_a_missing_folder_exits_3(loaded: Rebound, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "out.json"
    line = loaded("export", "json", target).assert_one_line_error(3)
    assert str(target) in line
    assert not target.exists()


def test_reimport_matches_people_by_normalized_linkedin_url(loaded: Rebound) -> None:
    document = small_archive()
    tom = document["people"][0]
    tom["linkedin_url"] = "http://LinkedIn.com/in/TomWeber/?trk=profile"
    tom["email"] = None
    tom["title"] = "Head of Talent"
    summary = loaded.load(document)
    assert summary["created"] == 0
    assert summary["updated"] == 1
    assert summary["unchanged"] == SMALL_ARCHIVE_RECORDS - 1
    people = loaded.people()
    assert len(people) == 5
    assert [p["title"] for p in people if p["name"] == "Tom Weber"] == ["Head of Talent"]


def test_reimport_matches_people_by_email_case_insensitively(loaded: Rebound) -> None:
    document = {"format": "rebound-archive", "version": 1,
                "people": [{"id": "x", "name": "Thomas Weber", "email": "TOM.WEBER@ACME.EXAMPLE"}]}  # fmt: skip
    summary = loaded.load(document)
    assert (summary["created"], summary["updated"]) == (0, 1)
    assert sorted(loaded.names()) == ["Ali Khan", "Sam Lee", "Sam Lee", "Thomas Weber", "Zoë Martin"]


def test_reimport_matches_people_by_name_and_company(loaded: Rebound) -> None:
    document = {"format": "rebound-archive", "version": 1,
                "companies": [{"id": "a", "name": "ACME gmbh"}],
                "people": [{"id": "x", "name": "ali khan", "company": "a", "location": "Hamburg"}]}  # fmt: skip
    summary = loaded.load(document)
    assert summary["created"] == 0
    assert len(loaded.people()) == 5
    assert [p["location"] for p in loaded.exported()["people"] if p["name"] == "ali khan"] == ["Hamburg"]


SAME_PERSON_TWICE = {
    "same e-mail": (
        {"email": "sam@example.org", "title": "Analyst"},
        {"email": "SAM@Example.org", "title": "Senior Analyst"},
        "senior",
    ),
    "same LinkedIn URL": (
        {"linkedin_url": "https://www.linkedin.com/in/samlee", "title": "Analyst"},
        {"linkedin_url": "linkedin.com/in/SamLee/", "title": "Senior Analyst"},
        "senior",
    ),
    "same e-mail, other tags": (
        {"email": "sam@example.org", "tags": ["meetup"]},
        {"email": "sam@example.org", "tags": ["conference"]},
        "conference",
    ),
}


@pytest.mark.parametrize("first, second, search", SAME_PERSON_TWICE.values(), ids=SAME_PERSON_TWICE.keys())
def test_an_archive_naming_the_same_person_twice_imports_one_person(
    rebound: Rebound, first: dict[str, Any], second: dict[str, Any], search: str
) -> None:
    document = {
        "format": "rebound-archive",
        "version": 1,
        "people": [{"id": "a", "name": "Sam Lee", **first}, {"id": "b", "name": "Sam Lee", **second}],
    }
    result = rebound("import", "json", rebound.file(document), "--json")
    assert result.code == 0, result.err
    assert rebound.names() == ["Sam Lee"]
    assert rebound.names(search) == ["Sam Lee"]  # matched, so the later record updated the first one
    assert rebound("check").code == 0


def test_import_counts_skipped_records_and_lists_why(rebound: Rebound) -> None:
    document = small_archive()
    # two archive people who turn out to be the same person (same e-mail): their connection cannot be kept
    document["people"][3]["email"] = "sam@example.org"
    document["people"][4]["email"] = "SAM@example.org"
    document["connections"].append({"a": "p4", "b": "p5", "kind": "knows"})
    archive = rebound.file(document)
    result = rebound("import", "json", archive)
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        f"{archive}: 4 new people, 2 messages, 1 row skipped",
        "  - connection p4–p5: both are the same person here",
    ]
    summary = json.loads(rebound("import", "json", archive, "--json").out)
    assert summary["skipped"] == 1
    assert len(summary["errors"]) == 1


def test_a_date_alone_means_midnight(rebound: Rebound) -> None:
    document = small_archive()
    document["interactions"][1]["at"] = "2026-02-01"
    rebound.load(document)
    ats = [i["at"] for i in rebound.exported()["interactions"]]
    assert "2026-02-01T00:00:00" in ats


def test_import_of_a_minimal_archive(rebound: Rebound) -> None:
    summary = rebound.load({"format": "rebound-archive", "version": 1})
    assert summary == {"created": 0, "updated": 0, "unchanged": 0, "skipped": 0, "errors": []}
    assert rebound.people() == []


def test_import_accepts_a_utf8_byte_order_mark(rebound: Rebound, tmp_path: Path) -> None:
    archive = tmp_path / "bom.json"
    archive.write_bytes(b"\xef\xbb\xbf" + json.dumps(small_archive(), ensure_ascii=False).encode("utf-8"))
    result = rebound("import", "json", archive)
    assert result.code == 0, result.err
    assert "Zoë Martin" in rebound.names()


def test_a_reimport_that_changes_one_person_says_so_in_people(loaded: Rebound) -> None:
    document = small_archive()
    document["people"][0]["title"] = "Head of Talent"
    archive = loaded.file(document)
    result = loaded("import", "json", archive)
    assert result.code == 0, result.err
    assert result.out == f"{archive}: 0 new people, 1 person updated, 0 messages\n"
