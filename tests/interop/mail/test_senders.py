"""Senders: a human of a company of Rebound is offered as a new person on accepting; a robot never is."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.detect.senders import company_from_domain, company_from_signature, is_robot, role_in
from desktop.core.detections import accept, list_detections
from desktop.core.people import find_person, get_person
from desktop.core.timeline import timeline
from desktop.interop.mail import import_messages, read_mail
from desktop.store.models import Company, Interaction, Person
from tests.interop.mail.conftest import MAIL

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("address", "robot"),
    [
        ("no-reply@nordwind.example", True), ("noreply+123@mail.example", True), ("jobs@acme.example", True),
        ("bewerbung@firma.example", True), ("anything@greenhouse.io", True), ("x@hire.lever.co", True),
        ("lena.schmidt@nordwind.example", False), ("tom@acme.example", False), ("hrobert@acme.example", False),
    ],
)  # fmt: skip
def test_robots_are_told_from_humans(address: str, robot: bool) -> None:
    assert is_robot(address) is robot


def test_a_company_comes_from_the_signature_else_the_domain() -> None:
    assert company_from_signature("Best,\nLena Schmidt\nPeople & Culture | Nordwind AG", "Lena Schmidt") == (
        "Nordwind AG"
    )
    assert company_from_signature("Thanks!\nLena", "Lena") is None
    assert company_from_domain("kranich-logistik.example") == "Kranich Logistik"
    assert company_from_domain("gmail.com") is None


def test_the_role_is_an_opening_named_else_the_usual_phrasing() -> None:
    assert role_in("Your application", "about the Data Engineer role", ["Data Engineer", "Data"]) == "Data Engineer"
    assert role_in("Ihre Bewerbung als BI Analyst", "", []) == "BI Analyst"
    assert role_in("Your application for Senior Data Analyst at Globex", "", []) == "Senior Data Analyst"
    assert role_in("Hello", "no role here", []) is None


def test_strangers_keep_only_a_detection_and_a_human_is_added_on_accepting(mail_db: dict[str, int]) -> None:
    summary = import_messages(None, read_mail(MAIL / "strangers.mbox"), today=TODAY, headers_only=False)
    assert (summary.created, summary.skipped) == (0, 1)  # Kranich Logistik is no company of Rebound: forgotten
    assert [d.kind for d in list_detections()] == ["interview_invitation"]
    Company.create(name="Kranich Logistik", name_key="kranich logistik", domain="kranich.example")
    summary = import_messages(None, read_mail(MAIL / "strangers.mbox"), today=TODAY, headers_only=False)
    assert (summary.created, summary.skipped) == (0, 0)
    assert Interaction.select().count() == 0  # nobody of Rebound in them: no timeline entry
    lena, robot = list_detections()
    assert (lena.kind, lena.company, lena.role, lena.person_id, lena.human) == (
        "interview_invitation", "Nordwind AG", "Data Engineer", None, True,
    )  # fmt: skip
    assert (robot.kind, robot.company, robot.human) == ("rejection", "Kranich Logistik", False)

    accept(lena.id, TODAY)
    person = get_person(find_person("lena.schmidt@nordwind.example"))
    assert (person.name, person.company) == ("Lena Schmidt", "Nordwind AG")
    accept(robot.id, TODAY)
    assert Person.select().count() == 3  # Tom, Eva, Lena: no robot
    assert timeline(find_person("lena.schmidt@nordwind.example")) == []


def test_a_human_of_an_unknown_domain_is_named_by_the_signature() -> None:
    assert company_from_signature("Mit freundlichen Grüßen\n\nKranich Logistik GmbH\n", "") == "Kranich Logistik GmbH"


def test_erasing_a_person_erases_the_detections_of_their_mail(mail_db: dict[str, int]) -> None:
    from desktop.core.erase import erase_person

    import_messages(None, read_mail(MAIL / "inbox.mbox"), today=TODAY, headers_only=False)
    assert [d.sender for d in list_detections()] == ["eva.klein@nordwind.example", "tom@acme.example"]
    erase_person(mail_db["eva"], TODAY, compact=False)
    assert [d.sender for d in list_detections()] == ["tom@acme.example"]
