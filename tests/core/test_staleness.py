"""Staleness words from the check-in cadence: fresh until 90 days, due until 120, then overdue."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.core.settings import get_settings, set_setting
from desktop.core.staleness import Cadence, days_since, staleness
from desktop.vocab import Staleness

TODAY = date(2026, 3, 2)


def test_the_default_cadence_reads_fresh_due_and_overdue_at_its_edges() -> None:
    assert [staleness(TODAY - timedelta(days=d), TODAY) for d in (0, 89, 90, 119, 120)] == [
        Staleness.FRESH, Staleness.FRESH, Staleness.DUE, Staleness.DUE, Staleness.OVERDUE,
    ]  # fmt: skip
    assert staleness(None, TODAY) == Staleness.NEVER
    assert staleness(datetime(2026, 3, 1, 23, 59), TODAY) == Staleness.FRESH
    assert days_since(datetime(2025, 12, 2, 9, 0), TODAY) == 90
    assert days_since(date(2026, 3, 5), TODAY) == 0  # a date after today is not negative


def test_the_users_cadence_settings_move_the_edges(db: object) -> None:
    set_setting("checkin_min_days", 30)
    set_setting("checkin_overdue_days", 45)
    cadence = Cadence.of(get_settings())
    assert cadence == Cadence(30, 45)
    assert staleness(date(2026, 1, 31), TODAY, cadence) == Staleness.DUE  # 30 days
    assert staleness(date(2026, 1, 16), TODAY, cadence) == Staleness.OVERDUE  # 45 days
