"""Read one feed: its pages (following the feed's own next-page links on the same host), parsed and merged."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from desktop.interop.feeds.http import MAX_BYTES, TIMEOUT_SECONDS, fetch
from desktop.interop.feeds.model import EntryProblem, FeedError, Posting
from desktop.interop.feeds.parse import parse_page
from desktop.interop.feeds.urls import is_web_url
from desktop.vocab import FeedFormat

MAX_PAGES = 50


@dataclass
class FeedRead:
    """What one read of a feed gave: ``not_modified`` (a 304), or postings and problems, or an ``error``."""

    url: str
    format: FeedFormat | None = None
    not_modified: bool = False
    postings: list[Posting] = field(default_factory=list)
    problems: list[EntryProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def read_feed(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
) -> FeedRead:
    """Never raises for a feed's fault: the outcome is in the result (thread-safe; touches no database)."""
    result = FeedRead(url)
    if not is_web_url(url):
        result.error = f"feed URL {url[:80]!r} is not http(s)"
        return result
    host = urlsplit(url).hostname
    page_url: str | None = url
    seen_pages: set[str] = set()
    offset = 0
    try:
        while page_url is not None:
            first = not seen_pages
            if len(seen_pages) >= MAX_PAGES:
                result.notes.append(f"more than {MAX_PAGES} pages; the rest not read")
                break
            seen_pages.add(page_url)
            answer = fetch(page_url, etag=etag if first else None, last_modified=last_modified if first else None,
                           timeout=timeout, max_bytes=max_bytes)  # fmt: skip
            if first:
                result.etag, result.last_modified = answer.etag, answer.last_modified
                if answer.status == 304:
                    result.not_modified = True
                    return result
            page = parse_page(answer.body, answer.content_type, answer.url)
            if result.format is not None and page.format != result.format:
                raise FeedError(f"page {len(seen_pages)} is {page.format}, not {result.format}")
            result.format = page.format
            result.postings.extend(page.postings)
            result.problems.extend(EntryProblem(p.number + offset, p.message, p.skipped) for p in page.problems)
            result.notes.extend(page.notes)
            offset += len(page.postings) + len(page.problems)
            page_url = page.next_url
            if page_url is not None and (urlsplit(page_url).hostname != host or page_url in seen_pages):
                result.notes.append("next page on another host or already read; not followed")
                page_url = None
    except FeedError as exc:
        result.error = str(exc)
        result.postings.clear()
    if len(seen_pages) > 1:  # a 304 for the first page says nothing of the others: read them all next time
        result.etag = result.last_modified = None
    return result
