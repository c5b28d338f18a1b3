"""Openings: job postings at companies (``mine`` for a recruiter's own roles to fill)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop import vocab
from desktop.core.changes import Changes, Written
from desktop.core.companies import company_for_name
from desktop.core.dates import MAX_YEAR, MIN_YEAR
from desktop.errors import InputError, NotFound
from desktop.store.models import DB, Company, Opening


@dataclass(frozen=True)
class OpeningView:
    id: int
    title: str
    company: str
    url: str | None
    keywords: list[str]
    status: str
    discovered_on: date | None
    mine: bool


def _check(title: str, company: str | None, url: str | None, discovered_on: date | None) -> None:
    if not title or not title.strip():
        raise InputError("an opening needs a title")
    if not company or not company.strip():
        raise InputError("an opening needs a company")
    if url and not url.strip().lower().startswith(("http://", "https://")):
        raise InputError(f"the URL {url!r} must start with http:// or https://")
    if discovered_on is not None and not MIN_YEAR <= discovered_on.year <= MAX_YEAR:
        raise InputError(f"the date {discovered_on} is outside {MIN_YEAR}–{MAX_YEAR}")


def add_opening(
    company: str,
    title: str,
    discovered_on: date | None,
    url: str | None = None,
    keywords: list[str] | None = None,
    mine: bool = False,
    status: str = "open",
) -> Written[int]:
    """Record an opening (the company is created when new); returns its id (and the openings as changed)."""
    _check(title, company, url, discovered_on)
    if status not in vocab.OPENING_STATUSES:
        raise InputError(f"status {status!r} is not one of {', '.join(vocab.OPENING_STATUSES)}")
    words = list(dict.fromkeys(k.strip().lower() for k in (keywords or []) if k.strip()))
    with DB.atomic():
        row = Opening.create(
            company=company_for_name(company), title=title.strip(), url=(url or "").strip() or None,
            keywords=words, status=status, discovered_on=discovered_on, mine=mine,
        )  # fmt: skip
    return Written(int(row.id), Changes(openings=True))


def set_status(opening_id: int, status: str) -> Changes:
    """Close or reopen an opening; what it changed (the openings)."""
    if status not in vocab.OPENING_STATUSES:
        raise InputError(f"status {status!r} is not one of {', '.join(vocab.OPENING_STATUSES)}")
    if Opening.update(status=status).where(Opening.id == opening_id).execute() == 0:
        raise NotFound(f"no opening with id {opening_id}")
    return Changes(openings=True)


def find_or_add_opening(company: str, title: str, discovered_on: date | None) -> int:
    """The opening with this title at this company, created (closed) when unknown — for logging a past process."""
    _check(title, company, None, discovered_on)
    found = company_for_name(company)
    for opening in Opening.select().where(Opening.company == found):
        if opening.title.casefold() == title.strip().casefold():
            return int(opening.id)
    return add_opening(company, title, discovered_on, status="closed").value


def list_openings() -> list[OpeningView]:
    """Newest first."""
    query = (
        Opening.select(Opening, Company)
        .join(Company)
        .order_by(Opening.discovered_on.desc(nulls="LAST"), Opening.id.desc())
    )
    return [
        OpeningView(o.id, o.title, o.company.name, o.url, list(o.keywords), o.status, o.discovered_on, bool(o.mine))
        for o in query
    ]
