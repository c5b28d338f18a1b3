"""Contact files as phones, mail clients and spreadsheets write them (tests/data/contacts, each with its expected
people beside it in a .json written by hand): imported field by field, imported again (nothing changes),
exported as vCard and CSV and imported from those (nothing lost); the exported vCards read back by a second,
independent parser written here (not vobject, not the importer's reader)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.core.person_values import given_and_family, named_by_address
from desktop.interop import csv_people, vcard
from desktop.interop.archive import dumps, export_document
from desktop.interop.people_export import people_for_export
from desktop.interop.people_import import ImportSummary
from desktop.store.database import close_database, open_sqlite

CONTACTS = Path(__file__).parents[1] / "data" / "contacts"
FILES = sorted(p.name for p in CONTACTS.iterdir() if p.suffix in (".vcf", ".csv"))
NOW = datetime(2026, 3, 1, 12, 0)
FIELDS = (
    "name", "first_name", "last_name", "email", "phone", "linkedin_url", "company", "title", "location", "notes",
    "tags",
)  # fmt: skip


def _import(path: Path) -> ImportSummary:
    if path.suffix == ".vcf":
        return vcard.run(path, now=NOW)
    return csv_people.write(csv_people.read_csv(path, guess=True), now=NOW)  # as `rebound import csv` does


def _people() -> list[dict[str, Any]]:
    return [{key: asdict(p)[key] for key in FIELDS} for p in people_for_export()]


def _expected(name: str) -> tuple[list[dict[str, Any]], list[str]]:
    document = json.loads((CONTACTS / name).with_suffix(".json").read_text(encoding="utf-8"))
    people = [{key: person.get(key, [] if key == "tags" else None) for key in FIELDS} for person in document["people"]]
    return people, document["summary"]


def test_every_contact_file_has_its_expected_people() -> None:
    assert len(FILES) >= 14
    assert {p.stem for p in CONTACTS.glob("*.json")} == {Path(f).stem for f in FILES}


@pytest.mark.parametrize("name", FILES)
def test_a_contact_file_imports_every_field_again_nothing_changes(db: object, name: str) -> None:
    expected, summary_lines = _expected(name)
    summary = _import(CONTACTS / name)
    assert (summary.created, summary.skipped) == (len(expected), 0)
    assert _people() == expected
    assert summary.errors == summary_lines  # what was left out or shortened, by line and property
    before = dumps(export_document())
    again = _import(CONTACTS / name)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(expected))
    assert dumps(export_document()) == before


def _split_where_missing(person: dict[str, Any]) -> dict[str, Any]:
    """What a vCard export says of a person: N holds their first and last name, or the name split when they have
    none (a person known by their address only has no N)."""
    person = dict(person)
    if not person["first_name"] and not person["last_name"] and not named_by_address(person["name"], person["email"]):
        given, family = given_and_family(person["name"])
        person["first_name"], person["last_name"] = given or None, family or None
    return person


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_contact_file_exported_as_vcard_and_imported_loses_nothing(
    db: object, tmp_path: Path, name: str, version: str
) -> None:
    _import(CONTACTS / name)
    first = _people()
    out = tmp_path / "out.vcf"
    vcard.export_vcard(out, version)
    assert [_plain_card(c) for c in _cards(out.read_bytes())] == [_card_fields(p) for p in first]
    close_database()
    open_sqlite(tmp_path / "second.db")
    summary = vcard.run(out, now=NOW)
    assert (summary.created, summary.skipped, summary.errors) == (len(first), 0, [])
    assert _people() == [_split_where_missing(p) for p in first]


@pytest.mark.parametrize("name", FILES)
def test_a_contact_file_exported_as_csv_and_imported_loses_nothing(db: object, tmp_path: Path, name: str) -> None:
    _import(CONTACTS / name)
    first = _people()
    out = tmp_path / "out.csv"
    csv_people.export_csv(out)
    close_database()
    open_sqlite(tmp_path / "second.db")
    summary = csv_people.run(out, now=NOW)
    assert (summary.created, summary.skipped, summary.errors) == (len(first), 0, [])
    assert _people() == first


# ---------------------------------------------------------------- a second vCard parser, independent of both


def _cards(data: bytes) -> list[list[tuple[str, str]]]:
    """RFC 6350 strictly, as an exporter must write it: UTF-8, CRLF, folding by one space, no line over 75
    octets; each card as (name with parameters, raw value) pairs."""
    assert all(len(line) <= 75 for line in data.split(b"\r\n")), "a line over 75 octets"
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), "a line end that is not CRLF"
    unfolded = text.replace("\r\n ", "")
    cards: list[list[tuple[str, str]]] = []
    for line in unfolded.split("\r\n"):
        if not line:
            continue
        head, value = line.split(":", 1)  # no colon in a property name or its parameters here
        if head == "BEGIN":
            cards.append([])
        elif head != "END":
            cards[-1].append((head, value))
    return cards


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split(value: str, separator: str) -> list[str]:
    parts, current, escaped = [], "", False
    for char in value:
        if escaped:
            current += "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _plain_card(card: list[tuple[str, str]]) -> dict[str, Any]:
    """The person fields a card says, read by the rules of RFC 6350 alone."""
    found: dict[str, Any] = {"tags": []}
    for head, value in card:
        name = head.split(";", 1)[0]
        if name == "FN":
            found["name"] = _unescape(value)
        elif name == "N":
            family, given, *_ = _split(value, ";")
            found["first_name"], found["last_name"] = _unescape(given) or None, _unescape(family) or None
        elif name == "ORG":
            found["company"] = _unescape(value)
        elif name == "TITLE":
            found["title"] = _unescape(value)
        elif name == "EMAIL":
            found["email"] = _unescape(value)
        elif name == "TEL":
            found["phone"] = _unescape(value)
        elif name == "URL":
            found["linkedin_url"] = _unescape(value)
        elif name == "ADR":
            found["location"] = _unescape(_split(value, ";")[3]) or None
        elif name == "NOTE":
            found["notes"] = _unescape(value)
        elif name == "CATEGORIES":
            found["tags"] = [_unescape(t) for t in _split(value, ",")]
    return {key: found.get(key) for key in FIELDS} | {"tags": found["tags"]}


def _card_fields(person: dict[str, Any]) -> dict[str, Any]:
    return _split_where_missing(person)
