"""`rebound openings watch [--json]`: one object per feed, exit 0 when the reachable feeds were read."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.cli.conftest import Rebound
from tests.feed_server import FeedServer, Route, recorded


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def _follow(rebound: Rebound, company: str, url: str, *extra: str) -> None:
    result = rebound("openings", "follow", company, url, *extra)
    assert result.code == 0, result.err


def test_watch_json_prints_one_object_per_feed(rebound: Rebound, server: FeedServer) -> None:
    server.routes["/gh"] = recorded("greenhouse_jobs.json")
    server.routes["/rss"] = recorded("rss.xml", "application/rss+xml")
    server.routes["/gone"] = Route(status=500, body=b"", content_type="text/plain")
    _follow(rebound, "Nordwind AG", server.url("/gh"))
    _follow(rebound, "Ostsee Energie", server.url("/rss"))
    _follow(rebound, "Broken GmbH", server.url("/gone"))

    result = rebound("openings", "watch", "--json", "--today", "2026-12-06")
    assert result.code == 0
    assert json.loads(result.out) == [
        {"company": "Broken GmbH", "feed": server.url("/gone"), "format": None, "new": 0, "closed": 0,
         "unchanged": 0, "error": "HTTP 500 Internal Server Error"},
        {"company": "Nordwind AG", "feed": server.url("/gh"), "format": "greenhouse", "new": 2, "closed": 0,
         "unchanged": 0, "error": None},
        {"company": "Ostsee Energie", "feed": server.url("/rss"), "format": "rss", "new": 2, "closed": 0,
         "unchanged": 0, "error": None},
    ]  # fmt: skip
    assert "rebound: Ostsee Energie: entry 3: no title; left out" in result.err.splitlines()


def test_watch_prints_a_line_per_feed_and_skips_what_was_read_today(rebound: Rebound, server: FeedServer) -> None:
    server.routes["/gh"] = recorded("greenhouse_jobs.json")
    _follow(rebound, "Nordwind AG", server.url("/gh"))
    first = rebound("openings", "watch", "--today", "2026-12-06")
    again = rebound("openings", "watch", "--today", "2026-12-06")
    assert (first.code, again.code) == (0, 0)
    assert first.out.splitlines() == [
        "Nordwind AG: greenhouse, 2 new, 0 closed, 0 unchanged",
        "",
        "New openings (2):",
        "  Senior Data Analyst · Hamburg · relevance 0.00 · https://boards.greenhouse.io/nordwind/jobs/4012001",
        "  Office Manager · Berlin · relevance 0.00 · https://boards.greenhouse.io/nordwind/jobs/4012002",
    ]
    assert again.out.splitlines() == ["Nordwind AG: read today already (at most once a day)"]
    assert len(server.seen) == 1
    forced = rebound("openings", "watch", "--force", "--today", "2026-12-06", "--json")
    assert [(f["new"], f["unchanged"]) for f in json.loads(forced.out)] == [(0, 2)]


def test_watch_lists_the_new_openings_with_their_relevance_to_me(rebound: Rebound, server: FeedServer) -> None:
    rebound.load()  # me: a job seeker whose target role is Data Analyst
    jobs = [
        {"id": 7, "title": "Senior Data Analyst", "absolute_url": "https://nw.example/7", "location": {"name": "Kiel"}}
    ]
    server.routes["/gh"] = Route(body=json.dumps({"jobs": jobs}).encode())
    _follow(rebound, "Nordwind AG", server.url("/gh"))
    result = rebound("openings", "watch", "--today", "2026-12-06")
    assert result.out.splitlines()[-2:] == [
        "New openings (1):",
        "  Senior Data Analyst · Kiel · relevance 1.00 · https://nw.example/7",
    ]


def test_follow_turns_a_careers_page_into_its_feed(rebound: Rebound) -> None:
    result = rebound("openings", "follow", "Acme", "https://jobs.lever.co/acme")
    assert result.code == 0
    assert result.err.strip() == "watching Acme: https://api.lever.co/v0/postings/acme?mode=json&limit=100"


def test_follow_refuses_a_url_that_is_not_http(rebound: Rebound) -> None:
    result = rebound("openings", "follow", "Acme", "file:///etc/passwd")
    assert result.code == 3
    assert "careers URL 'file:///etc/passwd' must start with http:// or https://" in result.err
    assert "Traceback" not in result.err


def test_nothing_watched_says_how_to_start(rebound: Rebound) -> None:
    result = rebound("openings", "watch")
    assert (result.code, result.out.strip()) == (
        0,
        "No company is watched: `rebound openings follow COMPANY URL` opts one in.",
    )
