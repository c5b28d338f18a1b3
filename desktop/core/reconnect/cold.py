"""The first N of a day without reading everyone: who can open the day, found in SQL (a cold `suggest --limit N`).

The order of the day puts what is overdue first, and only replies and check-ins can be overdue. A
check-in falls due a fixed time after its reference date (``last_out``, else the latest touch), so
the check-ins that open the day belong to the people with the oldest references: one aggregate
pass over the touch index finds them, in order, without loading anyone's facts.

The day is then planned by the engine and its rules, unchanged, over a few people only: those
candidates, and everyone the other rules can speak of (the people of processes: contacts,
candidates, whoever delivered a rejection; the people at companies with a new opening and their
connections, for rule 3's walk and rule 4's introductions). Anyone left out has no reference older
than the last candidate's, so can only have a check-in due after it, or a suggestion that is not
overdue. When the first N of the few all come before that, they are the first N of the whole day
(``certain``); otherwise the caller tries more candidates, and at last plans the whole day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import peewee as pw

from desktop.core.reconnect.facts import Facts, _at, load_facts, load_people
from desktop.core.reconnect.rules.company_walk import NEW, opening_age
from desktop.core.reconnect.suggestion import PRECEDENCE, Suggestion
from desktop.store.models import DB

# Per person with a touch, the check-in's reference: the latest outbound touch, else the latest touch (inbound);
# the oldest first. One pass over the covering index interaction_touch, sorted and cut in SQL.
REFERENCE_SQL = """
SELECT person_id, ref
  FROM (SELECT person_id, coalesce(max(CASE WHEN direction = 'out' THEN at END), max(at)) AS ref
          FROM interaction
         WHERE direction IN ('in', 'out') AND kind NOT IN ('note', 'job_change')
         GROUP BY person_id) t
 ORDER BY ref, person_id
 LIMIT ?
"""

CHECK_IN = PRECEDENCE["check_in"]
MOST = 20_000  # people; more, and the whole day is planned instead


@dataclass(frozen=True)
class Few:
    """The facts of the few people who can open the day, and how far the candidates reach."""

    facts: Facts
    complete: bool  # every person with a touch is among them: the plan over them is the whole day's
    beyond: date  # everyone left out has a check-in reference on this day or later


def oldest_references(db: pw.Database, count: int) -> list[tuple[int, date]]:
    """The ``count`` people with the oldest check-in references (by touches), oldest first."""
    return [(person_id, _at(ref).date()) for person_id, ref in db.execute_sql(REFERENCE_SQL, [count])]


def few_facts(today: date, count: int) -> Few | None:
    """The facts of the ``count`` oldest references' people and of everyone the other rules can speak of
    (None when that is more than ``MOST`` people: then the whole day is the better plan)."""
    db = DB.obj
    facts = load_facts(person_ids=[])
    references = oldest_references(db, count)
    chosen = {person_id for person_id, _ in references}
    for process in facts.processes.values():
        if process.candidate_id is not None:
            chosen.add(process.candidate_id)
        chosen.update(person_id for person_id, _ in process.contacts)
        if process.rejection is not None:
            chosen.add(process.rejection[0])
    companies = sorted(
        {o.company_id for o in facts.openings.values() if not o.mine and opening_age(o, facts, today) == NEW}
    )
    if companies:
        marks = ", ".join("?" * len(companies))
        for (person_id,) in db.execute_sql(f"SELECT id FROM person WHERE company_id IN ({marks})", companies):
            chosen.add(person_id)
            chosen.update(other for other, _ in facts.edges.get(person_id, ()))  # who could introduce them
    if len(chosen) > MOST:
        return None
    facts.people = load_people(db, sorted(chosen))
    facts.forget_derived()
    complete = len(references) < count
    # the last reference's day may be shared by people left out: only the days before it are whole
    beyond = references[-1][1] if references and not complete else date.max
    return Few(facts, complete, beyond)


def certain(plan: list[Suggestion], limit: int, few: Few, today: date) -> bool:
    """Whether the first ``limit`` of the day planned over the few are the first ``limit`` of the whole day."""
    if few.complete:
        return True
    if len(plan) < limit:
        return False
    if not plan:
        return True
    # in the order of the day: when the last comes before anything of anyone left out, so do the others
    last = plan[-1]
    if not last.overdue(today):
        return False
    if last.precedence < CHECK_IN:  # an overdue reply: no one left out has one
        return True
    return last.due < few.beyond + timedelta(few.facts.settings["checkin_min_days"])
