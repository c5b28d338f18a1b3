"""Parsing and formatting of the dates the archive and the commands carry.

Only dates between 1900 and 2100 make sense for a contact history; anything else is an error.
"""

from __future__ import annotations

from datetime import date, datetime

MIN_YEAR = 1900
MAX_YEAR = 2100


def _check_year(year: int, text: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"date {text!r} is outside {MIN_YEAR}–{MAX_YEAR}")


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` → date (ValueError with a readable reason otherwise)."""
    try:
        value = date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValueError(f"{text!r} is not a date (expected YYYY-MM-DD)") from None
    _check_year(value.year, text)
    return value


def parse_datetime(text: str) -> datetime:
    """ISO 8601 → naive local datetime; a date alone means 00:00; an offset is converted to local time."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except (TypeError, ValueError):
        raise ValueError(f"{text!r} is not a date and time (expected ISO 8601)") from None
    _check_year(value.year, text)  # before converting: year 1 or 9999 with an offset overflows
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    _check_year(value.year, text)
    return value.replace(microsecond=0)


def iso_date(value: date | None) -> str | None:
    """An ISO date, as the archive and the commands write it (``2026-03-02``); the GUI's ``format_date`` is the
    date for a person to read."""
    return value.isoformat() if value else None


def iso_datetime(value: datetime) -> str:
    """An ISO date and time to the second (``2026-03-02T09:30:00``)."""
    return value.replace(microsecond=0).isoformat(timespec="seconds")
