"""`rebound people [--search TEXT] [--json]`."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import Rebound

JSON_KEYS = {"id", "name", "company", "title", "role", "email", "connected", "last_contact"}


def test_empty_database_prints_a_helpful_hint(rebound: Rebound) -> None:
    result = rebound("people")
    assert result.code == 0
    assert "No people yet" in result.out
    assert "rebound demo" in result.out and "rebound import" in result.out


def test_empty_database_json_is_an_empty_list(rebound: Rebound) -> None:
    result = rebound("people", "--json")
    assert result.code == 0
    assert json.loads(result.out) == []


def test_table_has_headers_and_one_row_per_person_in_name_order(loaded: Rebound) -> None:
    result = loaded("people")
    assert result.code == 0, result.err
    header, *rows = result.out.rstrip("\n").splitlines()
    assert header.split() == ["ID", "NAME", "COMPANY", "TITLE", "ROLE", "LAST", "CONTACT"]
    assert len(rows) == 5
    names = [row[header.index("NAME") : header.index("COMPANY")].strip() for row in rows]
    assert names == ["Ali Khan", "Sam Lee", "Sam Lee", "Tom Weber", "Zoë Martin"]


def test_table_columns_line_up(loaded: Rebound) -> None:
    header, *rows = loaded("people").out.rstrip("\n").splitlines()
    tom = next(row for row in rows if "Tom Weber" in row)
    column = {name: header.index(name) for name in ("COMPANY", "TITLE", "ROLE", "LAST CONTACT")}
    assert tom[column["COMPANY"] :].startswith("Acme GmbH ")
    assert tom[column["TITLE"] :].startswith("Senior Recruiter ")
    assert tom[column["ROLE"] :].startswith("Recruiter ")
    assert tom[column["LAST CONTACT"] :] == "2026-01-20"


def test_json_lists_every_person_with_the_documented_fields(loaded: Rebound) -> None:
    result = loaded("people", "--json")
    assert result.code == 0
    people = json.loads(result.out)
    assert len(people) == 5
    assert all(set(p) == JSON_KEYS for p in people)
    assert len({p["id"] for p in people}) == 5
    by_name = {p["name"]: p for p in people}
    assert by_name["Tom Weber"] | {"id": 0} == {
        "id": 0, "name": "Tom Weber", "company": "Acme GmbH", "title": "Senior Recruiter", "role": "recruiter",
        "email": "Tom.Weber@Acme.example", "connected": True, "last_contact": "2026-01-20T09:30:00",
    }  # fmt: skip
    assert by_name["Zoë Martin"]["last_contact"] == "2026-02-01T14:00:00"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("zoe", ["Zoë Martin"]),
        ("ZOË", ["Zoë Martin"]),
        ("mart", ["Zoë Martin"]),
        ("ac", ["Ali Khan", "Tom Weber"]),
        ("acme", ["Ali Khan", "Tom Weber"]),
        ("globex", ["Sam Lee", "Zoë Martin"]),
        ("wéber", ["Tom Weber"]),
        ("sam lee", ["Sam Lee", "Sam Lee"]),
        ("recruit", ["Tom Weber"]),
        ("berlin", ["Tom Weber"]),
        ("zm@globex", ["Zoë Martin"]),
        ("nobody", []),
    ],
)
def test_search_finds_by_prefix_with_accents_folded(loaded: Rebound, text: str, expected: list[str]) -> None:
    assert loaded.names(text) == expected


def test_search_table_output(loaded: Rebound) -> None:
    result = loaded("people", "--search", "zoe")
    assert result.code == 0
    header, *rows = result.out.rstrip("\n").splitlines()
    assert header.startswith("ID")
    assert len(rows) == 1 and "Zoë Martin" in rows[0]


def test_search_without_matches_says_so(loaded: Rebound) -> None:
    result = loaded("people", "--search", "xylophone")
    assert result.code == 0
    assert result.out.strip() == "No one matches."


EVERYONE = ["Ali Khan", "Sam Lee", "Sam Lee", "Tom Weber", "Zoë Martin"]


@pytest.mark.parametrize(
    "text, expected",
    [('"', EVERYONE), ("*", EVERYONE), ("-", EVERYONE), ("'", EVERYONE),  # no word at all: a blank search
     ("AND", []), ("a OR b", []), ("NEAR(", []),  # operators are plain words, found nowhere
     ("^zoe", ["Zoë Martin"])],
)  # fmt: skip
def test_query_syntax_in_a_search_is_plain_text(loaded: Rebound, text: str, expected: list[str]) -> None:
    result = loaded("people", "--search", text, "--json")
    assert result.code == 0, result.err
    assert [p["name"] for p in json.loads(result.out)] == expected


def test_blank_search_lists_everyone(loaded: Rebound) -> None:
    assert len(loaded.people("  ")) == 5


def test_search_sees_people_imported_later(loaded: Rebound) -> None:
    loaded.load({"format": "rebound-archive", "version": 1, "people": [{"id": "n", "name": "Zoe Zimmermann"}]})
    assert loaded.names("zoe") == ["Zoë Martin", "Zoe Zimmermann"]
