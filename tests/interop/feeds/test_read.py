"""Reading real feeds from a real loopback server: each format, pagination, the HTTP faults, bad content."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from desktop import __version__
from desktop.interop.feeds import read_feed
from tests.feed_server import FeedServer, Route, recorded


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def test_greenhouse_job_board(server: FeedServer) -> None:
    server.routes["/v1/boards/nordwind/jobs"] = recorded("greenhouse_jobs.json")
    read = read_feed(server.url("/v1/boards/nordwind/jobs"))
    assert read.error is None
    assert read.format == "greenhouse"
    assert [(p.key, p.title, p.location, p.published) for p in read.postings] == [
        ("4012001", "Senior Data Analyst", "Hamburg", date(2026, 11, 27)),
        ("4012002", "Office Manager", "Berlin", date(2026, 11, 20)),
    ]
    assert read.postings[0].url == "https://boards.greenhouse.io/nordwind/jobs/4012001"


def test_lever_postings_are_read_page_by_page(server: FeedServer) -> None:
    server.routes["/v0/postings/acme?mode=json&limit=2"] = recorded("lever_page1.json")
    server.routes["/v0/postings/acme?mode=json&limit=2&skip=2"] = recorded("lever_page2.json")
    read = read_feed(server.url("/v0/postings/acme?mode=json&limit=2"))
    assert read.format == "lever"
    assert [(p.title, p.location) for p in read.postings] == [
        ("BI Analyst", "München"), ("Warehouse Operative", "Leipzig"), ("Data Engineer", "Remote (EU)"),
    ]  # fmt: skip
    assert read.postings[0].published == date(2025, 11, 24)  # createdAt 1764000000000 ms
    assert server.paths() == ["/v0/postings/acme?mode=json&limit=2", "/v0/postings/acme?mode=json&limit=2&skip=2"]


def test_a_feed_of_several_pages_is_never_asked_conditionally(server: FeedServer) -> None:
    server.routes["/v0/postings/acme?mode=json&limit=2"] = recorded("lever_page1.json", etag='"p1"')
    server.routes["/v0/postings/acme?mode=json&limit=2&skip=2"] = recorded("lever_page2.json")
    read = read_feed(server.url("/v0/postings/acme?mode=json&limit=2"))
    assert (read.etag, len(read.postings)) == (None, 3)  # page 1 unchanged would not mean page 2 is


def test_personio_xml_links_each_position_on_the_feeds_host(server: FeedServer) -> None:
    server.routes["/xml"] = recorded("personio.xml", "text/xml; charset=UTF-8")
    read = read_feed(server.url("/xml"))
    assert read.format == "personio"
    assert [(p.key, p.title, p.location, p.url) for p in read.postings] == [
        ("1733001", "Data Analyst (m/w/d)", "Köln", server.url("/job/1733001")),
        ("1733002", "Berufskraftfahrer (m/w/d)", "Köln", server.url("/job/1733002")),
    ]


def test_rss_bad_entries_are_reported_and_left_out(server: FeedServer) -> None:
    server.routes["/careers.rss"] = recorded("rss.xml", "application/rss+xml")
    read = read_feed(server.url("/careers.rss"))
    assert read.format == "rss"
    assert [(p.key, p.title, p.location, p.published) for p in read.postings] == [
        ("oe-2026-41", "Reporting Analyst", "Rostock", date(2026, 11, 30)),
        ("oe-2026-42", "Electrician", None, None),
    ]
    assert [str(p) for p in read.problems] == [
        "entry 2: 'Electrician': date 'sometime next week' not understood; first-seen day used",
        "entry 3: no title; left out",
        "entry 4: 'Controller': URL 'ftp://ostsee-energie.example/controller.txt' is not http(s); left out",
        "entry 5: 'Accountant' has no URL; left out",
    ]


def test_atom_follows_its_next_link(server: FeedServer) -> None:
    server.routes["/atom/1"] = recorded("atom_page1.xml", "application/atom+xml")
    server.routes["/atom/2"] = recorded("atom_page2.xml", "application/atom+xml")
    read = read_feed(server.url("/atom/1"))
    assert read.format == "atom"
    assert [(p.key, p.title, p.published) for p in read.postings] == [
        ("urn:alpenblick:job:81", "Analytics Engineer", date(2026, 12, 1)),
        ("urn:alpenblick:job:82", "Ski Instructor", date(2026, 11, 15)),
    ]


def test_json_feed(server: FeedServer) -> None:
    server.routes["/jobs/feed.json"] = recorded("jsonfeed.json", "application/feed+json")
    read = read_feed(server.url("/jobs/feed.json"))
    assert read.format == "jsonfeed"
    assert [(p.key, p.title, p.published) for p in read.postings] == [
        ("hb-7", "Marketing Data Analyst", date(2026, 11, 29)),
        ("hb-8", "Barista", date(2026, 11, 29)),
    ]


def test_a_conditional_request_answered_304_is_not_modified(server: FeedServer) -> None:
    server.routes["/gh"] = recorded("greenhouse_jobs.json", etag='"v1"')
    first = read_feed(server.url("/gh"))
    again = read_feed(server.url("/gh"), etag=first.etag)
    assert first.etag == '"v1"' and len(first.postings) == 2
    assert again.not_modified and again.error is None and again.postings == []
    assert "if-none-match" not in server.seen[0].headers
    assert server.seen[1].headers["if-none-match"] == '"v1"'


def test_requests_name_rebound_and_carry_nothing_personal(server: FeedServer) -> None:
    server.routes["/gh"] = recorded("greenhouse_jobs.json")
    read_feed(server.url("/gh"))
    headers = server.seen[0].headers
    assert headers["user-agent"].startswith(f"Rebound/{__version__} ")
    assert not {"cookie", "authorization", "referer", "from"} & set(headers)


@pytest.mark.parametrize(
    ("route", "error"),
    [
        (None, "HTTP 404 Not Found"),
        (Route(status=500, body=b"oops", content_type="text/plain"), "HTTP 500 Internal Server Error"),
        (Route(body=b'{"jobs": [{"id": 1, "title": "x",'),
         "malformed JSON at line 1, column 34: Expecting property name enclosed in double quotes"),
        (Route(body=b"<rss><channel><item></channel>", content_type="text/xml"), "malformed XML at line 1, column 23"),
        (Route(body=b"<!doctype html><html><body>Jobs</body></html>", content_type="text/html"),
         "an HTML page, not a feed (Rebound reads feeds only, never scrapes pages)"),
        (Route(body=b"\x89PNG\r\n\x1a\n....", content_type="image/png"), "not a feed (image/png)"),
        (Route(body=b'{"name": "not a feed"}'), "JSON that is none of Greenhouse, Lever or JSON Feed"),
        (Route(body=b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><rss/>', content_type="text/xml"),
         "XML with entity declarations is not read (a feed needs none)"),
    ],
)  # fmt: skip
def test_a_feed_that_fails_gives_one_clear_line(server: FeedServer, route: Route | None, error: str) -> None:
    if route is not None:
        server.routes["/feed"] = route
    read = read_feed(server.url("/feed"))
    assert read.error == error
    assert read.postings == []


def test_a_slow_feed_times_out(server: FeedServer) -> None:
    server.routes["/slow"] = Route(body=b"[]", wait=True)
    read = read_feed(server.url("/slow"), timeout=0.2)
    server.release.set()
    assert read.error == "no answer within 0.2 s (timeout)"


def test_a_redirect_to_another_host_is_not_followed(server: FeedServer) -> None:
    server.routes["/moved"] = Route(status=301, location=server.url("/gh", host="localhost"))
    server.routes["/gh"] = recorded("greenhouse_jobs.json")
    read = read_feed(server.url("/moved"))
    assert read.error == "redirected to another host (localhost); not followed"
    assert server.paths() == ["/moved"]


def test_a_redirect_on_the_same_host_is_followed(server: FeedServer) -> None:
    server.routes["/moved"] = Route(status=302, location="/gh")
    server.routes["/gh"] = recorded("greenhouse_jobs.json")
    read = read_feed(server.url("/moved"))
    assert read.error is None and len(read.postings) == 2


def test_a_50_mb_response_is_refused_while_streaming(server: FeedServer) -> None:
    server.routes["/huge"] = Route(stream=50 * 1024 * 1024)
    read = read_feed(server.url("/huge"))
    assert read.error == "response larger than 10 MB; refused"


def test_a_declared_50_mb_response_is_refused_before_reading(server: FeedServer) -> None:
    server.routes["/huge"] = Route(stream=50 * 1024 * 1024, declared_length=True)
    read = read_feed(server.url("/huge"))
    assert read.error == "response of 50 MB is larger than 10 MB; refused"


def test_xml_declared_latin1_but_written_in_utf8_is_read_as_utf8(server: FeedServer) -> None:
    body = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><workzag-jobs><position><id>9</id><office>Köln</office>'
        "<name>Datenanalyst für Märkte</name></position></workzag-jobs>"
    ).encode()
    server.routes["/xml"] = Route(body=body, content_type="text/xml")
    read = read_feed(server.url("/xml"))
    assert [(p.title, p.location) for p in read.postings] == [("Datenanalyst für Märkte", "Köln")]
    assert read.notes == ["encoding declared as ISO-8859-1 but the bytes are UTF-8; read as UTF-8"]


def test_json_declared_utf8_but_written_in_latin1_is_read_as_cp1252(server: FeedServer) -> None:
    body = '{"jobs": [{"id": 1, "title": "Analyst Zürich", "absolute_url": "https://x.example/1"}]}'.encode("latin-1")
    server.routes["/gh"] = Route(body=body, content_type="application/json; charset=utf-8")
    read = read_feed(server.url("/gh"))
    assert [p.title for p in read.postings] == ["Analyst Zürich"]
    assert read.notes == ["encoding declared as utf-8 but the bytes are not UTF-8; read as cp1252"]


def test_a_feed_url_that_is_not_http_is_not_fetched() -> None:
    assert read_feed("file:///etc/passwd").error == "feed URL 'file:///etc/passwd' is not http(s)"
