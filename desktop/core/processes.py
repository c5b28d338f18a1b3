"""Processes (application / interview loops) as seen from one person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.store.models import Company, Opening, Process, ProcessContact


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
