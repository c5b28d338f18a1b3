"""Facts: the plain data the rules read, loaded from the database in a few aggregate queries.

Rules never touch the database; they take a ``Facts`` and ``today``. That keeps them pure,
fast to test, and lets the engine refresh one person's facts without reloading the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

import peewee as pw

from desktop.core import settings as settings_core
from desktop.core.members import display_names
from desktop.store.dialect import one_pass_reads, read_ahead
from desktop.store.models import DB, Profile, is_team
from desktop.vocab import Outcome


@dataclass(slots=True)
class Touches:
    """What the interactions say about one person (only touches: direction in/out, no notes)."""

    last_out: datetime | None = None
    last_in: datetime | None = None
    unanswered: int = 0
    last_connection_request_out: datetime | None = None
    job_change: tuple[datetime, str | None] | None = None  # latest job_change record and its subject
    new_company: str | None = None  # the company that latest job change went to (its `to_company`)
    # on a team server: the member who logged the touch a check-in counts from (the latest outbound one, else the
    # latest inbound one): its ``author``, the role of whoever logged it
    last_by: str | None = None


@dataclass(slots=True)
class PersonFacts:
    id: int
    name: str
    first_name: str | None
    company_id: int | None
    company: str | None
    title: str | None
    email: str | None
    linkedin_url: str | None
    connected: bool
    language: str | None
    skills: list[str]
    excluded: bool  # do_not_contact or archived
    touches: Touches = field(default_factory=Touches)
    owner: str | None = None  # on a team server: the member who holds the relationship (None on SQLite)
    name_key: str = field(init=False, repr=False, compare=False)  # for ordering by name

    def __post_init__(self) -> None:
        self.name_key = self.name.casefold()

    @property
    def reachable(self) -> bool:
        return bool(self.email) or self.connected

    @property
    def last_touch(self) -> datetime | None:
        last_out, last_in = self.touches.last_out, self.touches.last_in
        if last_out is None or (last_in is not None and last_in > last_out):
            return last_in
        return last_out


@dataclass(frozen=True)
class OpeningFacts:
    id: int
    company_id: int
    company: str
    title: str
    keywords: tuple[str, ...]
    status: str
    discovered_on: date | None
    mine: bool
    url: str | None


@dataclass(frozen=True)
class ProcessFacts:
    id: int
    opening_id: int
    candidate_id: int | None
    stage_reached: str | None
    outcome: str
    ended_on: date | None
    contacts: tuple[tuple[int, str], ...]  # (person id, role)
    rejection: tuple[int, datetime] | None  # latest inbound rejection linked to it: (person id, at)


@dataclass
class Facts:
    mode: str
    language: str
    my_name: str | None
    target_roles: list[str]
    keywords: list[str]
    settings: dict[str, Any]
    people: dict[int, PersonFacts]
    openings: dict[int, OpeningFacts]
    processes: dict[int, ProcessFacts]
    edges: dict[int, list[tuple[int, int]]]  # person → [(other person, strength)]
    opening_touches: dict[int, datetime]  # company id → latest outbound touch linked to one of its openings
    states: dict[str, tuple[str, date | None]]  # suggestion key → (state, until)
    member: str | None = None  # on a team server: the signed-in member (their role); None on a SQLite file
    member_names: dict[str, str] = field(default_factory=dict)  # role → the name a member gave the team

    def known(self, person_id: int) -> bool:
        person = self.people[person_id]
        return person.last_touch is not None or person_id in self.process_contacts

    @cached_property
    def process_contacts(self) -> set[int]:
        return {pid for p in self.processes.values() for pid, _ in p.contacts}

    @cached_property
    def contact_rejections(self) -> dict[int, date]:
        """Person → the latest end date of a rejected process they were a contact of."""
        found: dict[int, date] = {}
        for process in self.processes.values():
            if process.outcome == Outcome.REJECTED and process.ended_on is not None:
                for pid, _ in process.contacts:
                    if pid not in found or found[pid] < process.ended_on:
                        found[pid] = process.ended_on
        return found

    @cached_property
    def candidate_openings(self) -> dict[int, list[int]]:
        """Candidate → the openings of their processes."""
        found: dict[int, list[int]] = {}
        for process in self.processes.values():
            if process.candidate_id is not None:
                found.setdefault(process.candidate_id, []).append(process.opening_id)
        return found

    @cached_property
    def opening_stages(self) -> dict[int, str]:
        """Opening → the stage reached by its last process (in id order) that reached one."""
        found: dict[int, str] = {}
        for process in self.processes.values():
            if process.stage_reached:
                found[process.opening_id] = process.stage_reached
        return found

    @cached_property
    def _by_company(self) -> dict[int, list[int]]:
        index: dict[int, list[int]] = {}
        for person in self.people.values():
            if person.company_id is not None:
                index.setdefault(person.company_id, []).append(person.id)
        return index

    def people_at(self, company_id: int) -> list[PersonFacts]:
        return [self.people[pid] for pid in self._by_company.get(company_id, []) if pid in self.people]

    def forget_people_index(self) -> None:
        """Drop the people-by-company index (after a person was added, removed or changed company)."""
        self.__dict__.pop("_by_company", None)

    def forget_derived(self) -> None:
        """Drop the cached indexes after people or processes changed."""
        for name in ("process_contacts", "contact_rejections", "candidate_openings", "opening_stages", "_by_company"):
            self.__dict__.pop(name, None)


def _dt(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _at(value: object) -> datetime:
    """A column that is never NULL (an interaction's ``at``, the latest of several)."""
    found = _dt(value)
    if found is None:
        raise ValueError("a time the database always holds is missing")
    return found


def _d(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


# One pass over the covering index interaction_touch (person_id, direction, kind, at) for the latest touches,
# then per person a seek into the same index for the outbound touches since the latest inbound one (unanswered).
TOUCH_SQL = """
SELECT t.person_id, t.last_out, t.last_in, t.last_request,
       (SELECT count(*) FROM interaction j
         WHERE j.person_id = t.person_id AND j.direction = 'out' AND j.kind NOT IN ('note', 'job_change')
           AND (t.last_in IS NULL OR j.at > t.last_in))
  FROM (SELECT person_id,
               max(CASE WHEN direction = 'out' AND kind NOT IN ('note', 'job_change') THEN at END) AS last_out,
               max(CASE WHEN direction = 'in' AND kind NOT IN ('note', 'job_change') THEN at END) AS last_in,
               max(CASE WHEN direction = 'out' AND kind = 'connection_request' THEN at END) AS last_request
          FROM interaction {where}
         GROUP BY person_id) t
"""

JOB_CHANGE_SQL = """
SELECT i.person_id, i.at, i.subject, i.to_company
  FROM interaction i
  JOIN (SELECT person_id, max(at) AS at FROM interaction WHERE kind = 'job_change' {where_and}
         GROUP BY person_id) latest
    ON latest.person_id = i.person_id AND latest.at = i.at
 WHERE i.kind = 'job_change'
 ORDER BY i.id
"""


# Team servers only (a SQLite file has no members): who holds each person, and who logged the touch a check-in
# counts from — the latest outbound touch, else the latest inbound one (as ``checkin_reference`` picks them): the
# last entry of the person's range of ``interaction_touch_by`` (migration 15), one seek a person.
TEAM_SQL = """
SELECT p.id, p.owner,
       (SELECT a.author FROM interaction a
         WHERE a.person_id = p.id AND a.direction IN ('in', 'out') AND a.kind NOT IN ('note', 'job_change')
         ORDER BY a.direction DESC, a.at DESC, a.id DESC LIMIT 1)
  FROM person p {where}
"""


def _touch_statements(person_ids: list[int] | None, team: bool) -> list[tuple[str, list[object]]]:
    """The statements of the touch facts (of everyone, or of the given people): touches, job changes, and on a
    team server the owners and who logged each reference touch."""
    where = where_and = team_where = ""
    params: list[object] = []
    if person_ids is not None:
        marks = ", ".join("?" * len(person_ids))
        where, where_and = f"WHERE person_id IN ({marks})", f"AND person_id IN ({marks})"
        team_where = f"WHERE p.id IN ({marks})"
        params = list(person_ids)
    statements = [(TOUCH_SQL.format(where=where), params), (JOB_CHANGE_SQL.format(where_and=where_and), params)]
    if team:
        statements.append((TEAM_SQL.format(where=team_where), params))
    return statements


def _touches(touch_rows: Iterable[Sequence[Any]], change_rows: Iterable[Sequence[Any]]) -> dict[int, Touches]:
    found: dict[int, Touches] = {}
    for pid, last_out, last_in, last_request, unanswered in touch_rows:
        found[pid] = Touches(_dt(last_out), _dt(last_in), unanswered, _dt(last_request))
    for pid, at, subject, to_company in change_rows:
        found[pid].job_change = (_at(at), subject)
        found[pid].new_company = to_company
    return found


def load_people(db: pw.Database, person_ids: list[int] | None = None) -> dict[int, PersonFacts]:
    """The facts of everyone, or of the given people only.

    Their touches are asked for first: on a team server, reading everyone (``one_pass_reads``), the server works
    them out on a second connection while the people's rows are made here (``read_ahead``)."""
    if person_ids is not None and not person_ids:
        return {}
    team = is_team(db)
    touch_rows = read_ahead(db, _touch_statements(person_ids, team))
    sql = (
        "SELECT p.id, p.name, p.first_name, p.company_id, c.name, p.title, p.email, p.linkedin_url, p.connected, "
        "p.language, p.skills, (p.do_not_contact = 1 OR p.archived = 1) "  # 0/1 on SQLite, a boolean on PostgreSQL
        "FROM person p LEFT JOIN company c ON c.id = p.company_id"
    )
    params: list[object] = []
    if person_ids is not None:
        sql += f" WHERE p.id IN ({', '.join('?' * len(person_ids))})"
        params = list(person_ids)
    # a value many people share (a company, a title, a language, a list of skills) is held once: 100,000 people
    # at 5,000 companies; the lists of skills are read, never changed
    shared: dict[Any, Any] = {}  # and first names: most are shared too (a few MB at 100,000 people)
    company_ids: dict[int, int] = {}
    skill_lists: dict[Any, list[str]] = {}
    people: dict[int, PersonFacts] = {}
    for row in db.execute_sql(sql, params):
        skills = skill_lists.get(row[10])
        if skills is None:
            skills = skill_lists[row[10]] = json.loads(row[10]) if row[10] and row[10] != "[]" else []
        people[row[0]] = PersonFacts(
            id=row[0],
            name=row[1],
            first_name=shared.setdefault(row[2], row[2]),
            company_id=company_ids.setdefault(row[3], row[3]),
            company=shared.setdefault(row[4], row[4]),
            title=shared.setdefault(row[5], row[5]),
            email=row[6] or None,
            linkedin_url=row[7] or None,
            connected=bool(row[8]),
            language=shared.setdefault(row[9], row[9]),
            skills=skills,
            excluded=bool(row[11]),
        )
    touches, changes, *team_rows = touch_rows()
    for pid, found in _touches(touches, changes).items():
        if pid in people:
            people[pid].touches = found
    for rows in team_rows:
        team_facts(people, rows)
    return people


def team_facts(people: dict[int, PersonFacts], rows: Iterable[Sequence[Any]]) -> None:
    """The owner of each of ``people`` and the author of their reference touch (a team server's columns)."""
    for pid, owner, author in rows:
        if pid in people:
            people[pid].owner = owner
            people[pid].touches.last_by = author


def my_name_and_members(
    db: pw.Database, member: str | None, profile: Profile | None
) -> tuple[str | None, dict[str, str]]:
    """The name I sign with and each team member's name by role. On a team server the profile is the whole team's:
    I sign with the name I gave the team (Settings → Database), when I gave one."""
    names = display_names(db) if member is not None else {}
    return names.get(member or "") or (profile.name if profile else None), names


def signed_in_member(db: pw.Database) -> str | None:
    """On a team server, the member this desktop works as (the role it logged in with); None on a SQLite file."""
    if not is_team(db):
        return None
    row = db.execute_sql("SELECT current_user").fetchone()
    return str(row[0]) if row else None


def load_openings(db: pw.Database) -> dict[int, OpeningFacts]:
    rows = db.execute_sql(
        "SELECT o.id, o.company_id, c.name, o.title, o.keywords, o.status, o.discovered_on, o.mine, o.url "
        "FROM opening o JOIN company c ON c.id = o.company_id"
    )
    return {
        r[0]: OpeningFacts(r[0], r[1], r[2], r[3], tuple(json.loads(r[4] or "[]")), r[5], _d(r[6]), bool(r[7]), r[8])
        for r in rows
    }


def load_processes(db: pw.Database) -> dict[int, ProcessFacts]:
    contacts: dict[int, list[tuple[int, str]]] = {}
    for process_id, person_id, role in db.execute_sql(
        "SELECT process_id, person_id, role FROM process_contact ORDER BY id"
    ):
        contacts.setdefault(process_id, []).append((person_id, role))
    rejections: dict[int, tuple[int, datetime]] = {}
    for process_id, person_id, at in db.execute_sql(
        "SELECT process_id, person_id, at FROM interaction WHERE kind = 'rejection' AND direction = 'in' "
        "AND process_id IS NOT NULL ORDER BY process_id, at, id"
    ):
        rejections[process_id] = (person_id, _at(at))
    return {
        r[0]: ProcessFacts(r[0], r[1], r[2], r[3], r[4], _d(r[5]), tuple(contacts.get(r[0], [])), rejections.get(r[0]))
        for r in db.execute_sql(
            "SELECT id, opening_id, candidate_id, stage_reached, outcome, ended_on FROM process ORDER BY id"
        )
    }


def load_edges(db: pw.Database) -> dict[int, list[tuple[int, int]]]:
    edges: dict[int, list[tuple[int, int]]] = {}
    for a, b, strength in db.execute_sql("SELECT a_id, b_id, strength FROM connection"):
        edges.setdefault(a, []).append((b, strength))
        edges.setdefault(b, []).append((a, strength))
    return edges


def load_opening_touches(db: pw.Database, person_ids: list[int] | None = None) -> dict[int, datetime]:
    """Company → the latest outbound touch linked to one of its openings (of everyone, or of some people)."""
    where, params = "", []
    if person_ids is not None:
        where = f"AND i.person_id IN ({', '.join('?' * len(person_ids))})"
        params = list(person_ids)
    return {
        company_id: _at(at)
        for company_id, at in db.execute_sql(
            "SELECT o.company_id, max(i.at) FROM interaction i JOIN opening o ON o.id = i.opening_id "
            f"WHERE i.direction = 'out' AND i.kind NOT IN ('note', 'job_change') {where} GROUP BY o.company_id",
            params,
        )
    }


def load_states(db: pw.Database) -> dict[str, tuple[str, date | None]]:
    return {
        key: (state, _d(until))
        for key, state, until in db.execute_sql("SELECT key, state, until FROM suggestion_state")
    }


def load_facts(person_ids: list[int] | None = None) -> Facts:
    """Everything the rules need, from the open database (of every person, or of the given people only)."""
    db = DB.obj
    profile = Profile.get_or_none(Profile.id == 1)
    if person_ids is not None:  # a few people: their pages are worth keeping
        return _facts(db, profile, person_ids)
    with one_pass_reads(db):
        return _facts(db, profile, person_ids)


def _facts(db: pw.Database, profile: Profile | None, person_ids: list[int] | None) -> Facts:
    member = signed_in_member(db)
    my_name, names = my_name_and_members(db, member, profile)
    return Facts(
        mode=profile.mode if profile else "job_seeker",
        language=(profile.language if profile and profile.language else "en"),
        my_name=my_name,
        target_roles=list(profile.target_roles) if profile else [],
        keywords=list(profile.keywords) if profile else [],
        settings=settings_core.get_settings(),
        people=load_people(db, person_ids),
        openings=load_openings(db),
        processes=load_processes(db),
        edges=load_edges(db),
        opening_touches=load_opening_touches(db),
        states=load_states(db),
        member=member,
        member_names=names,
    )
