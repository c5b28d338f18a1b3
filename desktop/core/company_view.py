"""A company as a place: the list of companies, and one company's people, openings, my processes there and
the job changes into and out of it. Read-only; each part is one SQL statement over the store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desktop import vocab
from desktop.core.normalize import company_key
from desktop.errors import NotFound
from desktop.store.models import DB, Company

if TYPE_CHECKING:  # the engine's suggestions, handed in from the kept day plan (the engine loads in a worker)
    from desktop.core.reconnect.suggestion import Suggestion


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
# Job changes name the companies by name as they were then, matched by the normalized name (company_key), so
# "Acme GmbH" and "ACME GmbH." are one company: the distinct names first (a key worked out once per name), then the
# job changes into or out of one of those that match. The literal kind is the condition of the partial indexes
# interaction_moved_to and interaction_moved_from (migration 12), which hold every column read here.
_JOB_CHANGE = f"i.kind = '{vocab.InteractionKind.JOB_CHANGE}'"
_NAMES_SQL = f"""
SELECT i.from_company FROM interaction i WHERE {_JOB_CHANGE} AND i.from_company IS NOT NULL GROUP BY 1
UNION SELECT i.to_company FROM interaction i WHERE {_JOB_CHANGE} AND i.to_company IS NOT NULL GROUP BY 1
"""
_MOVES_SQL = """
SELECT i.id, i.person_id, i.at, i.from_company, i.to_company FROM interaction i
 WHERE {job_change} AND i.to_company IN ({marks})
UNION ALL
SELECT i.id, i.person_id, i.at, i.from_company, i.to_company FROM interaction i
 WHERE {job_change} AND i.from_company IN ({marks}) AND (i.to_company IS NULL OR i.to_company NOT IN ({marks}))
"""


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return company_key(name)


def _moves(key: str) -> list[JobMove]:
    """The job changes into and out of the company of this normalized name, newest first."""
    names = [name for (name,) in DB.execute_sql(_NAMES_SQL).fetchall() if _key(name) == key]
    if not names:
        return []
    marks = ",".join("?" * len(names))
    sql = f"""
    SELECT m.person_id, p.name, m.at, m.from_company, m.to_company
      FROM ({_MOVES_SQL.format(job_change=_JOB_CHANGE, marks=marks)}) AS m JOIN person p ON p.id = m.person_id
     ORDER BY m.at DESC, m.id DESC
    """
    moves = []
    for person_id, name, at, from_company, to_company in DB.execute_sql(sql, names * 3).fetchall():
        into = to_company in names
        moves.append(JobMove(int(person_id), name, _day(at) or date.min, from_company if into else to_company, into))
    return moves


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
    moves = _moves(company.name_key)
    return CompanyView(int(company.id), company.name, company.domain, people, openings, processes, moves)


@dataclass(frozen=True)
class NextStep:
    """A person's next suggested step: the action, and the day it is planned for."""

    action: str  # vocab.Action
    day: date


def next_steps(
    plan: Iterable[Suggestion], coming: Iterable[Suggestion], today: date, people: Iterable[int] | None = None
) -> dict[int, NextStep]:
    """The next suggested step of each of ``people`` (everyone in the plan when None) from the kept day plan: in
    today's ``plan`` (for today), else in what is ``coming`` up (its day); a person with neither has none."""
    wanted = None if people is None else set(people)
    steps: dict[int, NextStep] = {}
    for suggestion in plan:
        person = suggestion.person_id
        if (wanted is None or person in wanted) and person not in steps:
            steps[person] = NextStep(suggestion.action, today)
    for suggestion in coming:
        person = suggestion.person_id
        if (wanted is None or person in wanted) and person not in steps:
            steps[person] = NextStep(suggestion.action, max(suggestion.due, today))
    return steps
