"""`rebound demo`: the demo data set (resources/demo/demo.json), moved to today, into an empty database only."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.interop.demo import load_demo
from desktop.paths import DEMO_ARCHIVE
from desktop.store.models import Interaction, Person
from tests.cli.conftest import Rebound

RECENT = timedelta(days=7)


def _newest(interactions: list[dict[str, str]]) -> date:
    return max(datetime.fromisoformat(i["at"]) for i in interactions).date()


def test_demo_fills_an_empty_database(rebound: Rebound) -> None:
    result = rebound("demo")
    assert result.code == 0, result.err
    assert "loaded" in result.out
    people = rebound.people()
    assert len(people) >= 40
    assert any(p["company"] for p in people)
    assert rebound("check").code == 0


def test_demo_dates_are_relative_to_today(rebound: Rebound) -> None:
    before = date.today()  # the command reads the clock: bracket it, so a run across midnight holds too
    assert rebound("demo").code == 0, "the demo data set could not be loaded"
    after = date.today()
    newest = _newest(rebound.exported()["interactions"])
    assert before - RECENT <= newest <= after


@pytest.mark.parametrize("today", [date(2027, 3, 15), date(2026, 1, 2), date(2030, 12, 31)])
def test_demo_moves_every_date_to_the_given_today(db: object, today: date) -> None:
    summary = load_demo(today)
    assert summary.errors == []
    assert Person.select().count() >= 40
    newest = max(_as_datetime(i.at) for i in Interaction.select(Interaction.at)).date()
    assert today - RECENT <= newest <= today


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def test_demo_refuses_a_database_with_people_and_changes_nothing(loaded: Rebound) -> None:
    before = loaded.state()
    line = loaded("demo").assert_one_line_error(3)
    assert "empty" in line
    assert loaded.state() == before


def test_demo_twice_is_refused_the_second_time(rebound: Rebound) -> None:
    assert rebound("demo").code == 0, "the demo data set could not be loaded"
    before = rebound.state()
    rebound("demo").assert_one_line_error(3)
    assert rebound.state() == before


def test_demo_data_set_exists() -> None:
    assert Path(DEMO_ARCHIVE).is_file(), f"{DEMO_ARCHIVE} is missing"


def _actions(today: date) -> set[str]:
    from desktop.core.reconnect.engine import cold_day_plan

    cold = cold_day_plan(today)
    return {s.action for s in [*cold.plan, *cold.coming]}


def test_the_job_seekers_demo_never_re_engages_candidates(db: object) -> None:
    from desktop.interop.demo import DEMO_ANCHOR

    load_demo(DEMO_ANCHOR)
    assert not Person.select().where(Person.role == "candidate").exists()  # no recruiter's corner
    actions = _actions(DEMO_ANCHOR)
    assert "reply_to_rejection" in actions  # the job seeker's work is there
    assert "reengage_candidate" not in actions


def test_the_recruiters_demo_re_engages_silver_medalists(db: object) -> None:
    from desktop.interop.demo import DEMO_ANCHOR

    summary = load_demo(DEMO_ANCHOR, recruiter=True)
    assert summary.errors == [] and summary.new_people >= 40
    assert "reengage_candidate" in _actions(DEMO_ANCHOR)


def test_rebound_demo_recruiter_loads_the_recruiters_demo(rebound: Rebound) -> None:
    result = rebound("demo", "--recruiter")
    assert result.code == 0, result.err
    assert result.out.startswith("Demo data loaded: 46 new people, ")
    assert any(p["role"] == "candidate" for p in rebound.people())


def test_the_recruiters_demo_is_a_persona_of_her_own(db: object) -> None:
    from desktop.core.profile import get_profile
    from desktop.interop.demo import DEMO_ANCHOR

    load_demo(DEMO_ANCHOR, recruiter=True)

    me = get_profile()
    assert (me.name, me.mode) == ("Mara Köhler", "recruiter")
    texts = [f"{i.subject or ''} {i.body or ''}" for i in Interaction.select(Interaction.subject, Interaction.body)]
    assert [text for text in texts if "Jana" in text] == []  # nobody writes to the job seeker here
    assert not Interaction.select().where(Interaction.subject.contains("Your application")).exists()


def test_the_job_seekers_demo_keeps_jana(db: object) -> None:
    from desktop.core.profile import get_profile
    from desktop.interop.demo import DEMO_ANCHOR

    load_demo(DEMO_ANCHOR)

    me = get_profile()
    assert (me.name, me.mode) == ("Jana Berg", "job_seeker")
