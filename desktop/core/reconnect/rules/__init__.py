"""The rules of spec/reconnect-rules.md, one module each, all of them one ``Rule`` (see ``base.py``).

``RULES`` is the one precedence: the order of the actions in ``vocab.ACTIONS`` (the spec's
"Always"), each with its rule. The engine evaluates every rule the same way: the per-person rules
for the people whose facts changed (a day-free rule's suggestions kept until then), the others
on every plan.
"""

from __future__ import annotations

from datetime import date

from desktop import vocab
from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.plan import visible
from desktop.core.reconnect.rules import (
    ask_about_opening,
    ask_for_intro,
    check_in,
    company_walk,
    congratulate_new_role,
    connect_linkedin,
    reengage_candidate,
    reply_to_rejection,
)
from desktop.core.reconnect.rules.base import Rule, Trace
from desktop.core.reconnect.rules.company_walk import mutuals, my_relevance
from desktop.core.reconnect.rules.reengage_candidate import candidate_relevance, silver_medalists
from desktop.core.reconnect.rules.terms import (
    candidate_titles,
    days_since,
    general_channel,
    my_titles,
    quiet_long_enough,
)
from desktop.core.reconnect.suggestion import PRECEDENCE, Suggestion

__all__ = [
    "OPENING_RULES", "PERSON_RULES", "RULES", "Rule", "Trace", "candidate_relevance", "candidate_titles",
    "days_since", "general_channel", "mutuals", "my_relevance", "my_titles", "opening_suggestions",
    "quiet_long_enough", "silver_medalists",
]  # fmt: skip

_ALL: tuple[Rule, ...] = (
    reply_to_rejection.RULE,
    reengage_candidate.RULE,
    ask_about_opening.RULE,
    ask_for_intro.RULE,
    congratulate_new_role.RULE,
    connect_linkedin.RULE,
    check_in.RULE,
)
RULES: tuple[Rule, ...] = tuple(sorted(_ALL, key=lambda rule: PRECEDENCE[rule.action]))  # the precedence
if tuple(rule.action for rule in RULES) != vocab.ACTIONS:  # every action has its one rule
    raise RuntimeError("the rules and the actions of vocab.ACTIONS differ")

PERSON_RULES: tuple[Rule, ...] = tuple(rule for rule in RULES if rule.per_person)
OPENING_RULES: tuple[Rule, ...] = tuple(rule for rule in RULES if not rule.per_person)


def opening_suggestions(facts: Facts, today: date) -> list[Suggestion]:
    """Every visible suggestion of the rules that walk openings (re-engage, ask, intro), before one-per-person."""
    with company_walk.one_walk():  # rules 3 and 4 share one walk
        return [s for rule in OPENING_RULES for s in rule(facts, today) if visible(s, facts, today)]
