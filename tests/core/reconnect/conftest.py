"""Every reconnect test gets a fresh database and a ``World`` on it.

The world: today = 2026-03-02, a job seeker whose target role is Data Analyst, default settings.
"""

from __future__ import annotations

import pytest

from tests.core.reconnect.scenario import World


@pytest.fixture
def world(db: object) -> World:
    return World()
