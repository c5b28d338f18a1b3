"""Recognise a feed by what it returns and read its entries.

Formats (from the providers' public documentation):
- Greenhouse Job Board API ``GET /v1/boards/{token}/jobs``: ``{"jobs": [{"id", "title", "absolute_url",
  "location": {"name"}, "updated_at", "first_published"}], "meta": {"total"}}``;
- Lever Postings API ``GET /v0/postings/{site}?mode=json``: a list of ``{"id", "text", "hostedUrl",
  "categories": {"location"}, "createdAt" (ms)}``, paged with ``skip``/``limit``;
- Personio XML feed ``/xml``: ``<workzag-jobs><position><id/><office/><name/><createdAt/></position>…``
  (the job page is ``/job/{id}`` on the feed's host);
- RSS 2.0 (``<rss><channel><item><title/><link/><guid/><pubDate/>``), Atom (``<feed><entry><title/>
  <link href/><id/><updated/>``, ``<link rel="next">`` pages), JSON Feed 1.x (``{"version":
  "https://jsonfeed.org/version/1…", "items": [{"id", "url", "title", "date_published"}], "next_url"}``).

A bad entry (no title, no URL, a URL that is not http(s)) becomes an ``EntryProblem`` and nothing of it is used;
a date that cannot be read is reported and the posting kept (its first-seen day is the day of the watch).
"""

from __future__ import annotations

import codecs
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from desktop.interop.feeds.dates import DateNotUnderstood, feed_date
from desktop.interop.feeds.model import EntryProblem, FeedError, FeedPage, Posting
from desktop.interop.feeds.urls import is_web_url
from desktop.vocab import FeedFormat

_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"'][^>]*\?>")
_ATOM = "{http://www.w3.org/2005/Atom}"
_TITLE_LIMIT = 300


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(body: bytes, declared: str | None, *, json_text: bool) -> tuple[str, str | None]:
    """The text of ``body`` and a note when the declared encoding was wrong (UTF-8 wins when the bytes are UTF-8)."""
    if body.startswith(codecs.BOM_UTF8):
        body = body[len(codecs.BOM_UTF8) :]
    declared_codec = _codec(declared)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if declared_codec not in (None, "utf-8", "ascii") and not body.isascii():
            return text, f"encoding declared as {declared} but the bytes are UTF-8; read as UTF-8"
        return text, None
    if json_text or declared_codec in (None, "utf-8"):
        fallback = declared_codec if declared_codec not in (None, "utf-8") else "cp1252"
        note = f"encoding declared as {declared or 'UTF-8'} but the bytes are not UTF-8; read as {fallback}"
        return body.decode(fallback, errors="replace"), note
    return body.decode(declared_codec, errors="replace"), None


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _posting(
    number: int, page: FeedPage, key: object, title: object, url: object, location: object, published: object
) -> None:
    """Check one entry and add it to the page, or add why it was left out."""
    clean_title, clean_url = _text(title), _text(url)
    if not clean_title:
        page.problems.append(EntryProblem(number, "no title; left out"))
        return
    label = f"{clean_title[:60]!r}"
    if not clean_url:
        page.problems.append(EntryProblem(number, f"{label} has no URL; left out"))
        return
    if not is_web_url(clean_url):
        page.problems.append(EntryProblem(number, f"{label}: URL {clean_url[:80]!r} is not http(s); left out"))
        return
    try:
        day = feed_date(published)
    except DateNotUnderstood as exc:
        page.problems.append(EntryProblem(number, f"{label}: {exc}; first-seen day used", skipped=False))
        day = None
    key_text = str(key).strip() if key not in (None, "") and not isinstance(key, dict | list) else ""
    page.postings.append(
        Posting(key=key_text or clean_url, title=clean_title[:_TITLE_LIMIT], url=clean_url,
                location=_text(location) or None, published=day)
    )  # fmt: skip


# ---------------------------------------------------------------- JSON formats


def _greenhouse(document: dict[str, Any], page: FeedPage) -> None:
    for number, job in enumerate(document["jobs"], 1):
        if not isinstance(job, dict):
            page.problems.append(EntryProblem(number, "not a job object; left out"))
            continue
        location = job.get("location")
        where = location.get("name") if isinstance(location, dict) else None
        when = job.get("first_published") or job.get("updated_at")
        _posting(number, page, job.get("id"), job.get("title"), job.get("absolute_url"), where, when)


def _lever(document: list[Any], page: FeedPage, url: str) -> None:
    for number, posting in enumerate(document, 1):
        if not isinstance(posting, dict):
            page.problems.append(EntryProblem(number, "not a posting object; left out"))
            continue
        categories = posting.get("categories")
        where = categories.get("location") if isinstance(categories, dict) else None
        _posting(number, page, posting.get("id"), posting.get("text"), posting.get("hostedUrl"), where,
                 posting.get("createdAt"))  # fmt: skip
    # Pagination (skip/limit): a full page asks for the next one.
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    if query.get("limit", "").isdigit() and document and len(document) >= int(query["limit"]):
        query["skip"] = str(int(query.get("skip", "0") or 0) + int(query["limit"]))
        page.next_url = urlunsplit(parts._replace(query=urlencode(query)))


def _jsonfeed(document: dict[str, Any], page: FeedPage, url: str) -> None:
    items = document.get("items")
    if not isinstance(items, list):
        raise FeedError("JSON Feed without an 'items' list")
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            page.problems.append(EntryProblem(number, "not an item object; left out"))
            continue
        link = item.get("url") or item.get("external_url")
        location = item.get("_location") or item.get("location")
        _posting(number, page, item.get("id"), item.get("title"), urljoin(url, link) if isinstance(link, str) else link,
                 location, item.get("date_published") or item.get("date_modified"))  # fmt: skip
    next_url = document.get("next_url")
    if isinstance(next_url, str) and next_url.strip():
        page.next_url = urljoin(url, next_url.strip())


