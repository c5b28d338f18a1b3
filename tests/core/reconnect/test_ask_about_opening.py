"""Rule 3, ask_about_opening: one fresh, relevant role per company, asked of the best person there."""

from __future__ import annotations

import pytest

from desktop.core import timeline
from tests.core.reconnect.scenario import World


def _connected(world: World, name: str, company: str = "Acme GmbH", **fields: object) -> int:
    return world.person(name, company, connected=True, **fields)


def test_asks_a_connected_person_at_the_company(world: World) -> None:
    tom = _connected(world, "Tom Weber")
    opening = world.opening("Senior Data Analyst", days_ago=12)

    [card] = world.cards()
    assert card["action"] == "ask_about_opening"
    assert card["person"]["id"] == tom
    assert card["opening"] == {"id": opening, "title": "Senior Data Analyst", "company": "Acme GmbH"}
    assert card["target"] is None
    assert card["due"] == world.today.isoformat()
    assert card["overdue"] is False
    assert card["channel"] == "email"
    assert card["key"] == f"ask_about_opening/{tom}/{opening}"
    assert card["why"] == [
        "Acme GmbH posted 'Senior Data Analyst' on 2026-02-18 (relevance 1.00)",
        "Tom Weber works at Acme GmbH",
        "You have not written to Tom Weber yet",
    ]


@pytest.mark.parametrize(("age", "asked"), [(0, True), (44, True), (45, True), (46, False), (200, False)])
def test_an_opening_is_fresh_for_45_days(world: World, age: int, asked: bool) -> None:
    tom = _connected(world, "Tom Weber")
    world.opening("Data Analyst", days_ago=age)

    assert world.action(tom) == ("ask_about_opening" if asked else None)


def test_opening_fresh_days_setting(world: World) -> None:
    world.set("opening_fresh_days", 10)
    tom = _connected(world, "Tom Weber")
    world.opening("Data Analyst", days_ago=10)

    assert world.action(tom) == "ask_about_opening"
    assert world.action(tom, 1) is None


def test_an_opening_discovered_in_the_future_is_not_asked_about_yet(world: World) -> None:
    tom = _connected(world, "Tom Weber")
    world.opening("Data Analyst", days_ago=0)

    assert world.action(tom, -1) is None


def test_an_irrelevant_opening_is_ignored(world: World) -> None:
    _connected(world, "Tom Weber")
    world.opening("Office Manager")

    assert world.plan() == []


def test_a_closed_opening_is_ignored(world: World) -> None:
    _connected(world, "Tom Weber")
    world.opening("Data Analyst", status="closed")

    assert world.plan() == []


def test_my_own_openings_never_trigger_it(world: World) -> None:
    _connected(world, "Tom Weber")
    world.opening("Data Analyst", mine=True)

    assert world.plan() == []


def test_my_keywords_make_an_opening_relevant(world: World) -> None:
    world.me(target_roles=["Office Manager"], keywords=["sql", "python"])
    tom = _connected(world, "Tom Weber")
    world.opening("Analytics Ninja", keywords=["SQL", "Python"])

    assert world.action(tom) == "ask_about_opening"


def test_the_titles_of_my_own_processes_count_as_target_roles(world: World) -> None:
    world.me(target_roles=[])
    rec = world.person("Rita Recruiter", "Globex AG")
    world.rejected_by(rec, 200, company="Globex AG", title="Data Analyst")
    tom = _connected(world, "Tom Weber")
    world.opening("Data Analyst", days_ago=5)

    assert world.action(tom) == "ask_about_opening"


def test_the_titles_of_a_candidates_processes_are_not_my_target_roles(world: World) -> None:
    carl = world.person("Carl Candidate", "Globex AG")
    chef = world.opening("Pastry Chef", "Globex AG", days_ago=300, status="closed")
    world.process(chef, candidate=carl, stage="final", ended_ago=200)  # a process of someone else's
    tom = _connected(world, "Tom Weber")
    world.opening("Pastry Chef", days_ago=5)

    assert world.action(tom) is None


