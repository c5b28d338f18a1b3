"""Rule 4, ask_for_intro: someone rule 3 cannot ask directly is reached through a mutual connection."""

from __future__ import annotations

from collections.abc import Iterator, Set
from datetime import date

from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.rules.base import Trace
from desktop.core.reconnect.rules.company_walk import mutuals, walks
from desktop.core.reconnect.rules.terms import general_channel
from desktop.core.reconnect.suggestion import Suggestion
from desktop.texts import say

__all__ = ["RULE", "AskForIntro", "mutuals"]


class AskForIntro:
    action = "ask_for_intro"
    per_person = False
    day_free = False

    def __call__(
        self, facts: Facts, today: date, only: Set[int] | None = None, trace: Trace | None = None
    ) -> Iterator[Suggestion]:
        for walk in walks(facts, today, trace):
            helper, target = walk.helper, walk.target
            if helper is None or target is None:
                continue
            reason = (
                say("{name} is not reachable directly (no e-mail, not connected)").format(name=target.name)
                if not target.reachable
                else say("{name} has not answered your last {count} messages").format(
                    name=target.name, count=target.touches.unanswered
                )
            )
            yield Suggestion(
                action=self.action, person_id=helper.id, channel=general_channel(helper), due=today,
                opening_id=walk.opening.id, target_id=target.id,
                why=(walk.posted, reason,
                     say("{helper} knows {name} and is connected to you").format(helper=helper.name, name=target.name),
                     *walk.also_open),
            )  # fmt: skip


RULE = AskForIntro()
