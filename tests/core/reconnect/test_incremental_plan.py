"""The plan the app keeps, refreshed change by change, is the plan a fresh engine makes (issue 12's oracle).

The app builds one engine at start-up and then refreshes it in place after every change, with
what that change touched (``PlanKeeper.refresh`` → ``Engine.refresh``); after an import, a merge
or an erasure it builds a new engine in a worker (``keeper.load()``) and shows the refreshed one
meanwhile. Random writes of every kind the app makes — interactions in and out, notes and job
changes, rejections, openings (new, closed), snoozes, dismissals and their undo, marks done, person
edits, new people, merges and their undo, erasures, imports of a JSON archive and of a LinkedIn
``Connections.csv``, rule settings, days passing — and after each the kept engine's plan for the
day (today's cards and those coming up, in order: action, person, due date, reasons, draft) and
the opening rules' suggestions equal a fresh engine's, card for card.

A few seeds run in the suite; ``REBOUND_ORACLE_SEEDS=N`` runs N of them (``make mutation``).
"""

from __future__ import annotations

import os
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.core import duplicates, erase, network, openings, people, processes, settings, timeline
from desktop.core.reconnect import actions
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.present import as_dict
from desktop.core.reconnect.rules import opening_suggestions
from desktop.errors import ReboundError
from desktop.interop import archive, linkedin
from desktop.store.models import DB, Process, ProcessContact, Profile

START = date(2026, 3, 2)
SEEDS = int(os.environ.get("REBOUND_ORACLE_SEEDS", "4"))
STEPS = 45
COMPANIES = ["Acme GmbH", "Globex AG", "Initech"]
TITLES = ["Data Analyst", "Senior Data Analyst", "Analytics Engineer", "Office Manager", "BI Analyst"]
FIRST = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lea"]
LAST = ["Silva", "Weber", "Okafor", "Lee", "Novak", "Berg"]
SETTINGS: dict[str, list[int | float]] = {
    "checkin_min_days": [60, 90],
    "event_min_days": [20, 30],
    "max_unanswered": [1, 2, 3],
    "opening_fresh_days": [30, 45],
    "relevance_threshold": [0.4, 0.5, 0.7],
    "reply_lapse_days": [7, 14],
    "job_change_fresh_days": [20, 30],
}


