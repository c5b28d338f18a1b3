"""Every reconnect test gets a fresh database and a ``World`` on it, and starts with the relevance scores unmemoised.

The world: today = 2026-03-02, a job seeker whose target role is Data Analyst, default settings.
"""

from __future__ import annotations

import pytest

from desktop.core.reconnect import relevance
from tests.core.reconnect.scenario import World


@pytest.fixture
def world(db: object) -> World:
    return World()


@pytest.fixture(autouse=True)
def unmemoised_relevance() -> None:
    """Each test computes its own scores: `make mutation` forks every mutant from a process that ran the tests once,
    and a score memoised then (``relevance._relevance``'s cache) would hide a mutated ``_words`` from the test that
    asks for it."""
    relevance._relevance.cache_clear()
    relevance.clean_title.cache_clear()
