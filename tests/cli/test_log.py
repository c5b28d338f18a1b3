"""`rebound log PERSON --kind KIND --direction out|in|none [--at WHEN] [--text TEXT] [--opening ID]`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Rebound
from tests.cli.helpers import row_counts, sql


def _logged(rebound: Rebound, name: str) -> list[dict[str, Any]]:
    """The interactions of the person called ``name``, as `export json` shows them."""
    document = rebound.exported()
    ids = {p["id"] for p in document["people"] if p["name"] == name}
    return [i for i in document["interactions"] if i["person"] in ids]


def _person_id(rebound: Rebound, name: str) -> int:
    (person,) = [p for p in rebound.people() if p["name"] == name]
    return int(person["id"])


def test_log_by_name_records_the_interaction(loaded: Rebound) -> None:
    result = loaded("log", "Zoë Martin", "--kind", "call", "--direction", "out", "--at", "2026-03-02T10:15",
                    "--text", "Talked about the data team")  # fmt: skip
    assert result.code == 0, result.err
    assert "Zoë Martin" in result.out
    assert "2026-03-02 10:15" in result.out
    new = [i for i in _logged(loaded, "Zoë Martin") if i["at"] == "2026-03-02T10:15:00"]
    assert len(new) == 1
    assert new[0]["kind"] == "call"
    assert new[0]["direction"] == "out"
    assert new[0]["body"] == "Talked about the data team"
    assert new[0]["channel"] == "phone"


def test_log_json_output(loaded: Rebound) -> None:
    result = loaded("log", "Tom Weber", "--kind", "email", "--direction", "in", "--at", "2026-03-01", "--json")
    assert result.code == 0, result.err
    answer = json.loads(result.out)
    tom = _person_id(loaded, "Tom Weber")
    # the small archive holds 3 interactions: this is the 4th row, and the one the answer names
    assert answer == {"id": 4, "person": tom, "at": "2026-03-01T00:00:00"}
    assert sql(
        loaded.db_path, "SELECT person_id, kind, direction, at, channel, body FROM interaction WHERE id = 4"
    ) == [(tom, "email", "in", "2026-03-01 00:00:00", "email", None)]


def test_log_shows_in_last_contact(loaded: Rebound) -> None:
    loaded("log", "Ali Khan", "--kind", "meeting", "--direction", "out", "--at", "2026-03-05T12:00")
    (ali,) = [p for p in loaded.people() if p["name"] == "Ali Khan"]
    assert ali["last_contact"] == "2026-03-05T12:00:00"


def test_log_by_id(loaded: Rebound) -> None:
    zoe = _person_id(loaded, "Zoë Martin")
    result = loaded("log", str(zoe), "--kind", "note", "--direction", "none", "--at", "2026-03-03", "--text", "x")
    assert (result.code, result.out) == (0, "Logged note with Zoë Martin at 2026-03-03 00:00:00\n")
    assert sql(loaded.db_path, "SELECT kind, direction, at, channel, body FROM interaction WHERE person_id = ? "
               "ORDER BY id DESC LIMIT 1", (zoe,)) == [("note", "none", "2026-03-03 00:00:00", None, "x")]  # fmt: skip


@pytest.mark.parametrize("email", ["Tom.Weber@Acme.example", "tom.weber@acme.example", " TOM.WEBER@ACME.EXAMPLE "])
def test_log_by_email_ignores_case(loaded: Rebound, email: str) -> None:
    result = loaded("log", email, "--kind", "email", "--direction", "out", "--at", "2026-03-04T09:00")
    assert result.code == 0, result.err
    assert "2026-03-04T09:00:00" in [i["at"] for i in _logged(loaded, "Tom Weber")]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/tomweber",
        "https://linkedin.com/in/tomweber",
        "https://www.linkedin.com/in/tomweber/",
        "https://www.linkedin.com/in/tomweber?utm_source=share&trk=abc",
        "http://www.linkedin.com/in/TomWeber/",
        "www.linkedin.com/in/tomweber",
        "linkedin.com/in/tomweber/",
    ],
)
def test_log_by_linkedin_url_in_any_spelling(loaded: Rebound, url: str) -> None:
    result = loaded("log", url, "--kind", "linkedin_message", "--direction", "out", "--at", "2026-03-04T09:00")
    assert result.code == 0, result.err
    assert "Tom Weber" in result.out
    (new,) = [i for i in _logged(loaded, "Tom Weber") if i["at"] == "2026-03-04T09:00:00"]
    assert new["kind"] == "linkedin_message"


@pytest.mark.parametrize(
    ("name", "person"), [("tom weber", "Tom Weber"), ("Zoe Martin", "Zoë Martin"), ("zoë", "Zoë Martin"),
                         ("Ali", "Ali Khan")],
)  # fmt: skip
def test_log_by_unambiguous_name(loaded: Rebound, name: str, person: str) -> None:
    result = loaded("log", name, "--kind", "note", "--direction", "none", "--text", "hi", "--at", "2026-03-08T09:30")
    assert (result.code, result.out) == (0, f"Logged note with {person} at 2026-03-08 09:30:00\n")
    (note,) = [i for i in _logged(loaded, person) if i["at"] == "2026-03-08T09:30:00"]
    assert (note["kind"], note["direction"], note["body"]) == ("note", "none", "hi")


def test_ambiguous_name_exits_3_naming_the_count(loaded: Rebound) -> None:
    before = row_counts(loaded.db_path)
    line = loaded("log", "Sam Lee", "--kind", "call", "--direction", "out").assert_one_line_error(3)
    assert "Sam Lee" in line and "2 people" in line
    assert row_counts(loaded.db_path) == before


def test_ambiguous_partial_name_names_the_true_count(loaded: Rebound) -> None:
    loaded.load({"format": "rebound-archive", "version": 1,
                 "people": [{"id": "a", "name": "Ann Lee"}, {"id": "b", "name": "Bob Lee"}]})  # fmt: skip
    # four people are called "… Lee": Ann, Bob and the two Sams
    line = loaded("log", "Lee", "--kind", "call", "--direction", "out").assert_one_line_error(3)
    assert "4 people" in line, line


@pytest.mark.parametrize("person", ["Nobody Here", "nobody@example.org", "https://www.linkedin.com/in/nobody", "999"])
def test_unknown_person_exits_3(loaded: Rebound, person: str) -> None:
    before = row_counts(loaded.db_path)
    line = loaded("log", person, "--kind", "call", "--direction", "out").assert_one_line_error(3)
    assert person in line
    assert row_counts(loaded.db_path) == before


def test_log_without_at_uses_now(loaded: Rebound) -> None:
    start = datetime.now().replace(microsecond=0)
    assert loaded("log", "Ali Khan", "--kind", "call", "--direction", "in").code == 0
    end = datetime.now()
    (call,) = [i for i in _logged(loaded, "Ali Khan") if i["kind"] == "call"]
    assert start <= datetime.fromisoformat(call["at"]) <= end + timedelta(seconds=1)


@pytest.mark.parametrize(
    "when, stored",
    [
        ("2026-03-01", "2026-03-01T00:00:00"),
        ("2026-03-01T15:45", "2026-03-01T15:45:00"),
        ("2026-03-01 15:45:30", "2026-03-01T15:45:30"),
        ("2026-03-01T15:45:30.123456", "2026-03-01T15:45:30"),
    ],
)
def test_at_is_honoured(loaded: Rebound, when: str, stored: str) -> None:
    result = loaded("log", "Ali Khan", "--kind", "call", "--direction", "out", "--at", when)
    assert result.code == 0, result.err
    assert stored in [i["at"] for i in _logged(loaded, "Ali Khan")]


@pytest.mark.parametrize("when", ["yesterday", "2026-02-30", "2026-13-01", "01.03.2026", "3000-01-01", "1800-01-01"])
def test_bad_at_exits_3(loaded: Rebound, when: str) -> None:
    before = row_counts(loaded.db_path)
    line = loaded("log", "Ali Khan", "--kind", "call", "--direction", "out", "--at", when).assert_one_line_error(3)
    assert "--at" in line and when in line
    assert row_counts(loaded.db_path) == before


def test_log_about_an_opening(loaded: Rebound) -> None:
    # the small archive's only opening is the first of a fresh database
    result = loaded("log", "Tom Weber", "--kind", "email", "--direction", "out", "--at", "2026-03-06", "--opening", "1")
    assert result.code == 0, result.err
    (new,) = [i for i in _logged(loaded, "Tom Weber") if i["at"] == "2026-03-06T00:00:00"]
    assert new["opening"] == "o1"


def test_unknown_opening_exits_3_and_logs_nothing(loaded: Rebound) -> None:
    before = row_counts(loaded.db_path)
    result = loaded("log", "Tom Weber", "--kind", "email", "--direction", "out", "--opening", "77")
    line = result.assert_one_line_error(3)
    assert "77" in line and "opening" in line
    assert row_counts(loaded.db_path) == before


def test_log_into_an_empty_database_exits_3(rebound: Rebound) -> None:
    line = rebound("log", "Tom Weber", "--kind", "call", "--direction", "out").assert_one_line_error(3)
    assert "Tom Weber" in line


def test_logged_interaction_survives_export_and_import(loaded: Rebound, tmp_path: Path) -> None:
    loaded("log", "Zoë Martin", "--kind", "intro_request", "--direction", "out", "--at", "2026-03-07T08:00",
           "--text", "Could you introduce me to Ali?")  # fmt: skip
    first = loaded.export()
    other = Rebound(loaded.capsys, tmp_path / "other.db", tmp_path)
    other.load(json.loads(first))
    (intro,) = [i for i in _logged(other, "Zoë Martin") if i["kind"] == "intro_request"]
    assert (intro["direction"], intro["at"], intro["body"]) == (
        "out", "2026-03-07T08:00:00", "Could you introduce me to Ali?",
    )  # fmt: skip
