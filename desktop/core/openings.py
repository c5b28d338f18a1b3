"""Openings: job postings at companies (``mine`` for a recruiter's own roles to fill)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop import vocab
from desktop.core.changes import Changes, Written
from desktop.core.companies import company_for_name
from desktop.core.dates import MAX_YEAR, MIN_YEAR
from desktop.errors import EditConflict, InputError, NotFound
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
    # the version read (to save against: ``update_opening(expected_version=…)``), who saved last and when (schema 11)
    version: int = field(default=1, compare=False)
    changed_by: str | None = field(default=None, compare=False)
    changed_at: datetime | None = field(default=None, compare=False)


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


def set_status(opening_id: int, status: str, expected_version: int | None = None) -> Changes:
    """Close or reopen an opening; what it changed (the openings). ``expected_version``: as for ``update_opening``."""
    return update_opening(opening_id, {"status": status}, expected_version).changes


EDITABLE = ("title", "company", "url", "keywords", "discovered_on", "mine", "status")


def update_opening(opening_id: int, changes: dict[str, Any], expected_version: int | None = None) -> Written[bool]:
    """Change an opening's fields (``EDITABLE``); True when anything changed.

    ``expected_version``: the version the editor read (``OpeningView.version``). When someone else saved the opening
    since, nothing is written and ``EditConflict`` carries both versions (theirs as stored now, mine as changes)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InputError(f"an opening has no field {sorted(unknown)[0]!r}")
    with DB.atomic():
        row = Opening.get_or_none(Opening.id == opening_id)
        if row is None:
            raise NotFound(f"no opening with id {opening_id}")
        if expected_version is not None and row.version != expected_version:
            raise _conflict(opening_id, changes)
        values = _checked(row, changes)
        if not values:
            return Written(False, Changes())
        # saved against the version read: a save that slipped in between matches no row (checked, not assumed)
        saved = (
            Opening.update(**values, version=row.version + 1)
            .where((Opening.id == opening_id) & (Opening.version == row.version))
            .execute()
        )
        if saved == 0:
            raise _conflict(opening_id, changes)
    return Written(True, Changes(openings=True))


def _checked(row: Opening, changes: dict[str, Any]) -> dict[str, Any]:
    """The columns to write (those that differ from the row), after the same checks as ``add_opening``."""
    title = changes.get("title", row.title)
    company = changes.get("company", row.company.name)
    url = changes.get("url", row.url)
    discovered_on = changes.get("discovered_on", row.discovered_on)
    if {"title", "company", "url", "discovered_on"} & set(changes):  # a status alone is checked below
        _check(title, company, url, discovered_on)
    status = changes.get("status", row.status)
    if status not in vocab.OPENING_STATUSES:
        raise InputError(f"status {status!r} is not one of {', '.join(vocab.OPENING_STATUSES)}")
    wanted: dict[str, Any] = {"title": title.strip(), "url": (url or "").strip() or None, "status": status,
                              "discovered_on": discovered_on, "mine": bool(changes.get("mine", row.mine))}  # fmt: skip
    if "keywords" in changes:
        wanted["keywords"] = list(dict.fromkeys(k.strip().lower() for k in changes["keywords"] if k.strip()))
    values = {name: value for name, value in wanted.items() if value != getattr(row, name)}
    if company.strip() != row.company.name:
        values["company"] = company_for_name(company)
    return values


def _conflict(opening_id: int, mine: dict[str, Any]) -> EditConflict:
    theirs = get_opening(opening_id)
    by = f" by {theirs.changed_by}" if theirs.changed_by else ""
    return EditConflict(f"opening {opening_id} was changed{by} after you opened it; nothing was overwritten — "
                        "compare both versions and save again", theirs=theirs, mine=mine)  # fmt: skip


def _view(o: Opening) -> OpeningView:
    changed_at = datetime.fromisoformat(o.changed_at) if isinstance(o.changed_at, str) else o.changed_at
    return OpeningView(o.id, o.title, o.company.name, o.url, list(o.keywords), o.status, o.discovered_on, bool(o.mine),
                       version=o.version, changed_by=o.changed_by, changed_at=changed_at)  # fmt: skip


def get_opening(opening_id: int) -> OpeningView:
    row = Opening.select(Opening, Company).join(Company).where(Opening.id == opening_id).first()
    if row is None:
        raise NotFound(f"no opening with id {opening_id}")
    return _view(row)


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
    return [_view(o) for o in query]
