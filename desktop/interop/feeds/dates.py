"""Dates as feeds write them: ISO 8601, RFC 822 (RSS), epoch milliseconds (Lever), day.month.year, or none."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from desktop.core.dates import MAX_YEAR, MIN_YEAR

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


class DateNotUnderstood(ValueError):
    pass


def _checked(day: date) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise DateNotUnderstood(f"date {day.isoformat()} is outside {MIN_YEAR}–{MAX_YEAR}")
    return day


def feed_date(value: object) -> date | None:
    """The calendar day of ``value``; None when there is none; DateNotUnderstood when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise DateNotUnderstood(f"date {value!r} not understood")
    if isinstance(value, int | float):  # Lever: milliseconds since the epoch
        try:
            return _checked(datetime.fromtimestamp(value / 1000, tz=UTC).date())
        except (OverflowError, OSError, ValueError) as exc:
            raise DateNotUnderstood(f"date {value!r} not understood") from exc
    if not isinstance(value, str):
        raise DateNotUnderstood(f"date {value!r} not understood")
    text = value.strip()
    try:
        if match := _ISO_DAY.match(text):
            return _checked(date(int(match[1]), int(match[2]), int(match[3])))
        if match := _DOTTED.match(text):
            return _checked(date(int(match[3]), int(match[2]), int(match[1])))
        return _checked(parsedate_to_datetime(text).date())
    except (TypeError, ValueError, IndexError) as exc:
        if isinstance(exc, DateNotUnderstood):
            raise
        raise DateNotUnderstood(f"date {text[:40]!r} not understood") from exc
