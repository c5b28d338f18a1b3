"""Staleness: how long since I last spoke to someone, read against the check-in cadence — in one place.

A contact is *fresh* until ``checkin_min_days`` have passed since the last interaction, *due* from then,
*overdue* from ``checkin_overdue_days`` on (the same two settings rule 7, check_in, uses), and *never*
when there was no interaction at all. Every list that shows a contact (People, a company's people) asks
here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import NamedTuple

from desktop import vocab
from desktop.vocab import Staleness


class Cadence(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """The check-in cadence: due after ``due_days``, overdue after ``overdue_days`` (days since last contact)."""

    due_days: int
    overdue_days: int

    @classmethod
    def of(cls, settings: Mapping[str, int | float]) -> Cadence:
        """From the rules engine's settings (``core.settings.get_settings()``; defaults for missing keys)."""
        due = settings.get("checkin_min_days", vocab.SETTING_DEFAULTS["checkin_min_days"])
        overdue = settings.get("checkin_overdue_days", vocab.SETTING_DEFAULTS["checkin_overdue_days"])
        return cls(int(due), int(overdue))


DEFAULT_CADENCE = Cadence.of(vocab.SETTING_DEFAULTS)


def days_since(last_contact: date | datetime | None, today: date) -> int | None:
    """Whole days from the last contact to ``today`` (None: never; never negative)."""
    if last_contact is None:
        return None
    day = last_contact.date() if isinstance(last_contact, datetime) else last_contact
    return max(0, (today - day).days)


def staleness(last_contact: date | datetime | None, today: date, cadence: Cadence = DEFAULT_CADENCE) -> Staleness:
    """Fresh, due, overdue or never, for a contact last spoken to on ``last_contact``."""
    days = days_since(last_contact, today)
    if days is None:
        return Staleness.NEVER
    if days >= cadence.overdue_days:
        return Staleness.OVERDUE
    if days >= cadence.due_days:
        return Staleness.DUE
    return Staleness.FRESH
