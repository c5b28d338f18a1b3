"""The Applications board: every process as a card in a column (its stage, or how it ended), and moving it.

A process's column follows from its two fields: a rejected or withdrawn process stands in that column, an
offer (stage or outcome) in ``offer``, any other in the stage it reached (``applied`` when none is known).
Moving a card writes both fields back; a move to ``rejected`` also records the date and the words of the
rejection on the timeline of the process's contact (Today then suggests the reply). Every move returns what
undoing it needs (``Moved``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from desktop import vocab
from desktop.core.changes import Changes, Written
from desktop.core.openings import find_or_add_opening
from desktop.core.timeline import log_interaction
from desktop.errors import InputError, NotFound
from desktop.store.models import DB, Interaction, Process
from desktop.vocab import BoardColumn, Outcome


@dataclass(frozen=True)
class ApplicationCard:
    id: int
    title: str
    company_id: int
    company: str
    column: BoardColumn
    started_on: date | None
    ended_on: date | None
    candidate: str | None  # a recruiter's candidate; None for my own application
    contact_id: int | None  # the first contact of the process (recruiter first), who a rejection comes from
    contact: str | None


def column_of(stage_reached: str | None, outcome: str) -> BoardColumn:
    """The board column of a process with these fields."""
    if outcome == Outcome.REJECTED:
        return BoardColumn.REJECTED
    if outcome == Outcome.WITHDRAWN:
        return BoardColumn.WITHDRAWN
    if outcome == Outcome.OFFER:
        return BoardColumn.OFFER
    if stage_reached in vocab.STAGES:
        return BoardColumn(stage_reached)
    return BoardColumn.APPLIED


_CARDS_SQL = """
SELECT r.id, o.title, c.id, c.name, r.stage_reached, r.outcome, r.started_on, r.ended_on, cand.name,
       (SELECT pc.person_id FROM process_contact pc WHERE pc.process_id = r.id
         ORDER BY pc.role != 'recruiter', pc.id LIMIT 1)
  FROM process r JOIN opening o ON o.id = r.opening_id JOIN company c ON c.id = o.company_id
  LEFT JOIN person cand ON cand.id = r.candidate_id
 WHERE {filters}
 ORDER BY COALESCE(r.ended_on, r.started_on) DESC, r.id DESC
"""


def _day(value: Any) -> date | None:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


def applications(
    company_id: int | None = None, since: date | None = None, until: date | None = None
) -> list[ApplicationCard]:
    """Every process (of a company; active between ``since`` and ``until``), newest first."""
    # only the filters given (a parameter tested for NULL has no type PostgreSQL could determine)
    filters, params = ["1 = 1"], []
    for condition, value in (
        ("c.id = ?", company_id),
        ("COALESCE(r.ended_on, r.started_on) >= ?", since),
        ("COALESCE(r.started_on, r.ended_on) <= ?", until),
    ):
        if value is not None:
            filters.append(condition)
            params.append(value)
    rows = DB.execute_sql(_CARDS_SQL.format(filters=" AND ".join(filters)), params).fetchall()
    contact_ids = {int(row[9]) for row in rows if row[9] is not None}
    names: dict[int, str] = {}
    if contact_ids:
        marks = ",".join("?" * len(contact_ids))
        names = dict(DB.execute_sql(f"SELECT id, name FROM person WHERE id IN ({marks})", list(contact_ids)).fetchall())
    cards = []
    for pid, title, cid, company, stage, outcome, started, ended, candidate, contact in rows:
        cards.append(
            ApplicationCard(
                int(pid),
                title,
                int(cid),
                company,
                column_of(stage, outcome),
                _day(started),
                _day(ended),
                candidate,
                None if contact is None else int(contact),
                None if contact is None else names.get(int(contact)),
            )  # fmt: skip
        )
    return cards


@dataclass(frozen=True)
class Moved:
    """A move done: the process, where it was (to undo) and what the move logged."""

    process_id: int
    before: tuple[str | None, str, date | None]  # stage_reached, outcome, ended_on
    column: BoardColumn
    interaction_id: int | None = None  # the rejection recorded on the contact's timeline
    person_id: int | None = None  # that contact

    @property
    def changes(self) -> Changes:
        people = frozenset() if self.person_id is None else frozenset({self.person_id})
        interactions = frozenset() if self.interaction_id is None else frozenset({self.interaction_id})
        return Changes(people=people, interactions=interactions, processes=True)


def move_application(
    process_id: int, column: str, on: date | None = None, words: str | None = None, at: datetime | None = None
) -> Moved:
    """Put a process in ``column``. Rejected and withdrawn need the day it ended (``on``); a rejection's
    ``words`` and time (``at``) go on its contact's timeline as the inbound rejection."""
    if column not in vocab.BOARD_COLUMNS:
        raise InputError(f"column {column!r} is not one of {', '.join(vocab.BOARD_COLUMNS)}")
    target = BoardColumn(column)
    process = Process.get_or_none(Process.id == process_id)
    if process is None:
        raise NotFound(f"no process with id {process_id}")
    before = (process.stage_reached, process.outcome, process.ended_on)
    ended = target in (BoardColumn.REJECTED, BoardColumn.WITHDRAWN)
    if ended and on is None:
        raise InputError(f"moving to {target} needs the day it ended")
    interaction_id = person_id = None
    with DB.atomic():
        if target == BoardColumn.REJECTED:
            process.outcome, process.ended_on = Outcome.REJECTED, on
        elif target == BoardColumn.WITHDRAWN:
            process.outcome, process.ended_on = Outcome.WITHDRAWN, on
        elif target == BoardColumn.OFFER:
            process.stage_reached, process.outcome, process.ended_on = vocab.Stage.OFFER, Outcome.OFFER, None
        else:
            process.stage_reached, process.outcome, process.ended_on = str(target), Outcome.PENDING, None
        process.save()
        if target == BoardColumn.REJECTED:
            contact = DB.execute_sql(
                "SELECT person_id FROM process_contact WHERE process_id = ? ORDER BY role != 'recruiter', id LIMIT 1",
                (process_id,),
            ).fetchone()
            if contact is not None:
                person_id = int(contact[0])
                opening = process.opening
                when = at if at is not None else datetime.combine(on or date.min, time(12))
                interaction_id = log_interaction(
                    person_id, vocab.InteractionKind.REJECTION, vocab.Direction.IN, when, channel=vocab.Channel.EMAIL,
                    subject=f"{opening.title} at {opening.company.name}", body=words or None,
                    opening_id=int(opening.id), process_id=process_id,
                ).value  # fmt: skip
    return Moved(process_id, before, target, interaction_id, person_id)


