"""The Openings page's answer to "whom does this opening make worth contacting, or why no one?" (``explain.py``).

Each reason is the first check of rules 3 and 4 (spec/reconnect-rules.md) that the opening failed, in the words the
page shows. The world: today 2026-03-02, a job seeker looking for Data Analyst roles, default settings (an opening
is new for 45 days, one ask per company every 90 days, 30 days between messages).
"""

from __future__ import annotations

from desktop.core.reconnect import actions, rules
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.explain import OpeningReport, opening_report
from tests.core.reconnect.scenario import World


def _report(world: World, opening: int) -> OpeningReport:
    facts = Engine().facts
    return opening_report(opening, facts, world.today, rules.opening_suggestions(facts, world.today))


def _askable(world: World) -> int:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, 200)
    return tom


def test_an_opening_someone_can_be_asked_about_names_them_and_its_relevance_to_me(world: World) -> None:
    tom = _askable(world)
    opening = world.opening("Data Analyst", days_ago=5)

    report = _report(world, opening)

    assert report.relevance == 1.0
    assert report.relevance_text == "Relevance to you: 1.00 (threshold 0.50)"
    assert [(s.action, s.person_id, s.opening_id) for s in report.suggestions] == [("ask_about_opening", tom, opening)]
    assert report.reasons == []


def test_a_closed_opening_says_it_is_closed(world: World) -> None:
    _askable(world)
    opening = world.opening("Data Analyst", days_ago=5, status="closed")

    assert _report(world, opening).reasons == ["it is closed"]


def test_an_opening_without_a_discovery_date_says_its_age_is_unknown(world: World) -> None:
    _askable(world)
    opening = world.opening("Data Analyst", days_ago=None)

    assert _report(world, opening).reasons == ["it has no discovery date, so Rebound cannot tell whether it is new"]


def test_an_opening_dated_after_today_says_so_with_its_date(world: World) -> None:
    _askable(world)
    opening = world.opening("Data Analyst", days_ago=-3)

    assert _report(world, opening).reasons == ["it is dated after today (2026-03-05)"]


def test_an_opening_found_46_days_ago_is_no_longer_new(world: World) -> None:
    _askable(world)
    opening = world.opening("Data Analyst", days_ago=46)

    assert _report(world, opening).reasons == [
        "not new any more: found on 2026-01-15, 46 days ago (an opening counts as new for 45 days)"
    ]


def test_an_opening_below_the_threshold_gives_its_score(world: World) -> None:
    _askable(world)
    opening = world.opening("Senior Lead", days_ago=5)  # nothing left once the seniority words are dropped

    report = _report(world, opening)

    assert (report.relevance, report.relevance_text) == (0.0, "Relevance to you: 0.00 (threshold 0.50)")
    assert report.reasons == ["not relevant enough (0.00 < 0.50)"]


def test_the_second_role_at_a_company_names_the_one_rebound_asks_about(world: World) -> None:
    _askable(world)
    asked = world.opening("Data Analyst", days_ago=5)
    other = world.opening("Data Analyst Marketing", days_ago=10)  # as relevant, found earlier: the newer one wins

    assert _report(world, other).reasons == [
        "Acme GmbH has a more relevant new opening, ‘Data Analyst’ (1.00); Rebound asks about one role per company"
    ]
    [chosen] = _report(world, asked).suggestions
    assert chosen.why[-1] == "Also open there: 'Data Analyst Marketing' (relevance 1.00)"


def test_a_company_asked_about_20_days_ago_waits_for_the_rest_of_the_90_days(world: World) -> None:
    tom = _askable(world)
    earlier = world.opening("Data Analyst", days_ago=40)
    world.wrote(tom, 20, opening=earlier)
    opening = world.opening("Data Analyst", days_ago=5)

    assert _report(world, opening).reasons == [
        "you asked about an opening at Acme GmbH on 2026-02-10, 20 days ago; one role per company every 90 days"
    ]


def test_a_company_where_i_know_no_one_says_so(world: World) -> None:
    _askable(world)
    opening = world.opening("Data Analyst", "Nobody Inc", days_ago=5)

    assert _report(world, opening).reasons == ["no one known at Nobody Inc"]


def test_someone_written_to_recently_is_named_with_the_day_and_the_wait(world: World) -> None:
    tom = _askable(world)
    world.wrote(tom, 10)
    ann = world.person("Ann Lee", "Acme GmbH")
    world.heard(ann, 300)
    world.wrote(ann, 1)
    opening = world.opening("Data Analyst", days_ago=5)

    assert _report(world, opening).reasons == [
        "no one at Acme GmbH can be asked now",
        "Ann Lee: you wrote on 2026-03-01, 1 day ago; leave 30 days between messages",
        "Tom Weber: you wrote on 2026-02-20, 10 days ago; leave 30 days between messages",
    ]


