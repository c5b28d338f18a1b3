"""A company as a place: the list of companies, and one company's people, openings, my processes there and
the job changes into and out of it. Read-only; each part is one SQL statement over the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop import vocab
from desktop.core.normalize import company_key
from desktop.errors import NotFound
from desktop.store.models import DB, Company


@dataclass(frozen=True)
class CompanyRow:
    """One line of the Companies list."""

    id: int
    name: str
    people: int
    openings: int  # open ones
    processes: int


@dataclass(frozen=True)
class CompanyPerson:
    id: int
    name: str
    title: str | None
    role: str | None
    last_contact: datetime | None


@dataclass(frozen=True)
class CompanyOpening:
    id: int
    title: str
    status: str
    discovered_on: date | None


@dataclass(frozen=True)
class CompanyProcess:
    id: int
    opening: str
    stage_reached: str | None
    outcome: str
    started_on: date | None
    ended_on: date | None
    candidate: str | None  # None: my own application (a recruiter's processes name their candidate)


@dataclass(frozen=True)
class JobMove:
    """A job change into or out of the company (``into``: they joined it)."""

    person_id: int
    name: str
    at: date
    other_company: str | None  # where they came from (into) or went to (out)
    into: bool


@dataclass(frozen=True)
class CompanyView:
    id: int
    name: str
    domain: str | None
    people: list[CompanyPerson]
    openings: list[CompanyOpening]
    processes: list[CompanyProcess]
    moves: list[JobMove]  # newest first


_LIST_SQL = """
SELECT c.id, c.name,
       (SELECT COUNT(*) FROM person p WHERE p.company_id = c.id),
       (SELECT COUNT(*) FROM opening o WHERE o.company_id = c.id AND o.status = ?),
       (SELECT COUNT(*) FROM process r JOIN opening o ON o.id = r.opening_id WHERE o.company_id = c.id)
  FROM company c
 WHERE (? = '' OR c.name_key LIKE ?)
 ORDER BY c.name_key, c.id
"""


def list_companies(text: str = "") -> list[CompanyRow]:
    """Every company (or those whose name contains ``text``), by name, with its counts."""
    key = company_key(text) if text.strip() else ""
    cursor = DB.execute_sql(_LIST_SQL, (vocab.OpeningStatus.OPEN, key, f"%{key}%"))
    return [CompanyRow(int(i), name, int(n), int(o), int(r)) for i, name, n, o, r in cursor.fetchall()]


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _day(value: Any) -> date | None:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


_PEOPLE_SQL = """
SELECT p.id, p.name, p.title, p.role, p.last_contact FROM person p
 WHERE p.company_id = ? ORDER BY p.sort_key, p.id
"""
_OPENINGS_SQL = """
SELECT o.id, o.title, o.status, o.discovered_on FROM opening o
 WHERE o.company_id = ? ORDER BY o.status = 'closed', o.discovered_on DESC, o.id DESC
"""
_PROCESSES_SQL = """
SELECT r.id, o.title, r.stage_reached, r.outcome, r.started_on, r.ended_on, p.name
  FROM process r JOIN opening o ON o.id = r.opening_id LEFT JOIN person p ON p.id = r.candidate_id
 WHERE o.company_id = ? ORDER BY COALESCE(r.ended_on, r.started_on) DESC, r.id DESC
"""
# job changes name the companies by name as they were then: matched by the lower-cased name here and by the
# normalized name (company_key) in Python, so "Acme GmbH" and "ACME GmbH." are one company
_MOVES_SQL = """
SELECT i.person_id, p.name, i.at, i.from_company, i.to_company FROM interaction i JOIN person p ON p.id = i.person_id
 WHERE i.kind = ? AND (i.from_company IS NOT NULL OR i.to_company IS NOT NULL)
 ORDER BY i.at DESC, i.id DESC
"""


def company_view(company_id: int) -> CompanyView:
    """Everything the company page shows; NotFound for an unknown id."""
    company = Company.get_or_none(Company.id == company_id)
    if company is None:
        raise NotFound(f"no company with id {company_id}")
    people = [
        CompanyPerson(int(i), name, title, role, _when(last))
        for i, name, title, role, last in DB.execute_sql(_PEOPLE_SQL, (company_id,)).fetchall()
    ]
    openings = [
        CompanyOpening(int(i), title, status, _day(found))
        for i, title, status, found in DB.execute_sql(_OPENINGS_SQL, (company_id,)).fetchall()
    ]
    processes = [
        CompanyProcess(int(i), title, stage, outcome, _day(started), _day(ended), candidate)
        for i, title, stage, outcome, started, ended, candidate in DB.execute_sql(
            _PROCESSES_SQL, (company_id,)
        ).fetchall()
    ]
    key = company.name_key
    moves: list[JobMove] = []
    for person_id, name, at, from_company, to_company in DB.execute_sql(
        _MOVES_SQL, (vocab.InteractionKind.JOB_CHANGE,)
    ).fetchall():
        day = _day(at) or date.min
        if to_company and company_key(to_company) == key:
            moves.append(JobMove(int(person_id), name, day, from_company, into=True))
        elif from_company and company_key(from_company) == key:
            moves.append(JobMove(int(person_id), name, day, to_company, into=False))
    return CompanyView(int(company.id), company.name, company.domain, people, openings, processes, moves)
