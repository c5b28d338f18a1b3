"""Every rule is one ``Rule``: one module each, the same call, one precedence; "why not" is the rule's own trace."""

from __future__ import annotations

from desktop.core.reconnect import rules
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.explain import opening_report
from tests.core.reconnect.scenario import World


def test_the_rules_run_in_the_precedence_of_the_spec() -> None:
    assert [rule.action for rule in rules.RULES] == [
        "reply_to_rejection", "reengage_candidate", "ask_about_opening", "ask_for_intro",
        "congratulate_new_role", "connect_linkedin", "check_in",
    ]  # fmt: skip
    assert [rule.action for rule in rules.RULES if rule.day_free] == ["check_in"]


def test_every_rule_answers_the_same_call_with_its_own_action_only(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", email=False, linkedin=True)  # reachable only through Ana
    ana = world.person("Ana Silva", "Globex AG", connected=True)
    world.heard(tom, 20)
    world.heard(ana, 200)
    world.edge(ana, tom, 2)
    world.opening("Data Analyst", days_ago=5)
    facts = Engine().facts
    found = {rule.action: [s.person_id for s in rule(facts, world.today, None, None)] for rule in rules.RULES}
    assert found == {
        "reply_to_rejection": [], "reengage_candidate": [], "ask_about_opening": [], "ask_for_intro": [ana],
        "congratulate_new_role": [], "connect_linkedin": [tom], "check_in": [tom, ana],
    }  # fmt: skip


def test_why_not_names_everyone_at_the_company_with_the_check_that_failed(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", email=False)  # not reachable, and no mutual to introduce
    world.heard(tom, 20)
    ben = world.person("Ben Okafor", "Acme GmbH", do_not_contact=True)
    world.heard(ben, 20)
    world.person("Cleo Lee", "Acme GmbH")  # never in touch, not connected
    opening = world.opening("Data Analyst", days_ago=5)
    facts = Engine().facts

    report = opening_report(opening, facts, world.today, rules.opening_suggestions(facts, world.today))

    assert report.suggestions == []
    assert report.reasons == [
        "no one at Acme GmbH can be asked now",
        "Ben Okafor: marked “do not contact”, or archived",
        "Cleo Lee: you have not been in touch and are not connected",
        "Tom Weber: no e-mail address, not connected, and no mutual connection to introduce you",
    ]


def test_why_a_role_i_fill_reaches_no_past_candidate(world: World) -> None:
    world.me(mode="recruiter")
    mei = world.person("Mei Tanaka", title="Office Manager")
    earlier = world.opening("Office Manager", "Globex AG", days_ago=200, mine=True, status="closed")
    world.process(earlier, candidate=mei, stage="onsite", ended_ago=150)
    world.wrote(mei, 100)
    world.wrote(mei, 60)  # two messages unanswered
    role = world.opening("Office Manager", "Globex AG", days_ago=2, mine=True)
    facts = Engine().facts

    report = opening_report(role, facts, world.today, rules.opening_suggestions(facts, world.today))

    assert report.relevance_text == "Best fit among past candidates: Mei Tanaka, 1.00 (threshold 0.50)"
    assert report.reasons == [
        "no past candidate can be approached now",
        "Mei Tanaka: has not answered your last 2 messages",
    ]