def undo_move(moved: Moved) -> Changes:
    """Put the process back where it was and take the rejection the move logged off the timeline."""
    stage, outcome, ended_on = moved.before
    with DB.atomic():
        updated = (
            Process.update(stage_reached=stage, outcome=outcome, ended_on=ended_on)
            .where(Process.id == moved.process_id)
            .execute()
        )
        if not updated:
            raise NotFound(f"no process with id {moved.process_id}")
        if moved.interaction_id is not None:
            Interaction.delete().where(Interaction.id == moved.interaction_id).execute()
    return moved.changes


def add_application(company: str, title: str, stage: str, started_on: date) -> Written[int]:
    """A process of mine that has begun (an application sent): its opening found or added; its id."""
    if stage not in vocab.STAGES:
        raise InputError(f"stage {stage!r} is not one of {', '.join(vocab.STAGES)}")
    if not company.strip():
        raise InputError("an application needs the company's name")
    if not title.strip():
        raise InputError("an application needs the title of the role")
    with DB.atomic():
        opening_id = find_or_add_opening(company.strip(), title.strip(), started_on)
        process = Process.create(
            opening=opening_id, stage_reached=stage, outcome=Outcome.PENDING, started_on=started_on
        )
    return Written(int(process.id), Changes(openings=True, processes=True, companies=True))


@dataclass(frozen=True)
class Role:
    """A role a recruiter fills (an opening) and its candidates' processes on the board, newest first."""

    opening_id: int
    title: str
    company: str
    process_ids: tuple[int, ...]


_ROLES_SQL = """
SELECT r.id, o.id, o.title, c.name
  FROM process r JOIN opening o ON o.id = r.opening_id JOIN company c ON c.id = o.company_id
 WHERE r.candidate_id IS NOT NULL
"""


def candidates_by_role(cards: list[ApplicationCard]) -> list[Role]:
    """The candidates' processes among ``cards`` (``applications()``), grouped by the role they fill: the roles
    by title and company, each with its processes in the cards' order. A card with no candidate (an
    application of the user's own) is in no role."""
    opening_of: dict[int, tuple[int, str, str]] = {
        int(pid): (int(oid), title, company) for pid, oid, title, company in DB.execute_sql(_ROLES_SQL).fetchall()
    }
    grouped: dict[tuple[int, str, str], list[int]] = {}
    for card in cards:
        role = opening_of.get(card.id)
        if role is not None:
            grouped.setdefault(role, []).append(card.id)
    ordered = sorted(grouped.items(), key=lambda item: (item[0][1].casefold(), item[0][2].casefold(), item[0][0]))
    return [Role(oid, title, company, tuple(ids)) for (oid, title, company), ids in ordered]
