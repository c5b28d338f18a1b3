"""Rule 2, reengage_candidate: a recruiter's silver medalists for a role they are filling now."""

from __future__ import annotations

import pytest

from tests.core.reconnect.scenario import World


@pytest.fixture
def recruiter(world: World) -> World:
    world.me(mode="recruiter", target_roles=[], keywords=[])
    return world


def _medalist(world: World, name: str, stage: str = "final", ended_ago: int = 100, title: str = "Data Analyst",
              outcome: str = "rejected", **fields: object) -> int:  # fmt: skip
    """A candidate of an earlier process (for a closed role at a client) that went this far and ended this way."""
    person = world.person(name, email=True, **fields)
    opening = world.opening(title, "Old Client AG", days_ago=ended_ago + 60, status="closed")
    world.process(opening, candidate=person, stage=stage, outcome=outcome, ended_ago=ended_ago)
    return person


def test_a_silver_medalist_for_my_open_role(recruiter: World) -> None:
    carla = _medalist(recruiter, "Carla Candidate")
    role = recruiter.opening("Senior Data Analyst", "Client AG", days_ago=5, mine=True)

    [card] = recruiter.cards()
    assert card["action"] == "reengage_candidate"
    assert card["person"]["id"] == carla
    assert card["opening"] == {"id": role, "title": "Senior Data Analyst", "company": "Client AG"}
    assert card["due"] == recruiter.today.isoformat()
    assert card["overdue"] is False
    assert card["channel"] == "email"
    assert card["why"] == [
        "You are filling 'Senior Data Analyst' at Client AG (relevance 1.00)",
        "Carla Candidate reached the final stage in an earlier process and was turned down on 2025-11-22",
        "You have not written to Carla Candidate yet",
    ]


def test_a_silver_medalist_whose_process_has_no_end_date(recruiter: World) -> None:
    carla = recruiter.person("Carla Candidate")
    old = recruiter.opening("Data Analyst", "Old Client AG", days_ago=300, status="closed")
    recruiter.process(old, candidate=carla, stage="onsite", ended_ago=None)
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    [card] = recruiter.of("reengage_candidate")
    assert card["why"][1] == "Carla Candidate reached the onsite stage in an earlier process and was turned down"


@pytest.mark.parametrize(("stage", "shown"), [("onsite", True), ("final", True), ("interview", False),
                                              ("screen", False), ("applied", False)])  # fmt: skip
def test_only_onsite_or_final_counts(recruiter: World, stage: str, shown: bool) -> None:
    carla = _medalist(recruiter, "Carla Candidate", stage=stage)
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    assert recruiter.action(carla) == ("reengage_candidate" if shown else None)


@pytest.mark.parametrize("outcome", ["pending", "offer", "withdrawn"])
def test_only_rejected_processes_count(recruiter: World, outcome: str) -> None:
    carla = _medalist(recruiter, "Carla Candidate", outcome=outcome)
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    assert recruiter.action(carla) is None


def test_my_own_applications_make_no_silver_medalists(recruiter: World) -> None:
    rec = recruiter.person("Rita Recruiter", "Old Client AG")
    old = recruiter.opening("Data Analyst", "Old Client AG", days_ago=300, status="closed")
    recruiter.process(old, contacts=[(rec, "recruiter")], stage="final", ended_ago=100)
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    assert recruiter.of("reengage_candidate") == []


@pytest.mark.parametrize(("mine", "status"), [(False, "open"), (True, "closed")])
def test_only_my_open_roles(recruiter: World, mine: bool, status: str) -> None:
    carla = _medalist(recruiter, "Carla Candidate")
    recruiter.opening("Data Analyst", "Client AG", mine=mine, status=status)

    assert recruiter.action(carla) is None


def test_an_old_role_of_mine_still_counts(recruiter: World) -> None:
    carla = _medalist(recruiter, "Carla Candidate")
    recruiter.opening("Data Analyst", "Client AG", days_ago=400, mine=True)

    assert recruiter.action(carla) == "reengage_candidate"


