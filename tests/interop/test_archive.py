"""The JSON archive: exact validation messages, matching instead of duplicating, all-or-nothing, round trip."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import people
from desktop.core.normalize import fold
from desktop.errors import InputError
from desktop.interop.archive import dumps, export_document, import_archive, import_document
from desktop.store.database import close_database, open_sqlite
from desktop.store.models import Interaction, Person, SuggestionState

EXAMPLE = Path(__file__).parents[1] / "data" / "archives" / "spec-example.json"


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _error(document: dict[str, Any]) -> str:
    with pytest.raises(InputError) as caught:
        import_document(document, "in.json")
    return str(caught.value)


def test_spec_example_imports_every_record(db: object) -> None:
    summary = import_archive(EXAMPLE)
    assert (summary.created, summary.updated, summary.unchanged, summary.skipped) == (8, 0, 0, 0)
    tom = people.get_person(people.find_person("tom@acme.example"))
    assert (tom.company, tom.title, tom.role, tom.tags) == ("Acme GmbH", "Senior Recruiter", "recruiter", ["acme"])


def test_reimport_changes_nothing_byte_for_byte(db: object) -> None:
    import_archive(EXAMPLE)
    before = dumps(export_document())
    summary = import_archive(EXAMPLE)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 8)
    assert dumps(export_document()) == before


def test_export_import_export_gives_the_same_document(db: object, tmp_path: Path) -> None:
    import_archive(EXAMPLE)
    first = export_document()
    close_database()
    open_sqlite(tmp_path / "second.db")
    import_document(first)
    assert export_document() == first


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["people"][0].update(nickname="Tommy"), "people[0] (id p1): unknown field 'nickname'"),
        (lambda d: d.update(colour="red"), "the document: unknown field 'colour'"),
        (lambda d: d["people"][1].update(role="boss"), "people[1] (id p2) field role: 'boss' is not one of"),
        (lambda d: d["interactions"][0].update(person="p99"), "interactions[0] field person: 'p99' is not a person"),
        (lambda d: d["people"][0].update(company="c7"), "people[0] (id p1) field company: 'c7' is not a company"),
        (lambda d: d["processes"][0]["contacts"][0].update(person="p5"), "contacts[0].person: 'p5' is not a person"),
        (lambda d: d["openings"][0].update(discovered_on="2026-02-30"), "field discovered_on: '2026-02-30' is not a"),
        (lambda d: d["interactions"][0].update(at="3026-01-20T09:30:00"), "outside 1900–2100"),
        (lambda d: d["people"].append(dict(d["people"][1])), "people[2] (id p2): id 'p2' is used twice"),
        (lambda d: d.update(format="something-else"), "not a Rebound archive"),
        (lambda d: d.update(version=2), "must be 1, not 2"),
        (lambda d: d["people"][0].pop("name"), "people[0] (id p1): 'name' is missing"),
        (lambda d: d["suggestion_states"][0].update(key="check_in/p9/"), "'p9' is not a person"),
        (lambda d: d["suggestion_states"][0].pop("until"), "a snoozed state needs 'until'"),
        (lambda d: d["connections"][0].update(b="p1"), "a person cannot know themselves"),
    ],
)
def test_bad_records_are_named_and_nothing_is_written(db: object, change: Any, message: str) -> None:
    document = example()
    change(document)
    text = _error(document)
    assert text.startswith("in.json: ")
    assert message in text
    assert Person.select().count() == 0
    assert Interaction.select().count() == 0


def test_an_error_late_in_the_file_rolls_back_everything(db: object) -> None:
    import_archive(EXAMPLE)
    before = dumps(export_document())
    document = example()
    document["people"].append({"id": "p3", "name": "New Person"})
    document["interactions"].append({"person": "p3", "kind": "note", "direction": "none", "at": "2026-13-01T00:00:00"})
    assert "interactions[1] field at" in _error(document)
    assert dumps(export_document()) == before


def test_people_match_by_linkedin_url_then_email_then_name_and_company(db: object) -> None:
    import_archive(EXAMPLE)
    document = example()
    tom = document["people"][0]
    tom.update(linkedin_url="http://LinkedIn.com/in/TomWeber/?trk=abc", email=None, title="Head of Talent")
    zoe = document["people"][1]
    zoe.update(email="ZOE@acme.example")
    summary = import_document(document)
    assert Person.select().count() == 2
    assert summary.updated == 2
    assert people.get_person(people.find_person("Tom Weber")).title == "Head of Talent"
    # e-mail now known; a third file spelling it in upper case finds the same person
    third = {"format": "rebound-archive", "version": 1,
             "people": [{"id": "x", "name": "Zoe M.", "email": "zoe@ACME.example", "location": "Hamburg"}]}  # fmt: skip
    import_document(third)
    assert Person.select().count() == 2
    assert people.get_person(people.find_person("zoe@acme.example")).location == "Hamburg"


def test_suggestion_state_keys_are_translated_to_database_ids(db: object) -> None:
    people.create_person({"name": "Someone Earlier"})  # shifts the database ids
    import_archive(EXAMPLE)
    tom_id = people.find_person("tom@acme.example")
    assert [s.key for s in SuggestionState.select()] == [f"check_in/{tom_id}/"]
    assert export_document()["suggestion_states"][0]["key"] == "check_in/p2/"


def test_unreadable_files_name_the_problem(tmp_path: Path, db: object) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "rebound-archive",\n "version": 1,\n "people": [}', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken.json: line 3 column 13: not valid JSON"):
        import_archive(broken)
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"format": "rebound-archive", "name": "Zoë"}'.encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        import_archive(latin)
    with pytest.raises(InputError, match="cannot read the file"):
        import_archive(tmp_path / "missing.json")
    listing = tmp_path / "list.json"
    listing.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match="not a Rebound archive"):
        import_archive(listing)


# ------------------------------------------------------------------ property: any valid archive round-trips

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(
    lambda s: s.strip() == s and any(c.isalnum() for c in s)
)
_day = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1))


@st.composite
def archives(draw: st.DrawFn) -> dict[str, Any]:
    company_names = draw(
        st.lists(
            _text, max_size=3, unique_by=lambda s: __import__("desktop.core.normalize", fromlist=["x"]).company_key(s)
        )
    )
    companies = [{"id": f"c{i}", "name": n} for i, n in enumerate(company_names, 1)]
    names = draw(st.lists(_text, min_size=1, max_size=5, unique_by=fold))
    persons = []
    for i, name in enumerate(names, 1):
        record: dict[str, Any] = {
            "id": f"p{i}", "name": name, "email": f"user{i}@example.org", "connected": draw(st.booleans()),
            "tags": draw(st.lists(_text, max_size=2, unique=True)),
        }  # fmt: skip
        if companies and draw(st.booleans()):
            record["company"] = draw(st.sampled_from(companies))["id"]
        persons.append(record)
    interactions = []
    seen = set()
    for _ in range(draw(st.integers(0, 6))):
        person = draw(st.sampled_from(persons))["id"]
        day = draw(_day)
        kind = draw(st.sampled_from(["note", "email", "call"]))
        direction = "none" if kind == "note" else draw(st.sampled_from(["in", "out"]))
        body = draw(st.one_of(st.none(), _text))
        key = (person, kind, direction, day, body)
        if key in seen:
            continue
        seen.add(key)
        interactions.append({"person": person, "kind": kind, "direction": direction,
                             "at": f"{day.isoformat()}T10:00:00", "body": body})  # fmt: skip
    return {"format": "rebound-archive", "version": 1, "companies": companies, "people": persons,
            "interactions": interactions}  # fmt: skip


def _meaning(document: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """What a user sees of an archive, whatever its ids: each person with their company's name, and each interaction
    with its person's name."""
    companies = {c["id"]: c["name"] for c in document.get("companies", [])}
    names = {p["id"]: p["name"] for p in document["people"]}
    persons = sorted(
        (
            p["name"],
            p.get("email"),
            p.get("connected", False),
            sorted(p.get("tags", [])),
            companies.get(p.get("company")),
        )
        for p in document["people"]
    )
    interactions = sorted(
        (names[i["person"]], i["kind"], i["direction"], i["at"], i.get("body") or "")
        for i in document.get("interactions", [])
    )
    return persons, interactions


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=archives())
def test_any_valid_archive_round_trips(document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("rt")
    open_sqlite(folder / "a.db")
    try:
        import_document(copy.deepcopy(document))
        first = export_document()
        assert _meaning(first) == _meaning(document)  # the export says what the archive said
        again = import_document(copy.deepcopy(first))
        assert again.created == 0
        assert export_document() == first
    finally:
        close_database()
    open_sqlite(folder / "b.db")
    try:
        import_document(copy.deepcopy(first))
        assert export_document() == first
    finally:
        close_database()


def test_progress_is_reported_as_records_are_written(db: object) -> None:
    document = example()
    document["people"] += [{"id": f"x{i}", "name": f"Person {i}"} for i in range(1200)]
    seen: list[tuple[int, int]] = []
    import_document(copy.deepcopy(document), progress=lambda done, total: seen.append((done, total)))
    total = seen[-1][1]
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) >= 3