class Run:
    """One seeded sequence of writes, the engine the app keeps, and the day it shows."""

    def __init__(self, rng: random.Random, tmp_path: Path) -> None:
        self.rng = rng
        self.tmp_path = tmp_path
        self.today = START
        self.undo: list[tuple[str, int, tuple[str, date | None] | None]] = []  # snoozes and dismissals
        self.merges: list[duplicates.MergeUndo] = []
        self.made = 0
        Profile.insert(
            id=1, name="Jana Berg", mode="job_seeker", language="en", target_roles=["Data Analyst"], keywords=["sql"]
        ).on_conflict_replace().execute()
        for _ in range(8):
            self.new_person()
        ids = self.people()
        for a, b in zip(ids, ids[2:], strict=False):
            network.connect(a, b, "knows", rng.choice([1, 2, 3]))
        for _ in range(3):
            self.new_opening(mine=False)
        self.new_opening(mine=True)
        candidate = rng.choice(ids)
        row = Process.create(opening=self.new_opening(mine=True), candidate=candidate, stage_reached="final",
                             outcome="rejected", started_on=None, ended_on=START - timedelta(200))  # fmt: skip
        ProcessContact.create(process=row.get_id(), person=rng.choice(ids), role="hiring_manager")
        people.update_person(candidate, {"title": "Data Analyst"})
        for _ in range(12):
            self.touch()
        self.engine = Engine()  # what ``keeper.load()`` builds

    # ------------------------------------------------------------ reading

    def people(self) -> list[int]:
        return [int(row[0]) for row in DB.obj.execute_sql("SELECT id FROM person ORDER BY id")]

    def opening_ids(self, open_only: bool = False) -> list[int]:
        where = " WHERE status = 'open'" if open_only else ""
        return [int(row[0]) for row in DB.obj.execute_sql(f"SELECT id FROM opening{where} ORDER BY id")]

    def moment(self, most_days_ago: int = 200) -> datetime:
        day = self.today - timedelta(self.rng.randint(0, most_days_ago))
        return datetime.combine(day, time(self.rng.randint(7, 19), self.rng.choice([0, 0, 15, 30])))

    # ------------------------------------------------------------ writes (each through core, as the app makes it)

    def new_person(self) -> int:
        rng = self.rng
        self.made += 1
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {self.made}"
        slug = name.lower().replace(" ", "-")
        return people.create_person(
            {
                "name": name,
                "company": rng.choice([*COMPANIES, None]),
                "email": f"{slug}@example.com" if rng.random() < 0.6 else None,
                "linkedin_url": f"https://www.linkedin.com/in/{slug}" if rng.random() < 0.6 else None,
                "connected": rng.random() < 0.5,
                "title": rng.choice([None, *TITLES]),
            }
        ).value

    def new_opening(self, mine: bool) -> int:
        rng = self.rng
        return openings.add_opening(
            rng.choice(COMPANIES), rng.choice(TITLES), self.today - timedelta(rng.randint(0, 60)),
            keywords=rng.choice([[], ["sql"], ["excel"]]), mine=mine,
        ).value  # fmt: skip

    def touch(self) -> int:
        """An interaction logged on a person's page (in, out, a note, a job change), maybe about an opening."""
        rng = self.rng
        person = rng.choice(self.people())
        kind, direction = rng.choice(
            [("email", "out"), ("email", "out"), ("linkedin_message", "out"), ("connection_request", "out"),
             ("call", "out"), ("email", "in"), ("email", "in"), ("linkedin_message", "in"), ("rejection", "in"),
             ("note", "none"), ("job_change", "none")]
        )  # fmt: skip
        opening = None
        if direction == "out" and rng.random() < 0.4:
            opening = rng.choice(self.opening_ids())
        subject = f"{rng.choice(COMPANIES)} → {rng.choice(COMPANIES)}" if kind == "job_change" else None
        timeline.log_interaction(
            person, kind, direction, self.moment(120 if rng.random() < 0.7 else 300),
            channel=timeline.default_channel(kind), subject=subject, body="Hello", opening_id=opening,
        )  # fmt: skip
        return person

    def shown(self) -> list[Any]:
        plan, coming = self.engine.today_and_coming(self.today)
        return [*plan, *coming]

    def step(self) -> str:
        """One random write, and the engine refreshed as the app refreshes it; returns what was done."""
        rng, engine = self.rng, self.engine
        kind = rng.randrange(20)
        if kind <= 4:
            engine.refresh({self.touch()})  # PersonPage._after_record → person_changed
            return "interaction"
        if kind == 5:
            person = rng.choice(self.people())
            stage, role = rng.choice(["interview", "final"]), rng.choice(["recruiter", "hiring_manager"])
            at = self.moment(20)
            processes.log_rejection(person, rng.choice(COMPANIES), rng.choice(TITLES), stage, at, contact_role=role)
            engine.refresh({person}, openings=True, processes=True)  # MainWindow._rejection_logged
            return "rejection"
        if kind == 6:
            self.new_opening(mine=rng.random() < 0.2)
            engine.refresh(openings=True)  # OpeningsPage._added
            return "new opening"
        if kind == 7 and self.opening_ids(open_only=True):
            openings.set_status(rng.choice(self.opening_ids(open_only=True)), "closed")
            engine.refresh(openings=True)  # OpeningsPage._status_changed
            return "opening closed"
        cards = self.shown()
        if kind in (8, 9) and cards:
            card = rng.choice(cards)
            before = actions.previous_state(card.key)
            if kind == 8:
                actions.snooze(card.key, self.today + timedelta(rng.randint(1, 20)), self.today)
            else:
                actions.dismiss(card.key)
            self.undo.append((card.key, card.person_id, before))
            engine.refresh({card.person_id}, states=True)  # TodayPage._refresh_after
            return "snoozed" if kind == 8 else "dismissed"
        if kind == 10 and cards:
            card = rng.choice(cards)
            at = datetime.combine(self.today, time(rng.randint(7, 19), rng.randint(0, 59)))
            actions.mark_done(card.key, card.person_id, card.channel, "Hello again", at, opening_id=card.opening_id)
            engine.refresh({card.person_id}, states=True)  # TodayPage.mark_done → _refresh_after
            return f"done {card.action}"
        if kind == 11 and self.undo:
            key, person, before = self.undo.pop()
            actions.restore_state(key, before)
            engine.refresh({person}, states=True)  # TodayPage.undo
            return "undo"
        if kind == 12:
            person = rng.choice(self.people())
            field, value = rng.choice(
                [("company", rng.choice([*COMPANIES, None])), ("email", rng.choice([None, f"x{person}@example.org"])),
                 ("connected", rng.random() < 0.5), ("do_not_contact", rng.random() < 0.3),
                 ("archived", rng.random() < 0.2), ("name", f"{rng.choice(FIRST)} {rng.choice(LAST)} {person}"),
                 ("linkedin_url", rng.choice([None, f"https://www.linkedin.com/in/p{person}"])),
                 ("title", rng.choice(TITLES))]
            )  # fmt: skip
            people.update_person(person, {field: value})
            engine.refresh({person})  # PersonPage._after_save → person_changed
            return f"edit {field}"
        if kind == 13:
            engine.refresh({self.new_person()})
            return "new person"
        if kind == 14:
            key = rng.choice(sorted(SETTINGS))
            settings.set_setting(key, rng.choice(SETTINGS[key]))
            engine.refresh(settings=True)  # SettingsDialog.apply
            return f"setting {key}"
        if kind == 15:
            self.today += timedelta(rng.choice([1, 1, 3, 10, 30]))  # PlanKeeper.check_day: the same engine
            return "next day"
        if kind == 16:
            return self.merge_or_undo()
        if kind == 17 and len(self.people()) > 4:
            person = rng.choice(self.people())
            erase.erase_person(person, self.today, compact=False)
            self.undo = [entry for entry in self.undo if entry[1] != person]
            engine.refresh({person}, processes=True, states=True)  # MainWindow._person_erased, then keeper.load()
            self.check("erased (while the new engine is built)")
            self.engine = Engine()
            return "erased"
        if kind == 18:
            self.import_archive()
            self.engine = Engine()  # MainWindow._imported → keeper.load()
            return "archive import"
        if kind == 19:
            self.import_connections()
            self.engine = Engine()
            return "LinkedIn import"
        engine.refresh({self.touch()})
        return "interaction"

    def merge_or_undo(self) -> str:
        if self.merges and self.rng.random() < 0.5:
            change = self.merges.pop()
            try:
                duplicates.undo(change)
            except ReboundError:
                return "merge undo refused"
            self.engine = Engine()  # MainWindow._people_merged → keeper.load()
            return "merge undone"
        keep, drop = self.rng.sample(self.people(), 2)
        self.merges.append(duplicates.merge(keep, drop))
        self.undo = [entry for entry in self.undo if entry[1] != drop]
        self.engine = Engine()
        return "merged"

    def import_archive(self) -> None:
        rng = self.rng
        self.made += 1
        name = f"{rng.choice(FIRST)} Imported {self.made}"
        document = {
            "format": "rebound-archive",
            "version": 1,
            "companies": [{"id": "c1", "name": rng.choice(COMPANIES)}],
            "people": [{"id": "p1", "name": name, "company": "c1", "email": f"imported{self.made}@example.com"}],
            "interactions": [
                {
                    "person": "p1",
                    "kind": "email",
                    "direction": rng.choice(["in", "out"]),
                    "at": self.moment(150).isoformat(),
                    "channel": "email",
                }
            ],  # fmt: skip
        }
        archive.import_document(document)

    def import_connections(self) -> None:
        rng = self.rng
        rows = []
        for _ in range(2):
            self.made += 1
            rows.append(f"{rng.choice(FIRST)},Linked{self.made},https://www.linkedin.com/in/linked-{self.made},,"
                        f"{rng.choice(COMPANIES)},{rng.choice(TITLES)},14 Feb 2026")  # fmt: skip
        path = self.tmp_path / f"Connections-{self.made}.csv"
        path.write_text(
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + "\n".join(rows) + "\n"
        )
        linkedin.run(path, now=datetime.combine(self.today, time(12)))

    # ------------------------------------------------------------ the oracle

    def check(self, after: str) -> None:
        fresh = Engine()
        assert _cards(self.engine, self.today) == _cards(fresh, self.today), after
        assert _opening_cards(self.engine, self.today) == _opening_cards(fresh, self.today), after


def _cards(engine: Engine, today: date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Today's cards and those coming up, as the Today page shows them (drafts included), in order."""
    plan, coming = engine.today_and_coming(today)
    return (
        [as_dict(s, engine.facts, today) for s in plan],
        [as_dict(s, engine.facts, today) for s in coming],
    )


def _opening_cards(engine: Engine, today: date) -> list[dict[str, Any]]:
    return [as_dict(s, engine.facts, today, with_draft=False) for s in opening_suggestions(engine.facts, today)]


@pytest.mark.parametrize("seed", range(SEEDS))
def test_the_kept_plan_after_random_writes_is_the_plan_a_fresh_engine_makes(
    db: object, tmp_path: Path, seed: int
) -> None:
    run = Run(random.Random(seed), tmp_path)
    run.check("start")
    done = []
    for _ in range(STEPS):
        done.append(run.step())
        run.check(" → ".join(done[-6:]))
