"""The engine: facts loaded once, rules run, and re-planning limited to what a change touches.

Person rules (reply, congratulate, connect, check-in) are computed per person and kept with
each person's best suggestion already chosen and ordered. A new interaction re-reads one
person's facts and re-runs the person rules for them alone; a new opening re-reads the
openings. The rules that walk openings (re-engage, ask, intro) look at few records and are
re-run on every plan, then merged into the ordered list.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, insort
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core import collector
from desktop.core import settings as settings_core
from desktop.core.reconnect import cold, rules
from desktop.core.reconnect import facts as facts_module
from desktop.core.reconnect.facts import Facts, load_facts
from desktop.core.reconnect.plan import one_per_person, order_key, visible
from desktop.core.reconnect.suggestion import Suggestion
from desktop.store.models import DB, Profile

COMING_UP_DAYS = 14

Entry = tuple[tuple[object, ...], int]  # (order key, person id)
Best = tuple[tuple[object, ...], Suggestion]  # (order key, suggestion)


class Engine:
    def __init__(self, facts: Facts | None = None, horizon: int = COMING_UP_DAYS) -> None:
        if facts is None:
            with collector.paused(keep=True):  # 100k people's facts: no collection walks them, then or later
                facts = load_facts()
        self.facts = facts
        self.horizon = horizon
        self._today: date | None = None
        # per person: the best visible person-rule suggestion due by today, and the best one due later
        self._now: dict[int, tuple[tuple[object, ...], Suggestion]] = {}
        self._later: dict[int, tuple[tuple[object, ...], Suggestion]] = {}
        self._now_order: list[Entry] = []
        self._now_plan: list[Suggestion] = []  # the suggestions of _now_order, in its order (copied, not rebuilt)
        self._later_order: list[Entry] = []
        # per person, whatever the day: the suggestions of the rules that do not depend on it (see _person_rules)
        self._kept: dict[int, tuple[Suggestion, ...]] = {}
        self._daily = tuple(rule for rule in rules.PERSON_RULES if not rule.day_free)
        self._day_free = tuple(rule for rule in rules.PERSON_RULES if rule.day_free)

    # -------------------------------------------------------------- person rules, cached

    def _person_rules(self, today: date, only: set[int] | None) -> dict[int, list[Suggestion]]:
        found: dict[int, list[Suggestion]] = {}
        for rule in self._daily:
            for suggestion in rule(self.facts, today, only):
                found.setdefault(suggestion.person_id, []).append(suggestion)
        # a day-free rule's suggestions (the check-in) depend on the facts only: kept until the person's facts change
        last_day = today + timedelta(self.horizon)
        people, kept = self.facts.people, self._kept
        missing: list[int] = []
        for person_id in people if only is None else [pid for pid in only if pid in people]:
            suggestions = kept.get(person_id)
            if suggestions is None:
                missing.append(person_id)
                continue
            for suggestion in suggestions:
                if suggestion.due <= last_day:
                    found.setdefault(person_id, []).append(suggestion)
        if missing:
            fresh: dict[int, list[Suggestion]] = {}
            scope = None if len(missing) == len(people) else set(missing)
            for rule in self._day_free:
                for suggestion in rule(self.facts, today, scope):
                    fresh.setdefault(suggestion.person_id, []).append(suggestion)
            for person_id in missing:
                suggestions = kept[person_id] = tuple(fresh.get(person_id, ()))
                for suggestion in suggestions:
                    if suggestion.due <= last_day:
                        found.setdefault(person_id, []).append(suggestion)
        return found

    def _bests(self, suggestions: list[Suggestion], today: date) -> tuple[Best | None, Best | None]:
        """One pass: the best visible suggestion due by today, and the best one due later (with order keys)."""
        facts, states = self.facts, self.facts.states
        now: tuple[tuple[object, ...], Suggestion] | None = None
        later: tuple[tuple[object, ...], Suggestion] | None = None
        for suggestion in suggestions:
            if suggestion.key in states and not visible(suggestion, facts, today):
                continue
            key = (suggestion.precedence, *order_key(suggestion, facts, today))
            if suggestion.due <= today:
                if now is None or key < now[0]:
                    now = (key, suggestion)
            elif later is None or key < later[0]:
                later = (key, suggestion)
        return (
            None if now is None else (now[0][1:], now[1]),
            None if later is None else (later[0][1:], later[1]),
        )

    def _forget(self, person_id: int) -> None:
        for table, order in ((self._now, self._now_order), (self._later, self._later_order)):
            entry = table.pop(person_id, None)
            if entry is not None:
                index = bisect_left(order, (entry[0], person_id))
                if index < len(order) and order[index] == (entry[0], person_id):
                    del order[index]
                    if order is self._now_order:
                        del self._now_plan[index]

    def _store(self, person_id: int, suggestions: list[Suggestion], today: date) -> None:
        now, later = self._bests(suggestions, today)
        if now is not None:
            self._now[person_id] = now
            index = bisect_left(self._now_order, (now[0], person_id))  # order keys are unique
            self._now_order.insert(index, (now[0], person_id))
            self._now_plan.insert(index, now[1])
        if later is not None:
            self._later[person_id] = later
            insort(self._later_order, (later[0], person_id))

    def _ensure(self, today: date) -> None:
        if self._today == today:
            return
        with collector.paused():
            self._plan_day(today)

    def _plan_day(self, today: date) -> None:
        self._now, self._later = {}, {}
        found = self._person_rules(today, None)
        for person_id, suggestions in found.items():
            now, later = self._bests(suggestions, today)
            if now is not None:
                self._now[person_id] = now
            if later is not None:
                self._later[person_id] = later
        self._now_order = sorted((entry[0], pid) for pid, entry in self._now.items())
        self._now_plan = [self._now[pid][1] for _, pid in self._now_order]
        self._later_order = sorted((entry[0], pid) for pid, entry in self._later.items())
        self._today = today

    def _recompute(self, person_ids: set[int]) -> None:
        if self._today is None:
            return
        found = self._person_rules(self._today, person_ids)
        for person_id in person_ids:
            self._forget(person_id)
            if person_id in self.facts.people:
                self._store(person_id, found.get(person_id, []), self._today)

    # -------------------------------------------------------------- plans

    def today_and_coming(self, today: date, days: int = COMING_UP_DAYS) -> tuple[list[Suggestion], list[Suggestion]]:
        """Today's plan in the order of the day, and what falls due in the next ``days`` days for the others."""
        if days > self.horizon:
            wide = Engine(self.facts, horizon=days)
            return wide.today_and_coming(today, days)
        with collector.paused(keep=True):  # the day's suggestions live as long as the engine keeps them
            return self._today_and_coming(today, days)

    def _today_and_coming(self, today: date, days: int) -> tuple[list[Suggestion], list[Suggestion]]:
        self._ensure(today)
        plan, contenders = self._merged(today, self._now, self._now_order, now_plan=self._now_plan)
        now, later = self._now, self._later
        end = today + timedelta(days)
        coming = [
            later[pid][1]
            for _, pid in self._later_order
            if pid not in now and pid not in contenders and later[pid][1].due <= end
        ]
        return plan, coming

    def _merged(
        self,
        today: date,
        now: dict[int, Best],
        now_order: list[Entry],
        opening: list[Suggestion] | None = None,
        now_plan: list[Suggestion] | None = None,
    ) -> tuple[list[Suggestion], dict[int, list[Suggestion]]]:
        """The person rules' bests (``now_order``: in order; ``now_plan``: their suggestions, when kept) merged
        with the opening rules' suggestions."""
        # the opening rules' suggestions compete with each person's best person-rule suggestion
        contenders: dict[int, list[Suggestion]] = {}
        if opening is None:
            opening = rules.opening_suggestions(self.facts, today)
        for suggestion in opening:
            contenders.setdefault(suggestion.person_id, []).append(suggestion)
        for person_id, suggestions in contenders.items():
            if person_id in now:
                suggestions.append(now[person_id][1])
        overrides = one_per_person((s for group in contenders.values() for s in group), self.facts, today)
        # the whole day copied (62,000 suggestions at 100,000 people: copied in C rather than rebuilt entry by
        # entry, a re-plan after one interaction went from ~75 to ~18 ms CPU) less the people the opening rules
        # speak of
        kept: list[tuple[tuple[object, ...], int]] = list(now_order)
        plan = list(now_plan) if now_plan is not None else [now[pid][1] for _, pid in now_order]
        dropped = []
        for person_id in contenders:
            best = now.get(person_id)
            if best is not None:
                index = bisect_left(kept, (best[0], person_id))
                if index < len(kept) and kept[index] == (best[0], person_id):
                    dropped.append(index)
        for index in sorted(dropped, reverse=True):
            del kept[index]
            del plan[index]
        for suggestion in overrides:  # few: insert each at its place in the order of the day
            key = order_key(suggestion, self.facts, today)
            index = bisect_left(kept, (key,))  # before (key, person): order keys are unique
            kept.insert(index, (key, suggestion.person_id))
            plan.insert(index, suggestion)
        return plan, contenders

    def first_of_day(self, today: date, limit: int) -> list[Suggestion]:
        """The first ``limit`` suggestions of the day's plan, without putting the whole day in order.

        For a cold ``suggest --limit N``: only the N + (people the opening rules speak of) best
        person-rule suggestions are picked (a heap), since the opening rules' winners can push
        at most that many out of the first N. The engine is left as it was (no day planned).
        """
        if self._today == today:
            return self.day_plan(today)[:limit]
        with collector.paused():
            now: dict[int, Best] = {}
            for person_id, suggestions in self._person_rules(today, None).items():
                best = self._bests(suggestions, today)[0]
                if best is not None:
                    now[person_id] = best
            opening = rules.opening_suggestions(self.facts, today)
            openers = {s.person_id for s in opening}
            first = heapq.nsmallest(limit + len(openers), ((entry[0], pid) for pid, entry in now.items()))
            return self._merged(today, now, first, opening)[0][:limit]

    def day_plan(self, today: date) -> list[Suggestion]:
        """What to do today, in the order of the day."""
        return self.today_and_coming(today)[0]

    # -------------------------------------------------------------- keeping up with changes

    def refresh(
        self,
        people: set[int] | frozenset[int] = frozenset(),
        *,
        openings: bool = False,
        processes: bool = False,
        states: bool = False,
        settings: bool = False,
    ) -> None:
        """Re-read what a change touched (in the database, through core), in the one order that is right."""
        if settings:
            self.refresh_settings()
        if openings:
            self.refresh_openings()
        if processes:
            self.refresh_processes()
        if people:
            self.refresh_people(set(people))
        if states:
            self.refresh_states(set(people) or None)

    def refresh_people(self, person_ids: set[int], removed_interactions: bool = False) -> None:
        """Re-read these people's facts (after an interaction, an edit, a new person; after an erasure or a
        deleted interaction pass ``removed_interactions``)."""
        db = DB.obj
        fresh = facts_module.load_people(db, sorted(person_ids))
        moved = False  # someone new, gone, or at another company: the people-by-company index is rebuilt
        for pid in person_ids:
            before = self.facts.people.get(pid)
            after = fresh.get(pid)
            moved = moved or before is None or after is None or before.company_id != after.company_id
            if after is not None:
                self.facts.people[pid] = after
            else:  # erased (or merged away): their interactions went with them
                removed_interactions = removed_interactions or before is not None
                self.facts.people.pop(pid, None)
        if removed_interactions:
            self.facts.opening_touches = facts_module.load_opening_touches(db)
        else:  # new interactions only move these dates forward
            for company_id, at in facts_module.load_opening_touches(db, sorted(person_ids)).items():
                current = self.facts.opening_touches.get(company_id)
                if current is None or at > current:
                    self.facts.opening_touches[company_id] = at
        if moved:
            self.facts.forget_people_index()
        for pid in person_ids:
            self._kept.pop(pid, None)
        self._recompute(set(person_ids))

    def refresh_states(self, person_ids: set[int] | None = None) -> None:
        """Re-read the suggestion states (after done, snooze, dismiss or undo) for these people, or all."""
        self.facts.states = facts_module.load_states(DB.obj)
        if person_ids is None:
            self._today = None
        else:
            self._recompute(set(person_ids))

    def refresh_processes(self) -> None:
        self.facts.processes = facts_module.load_processes(DB.obj)
        self.facts.forget_derived()
        self._kept.clear()  # a rejected process is a check-in's last resort reference
        self._today = None

    def refresh_openings(self) -> None:
        with collector.paused():
            self.facts.openings = facts_module.load_openings(DB.obj)

    def refresh_settings(self) -> None:
        """Re-read the rule settings (after a change in Settings); every rule runs again."""
        self.facts.settings = settings_core.get_settings()
        if self.facts.member is not None:  # a team server: the names members go by are set there too
            profile = Profile.get_or_none(Profile.id == 1)
            self.facts.my_name, self.facts.member_names = facts_module.my_name_and_members(
                DB.obj, self.facts.member, profile
            )
        self._kept.clear()
        self._today = None

    def reload(self) -> None:
        with collector.paused(keep=True):
            self.facts = load_facts()
        self._kept.clear()
        self._today = None


