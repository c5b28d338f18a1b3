"""A recruiter's board: her candidates' processes grouped by the role (opening) they fill. Its query is portable
SQL and runs on both backends (the board's own queries are still SQLite's: tests/core/test_applications.py)."""

from __future__ import annotations

from datetime import date

from desktop.core.applications import ApplicationCard, candidates_by_role
from desktop.core.openings import add_opening
from desktop.core.people import create_person
from desktop.store.models import Process
from desktop.vocab import BoardColumn


def _cards(*processes: Process) -> list[ApplicationCard]:
    """The board's cards of these processes, in this order (as ``applications()`` lists them, newest first)."""
    return [ApplicationCard(int(p.id), "", 0, "", BoardColumn.SCREEN, None, None, None, None, None) for p in processes]


def test_a_recruiters_candidates_are_grouped_by_the_role_they_fill(db: object) -> None:
    data = add_opening("Acme", "Data Engineer", date(2026, 1, 1)).value
    analytics = add_opening("Beta", "Analytics Engineer", date(2026, 1, 1)).value
    own = add_opening("Gamma", "BI Lead", date(2026, 1, 1)).value
    ana, ben, cem = (create_person({"name": name}).value for name in ("Ana Arslan", "Ben Berger", "Cem Cakir"))
    ana_p = Process.create(opening=data, candidate=ana, stage_reached="screen", started_on=date(2026, 3, 1))
    ben_p = Process.create(opening=data, candidate=ben, stage_reached="onsite", outcome="rejected",
                           started_on=date(2026, 1, 10), ended_on=date(2026, 3, 20))  # fmt: skip
    cem_p = Process.create(opening=analytics, candidate=cem, stage_reached="interview", started_on=date(2026, 2, 1))
    mine = Process.create(opening=own, stage_reached="applied", started_on=date(2026, 2, 2))  # no candidate: no role

    roles = candidates_by_role(_cards(ben_p, ana_p, mine, cem_p))
    assert [(r.title, r.company, r.opening_id, r.process_ids) for r in roles] == [
        ("Analytics Engineer", "Beta", analytics, (cem_p.id,)),  # the roles by title
        ("Data Engineer", "Acme", data, (ben_p.id, ana_p.id)),  # its processes in the cards' order
    ]
    assert [r.title for r in candidates_by_role(_cards(ana_p))] == ["Data Engineer"]  # only the roles on the board
    assert candidates_by_role(_cards(mine)) == []
