"""Careers pages → feed URLs; dates in the forms feeds write them."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.interop.feeds import feed_url
from desktop.interop.feeds.dates import DateNotUnderstood, feed_date


@pytest.mark.parametrize(
    ("page", "feed"),
    [
        ("https://boards.greenhouse.io/nordwind", "https://boards-api.greenhouse.io/v1/boards/nordwind/jobs"),
        ("https://job-boards.greenhouse.io/nordwind/jobs/123", "https://boards-api.greenhouse.io/v1/boards/nordwind/jobs"),
        ("https://boards.greenhouse.io/embed/job_board?for=nordwind", "https://boards-api.greenhouse.io/v1/boards/nordwind/jobs"),
        ("https://jobs.lever.co/acme", "https://api.lever.co/v0/postings/acme?mode=json&limit=100"),
        ("https://jobs.eu.lever.co/acme/5ac2", "https://api.eu.lever.co/v0/postings/acme?mode=json&limit=100"),
        ("https://kranich.jobs.personio.de/", "https://kranich.jobs.personio.de/xml"),
        ("https://kranich.jobs.personio.com/job/1733001?language=de", "https://kranich.jobs.personio.com/xml"),
        ("https://kranich.jobs.personio.de/xml", "https://kranich.jobs.personio.de/xml"),
        ("https://ostsee-energie.example/careers.rss", "https://ostsee-energie.example/careers.rss"),
    ],
)  # fmt: skip
def test_careers_pages_become_their_feed(page: str, feed: str) -> None:
    assert feed_url(page) == feed


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2026-11-27T09:00:00-05:00", date(2026, 11, 27)),
        ("2026-11-15", date(2026, 11, 15)),
        ("Mon, 30 Nov 2026 09:00:00 +0100", date(2026, 11, 30)),
        ("29.11.2026", date(2026, 11, 29)),
        (1764000000000, date(2025, 11, 24)),
        (None, None),
        ("", None),
    ],
)
def test_feed_dates(value: object, day: date | None) -> None:
    assert feed_date(value) == day


@pytest.mark.parametrize("value", ["sometime next week", "31.02.2026", "0001-01-01", True, [2026]])
def test_dates_that_cannot_be_read_say_so(value: object) -> None:
    with pytest.raises(DateNotUnderstood):
        feed_date(value)
