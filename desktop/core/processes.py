"""Processes (application / interview loops) as seen from one person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop import vocab
from desktop.core.changes import Changes
from desktop.core.openings import find_or_add_opening
from desktop.core.timeline import log_interaction
from desktop.errors import InputError, NotFound
from desktop.store.models import DB, Company, Opening, Person, Process, ProcessContact


@dataclass(frozen=True)
class ProcessView:
    id: int
    opening: str
    company: str
    role: str
    stage_reached: str | None
    outcome: str
    started_on: date | None
    ended_on: date | None
    reason: str | None


def processes_of(person_id: int) -> list[ProcessView]:
    """Processes the person took part in (as a contact) or was the candidate of; newest first."""
    views: dict[tuple[int, str], ProcessView] = {}
    contact_rows = (
        ProcessContact.select(ProcessContact.role, Process, Opening, Company)
        .join(Process).join(Opening).join(Company)
        .where(ProcessContact.person == person_id)
    )  # fmt: skip
    candidate_rows = (
        Process.select(Process, Opening, Company).join(Opening).join(Company).where(Process.candidate == person_id)
    )
    pairs = [(row.process, row.role) for row in contact_rows] + [(p, "candidate") for p in candidate_rows]
    for process, role in pairs:
        views[(process.id, role)] = ProcessView(
            id=process.id, opening=process.opening.title, company=process.opening.company.name, role=role,
            stage_reached=process.stage_reached, outcome=process.outcome, started_on=process.started_on,
            ended_on=process.ended_on, reason=process.reason,
        )  # fmt: skip
    return sorted(views.values(), key=lambda v: (v.ended_on or v.started_on or date.min, v.id), reverse=True)


@dataclass(frozen=True)
class LoggedRejection:
    process_id: int
    opening_id: int
    interaction_id: int
    person_id: int

    @property
    def changes(self) -> Changes:
        """What logging it changed: the person's timeline, an opening (maybe new) and a process."""
        return Changes(
            people=frozenset({self.person_id}),
            interactions=frozenset({self.interaction_id}),
            openings=True,
            processes=True,
        )


def log_rejection(
    person_id: int,
    company: str,
    role_title: str,
    stage_reached: str,
    at: datetime,
    text: str | None = None,
    contact_role: str = "recruiter",
    started_on: date | None = None,
) -> LoggedRejection:
    """One step for "they said no": the opening, my process (rejected), the contact, the rejection message."""
    if stage_reached not in vocab.STAGES:
        raise InputError(f"stage {stage_reached!r} is not one of {', '.join(vocab.STAGES)}")
    if contact_role not in vocab.CONTACT_ROLES:
        raise InputError(f"role {contact_role!r} is not one of {', '.join(vocab.CONTACT_ROLES)}")
    if Person.get_or_none(Person.id == person_id) is None:
        raise NotFound(f"no person with id {person_id}")
    with DB.atomic():
        opening_id = find_or_add_opening(company, role_title, started_on or at.date())
        process = Process.create(
            opening=opening_id, candidate=None, stage_reached=stage_reached, outcome=vocab.Outcome.REJECTED,
            started_on=started_on, ended_on=at.date(),
        )  # fmt: skip
        ProcessContact.create(process=process.id, person=person_id, role=contact_role)
        interaction_id = log_interaction(
            person_id, "rejection", "in", at, channel="email", subject=f"{role_title} at {company}",
            body=text, opening_id=opening_id, process_id=process.id,
        ).value  # fmt: skip
    return LoggedRejection(int(process.id), opening_id, interaction_id, person_id)