@dataclass(frozen=True)
class ColdPlan:
    """A day planned from the database by an engine made for it (the command line, a first start)."""

    facts: Facts
    plan: list[Suggestion]
    coming: list[Suggestion]


def cold_day_plan(today: date, limit: int | None = None) -> ColdPlan:
    """Today's plan (the first ``limit`` of it) and, for the whole day, what comes up, from the open database."""
    if limit is not None:
        first = _first_of_few(today, limit)
        if first is not None:
            return first
    engine = Engine()
    if limit is not None:
        return ColdPlan(engine.facts, engine.first_of_day(today, limit), [])
    plan, coming = engine.today_and_coming(today)
    return ColdPlan(engine.facts, plan, coming)


FEW_MOST = 10_000  # candidates tried before the whole day is planned instead (and a bound on the SQL's IN lists)


def _first_of_few(today: date, limit: int) -> ColdPlan | None:
    """The first ``limit`` of the day planned over the few people who can open it (``cold.py``), once certain;
    None when even many candidates leave it uncertain (few overdue check-ins): then the whole day decides."""
    count = 4 * limit + 100  # a candidate's check-in may lose to another rule, be hidden, or not fire at all
    while count <= FEW_MOST:
        with collector.paused():
            few = cold.few_facts(today, count)
            if few is None:
                return None
            plan = Engine(few.facts).first_of_day(today, limit)
        if cold.certain(plan, limit, few, today):
            return ColdPlan(few.facts, plan, [])
        count *= 8
    return None
