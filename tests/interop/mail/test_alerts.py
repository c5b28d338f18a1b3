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