def test_relevance_below_the_threshold_is_ignored(recruiter: World) -> None:
    carla = _medalist(recruiter, "Carla Candidate", title="Office Manager")
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    assert recruiter.action(carla) is None


def test_the_candidates_title_and_skills_count(recruiter: World) -> None:
    by_title = _medalist(recruiter, "Tia Titled", title="Office Manager")
    recruiter.update(by_title, title="Data Analyst")
    by_skills = _medalist(recruiter, "Sid Skilled", title="Office Manager")
    recruiter.update(by_skills, skills=["SQL", "Tableau"])
    recruiter.opening("Analytics Ninja", "Client AG", mine=True, keywords=["sql", "tableau"])
    recruiter.opening("Senior Data Analyst", "Other Client AG", mine=True)

    assert recruiter.action(by_title) == "reengage_candidate"
    assert recruiter.action(by_skills) == "reengage_candidate"


def test_not_when_already_in_a_process_for_that_role(recruiter: World) -> None:
    carla = _medalist(recruiter, "Carla Candidate")
    role = recruiter.opening("Data Analyst", "Client AG", mine=True)
    recruiter.process(role, candidate=carla, stage="applied", outcome="pending")

    assert recruiter.action(carla) is None


def test_another_role_still_counts_when_in_a_process_for_one(recruiter: World) -> None:
    carla = _medalist(recruiter, "Carla Candidate")
    busy = recruiter.opening("Data Analyst", "Client AG", mine=True)
    recruiter.process(busy, candidate=carla, stage="applied", outcome="pending")
    other = recruiter.opening("Data Analyst", "Second Client AG", mine=True)

    card = recruiter.card(carla)
    assert (card["action"], card["opening"]["id"]) == ("reengage_candidate", other)


@pytest.mark.parametrize(("last_out", "shown"), [(0, False), (29, False), (30, True)])
def test_needs_the_event_gap(recruiter: World, last_out: int, shown: bool) -> None:
    carla = _medalist(recruiter, "Carla Candidate")
    recruiter.wrote(carla, last_out)
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    assert recruiter.action(carla) == ("reengage_candidate" if shown else None)


def test_silent_while_unanswered(recruiter: World) -> None:
    carla = _medalist(recruiter, "Carla Candidate")
    recruiter.wrote(carla, 60)
    recruiter.wrote(carla, 50)
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    assert recruiter.plan() == []


def test_order_relevance_then_final_before_onsite_then_most_recent_end(recruiter: World) -> None:
    _medalist(recruiter, "Abe Less Relevant", stage="final", ended_ago=10, title="Business Analyst")
    _medalist(recruiter, "Bea Onsite", stage="onsite", ended_ago=20)
    _medalist(recruiter, "Cid Final Older", stage="final", ended_ago=200)
    _medalist(recruiter, "Dan Final Recent", stage="final", ended_ago=50)
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    assert [name for _, name in recruiter.seen()] == [
        "Dan Final Recent", "Cid Final Older", "Bea Onsite", "Abe Less Relevant",
    ]  # fmt: skip


def test_the_best_stage_of_a_candidate_counts(recruiter: World) -> None:
    both = _medalist(recruiter, "Abe Both", stage="onsite", ended_ago=10)
    old = recruiter.opening("Data Analyst", "Third Client AG", days_ago=500, status="closed")
    recruiter.process(old, candidate=both, stage="final", ended_ago=300)
    _medalist(recruiter, "Zed Final", stage="final", ended_ago=200)
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    assert [name for _, name in recruiter.seen()] == ["Zed Final", "Abe Both"]


def test_one_suggestion_per_candidate_for_the_most_relevant_role(recruiter: World) -> None:
    carla = _medalist(recruiter, "Carla Candidate")
    recruiter.opening("Business Analyst", "Client AG", mine=True)
    best = recruiter.opening("Data Analyst", "Second Client AG", mine=True)

    [card] = recruiter.cards()
    assert (card["person"]["id"], card["opening"]["id"]) == (carla, best)


