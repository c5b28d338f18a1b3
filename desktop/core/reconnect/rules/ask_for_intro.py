"""Rule 4, ask_for_intro: someone rule 3 cannot ask directly is reached through a mutual connection."""

from __future__ import annotations

from collections.abc import Iterator, Set
from datetime import date

from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.rules.base import Trace
from desktop.core.reconnect.rules.company_walk import mutuals, walks
from desktop.core.reconnect.rules.terms import general_channel
from desktop.core.reconnect.suggestion import Suggestion

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
                f"{target.name} is not reachable directly (no e-mail, not connected)"
                if not target.reachable
                else f"{target.name} has not answered your last {target.touches.unanswered} messages"
            )
            yield Suggestion(
                action=self.action, person_id=helper.id, channel=general_channel(helper), due=today,
                opening_id=walk.opening.id, target_id=target.id,
                why=(walk.posted, reason, f"{helper.name} knows {target.name} and is connected to you",
                     *walk.also_open),
            )  # fmt: skip


RULE = AskForIntro()
