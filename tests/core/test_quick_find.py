"""The palette's search: people, companies, openings, notes and messages, for a few typed letters."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core import quick_find
from desktop.core.openings import add_opening
from desktop.core.people import create_person
from desktop.core.timeline import log_interaction


def titles(hits: list[quick_find.Hit]) -> list[str]:
    return [hit.title for hit in hits]


def test_each_group_finds_by_the_words_typed(db: object) -> None:
    anna = create_person({"name": "Anna Schmidt", "company": "Globex AG", "title": "Recruiter"}).value
    create_person({"name": "Annika Berg", "company": "Initech"})
    tom = create_person({"name": "Tom Weber", "company": "Nordlicht Analytics GmbH"}).value
    add_opening("Nordlicht Analytics GmbH", "Senior Data Analyst", date(2026, 2, 1))
    add_opening("Globex AG", "Data Engineer", date(2026, 1, 20))
    log_interaction(tom, "note", "none", datetime(2026, 2, 3, 9, 0), body="Met at the Berlin meetup; hiring in spring")
    log_interaction(anna, "email", "in", datetime(2026, 2, 4, 9, 0), subject="Your interview", body="Thanks!")

    assert titles(quick_find.people("ann")) == ["Anna Schmidt", "Annika Berg"]  # by name
    assert quick_find.people("anna glob")[0].detail == "Recruiter · Globex AG"
    assert titles(quick_find.companies("nord")) == ["Nordlicht Analytics GmbH"]
    assert titles(quick_find.companies("ana")) == ["Nordlicht Analytics GmbH"]  # the start of any of its words
    assert titles(quick_find.companies("lobex")) == []  # not the middle of a word
    assert titles(quick_find.openings("data")) == ["Senior Data Analyst", "Data Engineer"]  # newest found first
    assert titles(quick_find.openings("data glob")) == ["Data Engineer"]  # title and company words alike
    [note] = quick_find.interactions("berlin meetup")
    assert (note.title, note.detail, note.person_id) == ("Met at the Berlin meetup; hiring in spring", "Tom Weber", tom)
    assert titles(quick_find.interactions("interview")) == ["Your interview"]


def test_find_groups_in_order_and_leaves_out_empty_groups(db: object) -> None:
    create_person({"name": "Greta Data"})
    add_opening("Acme", "Data Analyst", date(2026, 2, 1))

    found = quick_find.find("data")

    assert list(found) == ["person", "opening"]
    assert quick_find.find("  ") == {}
    assert quick_find.find("zzz") == {}


def test_no_more_than_the_limit_in_each_group(db: object) -> None:
    for number in range(8):
        create_person({"name": f"Max Muster{number}"})
    assert len(quick_find.people("max")) == quick_find.LIMIT
    assert len(quick_find.people("max", limit=2)) == 2


def test_the_last_word_typed_finds_messages_by_its_beginning(db: object) -> None:
    tom = create_person({"name": "Tom Weber"}).value
    log_interaction(tom, "email", "in", datetime(2026, 2, 4, 9, 0), subject="Re: data team", body="Many thanks, Tom")
    log_interaction(tom, "note", "none", datetime(2026, 2, 5, 9, 0), body="Coffee with the data team lead")

    assert titles(quick_find.interactions("than")) == ["Re: data team"]  # "than" finds "thanks"
    assert titles(quick_find.interactions("coff")) == ["Coffee with the data team lead"]
    assert titles(quick_find.find("many than").get("interaction", [])) == ["Re: data team"]


def test_a_short_last_word_is_a_whole_word_and_a_longer_one_a_prefix() -> None:
    assert quick_find.message_query(["data", "te"]) == '"data" "te"'  # two letters: most of the index
    assert quick_find.message_query(["data", "team"]) == '"data" "team"*'
    assert quick_find.message_query(["than"], prefix=0) == '"than"'  # whole words only (the bench's floor)
