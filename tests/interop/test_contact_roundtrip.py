"""Any person, with any Unicode text in every field, survives vCard export → import and CSV export → import
unchanged (hypothesis). Text is as the importers keep it: trimmed, names and companies with single spaces (a
vCard's N, ORG and ADR parts are read so), line breaks as ``\\n``; no control characters (a file holding many is
not a text file); no value that starts like a spreadsheet formula (refused on import, by rule); a company with a
letter or digit (Rebound's rule for company names)."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.normalize import company_key
from desktop.core.people import create_person
from desktop.interop import csv_people, vcard
from desktop.interop.people_export import people_for_export
from desktop.store.database import close_database, open_sqlite

NOW = datetime(2026, 3, 1, 12, 0)
FIELDS = (
    "name", "first_name", "last_name", "email", "phone", "linkedin_url", "company", "title", "location", "notes",
    "tags",
)  # fmt: skip
_FORMULA = re.compile(r"^\s*(=|[+\-@]\s*[A-Za-z_][\w.]*\s*\()")

_CHARS = st.characters(exclude_categories=("Cs", "Cc"))  # every letter, mark, symbol, space of any script
_RAW = st.text(_CHARS, min_size=1, max_size=30)


def _plain(text: str) -> str:
    return " ".join(text.split())


_ONE_LINE = _RAW.map(_plain).filter(lambda t: bool(t) and not _FORMULA.match(t) and not t.startswith(("=", "@")))
_TEXT = _RAW.map(str.strip).filter(lambda t: bool(t) and not _FORMULA.match(t))
_NOTES = st.lists(_TEXT, min_size=1, max_size=3).map("\n".join)
_EMAIL = st.from_regex(r"[A-Za-z0-9._%+-]{1,12}@[a-z0-9]{1,10}\.[a-z]{2,6}", fullmatch=True)
_PROFILE = st.from_regex(r"[a-z0-9-]{3,20}", fullmatch=True).map(lambda s: f"https://www.linkedin.com/in/{s}")
_PHONE = st.from_regex(r"\+?[0-9][0-9 ()/.-]{4,16}[0-9]", fullmatch=True)
_TAGS = st.lists(
    _ONE_LINE.filter(lambda t: ";" not in t and not t.startswith("'")), max_size=3, unique_by=str.casefold
)  # a CSV cell holds the tags joined by ";"


@st.composite
def persons(draw: st.DrawFn) -> dict[str, Any]:
    person: dict[str, Any] = {"name": draw(_ONE_LINE), "tags": sorted(draw(_TAGS))}
    for field, values in (
        ("first_name", _ONE_LINE), ("last_name", _ONE_LINE), ("email", _EMAIL), ("phone", _PHONE),
        ("linkedin_url", _PROFILE), ("company", _ONE_LINE.filter(company_key)), ("title", _TEXT),
        ("location", _ONE_LINE), ("notes", _NOTES),
    ):  # fmt: skip
        person[field] = draw(st.none() | values)
    if not person["first_name"] and not person["last_name"]:
        person["first_name"] = draw(_ONE_LINE)  # a vCard's N says the name's parts: here they are the person's own
    return person


def _people() -> list[dict[str, Any]]:
    return [{key: asdict(p)[key] for key in FIELDS} for p in people_for_export()]


def _round_trip(person: dict[str, Any], folder: Path, suffix: str) -> list[dict[str, Any]]:
    open_sqlite(folder / "a.db")
    try:
        create_person(dict(person))
        first = _people()
        out = folder / f"out{suffix}"
        if suffix == ".vcf":
            vcard.export_vcard(out)
        else:
            csv_people.export_csv(out)
    finally:
        close_database()
    open_sqlite(folder / "b.db")
    try:
        summary = vcard.run(out, now=NOW) if suffix == ".vcf" else csv_people.run(out, now=NOW)
        assert (summary.created, summary.skipped, summary.errors) == (1, 0, [])
        return [first[0], _people()[0]]
    finally:
        close_database()


@pytest.mark.parametrize("suffix", [".vcf", ".csv"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(person=persons())
def test_any_person_survives_export_and_import(
    person: dict[str, Any], suffix: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    stored, again = _round_trip(person, tmp_path_factory.mktemp("rt"), suffix)
    assert stored == {key: person[key] for key in FIELDS}  # what was drawn is what the database holds
    assert again == stored