def _parse_json(text: str, url: str) -> FeedPage:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FeedError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise FeedError("malformed JSON: nested too deeply") from None
    if (
        isinstance(document, dict)
        and isinstance(document.get("version"), str)
        and "jsonfeed.org" in document["version"]
    ):
        page = FeedPage(FeedFormat.JSONFEED)
        _jsonfeed(document, page, url)
        return page
    if isinstance(document, dict) and isinstance(document.get("jobs"), list):
        page = FeedPage(FeedFormat.GREENHOUSE)
        _greenhouse(document, page)
        return page
    if isinstance(document, list) and all(isinstance(p, dict) and ("text" in p or "hostedUrl" in p) for p in document):
        page = FeedPage(FeedFormat.LEVER)
        _lever(document, page, url)
        return page
    raise FeedError("JSON that is none of Greenhouse, Lever or JSON Feed")


# ---------------------------------------------------------------- XML formats


def _child_text(element: ET.Element, *names: str) -> str | None:
    for name in names:
        child = element.find(name)
        if child is not None and child.text and child.text.strip():
            return child.text.strip()
    return None


def _personio(root: ET.Element, page: FeedPage, url: str) -> None:
    parts = urlsplit(url)
    for number, position in enumerate(root.iter("position"), 1):
        job_id = _child_text(position, "id")
        link = urlunsplit((parts.scheme, parts.netloc, f"/job/{job_id}", "", "")) if job_id else None
        _posting(number, page, job_id, _child_text(position, "name"), link, _child_text(position, "office"),
                 _child_text(position, "createdAt"))  # fmt: skip


def _rss(root: ET.Element, page: FeedPage, url: str) -> None:
    channel = root.find("channel")
    for number, item in enumerate(channel.iter("item") if channel is not None else [], 1):
        link = _child_text(item, "link")
        guid = _child_text(item, "guid")
        if not link and guid and is_web_url(guid):
            link = guid
        _posting(number, page, guid or link, _child_text(item, "title"), urljoin(url, link) if link else None,
                 _child_text(item, "location", "category"), _child_text(item, "pubDate"))  # fmt: skip


def _atom_link(element: ET.Element, rel: str) -> str | None:
    for link in element.findall(f"{_ATOM}link"):
        if link.get("rel", "alternate") == rel and link.get("href"):
            return link.get("href")
    return None


def _atom(root: ET.Element, page: FeedPage, url: str) -> None:
    for number, entry in enumerate(root.findall(f"{_ATOM}entry"), 1):
        link = _atom_link(entry, "alternate")
        _posting(number, page, _child_text(entry, f"{_ATOM}id"), _child_text(entry, f"{_ATOM}title"),
                 urljoin(url, link) if link else None, _child_text(entry, f"{_ATOM}location"),
                 _child_text(entry, f"{_ATOM}published", f"{_ATOM}updated"))  # fmt: skip
    next_link = _atom_link(root, "next")
    if next_link:
        page.next_url = urljoin(url, next_link)


_XML_FORMATS: dict[str, tuple[FeedFormat, Callable[[ET.Element, FeedPage, str], None]]] = {
    "workzag-jobs": (FeedFormat.PERSONIO, _personio),
    "rss": (FeedFormat.RSS, _rss),
    f"{_ATOM}feed": (FeedFormat.ATOM, _atom),
}


def _parse_xml(body: bytes, declared: str | None, url: str) -> FeedPage:
    head = body[:4096]
    if b"<!ENTITY" in head or b"<!ENTITY" in body[:65536]:
        raise FeedError("XML with entity declarations is not read (a feed needs none)")
    in_document = _XML_DECLARATION.match(body)
    text, note = decode(body, (in_document[1].decode("ascii") if in_document else None) or declared, json_text=False)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line, column = exc.position
        raise FeedError(f"malformed XML at line {line}, column {column + 1}") from None
    known = _XML_FORMATS.get(root.tag)
    if known is None:
        raise FeedError(f"XML that is none of Personio, RSS or Atom (root element <{root.tag.split('}')[-1]}>)")
    page = FeedPage(known[0])
    if note:
        page.notes.append(note)
    known[1](root, page, url)
    return page


# ---------------------------------------------------------------- recognition


def _looks(body: bytes) -> str:
    start = body.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:512].lower()
    if start.startswith((b"{", b"[")):
        return "json"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        return "html"
    if start.startswith(b"<"):
        return "xml"
    if start.startswith((b"\x89png", b"gif8", b"\xff\xd8\xff", b"%pdf", b"pk\x03\x04")):
        return "binary"
    return "other"


def parse_page(body: bytes, content_type: str | None, url: str) -> FeedPage:
    """The feed page in ``body`` (recognised by its content, not its name); FeedError when it is no feed."""
    mime, _, params = (content_type or "").partition(";")
    charset = dict(
        (k.strip().lower(), v.strip().strip("\"'")) for k, _, v in (p.partition("=") for p in params.split(";"))
    ).get("charset")
    kind = _looks(body)
    if kind == "json":
        text, note = decode(body, charset, json_text=True)
        page = _parse_json(text, url)
        if note:
            page.notes.append(note)
        return page
    if kind == "xml":
        return _parse_xml(body, charset, url)
    if kind == "html":
        raise FeedError("an HTML page, not a feed (Rebound reads feeds only, never scrapes pages)")
    if not body.strip():
        raise FeedError("an empty response, not a feed")
    what = mime.strip() or "unknown content"
    raise FeedError(f"not a feed ({what})")


def count_skipped(problems: Iterable[EntryProblem]) -> int:
    return sum(1 for p in problems if p.skipped)
