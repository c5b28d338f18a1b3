"""The watch run: feeds of opted-in companies read politely, openings added once, vanished ones closed,
failures contained per feed; then the day plan suggests what the rules say for relevant new roles only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from desktop.core.openings import add_opening, list_openings
from desktop.errors import InputError
from desktop.interop import watch
from desktop.store.models import Opening
from tests.core.reconnect.scenario import World
from tests.feed_server import FeedServer, Route, recorded

TODAY = date(2026, 12, 6)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def world(db: object) -> World:
    return World(TODAY)


def _open(company: str) -> list[tuple[str, str, date | None]]:
    return sorted((o.title, o.status, o.discovered_on) for o in list_openings() if o.company == company)


def _greenhouse(*jobs: tuple[int, str]) -> Route:
    document = {"jobs": [{"id": n, "title": t, "absolute_url": f"https://boards.greenhouse.io/nw/jobs/{n}",
                          "location": {"name": "Hamburg"}} for n, t in jobs], "meta": {"total": len(jobs)}}  # fmt: skip
    return Route(body=json.dumps(document).encode())


def test_new_openings_are_added_once_and_vanished_ones_closed(world: World, server: FeedServer) -> None:
    server.routes["/gh"] = _greenhouse((1, "Data Analyst"), (2, "Office Manager"))
    watch.set_company_watch("Nordwind AG", watch=True, careers_url=server.url("/gh"))

    [first] = watch.run_watch(TODAY)
    assert (first.format, first.new, first.closed, first.unchanged, first.error) == ("greenhouse", 2, 0, 0, None)
    assert _open("Nordwind AG") == [("Data Analyst", "open", TODAY), ("Office Manager", "open", TODAY)]

    later = TODAY + timedelta(days=1)
    server.routes["/gh"] = _greenhouse((1, "Data Analyst"), (3, "BI Developer"))
    [second] = watch.run_watch(later)
    assert (second.new, second.closed, second.unchanged) == (1, 1, 1)
    assert _open("Nordwind AG") == [
        ("BI Developer", "open", later), ("Data Analyst", "open", TODAY), ("Office Manager", "closed", TODAY),
    ]  # fmt: skip
    closed = Opening.get(Opening.title == "Office Manager")
    assert watch.feed_facts(closed.id) == {"location": "Hamburg", "closed_on": later.isoformat()}

    server.routes["/gh"] = _greenhouse((1, "Data Analyst"), (2, "Office Manager"), (3, "BI Developer"))
    [third] = watch.run_watch(later + timedelta(days=1))
    assert (third.new, third.closed, third.unchanged) == (1, 0, 2)
    assert Opening.select().count() == 3  # seen again: reopened, never duplicated
    assert watch.feed_facts(closed.id) == {"location": "Hamburg"}


def test_an_opening_typed_in_by_hand_is_not_duplicated(world: World, server: FeedServer) -> None:
    add_opening("Nordwind AG", "Data Analyst", date(2026, 11, 1), url="https://boards.greenhouse.io/nw/jobs/1")
    add_opening("Nordwind AG", "Office Manager", date(2026, 11, 2))
    server.routes["/gh"] = _greenhouse((1, "Data Analyst"), (2, "Office Manager"))
    watch.set_company_watch("Nordwind AG", watch=True, careers_url=server.url("/gh"))

    [report] = watch.run_watch(TODAY)
    assert (report.new, report.unchanged) == (0, 2)
    assert _open("Nordwind AG") == [("Data Analyst", "open", date(2026, 11, 1)),
                                    ("Office Manager", "open", date(2026, 11, 2))]  # fmt: skip


def test_a_feed_is_read_at_most_once_a_day_and_conditionally(world: World, server: FeedServer) -> None:
    server.routes["/gh"] = recorded("greenhouse_jobs.json", etag='"abc"')
    watch.set_company_watch("Nordwind AG", watch=True, careers_url=server.url("/gh"))
    watch.run_watch(TODAY)

    [again] = watch.run_watch(TODAY)
    assert again.skipped == "read today already (at most once a day)"
    assert len(server.seen) == 1

    [forced] = watch.run_watch(TODAY, force=True)
    assert (forced.new, forced.unchanged, forced.error) == (0, 2, None)
    assert server.seen[1].headers["if-none-match"] == '"abc"'
    assert Opening.select().count() == 2


def test_a_failing_feed_backs_off_and_never_blocks_the_others(world: World, server: FeedServer) -> None:
    server.routes["/gh"] = recorded("greenhouse_jobs.json")
    server.routes["/broken"] = Route(status=500, body=b"", content_type="text/plain")
    server.routes["/slow"] = Route(body=b"[]", wait=True)
    watch.set_company_watch("Nordwind AG", watch=True, careers_url=server.url("/gh"))
    watch.set_company_watch("Broken GmbH", watch=True, careers_url=server.url("/broken"))
    watch.set_company_watch("Slow AG", watch=True, careers_url=server.url("/slow"))

    reports = watch.run_watch(TODAY, timeout=1.5)
    server.release.set()
    assert [r.line() for r in reports] == [
        "Broken GmbH: error — HTTP 500 Internal Server Error",
        "Nordwind AG: greenhouse, 2 new, 0 closed, 0 unchanged",
        "Slow AG: error — no answer within 1.5 s (timeout)",
    ]
    tomorrow = watch.run_watch(TODAY + timedelta(days=1), timeout=1.5)
    assert tomorrow[0].line() == "Broken GmbH: error — HTTP 500 Internal Server Error"  # the 1-day pause is over
    assert [r.company for r in tomorrow if r.skipped is None] == ["Broken GmbH", "Nordwind AG", "Slow AG"]
    day_after = watch.run_watch(TODAY + timedelta(days=2), timeout=1.5)
    assert day_after[0].skipped == "backing off after 2 failed reads; next try on 2026-12-09"


def test_only_opted_in_companies_are_read_and_the_switch_stops_all(world: World, server: FeedServer) -> None:
    server.routes["/gh"] = recorded("greenhouse_jobs.json")
    watch.set_company_watch("Nordwind AG", watch=False, careers_url=server.url("/gh"))
    assert watch.run_watch(TODAY) == []
    watch.set_company_watch("Nordwind AG", watch=True)
    watch.set_watching_enabled(False)
    assert watch.run_watch(TODAY) == []
    assert server.seen == []
    watch.set_watching_enabled(True)
    assert [r.new for r in watch.run_watch(TODAY)] == [2]


def test_bad_entries_are_reported_and_nothing_is_written_from_them(world: World, server: FeedServer) -> None:
    server.routes["/careers.rss"] = recorded("rss.xml", "application/rss+xml")
    watch.set_company_watch("Ostsee Energie", watch=True, careers_url=server.url("/careers.rss"))
    [report] = watch.run_watch(TODAY)
    assert (report.new, report.error) == (2, None)
    assert len(report.problems) == 4 and report.problems[1] == "entry 3: no title; left out"
    assert sorted(o.title for o in list_openings()) == ["Electrician", "Reporting Analyst"]
    assert report.line() == "Ostsee Energie: rss, 2 new, 0 closed, 0 unchanged, 4 entries with problems"


def test_a_feed_that_breaks_closes_nothing(world: World, server: FeedServer) -> None:
    server.routes["/gh"] = recorded("greenhouse_jobs.json")
    watch.set_company_watch("Nordwind AG", watch=True, careers_url=server.url("/gh"))
    watch.run_watch(TODAY)
    server.routes["/gh"] = Route(body=b"<html><body>maintenance</body></html>", content_type="text/html")
    [report] = watch.run_watch(TODAY, force=True)
    assert report.error == "an HTML page, not a feed (Rebound reads feeds only, never scrapes pages)"
    assert [o.status for o in list_openings()] == ["open", "open"]


def test_watching_needs_a_web_url(world: World) -> None:
    with pytest.raises(InputError, match="Nordwind AG: give a careers page or feed URL to watch"):
        watch.set_company_watch("Nordwind AG", watch=True)
    with pytest.raises(InputError, match="must start with http:// or https://"):
        watch.set_company_watch("Nordwind AG", watch=True, careers_url="javascript:alert(1)")


def test_cancelling_leaves_the_rest_unread(world: World, server: FeedServer) -> None:
    for n in range(3):
        server.routes[f"/gh{n}"] = recorded("greenhouse_jobs.json")
        watch.set_company_watch(f"Company {n}", watch=True, careers_url=server.url(f"/gh{n}"))
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1

    reports = watch.run_watch(TODAY, progress=progress, connections=1)
    assert seen[:2] == [(0, 3), (1, 3)]
    assert [r.skipped for r in reports] == [None, "cancelled; not read", "cancelled; not read"]
    assert Opening.select().count() == 2


# ---------------------------------------------------------------- then the day plan


def test_a_watch_then_the_day_plan_suggests_for_relevant_roles_only(world: World, server: FeedServer) -> None:
    tom = world.person("Tom Weber", "Nordwind AG")  # reachable, known: asked directly
    world.heard(tom, 40)
    kai = world.person("Kai Brandt", "Kranich Logistik", email=False)  # known but unreachable: an intro
    world.heard(kai, 40)
    mia = world.person("Mia Roth", connected=True)
    world.edge(mia, kai, strength=3)
    olaf = world.person("Olaf Lenz", "Ostsee Energie")  # only irrelevant roles there
    world.heard(olaf, 40)
    server.routes["/gh"] = _greenhouse((1, "Senior Data Analyst"), (2, "Office Manager"))
    server.routes["/xml"] = recorded("personio.xml", "text/xml")
    server.routes["/rss"] = Route(body=b'<rss version="2.0"><channel><item><title>Electrician</title>'
                                       b"<link>https://oe.example/1</link></item></channel></rss>",
                                  content_type="application/rss+xml")  # fmt: skip
    watch.set_company_watch("Nordwind AG", watch=True, careers_url=server.url("/gh"))
    watch.set_company_watch("Kranich Logistik", watch=True, careers_url=server.url("/xml"))
    watch.set_company_watch("Ostsee Energie", watch=True, careers_url=server.url("/rss"))

    assert [r.new for r in watch.run_watch(TODAY)] == [2, 2, 1]
    cards = {(c["action"], c["person"]["name"], (c["opening"] or {}).get("title"), (c["target"] or {}).get("name"))
             for c in world.cards()}  # fmt: skip
    assert cards == {
        ("ask_about_opening", "Tom Weber", "Senior Data Analyst", None),
        ("ask_for_intro", "Mia Roth", "Data Analyst (m/w/d)", "Kai Brandt"),
    }


def test_a_recruiter_watching_their_own_board_hears_of_silver_medalists(world: World, server: FeedServer) -> None:
    world.me(mode="recruiter", target_roles=[], keywords=[])
    carla = world.person("Carla Candidate")
    old = world.opening("Data Analyst", "Old Client AG", days_ago=200, status="closed")
    world.process(old, candidate=carla, stage="final", outcome="rejected", ended_ago=100)
    server.routes["/gh"] = _greenhouse((1, "Senior Data Analyst"), (2, "Truck Driver"))
    watch.set_company_watch("Client AG", watch=True, careers_url=server.url("/gh"), mine=True)

    watch.run_watch(TODAY)
    assert [(c["action"], c["person"]["name"], c["opening"]["title"]) for c in world.cards()] == [
        ("reengage_candidate", "Carla Candidate", "Senior Data Analyst")
    ]
