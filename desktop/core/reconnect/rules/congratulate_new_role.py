"""Rule 5, congratulate_new_role: a known person's recent job change is news worth a message."""

from __future__ import annotations

from collections.abc import Iterator, Set
from datetime import date

from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.rules.base import Trace
from desktop.core.reconnect.rules.terms import (
    days_since,
    general_channel,
    last_out_why,
    may_approach,
    people,
    quiet_long_enough,
)
from desktop.core.reconnect.suggestion import Suggestion
from desktop.texts import say


class CongratulateNewRole:
    action = "congratulate_new_role"
    per_person = True
    day_free = False

    def __call__(
        self, facts: Facts, today: date, only: Set[int] | None = None, trace: Trace | None = None
    ) -> Iterator[Suggestion]:
        fresh_days = facts.settings["job_change_fresh_days"]
        for person in people(facts, only):
            change = person.touches.job_change
            if change is None or not may_approach(person, facts):
                continue
            at, subject = change
            if not 0 <= days_since(at, today) <= fresh_days or not facts.known(person.id):
                continue
            if not quiet_long_enough(person, facts, today):
                continue
            moved = f" ({subject})" if subject else ""
            yield Suggestion(
                action=self.action, person_id=person.id, channel=general_channel(person), due=today,
                why=(
                    say("{name} changed jobs on {day}{moved}").format(name=person.name, day=at.date(), moved=moved),
                    last_out_why(person, today),
                ),
            )  # fmt: skip


RULE = CongratulateNewRole()