@pytest.mark.parametrize(("threshold", "asked"), [(0.7, True), (0.8, False)])
def test_relevance_threshold_setting(world: World, threshold: float, asked: bool) -> None:
    world.set("relevance_threshold", threshold)
    tom = _connected(world, "Tom Weber")
    world.opening("Business Analyst")  # relevance 0.74 to "Data Analyst"

    assert world.action(tom) == ("ask_about_opening" if asked else None)


def test_the_threshold_compares_the_exact_score(world: World) -> None:
    """'Data Manager' scores 2/3 against 'Data Analyst'; 0.666… is below a threshold of 0.67."""
    world.set("relevance_threshold", 0.67)
    _connected(world, "Tom Weber")
    world.opening("Data Manager")

    assert world.plan() == []


def test_a_score_equal_to_the_threshold_is_relevant(world: World) -> None:
    """ "relevance ≥ threshold": half of the opening's keywords are mine (0.5), its title scores 4/13 against mine."""
    world.me(keywords=["SQL"])
    tom = _connected(world, "Tom Weber")
    world.opening("Office Manager", keywords=["sql", "python"])

    assert world.action(tom) == "ask_about_opening"


def test_one_suggestion_per_company(world: World) -> None:
    _connected(world, "Uta Klein")
    _connected(world, "Tom Weber")
    _connected(world, "Gina Globex", "Globex AG")
    world.opening("Data Analyst")
    world.opening("Senior Data Analyst", days_ago=3)
    world.opening("Data Analyst", "Globex AG")

    assert sorted(world.seen()) == [("ask_about_opening", "Gina Globex"), ("ask_about_opening", "Tom Weber")]


def test_people_asked_about_openings_leave_their_check_ins_and_the_others_keep_theirs(world: World) -> None:
    for name, company in (("Ann Acme", "Acme GmbH"), ("Ben Globex", "Globex AG"), ("Carl Initech", "Initech")):
        world.wrote(world.person(name, company), 100)  # a check-in due for each
    world.opening("Data Analyst", "Acme GmbH")
    world.opening("Data Analyst", "Globex AG")

    assert world.seen() == [
        ("ask_about_opening", "Ann Acme"), ("ask_about_opening", "Ben Globex"), ("check_in", "Carl Initech"),
    ]  # fmt: skip


def test_the_most_relevant_opening_is_chosen_and_the_others_named(world: World) -> None:
    tom = _connected(world, "Tom Weber")
    world.opening("Business Analyst", days_ago=2)
    best = world.opening("Data Analyst", days_ago=20)
    world.opening("BI Analyst", days_ago=1)
    world.opening("Office Manager", days_ago=1)
    world.opening("Marketing Analyst", days_ago=60)

    card = world.card(tom)
    assert card["opening"]["id"] == best
    why = " ".join(card["why"])
    assert "'Business Analyst'" in why
    assert "'BI Analyst'" in why
    assert "Office Manager" not in why  # not relevant
    assert "Marketing Analyst" not in why  # not fresh
    # by relevance: "bi analyst" against "data analyst" is 14/17 (token_set_ratio), "business analyst" 0.74
    assert card["why"][-1] == "Also open there: 'BI Analyst' (relevance 0.82), 'Business Analyst' (relevance 0.74)"


def test_ties_go_to_the_newest_opening(world: World) -> None:
    tom = _connected(world, "Tom Weber")
    world.opening("Data Analyst", days_ago=20)
    newest = world.opening("Senior Data Analyst", days_ago=10)
    world.opening("Data Analyst (m/w/d)", days_ago=30)

    card = world.card(tom)
    assert card["opening"]["id"] == newest
    assert "'Data Analyst'" in " ".join(card["why"][1:])


def test_the_why_does_not_mention_others_when_there_are_none(world: World) -> None:
    tom = _connected(world, "Tom Weber")
    world.opening("Data Analyst")

    assert not any("Also" in line for line in world.card(tom)["why"])


