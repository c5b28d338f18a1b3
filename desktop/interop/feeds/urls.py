"""Careers-page URLs of the providers → their documented feed URL; any other URL is the feed itself."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_GREENHOUSE = re.compile(r"^(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io$")
_LEVER = re.compile(r"^jobs(\.eu)?\.lever\.co$")
_PERSONIO = re.compile(r"^([a-z0-9-]+)\.jobs\.personio\.(de|com)$")


def is_web_url(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def feed_url(url: str) -> str:
    """``boards.greenhouse.io/acme`` → the Job Board API, ``jobs.lever.co/acme`` → the Postings API (JSON),
    ``acme.jobs.personio.de`` → its XML feed; anything else unchanged (recognised later by what it returns).
    Lever's pages of 100 are followed with ``skip``."""
    url = url.strip()
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    segments = [s for s in parts.path.split("/") if s]
    if _GREENHOUSE.match(host) and segments and segments[0] not in ("v1", "embed"):
        return f"https://boards-api.greenhouse.io/v1/boards/{segments[0]}/jobs"
    if host == "boards.greenhouse.io" and segments[:1] == ["embed"] and "for=" in parts.query:
        token = parts.query.split("for=", 1)[1].split("&", 1)[0]
        return f"https://boards-api.greenhouse.io/v1/boards/{token}/jobs"
    if (lever := _LEVER.match(host)) and segments:
        region = ".eu" if lever[1] else ""
        return f"https://api{region}.lever.co/v0/postings/{segments[0]}?mode=json&limit=100"
    if (personio := _PERSONIO.match(host)) and segments[:1] != ["xml"]:
        return f"https://{personio[1]}.jobs.personio.{personio[2]}/xml"
    return url
