"""A cold day plan (a fresh process: no engine kept, facts read from the database) is the warm engine's plan.

The command line and a first start plan cold: `rebound suggest` builds the facts and plans one
day. The app keeps one engine and moves it from day to day, keeping each person's check-in until
their facts change. On the bench's generated world at 2,000 people, over 30 consecutive days,
both give the same cards in the same order (action, person, due date, reasons), and what comes up
in the next two weeks; and ``suggest --limit N`` is the first N of the whole day, read from the
facts of a few people where the overdue check-ins open the day (``cold.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.reconnect.engine import Engine, cold_day_plan
from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.present import as_dict
from desktop.core.reconnect.suggestion import Suggestion
from desktop.store.database import close_database, open_sqlite
from desktop.store.models import DB
from tests.perf import dataset

SIZES = replace(
    dataset.ARCHIVE, people=2_000, interactions=20_000, companies=200, tags=20, connections=400, openings=60,
    processes=30, suggestion_states=20,
)  # fmt: skip
FIRST_DAY = date(2026, 11, 1)  # the generated history ends here


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cold") / "people-2000.db"
    dataset.build_database(path, SIZES)
    return path


@pytest.fixture
def opened(world: Path, tmp_path: Path) -> Iterator[None]:
    copy = tmp_path / "rebound.db"
    copy.write_bytes(world.read_bytes())
    open_sqlite(copy)
    yield
    close_database()


def _cards(plan: list[Suggestion], facts: Facts, day: date) -> list[dict[str, object]]:
    return [as_dict(s, facts, day, with_draft=False) for s in plan]


def test_the_cold_plan_is_the_warm_engines_plan_for_30_days(opened: None) -> None:
    warm = Engine()
    due_somewhere = 0
    for number in range(30):
        day = FIRST_DAY + timedelta(days=number)
        kept_plan, kept_coming = warm.today_and_coming(day)
        cold = cold_day_plan(day)
        assert _cards(cold.plan, cold.facts, day) == _cards(kept_plan, warm.facts, day), day
        assert _cards(cold.coming, cold.facts, day) == _cards(kept_coming, warm.facts, day), day
        due_somewhere += len(kept_plan)
    assert due_somewhere > 30 * 100  # the world is busy enough for the comparison to mean something


def test_a_limited_cold_plan_is_the_start_of_the_whole_day(opened: None) -> None:
    day = FIRST_DAY + timedelta(days=3)
    whole = cold_day_plan(day).plan
    for limit in (0, 1, 5, 40):
        first = cold_day_plan(day, limit=limit)
        assert [s.key for s in first.plan] == [s.key for s in whole[:limit]]


def test_a_limited_cold_plan_reads_few_people_and_is_the_warm_engines_first_cards_for_30_days(opened: None) -> None:
    warm = Engine()
    people = len(warm.facts.people)
    read_few = 0
    for number in range(30):
        day = FIRST_DAY + timedelta(days=number)
        kept_plan = warm.day_plan(day)
        for limit in (1, 5, 60, 400, len(kept_plan) + 1):
            first = cold_day_plan(day, limit=limit)
            assert _cards(first.plan, first.facts, day) == _cards(kept_plan[:limit], warm.facts, day), (day, limit)
            read_few += len(first.facts.people) < people / 2
    # the first cards came from the facts of a few people on most days (whole days, for the largest limits)
    assert read_few >= 30 * 3


def test_reading_the_whole_days_facts_leaves_the_page_cache_the_searches_use(opened: None) -> None:
    """The facts are read with SQLite's small default page cache (each page once), then the app's own size is back:
    a search after a cold start reads from a cache as large as ever."""
    db = DB.obj
    db.execute_sql("PRAGMA cache_size = -12345")

    cold_day_plan(FIRST_DAY)

    assert db.execute_sql("PRAGMA cache_size").fetchone()[0] == -12345
