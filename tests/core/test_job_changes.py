"""A job change keeps the companies it was between as fields (schema 9); the congratulation reads them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.core import people, timeline
from desktop.errors import InputError
from desktop.interop import archive
from desktop.interop.people_import import Contact, write_contacts, writing
from desktop.store.models import DB
from tests.core.reconnect.scenario import World


@pytest.fixture
def world(db: object) -> World:
    return World()  # today 2026-03-02


def _companies(person_id: int) -> list[tuple[str | None, str | None, str | None]]:
    return DB.obj.execute_sql(
        "SELECT subject, from_company, to_company FROM interaction WHERE person_id = ? AND kind = 'job_change'",
        [person_id],
    ).fetchall()


def test_an_import_that_moves_a_person_records_both_companies(db: object) -> None:
    pid = people.create_person({"name": "Ann Good", "email": "ann@acme.example", "company": "Acme GmbH"}).value
    with writing():
        write_contacts([Contact(1, "Ann Good", email="ann@acme.example", company="Globex AG")], [], "test",
                       datetime(2026, 5, 4, 10, 0), None)  # fmt: skip
    assert _companies(pid) == [("Acme GmbH → Globex AG", "Acme GmbH", "Globex AG")]


def test_logging_a_job_change_with_its_companies_writes_its_subject(db: object) -> None:
    pid = people.create_person({"name": "Ann Good"}).value
    timeline.log_interaction(pid, "job_change", "none", datetime(2026, 5, 4, 10, 0), from_company="Acme GmbH",
                             to_company="Nordwind AG")  # fmt: skip
    assert _companies(pid) == [("Acme GmbH → Nordwind AG", "Acme GmbH", "Nordwind AG")]


def test_only_a_job_change_names_companies(db: object) -> None:
    pid = people.create_person({"name": "Ann Good"}).value
    with pytest.raises(InputError, match="only a job change names the companies"):
        timeline.log_interaction(pid, "call", "out", datetime(2026, 5, 4, 10, 0), to_company="Nordwind AG")


def test_an_archive_job_change_gets_its_companies_from_its_subject(db: object, tmp_path: Path) -> None:
    document = {
        "format": "rebound-archive", "version": 1,
        "people": [{"id": "p1", "name": "Ann Good"}],
        "interactions": [
            {"person": "p1", "kind": "job_change", "direction": "none", "at": "2026-05-04T10:00:00",
             "subject": "Acme GmbH → Globex AG"},
            {"person": "p1", "kind": "job_change", "direction": "none", "at": "2026-05-05T10:00:00",
             "subject": "Started somewhere new"},
        ],
    }  # fmt: skip
    archive.import_document(document, "test.json")
    pid = people.find_person("Ann Good")
    assert sorted(_companies(pid), key=str) == [
        ("Acme GmbH → Globex AG", "Acme GmbH", "Globex AG"),
        ("Started somewhere new", None, None),
    ]


def test_the_congratulation_names_the_new_company_from_its_field_not_the_subject(world: World) -> None:
    tom = world.person("Tom Weber", "Globex AG", email="tom@hooli.example")
    world.heard(tom, 10)
    timeline.log_interaction(tom, "job_change", "none", world.at(3, 8), subject="Big news on LinkedIn",
                             to_company="Hooli")  # fmt: skip

    [card] = world.cards(drafts=True)
    assert card["action"] == "congratulate_new_role"
    assert "congratulations on your new role at Hooli!" in card["draft"]["body"]
    assert "(Big news on LinkedIn)" in card["why"][0]
