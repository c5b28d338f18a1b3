"""Connections.csv row by row: the column names seen in the wild, values left out with a note, rows skipped with
their reason and line, and a second import that finds everyone again."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.core import people
from desktop.interop import linkedin

NOW = datetime(2026, 3, 1, 12, 0, 0)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "header",
    [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "FIRST NAME,LAST NAME,Profile URL,Email,COMPANY,Title,CONNECTED ON",
        "First Name,Last Name,Profile URL,E-mail Address,Company,Title,Connected On",
    ],
)
def test_every_known_spelling_of_the_columns_reads_the_same(db: object, tmp_path: Path, header: str) -> None:
    source = _write(
        tmp_path / "Connections.csv",
        f"{header}\nAiko,Tanabe,https://www.linkedin.com/in/aiko-tanabe,aiko@contoso.example,Contoso,Analyst,"
        "03 Feb 2026\n",
    )

    linkedin.run(source, now=NOW)

    aiko = people.get_person(people.find_person("Aiko Tanabe"))
    assert (aiko.first_name, aiko.last_name, aiko.email, aiko.company, aiko.title) == (
        "Aiko", "Tanabe", "aiko@contoso.example", "Contoso", "Analyst",
    )  # fmt: skip
    assert (aiko.linkedin_url, aiko.connected, aiko.connected_on) == (
        "https://www.linkedin.com/in/aiko-tanabe", True, date(2026, 2, 3),
    )  # fmt: skip
    assert people.find_person("aiko@CONTOSO.example") == aiko.id


def test_bad_values_are_left_out_with_a_note_and_the_person_is_kept(db: object, tmp_path: Path) -> None:
    source = _write(
        tmp_path / "Connections.csv",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Able,javascript:alert(1),ann at example,Acme,,someday\n"
        "Bob,Baker,www.linkedin.com/in/bob-baker,bob b@example.com,,,\n"
        "Cid,Cole,LINKEDIN.com/in/cid-cole,,,,\n"
        "Dee,Dunn,HTTP://WWW.LINKEDIN.COM/in/dee-dunn,,,,\n",
    )

    summary = linkedin.run(source, now=NOW)

    assert (summary.created, summary.skipped) == (4, 0)
    assert summary.errors == [
        "Connections.csv: line 2: URL 'javascript:alert(1)' is not a web address; left out",
        "Connections.csv: line 2: 'Connected On' 'someday' is not a date this importer knows (like '08 Feb 2026'); "
        "imported without it",
        "Connections.csv: line 2: e-mail 'ann at example' is not valid; left out",
        "Connections.csv: line 3: e-mail 'bob b@example.com' is not valid; left out",
    ]
    ann = people.get_person(people.find_person("Ann Able"))
    assert (ann.linkedin_url, ann.email, ann.connected_on, ann.company) == (None, None, None, "Acme")
    assert people.get_person(people.find_person("Bob Baker")).linkedin_url == "www.linkedin.com/in/bob-baker"
    assert people.get_person(people.find_person("Cid Cole")).linkedin_url == "LINKEDIN.com/in/cid-cole"
    assert people.get_person(people.find_person("Dee Dunn")).linkedin_url == "HTTP://WWW.LINKEDIN.COM/in/dee-dunn"


def test_a_row_with_nul_bytes_is_skipped_with_its_line_and_the_rest_imported(db: object, tmp_path: Path) -> None:
    source = tmp_path / "Connections.csv"
    source.write_bytes(
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        b"Ann,Able,,,,,\n"
        b"Bo\x00b,Baker,,,,,\n"
        b"Cid,Cole,,,,,\n"
    )

    summary = linkedin.run(source, now=NOW)

    assert (summary.created, summary.skipped) == (2, 1)
    assert summary.reasons == {"the row holds NUL bytes (binary data)": 1}
    assert summary.errors == ["Connections.csv: the row holds NUL bytes (binary data) (line 3)"]
    assert [p.name for p in people.list_people()] == ["Ann Able", "Cid Cole"]


def test_a_second_import_finds_everyone_again_and_counts_only_what_changed(db: object, tmp_path: Path) -> None:
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    rows = "Ann,Able,https://www.linkedin.com/in/ann-able,,Acme,Analyst,01 Feb 2026\nBob,Baker,,,,,\n"
    first = linkedin.run(_write(tmp_path / "Connections.csv", header + rows), now=NOW)
    same = linkedin.run(tmp_path / "Connections.csv", now=NOW)
    moved = linkedin.run(
        _write(tmp_path / "Connections.csv", header + rows.replace("Acme,Analyst", "Globex,Lead Analyst")), now=NOW
    )

    assert (first.created, first.updated, first.unchanged) == (2, 0, 0)
    assert (same.created, same.updated, same.unchanged) == (0, 0, 2)
    assert (moved.created, moved.updated, moved.unchanged) == (0, 1, 1)
    ann = people.get_person(people.find_person("Ann Able"))
    assert (ann.company, ann.title) == ("Globex", "Lead Analyst")
    assert len(people.list_people()) == 2


HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_a_connection_is_matched_to_someone_known_unless_a_url_or_email_says_it_is_someone_else(
    db: object, tmp_path: Path
) -> None:
    """Known before the import: Ann (a URL), Ben (an e-mail), Cleo (neither), Dora (an e-mail), Eva (a URL), all at
    Acme. The connections: Ann without a URL and Ben without an e-mail (the same people), Cleo with a URL and Dora
    with her e-mail under another name (the same people), Dora's namesake with another e-mail and Eva's with another
    URL (someone else)."""
    people.create_person({"name": "Ann Able", "company": "Acme", "linkedin_url": "https://www.linkedin.com/in/ann-1"})
    people.create_person({"name": "Ben Bell", "company": "Acme", "email": "ben@acme.example"})
    people.create_person({"name": "Cleo Cole", "company": "Acme"})
    people.create_person({"name": "Dora Dahl", "company": "Acme", "email": "dora@acme.example"})
    people.create_person({"name": "Eva Ek", "company": "Acme", "linkedin_url": "https://www.linkedin.com/in/eva-1"})
    source = _write(
        tmp_path / "Connections.csv",
        HEADER
        + "Ann,Able,,,Acme,Analyst,\n"
        + "Ben,Bell,https://www.linkedin.com/in/ben-b,,Acme,Engineer,\n"
        + "Cleo,Cole,https://www.linkedin.com/in/cleo-c,cleo@acme.example,Acme,Designer,\n"
        + "Dorothea,Dahl,,DORA@acme.example,Acme,Lead,\n"
        + "Dora,Dahl,,dora.dahl@other.example,Acme,Intern,\n"
        + "Eva,Ek,https://www.linkedin.com/in/eva-2,,Acme,Intern,\n",
    )

    summary = linkedin.run(source, now=NOW)

    assert (summary.created, summary.updated) == (2, 4)
    listed = sorted((p.name, p.title or "") for p in people.list_people())
    assert listed == [
        ("Ann Able", "Analyst"), ("Ben Bell", "Engineer"), ("Cleo Cole", "Designer"), ("Dora Dahl", "Intern"),
        ("Dora Dahl", "Lead"), ("Eva Ek", ""), ("Eva Ek", "Intern"),
    ]  # fmt: skip
    assert people.get_person(people.find_person("cleo@acme.example")).linkedin_url == (
        "https://www.linkedin.com/in/cleo-c"
    )
