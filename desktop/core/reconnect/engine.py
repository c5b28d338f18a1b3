"""The engine: facts loaded once, rules run, and re-planning limited to what a change touches.

A new interaction re-reads one person's facts and re-runs the person rules for them; a new
opening re-reads the openings. The rules that walk openings (re-engage, ask, intro) are
re-run in full every time: they look at few records.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.reconnect import facts as facts_module
from desktop.core.reconnect import rules
from desktop.core.reconnect.facts import Facts, load_facts
from desktop.core.reconnect.plan import one_per_person, visible
from desktop.core.reconnect.suggestion import Suggestion
from desktop.store.models import DB

COMING_UP_DAYS = 14


class Engine:
    def __init__(self, facts: Facts | None = None, horizon: int = COMING_UP_DAYS) -> None:
        self.facts = facts if facts is not None else load_facts()
        self.horizon = horizon
        self._today: date | None = None
        self._by_person: dict[int, list[Suggestion]] = {}

    # -------------------------------------------------------------- computing

    def _person_rules(self, today: date, only: set[int] | None) -> dict[int, list[Suggestion]]:
        found: dict[int, list[Suggestion]] = {} if only is None else {pid: [] for pid in only}
        for rule in rules.PERSON_RULES:
            for suggestion in rule(self.facts, today, only):
                found.setdefault(suggestion.person_id, []).append(suggestion)
        for suggestion in rules.check_in(self.facts, today, only, horizon=self.horizon):
            found.setdefault(suggestion.person_id, []).append(suggestion)
        return found

    def _ensure(self, today: date) -> None:
        if self._today != today:
            self._by_person = self._person_rules(today, None)
            self._today = today

    def suggestions(self, today: date) -> list[Suggestion]:
        """Every visible suggestion due by today + horizon, before the one-per-person rule."""
        self._ensure(today)
        found = [s for group in self._by_person.values() for s in group]
        for rule in rules.OPENING_RULES:
            found.extend(rule(self.facts, today))
        return [s for s in found if visible(s, self.facts, today)]

    def day_plan(self, today: date) -> list[Suggestion]:
        """What to do today, in the order of the day."""
        return one_per_person((s for s in self.suggestions(today) if s.due <= today), self.facts, today)

    def today_and_coming(self, today: date, days: int = COMING_UP_DAYS) -> tuple[list[Suggestion], list[Suggestion]]:
        """Today's plan, and what falls due in the next ``days`` days for the people not in it."""
        everything = self.suggestions(today)
        plan = one_per_person((s for s in everything if s.due <= today), self.facts, today)
        busy = {s.person_id for s in plan}
        end = today + timedelta(days)
        later = [s for s in everything if today < s.due <= end and s.person_id not in busy]
        return plan, one_per_person(later, self.facts, today)

    # -------------------------------------------------------------- keeping up with changes

    def refresh_people(self, person_ids: set[int]) -> None:
        """Re-read these people's facts (after an interaction, an edit, a new person)."""
        db = DB.obj
        fresh = facts_module.load_people(db, sorted(person_ids))
        for pid in person_ids:
            if pid in fresh:
                self.facts.people[pid] = fresh[pid]
            else:
                self.facts.people.pop(pid, None)
        self.facts.opening_touches = facts_module.load_opening_touches(db)
        self.facts.forget_derived()
        if self._today is not None:
            self._by_person.update(self._person_rules(self._today, set(person_ids)))
            for pid in person_ids:
                if not self._by_person.get(pid):
                    self._by_person.pop(pid, None)

    def refresh_processes(self) -> None:
        self.facts.processes = facts_module.load_processes(DB.obj)
        self.facts.forget_derived()
        self._today = None

    def refresh_openings(self) -> None:
        self.facts.openings = facts_module.load_openings(DB.obj)

    def refresh_states(self) -> None:
        self.facts.states = facts_module.load_states(DB.obj)

    def reload(self) -> None:
        self.facts = load_facts()
        self._today = None