@pytest.mark.parametrize(("asked_ago", "skipped"), [(0, True), (89, True), (90, False), (200, False)])
def test_a_company_asked_about_recently_is_skipped(world: World, asked_ago: int, skipped: bool) -> None:
    eva = world.person("Eva Earlier")
    tom = _connected(world, "Tom Weber")
    old = world.opening("Data Engineer", days_ago=300, status="closed")
    world.wrote(eva, asked_ago, opening=old)
    world.opening("Data Analyst")

    assert world.action(tom) == (None if skipped else "ask_about_opening")
    assert world.of("ask_about_opening") == ([] if skipped else [world.card(tom)])


def test_a_company_asked_about_recently_does_not_hide_the_companies_after_it(world: World) -> None:
    eva = world.person("Eva Earlier", "Acme GmbH")  # Acme: the first company the walk looks at
    world.wrote(eva, 10, opening=world.opening("Data Engineer", days_ago=300, status="closed"))
    world.opening("Data Analyst")
    _connected(world, "Gina Globex", "Globex AG")
    world.opening("Data Analyst", "Globex AG")

    assert world.seen() == [("ask_about_opening", "Gina Globex")]


def test_only_touches_linked_to_that_companys_openings_skip_it(world: World) -> None:
    eva = world.person("Eva Earlier")
    tom = _connected(world, "Tom Weber")
    elsewhere = world.opening("Data Analyst", "Globex AG", days_ago=300, status="closed")
    world.wrote(eva, 10, opening=elsewhere)
    world.note(eva, 5)
    world.opening("Data Analyst")

    assert world.action(tom) == "ask_about_opening"


def test_an_inbound_touch_linked_to_an_opening_does_not_skip_it(world: World) -> None:
    tom = _connected(world, "Tom Weber")
    eva = world.person("Eva Earlier")
    opening = world.opening("Data Analyst")
    timeline.log_interaction(eva, "email", "in", world.at(3), channel="email", opening_id=opening)

    assert world.action(tom) == "ask_about_opening"


@pytest.mark.parametrize(("last_out", "asked"), [(10, False), (29, False), (30, True)])
def test_a_person_written_to_recently_is_not_asked(world: World, last_out: int, asked: bool) -> None:
    tom = _connected(world, "Tom Weber")
    world.wrote(tom, last_out)
    world.opening("Data Analyst")

    assert world.action(tom) == ("ask_about_opening" if asked else None)


def test_a_stranger_at_the_company_is_not_asked(world: World) -> None:
    world.person("Sam Stranger", "Acme GmbH")
    world.opening("Data Analyst")

    assert world.plan() == []


def test_a_role_i_fill_listed_first_does_not_hide_the_openings_after_it(world: World) -> None:
    world.opening("Data Analyst", "Client AG", mine=True)  # the first opening the walk looks at
    tom = _connected(world, "Tom Weber")
    world.opening("Data Analyst")

    assert world.action(tom) == "ask_about_opening"


def test_a_stranger_met_first_at_the_company_does_not_end_the_search(world: World) -> None:
    world.person("Abe Stranger", "Acme GmbH")  # added first: the first one the rule looks at
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, 40)
    world.opening("Data Analyst")

    assert world.seen() == [("ask_about_opening", "Tom Weber")]


def test_a_known_person_who_is_not_connected_is_asked(world: World) -> None:
    tom = world.person("Tom Weber", "Acme GmbH")
    world.heard(tom, 40)
    world.opening("Data Analyst")

    assert world.action(tom) == "ask_about_opening"


def test_people_at_other_companies_are_not_asked(world: World) -> None:
    _connected(world, "Gina Globex", "Globex AG")
    world.opening("Data Analyst")

    assert world.plan() == []


def _inbound(world: World, name: str, days_ago: int) -> int:
    person = world.person(name, "Acme GmbH")
    world.heard(person, days_ago)
    return person


def _contact(world: World, name: str, role: str, outcome: str = "rejected") -> int:
    person = world.person(name, "Acme GmbH")
    opening = world.opening("Data Analyst", days_ago=300, status="closed")
    world.process(opening, contacts=[(person, role)], outcome=outcome, ended_ago=200)
    return person


