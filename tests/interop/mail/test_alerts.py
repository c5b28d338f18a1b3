"""Job-alert mails (issue 20): openings at companies already in Rebound, one per role whatever told of it, and
the day plan's suggestions for the relevant ones only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest

from desktop.core.openings import list_openings
from desktop.interop import watch
from desktop.interop.mail import import_messages, read_mail, read_message
from desktop.interop.mail.alerts import AlertOpening, openings_in
from desktop.interop.mail.message import MailMessage
from tests.core.reconnect.scenario import World
from tests.feed_server import FeedServer, Route
from tests.interop.mail.conftest import MAIL

TODAY = date(2026, 12, 6)
ALERTS = MAIL / "alerts"


@pytest.fixture
def world(db: object) -> World:
    return World(TODAY)


def _read(name: str) -> MailMessage:
    message = read_message((ALERTS / name).read_bytes(), name)
    assert isinstance(message, MailMessage)
    return message


def _import(*names: str) -> int:
    summary = import_messages(None, read_mail(ALERTS if not names else ALERTS / names[0]), today=TODAY,
                              headers_only=False)  # fmt: skip
    return summary.openings


def _openings() -> list[tuple[str, str, str | None]]:
    return sorted((o.company, o.title, o.url) for o in list_openings())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("linkedin.eml", [
            AlertOpening("Nordwind AG", "Senior Data Analyst", "Hamburg (Hybrid)",
                         "https://www.linkedin.com/comm/jobs/view/4001?trk=eml"),
            AlertOpening("Nordwind AG", "Office Manager", "Hamburg", "https://www.linkedin.com/comm/jobs/view/4002?trk=eml"),
            AlertOpening("Unbekannt GmbH", "Data Analyst", "Berlin", "https://www.linkedin.com/comm/jobs/view/4003?trk=eml"),
        ]),
        ("stepstone.eml", [
            AlertOpening("Kranich Logistik", "Data Analyst (m/w/d)", "Bremen",
                         "https://www.stepstone.de/stellenangebote--Data-Analyst-m-w-d-Bremen-Kranich-Logistik--9001-inline.html"),
            AlertOpening("Kranich Logistik", "Lagerist (m/w/d)", "Bremen",
                         "https://www.stepstone.de/stellenangebote--Lagerist-Bremen-Kranich-Logistik--9002-inline.html"),
        ]),
        ("indeed.eml", [
            AlertOpening("Ostsee Energie", "Electrician", "Kiel", "https://www.indeed.com/viewjob?jk=abc123"),
            AlertOpening("Ostsee Energie", "BI Analyst", "Kiel", "https://www.indeed.com/viewjob?jk=def456"),
        ]),
        ("greenhouse.eml", [
            AlertOpening("Nordwind AG", "Senior Data Analyst", None, "https://boards.greenhouse.io/nordwind/jobs/1"),
            AlertOpening("Nordwind AG", "Warehouse Lead", None, "https://boards.greenhouse.io/nordwind/jobs/2"),
        ]),
        ("xing.eml", [  # text and HTML: the logo's link (no text) is no title, the company has a line of its own
            AlertOpening("Elbe Software GmbH", "Senior Data Engineer (m/w/d)", None,
                         "https://www.xing.com/jobs/hamburg-senior-data-engineer-148213771"
                         "?sc_o=jobs_recommendation_mail&sc_p=jr_1"),
            AlertOpening("Elbe Software GmbH", "Werkstudent Controlling (m/w/d)", None,
                         "https://www.xing.com/jobs/hamburg-werkstudent-controlling-148213802"
                         "?sc_o=jobs_recommendation_mail&sc_p=jr_2"),
            AlertOpening("Müller & Söhne KG", "Data Analyst (w/m/d)", None,
                         "https://www.xing.com/jobs/muenchen-data-analyst-148213955?sc_o=jobs_recommendation_mail&sc_p=jr_3"),
        ]),
        ("xing-empfehlungen.eml", [  # HTML only: each job's "Job ansehen" button is no opening
            AlertOpening("Elbe Software GmbH", "Teamlead Data Platform (m/w/d)", "Bremen",
                         "https://www.xing.com/jobs/bremen-teamlead-data-platform-147990012?sc_o=jr_mail"),
            AlertOpening("Elbe Software GmbH", "Senior Data Engineer (m/w/d)", "Hamburg",
                         "https://www.xing.com/jobs/hamburg-senior-data-engineer-148213771?sc_o=jr_mail"),
        ]),
        ("lever.eml", [  # the company from "New job posting at …"; "Apply for this job" and "Unsubscribe" are none
            AlertOpening("Elbe Software GmbH", "Senior Data Engineer (m/w/d)", None,
                         "https://jobs.lever.co/elbesoftware/3f6c2a1e-8b4d-4c7a-9e2f-1a5b7c9d0e11"),
            AlertOpening("Elbe Software GmbH", "Product Owner Logistics", None,
                         "https://jobs.lever.co/elbesoftware/7a1d9c44-2e3b-4f5a-8c6d-0b9e8f7a6c52"),
        ]),
    ],
)  # fmt: skip
def test_each_provider_s_alert_lists_its_openings(name: str, expected: list[AlertOpening]) -> None:
    assert openings_in(_read(name)) == expected


def test_only_companies_of_rebound_get_openings_and_one_per_role(world: World) -> None:
    world.person("Tom Weber", "Nordwind AG")
    world.person("Kai Brandt", "Kranich Logistik")
    # Nordwind: Senior Data Analyst (told by LinkedIn and by Greenhouse: one), Office Manager, Warehouse Lead;
    # Kranich: both roles; nothing at Unbekannt GmbH and Ostsee Energie (not in Rebound)
    assert _import() == 5
    assert _openings() == [
        ("Kranich Logistik", "Data Analyst (m/w/d)", None),
        ("Kranich Logistik", "Lagerist (m/w/d)", None),
        ("Nordwind AG", "Office Manager", None),
        ("Nordwind AG", "Senior Data Analyst", None),
        ("Nordwind AG", "Warehouse Lead", None),
    ]


def _greenhouse(*jobs: tuple[int, str]) -> Route:
    document = {"jobs": [{"id": n, "title": t, "absolute_url": f"https://boards.greenhouse.io/nordwind/jobs/{n}",
                          "location": {"name": "Hamburg"}} for n, t in jobs], "meta": {"total": len(jobs)}}  # fmt: skip
    return Route(body=json.dumps(document).encode())


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def test_the_same_role_from_an_alert_and_from_the_careers_feed_is_one_opening(world: World, server: FeedServer) -> None:
    world.person("Tom Weber", "Nordwind AG")
    _import("linkedin.eml")
    server.routes["/gh"] = _greenhouse((1, "Senior Data Analyst"))
    watch.set_company_watch("Nordwind AG", watch=True, careers_url=server.url("/gh"))
    watch.run_watch(TODAY)
    assert _openings() == [
        ("Nordwind AG", "Office Manager", None),
        ("Nordwind AG", "Senior Data Analyst", "https://boards.greenhouse.io/nordwind/jobs/1"),
    ]
    assert _import("linkedin.eml") == 0  # the alert again: nothing new


def _dated_openings() -> list[tuple[str, str, str | None, date | None]]:
    return sorted((o.company, o.title, o.url, o.discovered_on) for o in list_openings())


def test_xing_and_lever_alerts_add_openings_at_companies_of_rebound_once(world: World) -> None:
    world.person("Lars Petersen", "Elbe Software GmbH")  # Müller & Söhne KG (XING's third job) is not in Rebound
    assert _import("xing.eml") == 2
    assert _dated_openings() == [
        ("Elbe Software GmbH", "Senior Data Engineer (m/w/d)", None, TODAY),
        ("Elbe Software GmbH", "Werkstudent Controlling (m/w/d)", None, TODAY),
    ]
    assert _import("xing.eml") == 0  # the alert again: nothing new
    assert _import("xing-empfehlungen.eml") == 1  # Teamlead Data Platform; Senior Data Engineer is there already
    assert _import("lever.eml") == 1  # Product Owner Logistics; Senior Data Engineer told a third time: still one
    assert _import("lever.eml") == 0
    assert _dated_openings() == [
        ("Elbe Software GmbH", "Product Owner Logistics", None, TODAY),
        ("Elbe Software GmbH", "Senior Data Engineer (m/w/d)", None, TODAY),
        ("Elbe Software GmbH", "Teamlead Data Platform (m/w/d)", None, TODAY),
        ("Elbe Software GmbH", "Werkstudent Controlling (m/w/d)", None, TODAY),
    ]


@pytest.mark.parametrize("name", ["xing.eml", "xing-empfehlungen.eml", "lever.eml"])
def test_a_xing_or_lever_alert_for_companies_not_in_rebound_adds_nothing(world: World, name: str) -> None:
    world.person("Tom Weber", "Nordwind AG")
    world.person("Eva Klein", "Müller Söhne")  # not "Müller & Söhne KG": no near match
    assert _import(name) == 0
    assert _openings() == []


def _lever(*postings: tuple[str, str]) -> Route:
    document = [{"id": uuid, "text": title, "hostedUrl": f"https://jobs.lever.co/elbesoftware/{uuid}",
                 "categories": {"location": "Hamburg"}, "createdAt": 1764900000000}
                for uuid, title in postings]  # fmt: skip
    return Route(body=json.dumps(document).encode())


SENIOR = "3f6c2a1e-8b4d-4c7a-9e2f-1a5b7c9d0e11"


def test_the_same_role_from_a_xing_alert_and_from_the_lever_feed_is_one_opening(
    world: World, server: FeedServer
) -> None:
    world.person("Lars Petersen", "Elbe Software GmbH")
    _import("xing.eml")
    server.routes["/lever"] = _lever((SENIOR, "Senior Data Engineer (m/w/d)"))
    watch.set_company_watch("Elbe Software GmbH", watch=True, careers_url=server.url("/lever"))
    watch.run_watch(TODAY)
    assert _openings() == [
        ("Elbe Software GmbH", "Senior Data Engineer (m/w/d)", f"https://jobs.lever.co/elbesoftware/{SENIOR}"),
        ("Elbe Software GmbH", "Werkstudent Controlling (m/w/d)", None),
    ]
    assert _import("lever.eml") == 1  # the feed's role told by Lever's mail: still one; Product Owner is new
    assert _import("xing.eml") == 0
    assert len(list_openings()) == 3


def test_the_lever_feed_first_then_the_lever_alert_adds_only_the_role_the_feed_lacks(
    world: World, server: FeedServer
) -> None:
    world.person("Lars Petersen", "Elbe Software GmbH")
    server.routes["/lever"] = _lever((SENIOR, "Senior Data Engineer (m/w/d)"))
    watch.set_company_watch("Elbe Software GmbH", watch=True, careers_url=server.url("/lever"))
    watch.run_watch(TODAY)
    assert _import("lever.eml") == 1
    assert _openings() == [
        ("Elbe Software GmbH", "Product Owner Logistics", None),
        ("Elbe Software GmbH", "Senior Data Engineer (m/w/d)", f"https://jobs.lever.co/elbesoftware/{SENIOR}"),
    ]


def test_an_alert_then_the_day_plan_suggests_for_relevant_roles_only(world: World) -> None:
    tom = world.person("Tom Weber", "Nordwind AG")  # reachable, known: asked directly
    world.heard(tom, 40)
    kai = world.person("Kai Brandt", "Kranich Logistik", email=False)  # known but unreachable: an intro
    world.heard(kai, 40)
    mia = world.person("Mia Roth", connected=True)
    world.edge(mia, kai, strength=3)
    olaf = world.person("Olaf Lenz", "Ostsee Energie")  # Electrician (irrelevant) and BI Analyst there
    world.heard(olaf, 40)
    assert _import() == 7
    cards = {(c["action"], c["person"]["name"], (c["opening"] or {}).get("title"), (c["target"] or {}).get("name"))
             for c in world.cards()}  # fmt: skip
    assert cards == {
        ("ask_about_opening", "Tom Weber", "Senior Data Analyst", None),
        ("ask_for_intro", "Mia Roth", "Data Analyst (m/w/d)", "Kai Brandt"),
        ("ask_about_opening", "Olaf Lenz", "BI Analyst", None),
    }
