"""Duplicate people: likely pairs with a score and reasons, merge in one transaction, undo exactly."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from desktop.core import duplicates, people
from desktop.core.timeline import timeline
from desktop.errors import InputError, NotFound
from desktop.interop.archive import dumps, export_document, import_document
from desktop.store import search
from desktop.store.models import DB, Person

SCENARIO: dict[str, Any] = {
    "format": "rebound-archive",
    "version": 1,
    "companies": [{"id": "c1", "name": "Acme GmbH"}, {"id": "c2", "name": "Globex AG"}],
    "people": [
        {"id": "p1", "name": "Catherine Nguyen", "email": "cathy@acme.example", "company": "c1",
         "linkedin_url": "https://www.linkedin.com/in/cathynguyen", "connected": True, "tags": ["acme"],
         "skills": ["sql"]},
        {"id": "p2", "name": "Cathy Nguyen", "company": "c1", "phone": "+1 555 0100", "title": "Recruiter",
         "tags": ["berlin", "acme"], "notes": "Met at the Berlin meetup", "skills": ["python"],
         "do_not_contact": True},
        {"id": "p3", "name": "Tom Weber", "email": "tom@acme.example"},
        {"id": "p5", "name": "Sam Lee", "company": "c1", "linkedin_url": "https://www.linkedin.com/in/samlee1"},
        {"id": "p6", "name": "Sam Lee", "company": "c1", "linkedin_url": "https://www.linkedin.com/in/samlee2"},
        {"id": "p7", "name": "Anna Schmidt", "company": "c1"},
        {"id": "p8", "name": "Peter Schmidt", "company": "c1"},
        {"id": "p9", "name": "Jan Visser"},
        {"id": "p10", "name": "Visser, Jan"},
    ],
    "connections": [
        {"a": "p1", "b": "p3", "kind": "knows", "strength": 1, "since": "2022-01-01"},
        {"a": "p2", "b": "p3", "kind": "worked_with", "strength": 3, "since": "2020-05-01"},
        {"a": "p1", "b": "p2", "kind": "knows", "strength": 1},
        {"a": "p2", "b": "p7", "kind": "referred", "strength": 2},
    ],
    "openings": [{"id": "o1", "company": "c1", "title": "Data Analyst"}],
    "processes": [
        {"id": "r1", "opening": "o1", "candidate": None, "stage_reached": "final", "outcome": "rejected",
         "contacts": [{"person": "p1", "role": "recruiter"}, {"person": "p2", "role": "recruiter"},
                      {"person": "p2", "role": "interviewer"}]},
        {"id": "r2", "opening": "o1", "candidate": "p2", "stage_reached": "onsite", "outcome": "rejected"},
    ],
    "interactions": [
        {"person": "p1", "kind": "note", "direction": "none", "at": "2026-01-05T10:00:00", "body": "Met at a meetup"},
        {"person": "p2", "kind": "note", "direction": "none", "at": "2026-01-05T10:00:00", "body": "Met at a meetup"},
        {"person": "p2", "kind": "email", "direction": "out", "at": "2026-01-06T09:00:00", "channel": "email",
         "subject": "Hello", "body": "Nice to meet you"},
    ],
    "suggestion_states": [
        {"key": "check_in/p1/", "state": "dismissed"},
        {"key": "check_in/p2/", "state": "snoozed", "until": "2026-06-01"},
        {"key": "connect_linkedin/p2/", "state": "done"},
    ],
}  # fmt: skip


@pytest.fixture
def ids(db: object) -> dict[str, int]:
    """The scenario imported, plus p4 with Tom's e-mail (an import would have matched them); archive ids → ids."""
    import_document(copy.deepcopy(SCENARIO))
    stored = [p.id for p in Person.select(Person.id).order_by(Person.id)]
    found = dict(zip([p["id"] for p in SCENARIO["people"]], stored, strict=True))
    found["p4"] = people.create_person(
        {"name": "Thomas Weber", "email": "TOM@acme.example", "company": "Globex AG"}
    ).value
    return found


def _names(document: dict[str, Any]) -> dict[str, str]:
    return {p["id"]: p["name"] for p in document["people"]}


def _pairs(found: list[duplicates.Candidate]) -> dict[tuple[int, int], duplicates.Candidate]:
    return {(c.a, c.b): c for c in found}


# ---------------------------------------------------------------- candidates