RANKINGS = {
    "recruiter before hiring manager": (
        lambda w: _contact(w, "Zed Recruiter", "recruiter"),
        lambda w: _contact(w, "Abe Manager", "hiring_manager"),
    ),
    "hiring manager before interviewer": (
        lambda w: _contact(w, "Zed Manager", "hiring_manager"),
        lambda w: _contact(w, "Abe Interviewer", "interviewer"),
    ),
    "interviewer before an inbound touch": (
        lambda w: _contact(w, "Zed Interviewer", "interviewer"),
        lambda w: _inbound(w, "Abe Inbound", 1),
    ),
    "recent inbound touch before an older one": (
        lambda w: _inbound(w, "Zed Recent", 5),
        lambda w: _inbound(w, "Abe Older", 50),
    ),
    "inbound touch before merely connected": (
        lambda w: _inbound(w, "Zed Inbound", 300),
        lambda w: _connected(w, "Abe Connected"),
    ),
    "contact of a pending process is no better than an inbound touch": (
        lambda w: _inbound(w, "Zed Inbound", 300),
        lambda w: _contact(w, "Abe Pending", "recruiter", outcome="pending"),
    ),
    "ties by name": (
        lambda w: _connected(w, "Abe Connected"),
        lambda w: _connected(w, "Zed Connected"),
    ),
}


@pytest.mark.parametrize(("first", "second"), RANKINGS.values(), ids=RANKINGS.keys())
@pytest.mark.parametrize("order", ["first created first", "second created first"])
def test_ranking_of_the_people_to_ask(world: World, first, second, order: str) -> None:  # type: ignore[no-untyped-def]
    if order == "first created first":
        winner, _ = first(world), second(world)
    else:
        _, winner = second(world), first(world)
    world.opening("Data Analyst")

    [card] = world.of("ask_about_opening")
    assert card["person"]["id"] == winner


def test_a_contact_of_two_of_my_processes_ranks_by_the_better_role(world: World) -> None:
    zed = world.person("Zed Weber", "Acme GmbH")
    abe = world.person("Abe Manager", "Acme GmbH")
    earlier = world.opening("BI Analyst", days_ago=400, status="closed")
    later = world.opening("Data Analyst", days_ago=300, status="closed")
    world.process(earlier, contacts=[(zed, "recruiter")], ended_ago=300)
    world.process(later, contacts=[(zed, "interviewer"), (abe, "hiring_manager")], ended_ago=200)
    world.opening("Data Analyst")

    [card] = world.of("ask_about_opening")
    assert card["person"]["id"] == zed  # a recruiter once, an interviewer later: ranked as the recruiter


def test_a_recruiter_of_a_candidates_process_is_not_ranked_as_my_contact(world: World) -> None:
    candidate = world.person("Carl Candidate", email=False)
    rec = world.person("Abe Recruiter", "Acme GmbH")
    opening = world.opening("Data Analyst", days_ago=300, status="closed")
    world.process(opening, contacts=[(rec, "recruiter")], candidate=candidate, ended_ago=200)
    inbound = world.person("Zed Inbound", "Acme GmbH")
    world.heard(inbound, 100)
    world.opening("Data Analyst")

    [card] = world.of("ask_about_opening")
    assert card["person"]["id"] == inbound


def test_excluded_people_are_not_asked(world: World) -> None:
    _connected(world, "Abe Blocked", do_not_contact=True)
    _connected(world, "Bea Archived", archived=True)
    uta = _connected(world, "Uta Klein")
    world.opening("Data Analyst")

    assert world.seen() == [("ask_about_opening", "Uta Klein")]
    assert world.card(uta)["action"] == "ask_about_opening"


@pytest.mark.parametrize(
    ("email", "connected", "linkedin", "channel"),
    [(True, True, True, "email"), (False, True, True, "linkedin_message"), (True, False, False, "email")],
)
def test_channel(world: World, email: bool, connected: bool, linkedin: bool, channel: str) -> None:
    tom = world.person("Tom Weber", "Acme GmbH", email=email, connected=connected, linkedin=linkedin)
    world.heard(tom, 40)
    world.opening("Data Analyst")

    assert world.card(tom)["channel"] == channel
