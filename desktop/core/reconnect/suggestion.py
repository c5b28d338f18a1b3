"""A suggestion: what to do, for whom, by when, over which channel, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop import vocab
from desktop.vocab import suggestion_key

PRECEDENCE: dict[str, int] = {action: rank for rank, action in enumerate(vocab.ACTIONS)}  # an Action is its str


@dataclass(frozen=True, slots=True)
class Suggestion:
    action: str
    person_id: int
    channel: str
    due: date
    why: tuple[str, ...]
    opening_id: int | None = None
    target_id: int | None = None
    overdue_after: date | None = None  # overdue when today is later than this
    rank: tuple[float | int | str, ...] = field(default=())  # the rule's own ranking, ascending
    # derived once (the plan sorts tens of thousands of these): `action/person/opening`, and the precedence
    key: str = field(init=False, repr=False, compare=False)
    precedence: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", suggestion_key(self.action, self.person_id, self.opening_id))
        object.__setattr__(self, "precedence", PRECEDENCE[self.action])

    def overdue(self, today: date) -> bool:
        return self.overdue_after is not None and today > self.overdue_after


__all__ = ["PRECEDENCE", "Suggestion", "suggestion_key"]
