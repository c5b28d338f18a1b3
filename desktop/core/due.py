"""What is due on each page beyond Today, for the sidebar: the day's plan counted by the page it concerns.

"Due" is what the reconnect rules (spec/reconnect-rules.md) put on today's plan (due today or overdue, not
done, snoozed or dismissed), so the pages' counts add up to Today's:

- Applications: rejections of my processes waiting for my reply (reply_to_rejection), and for a recruiter
  past candidates to re-engage for a role she fills (reengage_candidate);
- Openings: new relevant openings not yet acted on (ask_about_opening, and ask_for_intro when the way to
  ask is an introduction);
- People: check-ins due, new roles to congratulate on, LinkedIn connections to make.

Counting is one pass over the plan the window already holds (the engine is built after the first paint).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple, Protocol

from desktop.vocab import Action

PAGES: dict[str, tuple[Action, ...]] = {
    "applications": (Action.REPLY_TO_REJECTION, Action.REENGAGE_CANDIDATE),
    "openings": (Action.ASK_ABOUT_OPENING, Action.ASK_FOR_INTRO),
    "people": (Action.CHECK_IN, Action.CONGRATULATE_NEW_ROLE, Action.CONNECT_LINKEDIN),
}


class Planned(Protocol):
    @property
    def action(self) -> str: ...


class PageDue(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """A page's count and what it is made of, in ``PAGES``' order (only the actions with something due)."""

    total: int = 0
    by_action: tuple[tuple[Action, int], ...] = ()


def due_by_page(plan: Iterable[Planned]) -> dict[str, PageDue]:
    """Each page of ``PAGES`` with what of ``plan`` (today's suggestions) is due on it."""
    counted = Counter(str(suggestion.action) for suggestion in plan)
    pages = {}
    for page, actions in PAGES.items():
        parts = tuple((action, counted[action]) for action in actions if counted[action])
        pages[page] = PageDue(sum(n for _action, n in parts), parts)
    return pages