def test_likely_duplicates_with_score_and_reasons(ids: dict[str, int]) -> None:
    found = _pairs(duplicates.candidates())
    cathy = found[(ids["p1"], ids["p2"])]
    assert cathy.reasons == ("names 88% alike", "both at Acme GmbH")
    assert cathy.score == pytest.approx(0.904)
    tom = found[(ids["p3"], ids["p4"])]
    assert tom.reasons[0] == "same e-mail tom@acme.example" and tom.score >= 0.95
    swapped = found[(ids["p9"], ids["p10"])]
    assert swapped.reasons[0] == "names 100% alike"
    assert (ids["p5"], ids["p6"]) not in found  # two LinkedIn profiles: two people, whatever the names
    assert (ids["p7"], ids["p8"]) not in found  # Anna and Peter Schmidt: colleagues, not one person
    assert list(found) == [(c.a, c.b) for c in sorted(found.values(), key=lambda c: (-c.score, c.a, c.b))]


def test_candidates_of_one_person_and_pairs_already_judged(ids: dict[str, int]) -> None:
    mine = duplicates.candidates(person_id=ids["p2"])
    assert [(c.a, c.b) for c in mine] == [(ids["p1"], ids["p2"])]
    assert mine == [c for c in duplicates.candidates() if ids["p2"] in (c.a, c.b)]
    rest = duplicates.candidates(exclude=[(ids["p2"], ids["p1"])])
    assert (ids["p1"], ids["p2"]) not in _pairs(rest)
    assert len(duplicates.candidates(limit=1)) == 1
    with pytest.raises(NotFound):
        duplicates.candidates(person_id=999)