def test_an_opening_i_dismissed_snoozed_or_did_says_i_dealt_with_it(world: World) -> None:
    tom = _askable(world)
    opening = world.opening("Data Analyst", days_ago=5)
    key = f"ask_about_opening/{tom}/{opening}"

    actions.dismiss(key)
    dismissed = _report(world, opening)
    assert (dismissed.relevance, dismissed.relevance_text) == (1.0, "Relevance to you: 1.00 (threshold 0.50)")
    assert dismissed.reasons == [
        "you have dealt with it",
        "you dismissed it (Ask about a new opening: Tom Weber)",
    ]
    actions.snooze(key, world.day(7), world.today)
    assert _report(world, opening).reasons == [
        "you have dealt with it",
        "you snoozed it until 2026-03-09 (Ask about a new opening: Tom Weber)",
    ]
    actions.restore_state(key, ("done", world.today))
    assert _report(world, opening).reasons == [
        "you have dealt with it",
        "you did it on 2026-03-02 (Ask about a new opening: Tom Weber)",
    ]
    assert _report(world, opening).suggestions == []


def test_a_role_i_fill_names_the_best_fitting_past_candidate_or_says_there_is_none_yet(world: World) -> None:
    world.me(mode="recruiter")
    role = world.opening("Office Manager", "Globex AG", days_ago=2, mine=True)
    alone = _report(world, role)
    assert (alone.relevance, alone.relevance_text) == (None, "A role you are filling: no past candidate to compare yet")

    for name, title in (("Mei Tanaka", "Office Manager"), ("Ola Berg", "Pastry Chef")):
        earlier = world.opening(title, "Globex AG", days_ago=200, mine=True, status="closed")
        world.process(earlier, candidate=world.person(name, title=title), stage="onsite", ended_ago=150)
    best = _report(world, role)
    assert best.relevance == 1.0
    assert best.relevance_text == "Best fit among past candidates: Mei Tanaka, 1.00 (threshold 0.50)"


def test_each_role_i_fill_says_why_no_one_is_suggested_for_it(world: World) -> None:
    world.me(mode="recruiter")
    closed = world.opening("Data Analyst", "Client AG", days_ago=50, mine=True, status="closed")
    first = world.opening("BI Analyst", "Client AG", days_ago=5, mine=True)
    second = world.opening("Data Analyst", "Other AG", days_ago=3, mine=True)

    assert [_report(world, role).reasons for role in (closed, first, second)] == [
        ["it is closed"],
        ["no past candidate reached the onsite or final stage and was turned down"],
        ["no past candidate reached the onsite or final stage and was turned down"],
    ]


def _past_candidate(world: World, name: str, title: str = "Data Analyst") -> int:
    """A candidate of an earlier role of mine who reached the onsite stage and was turned down."""
    person = world.person(name, title=title)
    earlier = world.opening(title, "Globex AG", days_ago=200, mine=True, status="closed")
    world.process(earlier, candidate=person, stage="onsite", ended_ago=150)
    return person


def test_a_role_i_fill_names_each_past_candidate_passed_over_and_why(world: World) -> None:
    world.me(mode="recruiter")
    ada = _past_candidate(world, "Ada Busy")
    cem = _past_candidate(world, "Cem Recent")
    world.wrote(cem, 10)
    _past_candidate(world, "Dan Office", "Office Manager")
    role = world.opening("Data Analyst", "Globex AG", days_ago=2, mine=True)
    world.process(role, candidate=ada, stage="screen", outcome="pending")

    assert _report(world, role).reasons == [
        "no past candidate can be approached now",
        "Ada Busy: already in a process for this role",
        "Cem Recent: you wrote on 2026-02-20, 10 days ago; leave 30 days between messages",
        "Dan Office: not relevant enough (0.31 < 0.50)",
    ]


def test_a_role_i_fill_that_fits_no_past_candidate_names_the_best_fit(world: World) -> None:
    world.me(mode="recruiter")
    _past_candidate(world, "Dan Office", "Office Manager")
    role = world.opening("Data Analyst", "Globex AG", days_ago=2, mine=True)

    assert _report(world, role).reasons == [
        "no past candidate is relevant enough (best: Dan Office, 0.31 < 0.50)",
        "Dan Office: not relevant enough (0.31 < 0.50)",
    ]


def test_someone_who_does_not_answer_and_has_no_mutual_is_named_with_both(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", connected=True)
    world.wrote(tom, 60)
    world.wrote(tom, 40)  # two messages unanswered
    opening = world.opening("Data Analyst", days_ago=5)

    assert _report(world, opening).reasons == [
        "no one at Acme GmbH can be asked now",
        "Tom Weber: has not answered your last 2 messages, and no mutual connection can introduce you",
    ]