def test_a_cancelled_import_leaves_the_database_as_it_was(db: object) -> None:
    from desktop.errors import Cancelled

    import_archive(EXAMPLE)
    before = dumps(export_document())
    document = example()
    document["people"] += [{"id": f"x{i}", "name": f"Person {i}"} for i in range(1200)]
    with pytest.raises(Cancelled):
        import_document(document, progress=lambda done, total: done < 600)
    assert dumps(export_document()) == before


def test_name_and_company_do_not_merge_people_whose_email_or_url_differ(db: object) -> None:
    import_archive(EXAMPLE)
    other_tom = {
        "format": "rebound-archive",
        "version": 1,
        "companies": [{"id": "c", "name": "Acme GmbH"}],
        "people": [{"id": "x", "name": "Tom Weber", "company": "c", "email": "t.weber@other.example"}],
    }
    assert import_document(other_tom).created == 1
    assert Person.select().where(Person.name == "Tom Weber").count() == 2
    same_zoe = {
        "format": "rebound-archive",
        "version": 1,
        "companies": [{"id": "c", "name": "Acme GmbH"}],
        "people": [{"id": "x", "name": "Zoë Martin", "company": "c", "location": "Köln"}],
    }
    assert import_document(same_zoe).updated == 1


def test_openings_with_different_urls_stay_apart(db: object) -> None:
    import_archive(EXAMPLE)
    document = example()
    document["openings"][0]["url"] = "https://acme.example/jobs/99"
    import_document(document)
    assert [o["url"] for o in export_document()["openings"]] == [
        "https://acme.example/jobs/17",
        "https://acme.example/jobs/99",
    ]