def test_only_people_in_a_shared_block_are_compared(db: object, monkeypatch: pytest.MonkeyPatch) -> None:
    first = ["Anna", "Ben", "Carla", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jonas"]
    last = ["Adler", "Berger", "Conrad", "Dreyer", "Engel", "Fuchs", "Graf", "Horn", "Imhof", "Jung"]
    with DB.atomic():
        for f in first:
            for surname in last:
                for _ in range(3):
                    people.create_person({"name": f"{f} {surname}"})
    judged: list[tuple[int, int]] = []
    original = duplicates._judge

    def counting(a: Any, b: Any, similarity: float) -> Any:
        judged.append((a.id, b.id))
        return original(a, b, similarity)

    monkeypatch.setattr(duplicates, "_judge", counting)
    found = duplicates.candidates()
    assert len(found) == 300  # each name three times, nothing else known: 3 pairs per name
    assert len(judged) < 2_000  # all pairs would be 300 × 299 / 2 = 44,850


# ---------------------------------------------------------------- merge and undo


def test_merge_moves_everything_to_the_kept_person(ids: dict[str, int]) -> None:
    keep, drop = ids["p1"], ids["p2"]
    change = duplicates.merge(keep, drop)
    assert Person.get_or_none(Person.id == drop) is None
    cathy = people.get_person(keep)
    assert (cathy.name, cathy.email, cathy.phone, cathy.title) == (
        "Catherine Nguyen", "cathy@acme.example", "+1 555 0100", "Recruiter",
    )  # fmt: skip
    assert cathy.tags == ["acme", "berlin"] and cathy.skills == ["sql", "python"]
    assert cathy.notes == "Met at the Berlin meetup"
    assert cathy.do_not_contact and cathy.connected
    entries = [(e.kind, e.body) for e in timeline(keep)]
    assert entries == [("email", "Nice to meet you"), ("note", "Met at a meetup")]  # the repeat is gone
    document = export_document()
    name = _names(document)
    assert [(name[c["a"]], name[c["b"]], c["kind"], c["strength"], c["since"]) for c in document["connections"]] == [
        ("Catherine Nguyen", "Tom Weber", "worked_with", 3, "2020-05-01"),  # one edge, the stronger one
        ("Catherine Nguyen", "Anna Schmidt", "referred", 2, None),  # re-pointed; and no edge to herself
    ]
    [r1, r2] = document["processes"]
    assert [(name[c["person"]], c["role"]) for c in r1["contacts"]] == [
        ("Catherine Nguyen", "recruiter"), ("Catherine Nguyen", "interviewer"),
    ]  # fmt: skip
    assert name[r2["candidate"]] == "Catherine Nguyen"
    assert [(s["key"], s["state"]) for s in document["suggestion_states"]] == [
        ("check_in/p1/", "dismissed"), ("connect_linkedin/p1/", "done"),
    ]  # fmt: skip
    assert change.summary == {"interactions": 1, "repeats_dropped": 1, "tags_added": 1}
    assert search.problems(DB.obj) == []
    assert search.person_count(DB.obj, "berlin") == 1


def test_merge_then_undo_gives_the_same_database_byte_for_byte(ids: dict[str, int]) -> None:
    before = dumps(export_document())
    for keep, drop in ((ids["p1"], ids["p2"]), (ids["p2"], ids["p1"]), (ids["p4"], ids["p3"])):
        change = duplicates.merge(keep, drop)
        assert dumps(export_document()) != before
        duplicates.undo(change)
        assert dumps(export_document()) == before
        assert search.problems(DB.obj) == []
    assert search.person_count(DB.obj, "cathy") == 2


def test_merge_keeps_what_would_be_lost_in_the_notes(ids: dict[str, int]) -> None:
    duplicates.merge(ids["p4"], ids["p3"])
    thomas = people.get_person(ids["p4"])
    assert thomas.email == "TOM@acme.example"
    assert thomas.notes is None  # the same address in another case is the same address
    people.update_person(ids["p5"], {"email": "jan@acme.example", "phone": "+49 1"})
    people.update_person(ids["p6"], {"email": "samuel@globex.example", "phone": "+49 2", "notes": "Sam from Globex"})
    duplicates.merge(ids["p5"], ids["p6"])
    assert people.get_person(ids["p5"]).notes == (
        "Other e-mail address: samuel@globex.example\n\nOther LinkedIn profile: https://www.linkedin.com/in/samlee2"
        "\n\nOther phone number: +49 2\n\nSam from Globex"
    )


def test_a_merge_that_fails_midway_changes_nothing(ids: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    before = dumps(export_document())

    def broken(keep: Any, drop: Any) -> Any:
        raise RuntimeError("power cut")

    monkeypatch.setattr(duplicates, "_merged_person", broken)
    with pytest.raises(RuntimeError):
        duplicates.merge(ids["p1"], ids["p2"])
    assert dumps(export_document()) == before


def test_merge_and_undo_refuse_what_cannot_be_done(ids: dict[str, int]) -> None:
    with pytest.raises(InputError, match="cannot be merged with themselves"):
        duplicates.merge(ids["p1"], ids["p1"])
    with pytest.raises(NotFound, match="no person with id 999"):
        duplicates.merge(ids["p1"], 999)
    change = duplicates.merge(ids["p9"], ids["p10"])
    DB.obj.execute_sql("INSERT INTO person (id, name, sort_key) VALUES (?, 'Someone', 'someone')", [ids["p10"]])
    with pytest.raises(InputError, match=f"person id {ids['p10']} is in use again"):
        duplicates.undo(change)


def test_a_pair_judged_not_the_same_person_is_never_offered_again(ids: dict[str, int]) -> None:
    jan, visser = ids["p9"], ids["p10"]  # Jan Visser and "Visser, Jan"
    assert (jan, visser) in _pairs(duplicates.candidates())
    duplicates.mark_distinct(visser, jan)  # either order
    assert (jan, visser) not in _pairs(duplicates.candidates())
    assert duplicates.distinct_pairs() == {(jan, visser)}
    duplicates.unmark_distinct(jan, visser)
    assert (jan, visser) in _pairs(duplicates.candidates())
    with pytest.raises(InputError):
        duplicates.mark_distinct(jan, jan)
    with pytest.raises(NotFound):
        duplicates.mark_distinct(jan, 99_999)


def test_judgements_go_with_a_merged_person_and_come_back_with_the_undo(ids: dict[str, int]) -> None:
    duplicates.mark_distinct(ids["p2"], ids["p7"])
    change = duplicates.merge(ids["p1"], ids["p2"])
    assert duplicates.distinct_pairs() == set()  # Cathy Nguyen (p2) is no longer a person of her own
    duplicates.undo(change)
    assert duplicates.distinct_pairs() == {tuple(sorted((ids["p2"], ids["p7"])))}


def test_erasing_a_person_forgets_their_judgements(ids: dict[str, int]) -> None:
    from datetime import date

    from desktop.core.erase import erase_person

    duplicates.mark_distinct(ids["p9"], ids["p10"])
    erase_person(ids["p10"], today=date(2026, 3, 2))
    assert duplicates.distinct_pairs() == set()


def test_undoing_a_merge_after_someone_involved_was_erased(ids: dict[str, int]) -> None:
    from datetime import date

    from desktop.core.erase import erase_person

    duplicates.mark_distinct(ids["p2"], ids["p9"])
    change = duplicates.merge(ids["p1"], ids["p2"])
    erase_person(ids["p9"], today=date(2026, 3, 2))  # the judgement about Jan Visser goes with him
    duplicates.undo(change)
    assert duplicates.distinct_pairs() == set()
    assert people.get_person(ids["p2"]).name == "Cathy Nguyen"

    again = duplicates.merge(ids["p1"], ids["p2"])
    erase_person(ids["p3"], today=date(2026, 3, 2))  # Tom Weber: an edge of the merge
    before = dumps(export_document())
    with pytest.raises(InputError, match="erased since"):
        duplicates.undo(again)
    assert dumps(export_document()) == before  # nothing half undone