def test_the_last_reason_says_when_i_last_wrote_to_the_silver_medalist(recruiter: World) -> None:
    carla = _medalist(recruiter, "Carla Candidate")
    _medalist(recruiter, "Dana Never")
    recruiter.wrote(carla, 40)
    recruiter.opening("Data Analyst", "Client AG", days_ago=5, mine=True)

    assert {c["person"]["name"]: c["why"][2] for c in recruiter.cards()} == {
        "Carla Candidate": "You last wrote to Carla Candidate on 2026-01-21 (40 days ago)",
        "Dana Never": "You have not written to Dana Never yet",
    }


def test_the_candidates_passed_over_first_do_not_hide_the_one_to_reengage(recruiter: World) -> None:
    """Each silver medalist left out, and a closed role of mine, come first; the last medalist is still suggested."""
    busy = _medalist(recruiter, "Ada Busy")  # already in a process for the role
    _medalist(recruiter, "Bea Blocked", do_not_contact=True)
    recent = _medalist(recruiter, "Cem Recent")
    recruiter.wrote(recent, 10)  # written to 10 days ago: not quiet long enough
    _medalist(recruiter, "Dan Office", title="Office Manager")  # not relevant to the role
    eve = _medalist(recruiter, "Eve Analyst")
    recruiter.opening("Data Analyst", "Client AG", status="closed", mine=True)  # my closed role: looked at first
    role = recruiter.opening("Data Analyst", "Client AG", mine=True)
    recruiter.process(role, candidate=busy, stage="screen", outcome="pending")

    assert [(c["person"]["id"], c["opening"]["id"]) for c in recruiter.of("reengage_candidate")] == [(eve, role)]


def test_a_past_candidate_whose_relevance_equals_the_threshold_is_suggested(recruiter: World) -> None:
    """ "relevance ≥ threshold": half of the role's keywords are her skills (0.5); her title scores 4/13."""
    carla = _medalist(recruiter, "Carla Candidate", title="Office Manager", skills=["SQL"])
    recruiter.opening("Data Analyst", "Client AG", mine=True, keywords=["sql", "python"])

    assert recruiter.action(carla) == "reengage_candidate"


def _earlier(world: World, candidate: int | None, stage: str, ended_ago: int | None, outcome: str = "rejected") -> None:
    opening = world.opening("Data Analyst", "Old Client AG", days_ago=300, status="closed", mine=candidate is not None)
    world.process(opening, candidate=candidate, stage=stage, outcome=outcome, ended_ago=ended_ago)


def test_processes_that_make_no_silver_medalist_listed_first_do_not_hide_one(recruiter: World) -> None:
    _earlier(recruiter, None, "final", 100)  # my own application
    _earlier(recruiter, recruiter.person("Pia Pending"), "final", None, outcome="pending")
    _earlier(recruiter, recruiter.person("Ivo Interview"), "interview", 100)  # not far enough
    carla = recruiter.person("Carla Candidate")
    _earlier(recruiter, carla, "final", 100)
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    assert [c["person"]["id"] for c in recruiter.of("reengage_candidate")] == [carla]


def test_a_silver_medalist_is_named_with_the_best_stage_then_the_latest_end(recruiter: World) -> None:
    carla = recruiter.person("Carla Final")
    _earlier(recruiter, carla, "final", 100)
    _earlier(recruiter, carla, "onsite", 50)  # later, but not as far
    olga = recruiter.person("Olga Older")
    _earlier(recruiter, olga, "onsite", 150)
    _earlier(recruiter, olga, "onsite", 50)
    nina = recruiter.person("Nina Newer")
    _earlier(recruiter, nina, "onsite", 50)
    _earlier(recruiter, nina, "onsite", 150)
    recruiter.opening("Data Analyst", "Client AG", mine=True)

    assert {c["person"]["name"]: c["why"][1] for c in recruiter.of("reengage_candidate")} == {
        "Carla Final": "Carla Final reached the final stage in an earlier process and was turned down on 2025-11-22",
        "Olga Older": "Olga Older reached the onsite stage in an earlier process and was turned down on 2026-01-11",
        "Nina Newer": "Nina Newer reached the onsite stage in an earlier process and was turned down on 2026-01-11",
    }
